"""Admin screens: the portal list, creating portals, status changes, board members, maintenance.

Every view checks access through :mod:`vnportal.tenancy.access` on the object itself, so a portal
id typed into the URL by a member of another portal is refused (404), not just hidden from menus.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from vnportal.accounts import services as accounts

from . import services
from .access import can_manage_portal, is_operator, portal_ids_visible_to
from .forms import (
    MaintenanceForm,
    MemberAddForm,
    PortalCreateForm,
    PortalSettingsForm,
    PortalStatusForm,
)
from .models import Portal, PortalGroup


def _apply_errors(form, exc: ValidationError):
    for field, msgs in getattr(exc, "message_dict", {"__all__": exc.messages}).items():
        target = field if field in form.fields else None
        for msg in msgs:
            form.add_error(target, msg)


def _portal_for(request, pk, *, manage=False):
    portal = Portal.objects.select_related("unit").filter(pk=pk).first()
    if portal is None or portal.pk not in portal_ids_visible_to(request.user):
        raise Http404
    if manage and not can_manage_portal(request.user, portal):
        raise PermissionDenied
    return portal


def index(request):
    portals = Portal.objects.visible_to(request.user).select_related("unit", "unit__parent")
    return render(
        request,
        "tenancy/admin/index.html",
        {"portals": portals, "is_operator": is_operator(request.user)},
    )


def create(request):
    if not is_operator(request.user):
        raise PermissionDenied
    form = PortalCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        spec = services.PortalSpec(
            unit_code=data["unit"].code,
            slug=data["slug"],
            name_vi=data["name_vi"],
            name_en=data["name_en"],
            hostname=data["hostname"] or None,
            path=data["path"] or None,
            status=data["status"],
        )
        try:
            portal = services.create_portal(spec, by=request.user)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Đã tạo cổng %(name)s.") % {"name": portal.name_vi})
            return redirect("vnportal_portals:index")
    return render(request, "tenancy/admin/form.html", {"form": form, "title": _("Tạo cổng mới")})


def change_status(request, pk):
    if not is_operator(request.user):
        raise PermissionDenied
    portal = _portal_for(request, pk)
    form = PortalStatusForm(request.POST or None, initial={"status": portal.status})
    if request.method == "POST" and form.is_valid():
        try:
            services.change_status(
                portal,
                form.cleaned_data["status"],
                reason=form.cleaned_data["reason"],
                by=request.user,
            )
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Đã cập nhật trạng thái cổng."))
            return redirect("vnportal_portals:index")
    history = portal.status_changes.select_related("changed_by")[:50]
    return render(
        request,
        "tenancy/admin/form.html",
        {
            "form": form,
            "portal": portal,
            "history": history,
            "title": _("Trạng thái: %(p)s") % {"p": portal.name_vi},
        },
    )


def members(request, pk):
    portal = _portal_for(request, pk, manage=True)
    form = MemberAddForm(request.POST or None)
    if request.method == "POST":
        if "remove" in request.POST:
            user = get_user_model().objects.filter(pk=request.POST.get("remove")).first()
            if user is not None:
                accounts.remove_member(
                    portal, user, request.POST.get("role") or None, by=request.user
                )
                messages.success(request, _("Đã gỡ thành viên."))
            return redirect("vnportal_portals:members", pk=portal.pk)
        if form.is_valid():
            user = get_user_model().objects.filter(username=form.cleaned_data["username"]).first()
            if user is None:
                form.add_error("username", _("Không có tài khoản này."))
            else:
                accounts.add_member(portal, user, form.cleaned_data["role"], by=request.user)
                messages.success(request, _("Đã thêm thành viên."))
                return redirect("vnportal_portals:members", pk=portal.pk)
    groups = (
        PortalGroup.objects.filter(portal=portal)
        .select_related("group")
        .prefetch_related("group__user_set")
    )
    return render(
        request, "tenancy/admin/members.html", {"portal": portal, "groups": groups, "form": form}
    )


def maintenance(request, pk):
    portal = _portal_for(request, pk, manage=True)
    form = MaintenanceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            result = services.schedule_maintenance(portal, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            if result.warning:
                messages.warning(request, result.warning)
            messages.success(request, _("Đã thông báo lịch bảo trì."))
            return redirect("vnportal_portals:index")
    return render(
        request,
        "tenancy/admin/form.html",
        {"form": form, "portal": portal, "title": _("Lịch bảo trì: %(p)s") % {"p": portal.name_vi}},
    )


def detail(request, pk):
    """Read-only overview (board members, supervisors, operators): status, sections, history."""
    from vnportal.content.models import SectionPage

    portal = _portal_for(request, pk)
    sections = (
        SectionPage.objects.child_of(portal.root_page)
        .exclude(section_key="")
        .order_by("path")
        .only("id", "title", "section_key", "is_placeholder", "live", "last_published_at")
    )
    context = {
        "portal": portal,
        "sections": sections,
        "history": portal.status_changes.select_related("changed_by")[:20],
        "windows": portal.maintenance_windows.order_by("-starts_at")[:10],
        "can_manage": can_manage_portal(request.user, portal),
        "is_operator": is_operator(request.user),
    }
    return render(request, "tenancy/admin/detail.html", context)


def portal_settings(request, pk):
    portal = _portal_for(request, pk, manage=True)
    initial = {f: getattr(portal, f) for f in services.SETTINGS_FIELDS}
    form = PortalSettingsForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        files = {k: data.pop(k) for k in ("board_decision", "board_regulation")}
        try:
            services.update_portal_settings(portal, by=request.user, files=files, **data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, _("Đã lưu cài đặt cổng."))
            return redirect("vnportal_portals:detail", pk=portal.pk)
    return render(
        request,
        "tenancy/admin/form.html",
        {
            "form": form,
            "portal": portal,
            "multipart": True,
            "title": _("Cài đặt: %(p)s") % {"p": portal.name_vi},
        },
    )
