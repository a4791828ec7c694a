"""Shared pytest fixtures: portals are always built through the real service."""

import pytest

from vnportal.tenancy import services, units


@pytest.fixture
def province(db):
    return units.create_unit(code="51", name="Tỉnh Quảng Ngãi", unit_type="province")


@pytest.fixture
def make_unit(province):
    def make(code, name=None, unit_type="commune", parent=None):
        return units.create_unit(
            code=code, name=name or f"Xã {code}", unit_type=unit_type, parent=parent or province
        )

    return make


@pytest.fixture
def provincial_portal(province):
    return services.create_portal(
        services.PortalSpec(
            unit_code="51",
            slug="quangngai",
            hostname="quangngai.gov.vn",
            is_provincial=True,
            status="active",
        )
    )


@pytest.fixture
def make_portal(make_unit, provincial_portal):
    def make(slug, *, host=None, path=None, status="active", unit_type="commune"):
        unit = make_unit(f"U-{slug}", f"Xã {slug.title()}", unit_type)
        return services.create_portal(
            services.PortalSpec(
                unit_code=unit.code, slug=slug, hostname=host, path=path, status=status
            )
        )

    return make


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The portal registry lives in the cache; a rolled-back test must not leak routes into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
