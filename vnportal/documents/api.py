"""API endpoints of the documents registry (read only, public documents of public portals)."""

import datetime

from django.db.models import Prefetch
from ninja import Field, Path, Query, Router, Schema
from ninja.responses import Status

from vnportal.tenancy.models import Portal

from .choices import SORTS, DocumentField, DocumentType, ValidityState
from .models import DocumentAttachment, LegalDocument

router = Router(tags=["documents"])

MAX_LIMIT = 100
MAX_OFFSET = 1_000_000
MAX_ID = 2**63 - 1  # BigAutoField


class Problem(Schema):
    detail: str


class AttachmentOut(Schema):
    id: int
    name: str
    kind: str
    size: int
    url: str


class DocumentOut(Schema):
    id: int
    portal: str = Field(..., description="Mã (slug) của cổng đăng tải")
    number_symbol: str = Field(..., description="Số, ký hiệu (Nghị định 30/2020)")
    number: int
    year: int
    doc_type: DocumentType
    doc_type_label: str
    legal_normative: bool
    issuer: str
    signer: str
    issue_date: datetime.date
    effective_date: datetime.date | None
    expiry_date: datetime.date | None
    replaced_by: int | None
    field: DocumentField
    field_label: str
    abstract: str
    validity: ValidityState
    url: str


class DocumentDetail(DocumentOut):
    attachments: list[AttachmentOut]
    replaces: list[int]


class DocumentPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[DocumentOut]


class DocumentFilters(Schema):
    portal: str | None = Field(None, max_length=63, description="Mã cổng; bỏ trống: toàn tỉnh")
    type: DocumentType | None = None
    field: DocumentField | None = None
    year: int | None = Field(None, ge=1945, le=2100)
    issuer: str | None = Field(None, max_length=255, description="Tên cơ quan ban hành (đúng)")
    q: str | None = Field(None, max_length=200, description="Từ khoá, có dấu hoặc không dấu")
    in_force: bool | None = Field(None, description="true: còn hiệu lực hôm nay; false: hết")
    sort: str = Field("moi-nhat", pattern="^(" + "|".join(SORTS) + ")$")
    limit: int = Field(20, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


def _url(portal: Portal, path: str) -> str:
    return portal.get_public_url() + path


def _serialise(doc: LegalDocument) -> dict:
    return {
        "id": doc.pk,
        "portal": doc.portal.slug,
        "number_symbol": doc.number_symbol,
        "number": doc.number,
        "year": doc.year,
        "doc_type": doc.doc_type,
        "doc_type_label": str(doc.get_doc_type_display()),
        "legal_normative": doc.is_legal_normative,
        "issuer": doc.issuer,
        "signer": doc.signer,
        "issue_date": doc.issue_date,
        "effective_date": doc.effective_date,
        "expiry_date": doc.expiry_date,
        "replaced_by": doc.replaced_by_id,
        "field": doc.field,
        "field_label": str(doc.get_field_display()),
        "abstract": doc.abstract,
        "validity": doc.validity(),
        "url": _url(doc.portal, f"tra-cuu/van-ban/{doc.pk}/"),
    }


@router.get(
    "",
    response=DocumentPage,
    summary="Published documents of public portals, filtered and paginated",
)
def list_documents(request, filters: Query[DocumentFilters]):
    qs = LegalDocument.objects.public()
    if filters.portal:
        qs = qs.filter(portal__slug=filters.portal)
    if filters.type:
        qs = qs.filter(doc_type=filters.type)
    if filters.field:
        qs = qs.filter(field=filters.field)
    if filters.year:
        qs = qs.filter(year=filters.year)
    if filters.issuer:
        qs = qs.filter(issuer=filters.issuer)
    if filters.q:
        qs = qs.matching(filters.q)
    if filters.in_force is True:
        qs = qs.in_force()
    elif filters.in_force is False:
        qs = qs.expired()
    count = qs.count()
    rows = qs.for_listing().order_by(*SORTS[filters.sort])[
        filters.offset : filters.offset + filters.limit
    ]
    return {
        "count": count,
        "limit": filters.limit,
        "offset": filters.offset,
        "items": [_serialise(doc) for doc in rows],
    }


@router.get(
    "/{int:document_id}",
    response={200: DocumentDetail, 404: Problem},
    summary="One published document with its files",
)
def get_document(request, document_id: int = Path(..., ge=1, le=MAX_ID)):
    doc = (
        LegalDocument.objects.public()
        .select_related("portal")
        .prefetch_related(
            Prefetch(
                "attachments",
                DocumentAttachment.objects.only(
                    "pk", "document_id", "original_name", "kind", "size"
                ),
            ),
            Prefetch("replaces", LegalDocument.objects.published().only("pk", "replaced_by_id")),
        )
        .defer("search_text")
        .filter(pk=document_id)
        .first()
    )
    if doc is None:
        return Status(404, {"detail": "Không có văn bản này."})
    data = _serialise(doc)
    data["attachments"] = [
        {
            "id": a.pk,
            "name": a.original_name,
            "kind": a.kind,
            "size": a.size,
            "url": _url(doc.portal, f"tra-cuu/van-ban/{doc.pk}/tep/{a.pk}/"),
        }
        for a in doc.attachments.all()
    ]
    data["replaces"] = [r.pk for r in doc.replaces.all()]
    return Status(200, data)
