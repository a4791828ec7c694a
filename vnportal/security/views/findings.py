"""Malicious-content flags and integrity alerts: lists, details, override, resolve, restore.

Operators see every portal; board members and supervisors see their portals' findings (so an
editor knows why a page is held back). Only operators override a flag; operators and the
portal's administrators settle findings and restore approved content.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from vnportal.tenancy.access import can_manage_portal, is_operator
from vnportal.tenancy.models import Portal

from .. import integrity, services
from ..choices import AlertStatus, FlagStatus
from ..forms import OverrideForm, ResolveForm
from ..models import ContentFlag, IntegrityAlert

PAGE_SIZE = 50


def _apply_errors(form, exc: ValidationError) -> None:
    for field, msgs in getattr(exc, "message_dict", {"__all__": exc.messages}).items():
        for msg in msgs:
            form.add_error(field if field in form.fields else None, msg)


def _listing(request, queryset, statuses):
    status = request.GET.get("status", "open")
    if status in statuses:
        queryset = queryset.filter(status=status)
    else:
        status = ""
    portal_id = request.GET.get("portal", "")
    if portal_id.isdigit():
        queryset = queryset.filter(portal_id=int(portal_id))
    else:
        portal_id = ""
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("p"))
    portals = Portal.objects.filter(pk__in=queryset.values("portal_id")).order_by("name_vi")
    return page, {"status": status, "portal": portal_id, "portals": portals}


def flags(request):
    queryset = ContentFlag.objects.visible_to(request.user).select_related("portal", "page")
    page, filters = _listing(request, queryset, FlagStatus.values)
    return render(
        request,
        "security/admin/flags.html",
        {"page_obj": page, "filters": filters, "statuses": FlagStatus.choices},
    )


def _flag_for(request, pk) -> ContentFlag:
    flag = (
        ContentFlag.objects.visible_to(request.user)
        .select_related("portal", "page", "decided_by")
        .filter(pk=pk)
        .first()
    )
    if flag is None:
        raise Http404
    return flag


def flag_detail(request, pk):
    flag = _flag_for(request, pk)
    operator = is_operator(request.user)
    may_resolve = services.can_resolve(request.user, flag)
    override_form = OverrideForm(request.POST if "override" in request.POST else None)
    resolve_form = ResolveForm(request.POST if "resolve" in request.POST else None)
    if request.method == "POST":
        action = next((a for a in ("override", "resolve") if a in request.POST), None)
        allowed = {"override": operator, "resolve": may_resolve}.get(action, False)
        if not allowed:
            raise PermissionDenied
        form = override_form if action == "override" else resolve_form
        if form.is_valid():
            try:
                if action == "override":
                    services.override_flag(
                        flag, by=request.user, reason=form.cleaned_data["reason"]
                    )
                    message = _("Đã cho phép xuất bản. Ban biên tập có thể bấm “Xuất bản” lại.")
                else:
                    services.resolve_flag(flag, by=request.user, note=form.cleaned_data["note"])
                    message = _("Đã đóng cảnh báo.")
            except ValidationError as exc:
                _apply_errors(form, exc)
            else:
                messages.success(request, message)
                return redirect("vnportal_security:flag", pk=flag.pk)
    return render(
        request,
        "security/admin/flag_detail.html",
        {
            "flag": flag,
            "is_operator": operator,
            "may_resolve": may_resolve and flag.status == FlagStatus.OPEN,
            "may_override": operator and flag.status == FlagStatus.OPEN,
            "override_form": override_form,
            "resolve_form": resolve_form,
            "is_open": flag.status == FlagStatus.OPEN,
        },
    )


def alerts(request):
    queryset = IntegrityAlert.objects.visible_to(request.user).select_related("portal", "page")
    page, filters = _listing(request, queryset, AlertStatus.values)
    return render(
        request,
        "security/admin/integrity.html",
        {"page_obj": page, "filters": filters, "statuses": AlertStatus.choices},
    )


def alert_detail(request, pk):
    alert = (
        IntegrityAlert.objects.visible_to(request.user)
        .select_related("portal", "page", "resolved_by", "expected_revision")
        .filter(pk=pk)
        .first()
    )
    if alert is None:
        raise Http404
    may_resolve = (
        is_operator(request.user) or can_manage_portal(request.user, alert.portal)
    ) and alert.status == AlertStatus.OPEN
    form = ResolveForm(request.POST or None)
    if request.method == "POST":
        if not may_resolve:
            raise PermissionDenied
        if form.is_valid():
            try:
                integrity.resolve_alert(
                    alert,
                    by=request.user,
                    note=form.cleaned_data["note"],
                    restore="restore" in request.POST,
                )
            except ValidationError as exc:
                _apply_errors(form, exc)
            else:
                messages.success(request, _("Đã xử lý cảnh báo."))
                return redirect("vnportal_security:alert", pk=alert.pk)
    return render(
        request,
        "security/admin/alert_detail.html",
        {"alert": alert, "form": form, "may_resolve": may_resolve},
    )
