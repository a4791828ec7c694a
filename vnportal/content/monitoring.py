"""Where each portal stands on its mandatory sections: the reads monitoring and the admin share.

For every section of :mod:`vnportal.content.mandatory` that applies to a portal's unit, one
:class:`SectionState` says whether the page exists and is live, still holds placeholder text, lists
nothing yet (listing sections), and how its English version stands (missing, placeholder, stale).
The cost is fixed whatever the number of portals: one query per section page type plus three.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db.models import Count, Q
from django.db.models.functions import Substr
from django.utils import timezone
from wagtail.models import Page

from .mandatory import SECTIONS, MandatorySection, sections_for
from .models.base import locale_code

HOME_KEY = "home"
HOME_SECTION = MandatorySection(
    HOME_KEY,
    "",
    "Trang chủ",
    "Home",
    "TT 32/2017 Đ16",
    english_required=True,
    page_type="content.HomePage",
)
#: Page types whose live pages count as items of the listing section they sit in.
ITEM_TYPES = ("articlepage", "consultationpage", "announcementpage")
PREFIX_FILTER_LIMIT = 50


@dataclass
class SectionState:
    section: MandatorySection
    page_id: int | None = None
    title: str = ""
    state: str = "missing"  # missing | unpublished | placeholder | empty | ok
    last_published_at: object = None
    items: int = 0
    english: str | None = None  # None (not required) | missing | placeholder | stale | ok

    @property
    def problem(self) -> bool:
        return self.state != "ok" or self.english not in (None, "ok")

    # Template-friendly aliases (the portal detail screen reads these).
    @property
    def is_placeholder(self) -> bool:
        return self.state == "placeholder"

    @property
    def live(self) -> bool:
        return self.state in ("placeholder", "empty", "ok")


def _state(row) -> str:
    if row is None:
        return "missing"
    if not row["live"]:
        return "unpublished"
    if row["is_placeholder"]:
        return "placeholder"
    return "ok"


def _english_state(vi_row, en_row) -> str:
    if en_row is None or not en_row["live"]:
        return "missing"
    if en_row["is_placeholder"]:
        return "placeholder"
    source_at, english_at = vi_row["last_published_at"], en_row["last_published_at"]
    if source_at and english_at and source_at > english_at:
        return "stale"
    return "ok"


def section_report(portals, on=None) -> dict[int, list[SectionState]]:
    """{portal id: [SectionState, ...]} with the home page first, then sections in legal order."""
    on = on or timezone.localdate()
    portals = list(portals)
    if not portals:
        return {}
    root_keys = {p.root_page.translation_key: p for p in portals}
    homes = Page.objects.filter(depth=2, translation_key__in=list(root_keys)).values(
        "path", "translation_key"
    )
    portal_of_root = {h["path"]: root_keys[h["translation_key"]] for h in homes}
    prefix = Q()
    if len(portal_of_root) <= PREFIX_FILTER_LIMIT:
        prefix = Q(pk__in=[])
        for path in portal_of_root:
            prefix |= Q(path__startswith=path)

    fields = ("pk", "path", "slug", "title", "section_key", "is_placeholder", "live")
    fields += ("last_published_at", "translation_key", "locale_id")
    # rows[(portal id, language)][section key] = row
    rows: dict[tuple[int, str], dict[str, dict]] = {}
    by_slug = {s.slug: s.key for s in SECTIONS}
    page_types = {s.page_type for s in SECTIONS} | {HOME_SECTION.page_type}
    for label in sorted(page_types):
        model = apps.get_model(label)
        depth = 2 if model.__name__ == "HomePage" else 3
        for row in model.objects.filter(prefix, depth=depth).values(*fields):
            portal = portal_of_root.get(row["path"][: Page.steplen * 2])
            if portal is None:
                continue
            key = HOME_KEY if depth == 2 else (row["section_key"] or by_slug.get(row["slug"]))
            if key:
                rows.setdefault((portal.pk, locale_code(row["locale_id"])), {})[key] = row

    ancestor = Substr("path", 1, Page.steplen * 3)
    counts = dict(
        Page.objects.filter(prefix, live=True, depth__gte=4, content_type__model__in=ITEM_TYPES)
        .annotate(section_path=ancestor)
        .order_by()
        .values("section_path")
        .annotate(n=Count("pk"))
        .values_list("section_path", "n")
    )

    report = {}
    default = settings.LANGUAGE_CODE
    for portal in portals:
        vi_rows = rows.get((portal.pk, default), {})
        en_rows = rows.get((portal.pk, "en"), {})
        states = []
        for section in [HOME_SECTION, *sections_for(portal.unit.unit_type, on)]:
            row = vi_rows.get(section.key)
            state = SectionState(section=section, state=_state(row))
            if row is not None:
                state.page_id, state.title = row["pk"], row["title"]
                state.last_published_at = row["last_published_at"]
                state.items = counts.get(row["path"], 0)
                if state.state == "ok" and section.listing and not state.items:
                    state.state = "empty"
            if section.english_required:
                state.english = _english_state(row, en_rows.get(section.key)) if row else "missing"
            states.append(state)
        report[portal.pk] = states
    return report


def placeholder_pages(portal) -> list[SectionState]:
    """Sections of one portal that still show placeholder text (Vietnamese or English)."""
    states = section_report([portal])[portal.pk]
    return [s for s in states if s.state == "placeholder" or s.english == "placeholder"]


def section_pages(portal) -> list[SectionState]:
    """The mandatory sections of one portal, for the portal detail screen."""
    return [s for s in section_report([portal])[portal.pk] if s.section.key != HOME_KEY]
