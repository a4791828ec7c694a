"""``GET /api/v1/search``: the same search as the portal pages, as JSON.

Without ``portal`` it searches like the provincial portal (every public portal); with a portal's
slug it searches like that portal's page. Snippets are HTML (escaped text with <mark>).
"""

import datetime

from ninja import Field, Query, Router, Schema
from ninja.responses import Status

from vnportal.tenancy.models import Portal

from . import services
from .choices import EntryKind
from .query import MAX_QUERY

router = Router(tags=["search"])


class Problem(Schema):
    detail: str


class HitOut(Schema):
    kind: EntryKind
    kind_label: str
    title: str
    title_html: str = Field(..., description="Tiêu đề, từ khớp được đánh dấu <mark>")
    snippet_html: str = Field(..., description="Đoạn trích, HTML đã thoát, từ khớp trong <mark>")
    url: str
    portal: str | None = Field(None, description="Mã cổng; trống: thủ tục dùng chung toàn tỉnh")
    published_at: datetime.datetime | None
    field: str
    field_label: str


class SearchPage(Schema):
    query: str
    count: int = Field(
        ..., description="Số kết quả; khi count_exact là false: có hơn ngần ấy kết quả"
    )
    count_exact: bool = Field(
        True, description="false: hệ thống dừng đếm ở count (truy vấn quá rộng)"
    )
    page: int
    pages: int
    items: list[HitOut]


class SearchParams(Schema):
    q: str = Field(
        ..., min_length=1, max_length=MAX_QUERY, description="Từ khoá; có dấu hoặc không"
    )
    portal: str | None = Field(None, max_length=63, description="Mã cổng; bỏ trống: toàn tỉnh")
    kind: EntryKind | None = None
    page: int = Field(1, ge=1, le=services.MAX_PAGE)


def _url(entry, scope: Portal) -> str:
    owner = entry.portal if entry.portal_id else scope
    return owner.get_public_url() + entry.url_path.lstrip("/")


@router.get(
    "/search",
    response={200: SearchPage, 404: Problem},
    summary="Search pages, documents, procedures, data sets and answers of public portals",
)
def search(request, params: Query[SearchParams]):
    from .query import highlight, snippet

    provincial = Portal.objects.filter(is_provincial=True).first()
    scope = provincial
    if params.portal:
        scope = Portal.objects.public().filter(slug=params.portal).first()
        if scope is None:
            return Status(404, {"detail": "Không có cổng này."})
    entries = services.visible_entries(scope)
    results = services.search(
        entries, params.q, services.Filters(kind=params.kind or ""), params.page
    )
    items = [
        {
            "kind": hit.entry.kind,
            "kind_label": str(hit.entry.get_kind_display()),
            "title": hit.entry.title,
            "title_html": str(highlight(hit.entry.title, results.parsed)),
            "snippet_html": str(snippet(hit.entry.body_head, results.parsed)),
            "url": _url(hit.entry, scope),
            "portal": hit.entry.portal.slug if hit.entry.portal_id else None,
            "published_at": hit.entry.published_at,
            "field": hit.entry.field,
            "field_label": hit.entry.field_label,
        }
        for hit in results.hits
    ]
    return Status(
        200,
        {
            "query": results.parsed.raw,
            "count": results.total,
            "count_exact": not results.capped,
            "page": results.page,
            "pages": results.num_pages,
            "items": items,
        },
    )
