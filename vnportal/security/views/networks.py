"""Per-portal admin network allowlist: operators for every portal, a portal's admins for theirs."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from vnportal.tenancy.access import can_manage_portal, is_operator
from vnportal.tenancy.models import Portal

from ..audit import client_ip, record
from ..forms import AdminNetworksForm
from ..models import PortalAdminAccess
from .access import audit_portal_ids, can_see_audit


def index(request):
    if not can_see_audit(request.user):
        raise PermissionDenied
    ids = audit_portal_ids(request.user)
    portals = Portal.objects.select_related("admin_access").order_by("-is_provincial", "name_vi")
    if ids is not None:
        portals = portals.filter(pk__in=ids)
    return render(request, "security/admin/networks.html", {"portals": portals})


@transaction.atomic
def save_networks(portal, networks: str, *, by) -> PortalAdminAccess:
    access, _created = PortalAdminAccess.objects.select_for_update().get_or_create(portal=portal)
    before = access.networks
    access.networks = networks
    access.updated_at = timezone.now()
    access.updated_by = by
    access.save()
    record(
        "security.admin_networks",
        actor=by,
        portal=portal,
        target=portal,
        data={"before": before.splitlines(), "after": networks.splitlines()},
    )
    return access


def edit(request, pk):
    portal = Portal.objects.filter(pk=pk).first()
    if portal is None or not can_see_audit(request.user):
        raise Http404
    if not can_manage_portal(request.user, portal):
        raise Http404
    access = PortalAdminAccess.objects.filter(portal=portal).first()
    form = AdminNetworksForm(
        request.POST or None,
        initial={"networks": access.networks if access else ""},
        client_ip=client_ip(request),
        # Operators are exempt from the list, so they cannot lock themselves out with it.
        enforce_self=not is_operator(request.user),
    )
    if request.method == "POST" and form.is_valid():
        save_networks(portal, form.cleaned_data["networks"], by=request.user)
        messages.success(request, _("Đã lưu danh sách mạng được phép."))
        return redirect("vnportal_security:networks")
    return render(
        request,
        "security/admin/form.html",
        {
            "form": form,
            "portal": portal,
            "title": _("Mạng quản trị: %(p)s") % {"p": portal.name_vi},
            "ip": client_ip(request),
        },
    )
