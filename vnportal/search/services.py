"""Who may see which entries, and one search call shared by the page and the API.

Isolation lives here and only here: a component portal sees its own rows plus the province-wide
procedures it applies (``PortalProcedure``); the provincial portal sees every public portal's rows
(never a suspended or closed one) plus every active procedure, optionally narrowed to one portal.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils import timezone, translation

from . import query as q
from .backends import Hit, get_backend
from .choices import EntryKind
from .models import SearchEntry

PER_PAGE = 20
MAX_PAGE = 500


def visible_entries(portal, *, only_portal=None) -> QuerySet:
    """Live entries a visitor of ``portal`` may find; ``only_portal`` narrows the province page."""
    from vnportal.procedures.models import PortalProcedure

    entries = SearchEntry.objects.live()
    language = (translation.get_language() or "vi")[:2]
    entries = entries.filter(language__in={"vi", language})
    if language != "vi":
        # A page translated into this language is found once, in this language; registries and
        # untranslated pages stay findable in Vietnamese.
        translated = SearchEntry.objects.live().filter(
            language=language, translation_key__isnull=False
        )
        entries = entries.exclude(
            language="vi", translation_key__in=translated.values("translation_key")
        )
    if portal is None or not portal.is_public:
        return entries.none()
    target = portal
    if portal.is_provincial and only_portal is not None:
        target = only_portal
    if target.is_provincial:
        return entries.filter(
            Q(portal__status__in=_public_statuses())
            | Q(portal__isnull=True, kind=EntryKind.PROCEDURE)
        )
    if not target.is_public:
        return entries.none()
    applied = PortalProcedure.objects.filter(portal=target).values("procedure_id")
    return entries.filter(
        Q(portal=target) | Q(portal__isnull=True, kind=EntryKind.PROCEDURE, object_id__in=applied)
    )


def _public_statuses():
    from vnportal.tenancy.choices import PortalStatus

    return [PortalStatus.ACTIVE, PortalStatus.TRIAL]


@dataclass
class Filters:
    kind: str = ""
    field: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None


@dataclass
class Results:
    parsed: q.ParsedQuery
    total: int = 0
    page: int = 1
    hits: list[Hit] = field(default_factory=list)
    #: More than ``total`` records match (the backend stopped counting; see backends.Found).
    capped: bool = False

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // PER_PAGE))

    @property
    def has_next(self) -> bool:
        return self.page < min(self.num_pages, MAX_PAGE)

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def apply_filters(entries: QuerySet, filters: Filters) -> QuerySet:
    if filters.kind:
        entries = entries.filter(kind=filters.kind)
    if filters.field:
        entries = entries.filter(field=filters.field)
    tz = timezone.get_current_timezone()
    if filters.date_from:
        start = datetime.datetime.combine(filters.date_from, datetime.time(), tzinfo=tz)
        entries = entries.filter(published_at__gte=start)
    if filters.date_to:
        end = datetime.datetime.combine(
            filters.date_to + datetime.timedelta(days=1), datetime.time(), tzinfo=tz
        )
        entries = entries.filter(published_at__lt=end)
    return entries


def search(
    entries: QuerySet, raw_query: str, filters: Filters | None = None, page: int = 1
) -> Results:
    """Run a query over already-scoped ``entries``; never raises on odd input."""
    parsed = q.parse(raw_query)
    page = min(max(int(page or 1), 1), MAX_PAGE)
    results = Results(parsed=parsed, page=page)
    if parsed.is_empty:
        return results
    entries = apply_filters(entries, filters or Filters())
    found = get_backend().search(entries, parsed, offset=(page - 1) * PER_PAGE, limit=PER_PAGE)
    results.total, results.hits, results.capped = found.total, found.hits, found.capped
    return results
