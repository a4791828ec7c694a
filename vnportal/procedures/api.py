"""API endpoints of the procedures registry (read only)."""

import datetime

from django.db.models import Max
from ninja import Field, Path, Query, Router, Schema
from ninja.responses import Status

from vnportal.tenancy.models import Portal

from .choices import NATIONAL_PROCEDURE_URL, SORTS, OnlineLevel, ProcedureLevel
from .models import PortalProcedure, Procedure, ProcedureField, ProcedureReview

router = Router(tags=["procedures"])

MAX_LIMIT = 100
MAX_OFFSET = 1_000_000
CODE_PATTERN = r"^\d\.\d{6}$"


class Problem(Schema):
    detail: str


class FieldOut(Schema):
    code: str
    name: str
    procedures: int


class ProcedureOut(Schema):
    code: str = Field(..., description="Mã trên CSDL quốc gia về TTHC, ví dụ 1.001612")
    name: str
    field: str
    field_code: str
    level: ProcedureLevel
    online_level: OnlineLevel
    processing_time: str
    fees: str
    implementing_agency: str
    complete: bool = Field(..., description="Đủ các thành phần theo NĐ 63/2010, Điều 8 khoản 2")
    synced_at: datetime.datetime | None
    service_url: str


class ProcedureDetail(ProcedureOut):
    steps: str
    methods: str
    dossier: str
    dossier_copies: int | None
    subjects: str
    result: str
    conditions: str
    forms: str
    legal_basis: str
    publication_decision: str
    missing: list[str] = Field(..., description="Thành phần còn thiếu (tên trường)")
    portals: list[str] = Field(..., description="Mã các cổng (đang hoạt động) áp dụng thủ tục")


class ProcedurePage(Schema):
    count: int
    limit: int
    offset: int
    last_synced: datetime.datetime | None
    items: list[ProcedureOut]


class PortalSet(Schema):
    portal: str
    applied: int
    complete: int
    last_review: datetime.date | None
    last_synced: datetime.datetime | None


class ProcedureFilters(Schema):
    portal: str | None = Field(None, max_length=63, description="Chỉ các thủ tục cổng này áp dụng")
    field: str | None = Field(None, max_length=40, description="Mã lĩnh vực")
    level: ProcedureLevel | None = None
    online_level: OnlineLevel | None = None
    complete: bool | None = None
    q: str | None = Field(None, max_length=200)
    sort: str = Field("ten", pattern="^(" + "|".join(SORTS) + ")$")
    limit: int = Field(20, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


def _serialise(p: Procedure) -> dict:
    return {
        "code": p.code,
        "name": p.name,
        "field": p.field.name,
        "field_code": p.field.code,
        "level": p.level,
        "online_level": p.online_level,
        "processing_time": p.processing_time,
        "fees": p.fees,
        "implementing_agency": p.implementing_agency,
        "complete": p.is_complete,
        "synced_at": p.synced_at,
        "service_url": p.service_url or NATIONAL_PROCEDURE_URL.format(code=p.code),
    }


@router.get(
    "", response=ProcedurePage, summary="The province-wide procedures, filtered and paginated"
)
def list_procedures(request, filters: Query[ProcedureFilters]):
    qs = Procedure.objects.active()
    if filters.portal:
        qs = qs.filter(
            pk__in=PortalProcedure.objects.filter(
                portal__slug=filters.portal, portal__in=Portal.objects.public()
            ).values("procedure_id")
        )
    if filters.field:
        qs = qs.filter(field__code=filters.field)
    if filters.level:
        qs = qs.filter(level=filters.level)
    if filters.online_level:
        qs = qs.filter(online_level=filters.online_level)
    if filters.complete is not None:
        qs = qs.filter(is_complete=filters.complete)
    if filters.q:
        qs = qs.matching(filters.q)
    count = qs.count()
    rows = (
        qs.select_related("field")
        .defer("search_text")
        .order_by(*SORTS[filters.sort])[filters.offset : filters.offset + filters.limit]
    )
    return {
        "count": count,
        "limit": filters.limit,
        "offset": filters.offset,
        "last_synced": Procedure.objects.active().last_synced(),
        "items": [_serialise(p) for p in rows],
    }


@router.get(
    "/fields", response=list[FieldOut], summary="Fields (lĩnh vực) with their procedure counts"
)
def list_fields(request):
    from django.db.models import Count, Q

    rows = ProcedureField.objects.annotate(
        n=Count("procedures", filter=Q(procedures__status="hieu_luc"))
    ).order_by("name")
    return [{"code": f.code, "name": f.name, "procedures": f.n} for f in rows]


@router.get(
    "/portals/{slug}",
    response={200: PortalSet, 404: Problem},
    summary="A portal's set of procedures: size, completeness, last review and synchronisation",
)
def portal_set(request, slug: str):
    portal = Portal.objects.public().filter(slug=slug).first()
    if portal is None:
        return Status(404, {"detail": "Không có cổng này."})
    applied = Procedure.objects.active().applied_at(portal)
    review = ProcedureReview.objects.for_portal(portal).aggregate(last=Max("reviewed_on"))["last"]
    return Status(
        200,
        {
            "portal": portal.slug,
            "applied": applied.count(),
            "complete": applied.complete().count(),
            "last_review": review,
            "last_synced": applied.last_synced(),
        },
    )


@router.get(
    "/{code}",
    response={200: ProcedureDetail, 404: Problem},
    summary="One procedure by its national code",
)
def get_procedure(request, code: str = Path(..., pattern=CODE_PATTERN)):
    procedure = Procedure.objects.active().select_related("field").filter(code=code).first()
    if procedure is None:
        return Status(404, {"detail": "Không có thủ tục này."})
    data = _serialise(procedure)
    data.update(
        {
            attr: getattr(procedure, attr)
            for attr in (
                "steps",
                "methods",
                "dossier",
                "dossier_copies",
                "subjects",
                "result",
                "conditions",
                "forms",
                "legal_basis",
                "publication_decision",
            )
        }
    )
    data["missing"] = list(procedure.missing)
    data["portals"] = list(
        Portal.objects.public()
        .filter(procedure_links__procedure=procedure)
        .order_by("slug")
        .values_list("slug", flat=True)
    )
    return Status(200, data)
