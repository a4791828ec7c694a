"""Optional per-portal admin network allowlist.

A portal may say "our staff only use the admin from the commune office network or the provincial
VPN" (:class:`PortalAdminAccess`). A stolen password is then useless from elsewhere. A staff
member who belongs to several portals must satisfy the list of every one of them that has a list
(otherwise membership in an unrestricted portal would open the restricted one, since the Wagtail
admin is one application). Provincial operators are exempt: they must be able to act on any
portal during an incident, from wherever they are.
"""

from __future__ import annotations

import ipaddress

from django.shortcuts import render
from django.utils.translation import gettext as _

from vnportal.tenancy.access import is_operator

from .audit import client_ip, record
from .forms import parse_networks

#: Reachable from anywhere: signing in and out, and the static admin translations.
EXEMPT_PREFIXES = ("/admin/login/", "/admin/logout/", "/admin/jsi18n/", "/admin/password_reset/")
SESSION_KEY = "vnportal_network_refused"


def refusing_portals(user, ip: str | None) -> list:
    """Portals whose allowlist does not contain `ip` (empty list: the user may proceed)."""
    from .models import PortalAdminAccess

    if is_operator(user):
        return []
    rules = (
        PortalAdminAccess.objects.filter(portal__groups__group__user=user)
        .exclude(networks="")
        .select_related("portal")
        .distinct()
    )
    refusing = []
    address = None
    if ip:
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            address = None
    for rule in rules:
        try:
            networks = parse_networks(rule.networks)
        except Exception:  # noqa: BLE001 - a corrupt list refuses rather than opens
            networks = []
        if address is None or not any(address in network for network in networks):
            refusing.append(rule.portal)
    return refusing


class AdminNetworkMiddleware:
    """403 with an explanation for staff outside their portal's networks (after sign-in)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        user = getattr(request, "user", None)
        if (
            path.startswith("/admin/")
            and not path.startswith(EXEMPT_PREFIXES)
            and getattr(user, "is_authenticated", False)
        ):
            ip = client_ip(request)
            portals = refusing_portals(user, ip)
            if portals:
                if request.session.get(SESSION_KEY) != ip:
                    request.session[SESSION_KEY] = ip
                    for portal in portals:
                        record(
                            "account.network_refused",
                            request=request,
                            portal=portal,
                            target=user,
                            data={"ip": ip, "path": path[:255]},
                        )
                return render(
                    request,
                    "security/network_refused.html",
                    {
                        "ip": ip or _("không xác định"),
                        "portals": portals,
                    },
                    status=403,
                )
        return self.get_response(request)
