"""Resolve the portal of every request, and stop public traffic to suspended or closed portals.

A portal is found by its own host, or by the first path segment under the provincial portal's host
(`/xa-ba-to/...`). For path portals the prefix is moved from `path_info` into the script prefix, so
Django's URL resolver, `reverse()` and Wagtail's page routing all work as if the portal had its own
host, and every generated link keeps the prefix.
"""

from django.shortcuts import render
from django.urls import get_script_prefix, set_script_prefix
from django.utils import timezone

from .choices import PortalStatus
from .registry import get_portal, get_registry

NON_PUBLIC_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/media/", "/api/")


def resolve(host: str, path: str):
    """Return (portal route, path prefix) for a host and path; prefix is '' for host portals."""
    registry = get_registry()
    host = host.split(":", 1)[0].lower().rstrip(".")
    route = registry.by_host.get(host)
    if route is None or route.is_provincial:
        segment = path.lstrip("/").split("/", 1)[0]
        mounted = registry.by_path.get(segment) if segment else None
        if mounted is not None:
            return mounted, f"/{segment}"
    return route or registry.provincial, ""


class PortalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        route, prefix = resolve(request.get_host(), request.path_info)
        request.portal = get_portal(route.id) if route else None
        request.portal_prefix = prefix
        if request.portal is not None:
            request._wagtail_site = request.portal.site
        if not prefix:
            return self.get_response(request)
        if request.path_info == prefix:
            from django.http import HttpResponsePermanentRedirect

            return HttpResponsePermanentRedirect(request.path + "/")
        original = get_script_prefix()
        request.path_info = request.path_info[len(prefix) :] or "/"
        set_script_prefix(original.rstrip("/") + prefix + "/")
        try:
            return self.get_response(request)
        finally:
            set_script_prefix(original)


class PortalStatusMiddleware:
    """Suspended → 503 notice, closed → 410 notice, maintenance window → 503 with restore time."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        portal = getattr(request, "portal", None)
        if portal is None or request.path_info.startswith(NON_PUBLIC_PREFIXES):
            return self.get_response(request)
        if portal.status in (PortalStatus.SUSPENDED, PortalStatus.CLOSED):
            status = 503 if portal.status == PortalStatus.SUSPENDED else 410
            return render(
                request,
                "tenancy/portal_unavailable.html",
                {"portal": portal, "status_code": status},
                status=status,
            )
        window = portal.maintenance_windows.in_effect(timezone.now()).first()
        if window is not None:
            response = render(
                request,
                "tenancy/portal_unavailable.html",
                {"portal": portal, "window": window, "status_code": 503},
                status=503,
            )
            response["Retry-After"] = str(
                max(60, int((window.ends_at - timezone.now()).total_seconds()))
            )
            return response
        return self.get_response(request)


class AdminPageScopeMiddleware:
    """Refuse every admin view addressed to a page outside the user's portals.

    Wagtail computes the "explorable root" as the common ancestor of the pages a user holds
    permissions on; with a Vietnamese and an English tree per portal that is the tree root, so the
    explorer, history and preview views would open another portal's pages. Wagtail has hooks for
    edit/delete/copy/move only, hence this check on every admin URL carrying a page id.
    """

    PAGE_KWARGS = ("page_id", "parent_page_id")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith("/admin/"):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        for name in self.PAGE_KWARGS:
            page_id = view_kwargs.get(name)
            if page_id is None:
                continue
            from wagtail.admin.auth import permission_denied

            from .access import page_in_user_portals

            if not page_in_user_portals(user, int(page_id)):
                # Wagtail's own refusal: back to the dashboard with a message (403 for XHR).
                return permission_denied(request)
        return None
