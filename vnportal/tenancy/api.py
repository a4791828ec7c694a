"""Portal directory: every portal of the province, public."""

from ninja import Router, Schema

from .models import Portal

router = Router(tags=["portals"])


class PortalOut(Schema):
    slug: str
    name_vi: str
    name_en: str
    unit_code: str
    unit_type: str
    unit_name: str
    parent_unit_code: str | None
    status: str
    is_provincial: bool
    hostname: str | None
    path: str | None
    url: str


def _serialise(portal: Portal) -> dict:
    return {
        "slug": portal.slug,
        "name_vi": portal.name_vi,
        "name_en": portal.name_en,
        "unit_code": portal.unit.code,
        "unit_type": portal.unit.unit_type,
        "unit_name": portal.unit.name,
        "parent_unit_code": portal.unit.parent.code if portal.unit.parent_id else None,
        "status": portal.status,
        "is_provincial": portal.is_provincial,
        "hostname": portal.hostname,
        "path": portal.path,
        "url": portal.get_public_url(),
    }


@router.get("", response=list[PortalOut], summary="List every portal of the province")
def list_portals(request, status: str | None = None, unit_type: str | None = None):
    qs = Portal.objects.select_related("unit", "unit__parent").order_by("-is_provincial", "slug")
    if status:
        qs = qs.filter(status=status)
    if unit_type:
        qs = qs.filter(unit__unit_type=unit_type)
    return [_serialise(p) for p in qs]


@router.get("/{slug}", response={200: PortalOut, 404: dict}, summary="One portal")
def get_portal(request, slug: str):
    portal = Portal.objects.select_related("unit", "unit__parent").filter(slug=slug).first()
    if portal is None:
        return 404, {"detail": "Không có cổng này."}
    return 200, _serialise(portal)
