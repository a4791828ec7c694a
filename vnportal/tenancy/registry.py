"""Fast lookup of portals by host and by path, cached and invalidated on every portal change.

Each request resolves its portal here; the routing table is one cache entry so a page view costs no
query for tenancy.
"""

from dataclasses import dataclass, field

from django.core.cache import cache

CACHE_KEY = "tenancy:registry:v1"


@dataclass(frozen=True)
class PortalRoute:
    id: int
    slug: str
    hostname: str | None
    path: str | None
    is_provincial: bool
    site_id: int
    root_page_id: int


@dataclass
class Registry:
    by_host: dict[str, PortalRoute] = field(default_factory=dict)
    by_path: dict[str, PortalRoute] = field(default_factory=dict)
    by_id: dict[int, PortalRoute] = field(default_factory=dict)
    provincial: PortalRoute | None = None


def build_registry() -> Registry:
    from .models import Portal

    registry = Registry()
    fields = ("id", "slug", "hostname", "path", "is_provincial", "site_id", "root_page_id")
    for row in Portal.objects.values(*fields):
        route = PortalRoute(**row)
        registry.by_id[route.id] = route
        if route.hostname:
            registry.by_host[route.hostname] = route
        if route.path:
            registry.by_path[route.path] = route
        if route.is_provincial:
            registry.provincial = route
    return registry


def get_registry() -> Registry:
    registry = cache.get(CACHE_KEY)
    if registry is None:
        registry = build_registry()
        cache.set(CACHE_KEY, registry, 300)
    return registry


def invalidate() -> None:
    cache.delete(CACHE_KEY)
    cache.delete_many([f"tenancy:portal:{pid}" for pid in get_registry_ids()])


def get_registry_ids() -> list[int]:
    from .models import Portal

    return list(Portal.objects.values_list("id", flat=True))


def get_portal(portal_id: int):
    """The portal with its unit and site, cached, so templates can read it without queries."""
    from .models import Portal

    key = f"tenancy:portal:{portal_id}"
    portal = cache.get(key)
    if portal is None:
        portal = Portal.objects.select_related("unit", "site", "root_page").get(pk=portal_id)
        cache.set(key, portal, 300)
    return portal
