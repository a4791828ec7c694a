"""URL building for portals reached by host or by a path under the provincial portal."""

from django.conf import settings

PATH_SITE_SUFFIX = ".path.invalid"


def site_hostname_for(slug: str, hostname: str | None) -> str:
    """The Wagtail Site hostname: the real host, or a reserved `.invalid` name for path portals.

    `.invalid` (RFC 2606) never resolves, so the synthetic name can never receive real traffic;
    path portals are routed by the portal middleware instead.
    """
    return hostname or f"{slug}{PATH_SITE_SUFFIX}"


def scheme() -> str:
    return (
        "http" if settings.DEBUG or not getattr(settings, "SECURE_SSL_REDIRECT", False) else "https"
    )


def provincial_root_url() -> str:
    from .registry import get_registry

    provincial = get_registry().provincial
    host = provincial.hostname if provincial and provincial.hostname else None
    if host:
        return f"{scheme()}://{host}"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def portal_base_url(portal) -> str:
    if portal.hostname:
        return f"{scheme()}://{portal.hostname}/"
    if portal.is_provincial:
        return provincial_root_url() + "/"
    return f"{provincial_root_url()}/{portal.path}/"
