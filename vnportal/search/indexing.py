"""Turn records of every app into ``SearchEntry`` rows: one object at a time, or all of them.

Signals call :func:`index_object` / :func:`remove_object` with the one object that changed, so a
publish costs a handful of queries and never a rebuild; :func:`rebuild` (the management command
and the Celery task) walks every app in batches for the cases signals cannot see (bulk imports,
``add_published`` in the demo and portal skeleton, a lost worker).

Each app's rules about what citizens may see (published pages, published documents, active
procedures, published data-set records, published answers) are applied here by setting ``live``;
portal status is applied at query time, so suspending a portal hides its records without a
reindex.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable, Iterator

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify

from vnportal.core.text import fold_vietnamese, html_to_text

from . import opensearch
from .choices import EntryKind
from .models import BODY_LIMIT, SearchEntry, content_type_for

logger = logging.getLogger(__name__)

BATCH = 500


# --- helpers --------------------------------------------------------------------------------


def _clip(text: str, limit: int = BODY_LIMIT) -> str:
    return " ".join((text or "").split())[:limit]


def _field_slug(label: str) -> str:
    """Fields come from three vocabularies (documents, Q&A, procedure fields) with different
    codes for the same thing ("dat_dai", "land"); the folded label is the shared key."""
    return slugify(fold_vietnamese(str(label or "")))[:80]


def _day_start(day: datetime.date | None) -> datetime.datetime | None:
    if day is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def _entry(
    obj,
    *,
    kind,
    portal_id,
    title,
    body,
    url_path,
    published_at,
    field_label="",
    lang="vi",
    translation_key=None,
):
    title = _clip(title, 500)
    body = _clip(body)
    return SearchEntry(
        portal_id=portal_id,
        kind=kind,
        content_type=content_type_for(obj),
        object_id=obj.pk,
        language=lang,
        title=title,
        body=body,
        title_folded=fold_vietnamese(title),
        body_folded=fold_vietnamese(body),
        url_path=url_path,
        published_at=published_at,
        field=_field_slug(field_label),
        field_label=str(field_label or "")[:255],
        live=True,
        translation_key=translation_key,
    )


# --- pages ----------------------------------------------------------------------------------


def _page_text(page) -> str:
    """Text of the specific page type's own fields (lead, body, summary…), as a reader sees it."""
    from wagtail.fields import RichTextField, StreamField
    from wagtail.models import Page

    base_fields = {f.name for f in Page._meta.get_fields()}
    parts = []
    for f in type(page)._meta.get_fields():
        if f.name in base_fields or not getattr(f, "concrete", False):
            continue
        value = getattr(page, f.attname, None)
        if not value:
            continue
        if isinstance(f, StreamField):
            try:
                chunks = f.stream_block.get_searchable_content(value)
            except Exception:  # a broken block must not stop publishing
                logger.exception("search: cannot read stream field %s of page %s", f.name, page.pk)
                chunks = []
            parts.append(html_to_text(" ".join(str(c) for c in chunks)).visible)
        elif isinstance(f, RichTextField):
            parts.append(html_to_text(value).visible)
        elif isinstance(f, models.TextField | models.CharField) and not f.choices:
            if f.name in {"slug", "search_text"}:
                continue
            parts.append(str(value))
    return " ".join(parts)


def _page_kind(page) -> str:
    name = type(page).__name__
    if name == "ArticlePage":
        return EntryKind.ARTICLE
    if name == "AnnouncementPage":
        return EntryKind.ANNOUNCEMENT
    return EntryKind.PAGE


def _portal_roots() -> dict[str, int]:
    """Root page path → portal id, including the roots of translated trees (siblings)."""
    from wagtail.models import Page

    from vnportal.tenancy.models import Portal

    roots = dict(Portal.objects.values_list("root_page__translation_key", "pk"))
    return {
        path: roots[key]
        for path, key in Page.objects.filter(depth=2, translation_key__in=roots).values_list(
            "path", "translation_key"
        )
    }


def page_entry(page, portal_id: int | None) -> SearchEntry | None:
    """The entry of a live, public portal page, or None if citizens cannot see it."""
    from vnportal.content.models import PortalPage

    page = page.specific if not isinstance(page, PortalPage) else page
    if not isinstance(page, PortalPage) or not page.live or portal_id is None:
        return None
    relative = "/" + page.url_path.split("/", 2)[2] if page.depth > 2 else "/"
    lang = page.locale.language_code if page.locale_id else "vi"
    if lang != "vi":
        relative = f"/{lang}{relative}"
    published = getattr(page, "date", None) or page.first_published_at or page.last_published_at
    return _entry(
        page,
        kind=_page_kind(page),
        portal_id=portal_id,
        title=page.title,
        body=_page_text(page),
        url_path=relative,
        published_at=published,
        lang=lang[:8],
        translation_key=page.translation_key,
    )


def _page_is_restricted(page) -> bool:
    return page.get_view_restrictions().exists()


# --- registries -----------------------------------------------------------------------------


def document_entry(doc) -> SearchEntry | None:
    if not doc.is_published:
        return None
    texts = [a.text for a in doc.attachments.all() if a.text]
    title = f"{doc.get_doc_type_display()} {doc.number_symbol}"
    return _entry(
        doc,
        kind=EntryKind.DOCUMENT,
        portal_id=doc.portal_id,
        title=title,
        body=" ".join([doc.abstract, doc.issuer, doc.signer, *texts]),
        url_path=f"/tra-cuu/van-ban/{doc.pk}/",
        published_at=_day_start(doc.issue_date) or doc.published_at,
        field_label=doc.get_field_display(),
    )


def procedure_entry(proc) -> SearchEntry | None:
    if not proc.is_active:
        return None
    body = " ".join(
        str(getattr(proc, name) or "")
        for name in (
            "code",
            "implementing_agency",
            "subjects",
            "steps",
            "dossier",
            "conditions",
            "result",
            "fees",
            "legal_basis",
        )
    )
    return _entry(
        proc,
        kind=EntryKind.PROCEDURE,
        portal_id=None,
        title=proc.name,
        body=body,
        url_path=f"/tra-cuu/thu-tuc/{proc.code}/",
        published_at=proc.synced_at or proc.updated_at,
        field_label=proc.field.name if proc.field_id else "",
    )


def dataset_entry(record) -> SearchEntry | None:
    if not record.is_published:
        return None
    extra = [str(getattr(record, name) or "") for name in record.search_fields]
    return _entry(
        record,
        kind=EntryKind.DATASET,
        portal_id=record.portal_id,
        title=record.title,
        body=" ".join([record.summary, record.source_document, *extra]),
        url_path=f"/tra-cuu/du-lieu/{record.kind}/{record.pk}/",
        published_at=record.created_at,
        field_label=record.get_field_display(),
    )


def question_entry(question) -> SearchEntry | None:
    from vnportal.qa.choices import QuestionStatus

    if question.status != QuestionStatus.PUBLISHED:
        return None
    return _entry(
        question,
        kind=EntryKind.QUESTION,
        portal_id=question.portal_id,
        title=question.title,
        body=f"{question.body} {question.answer}",
        url_path=f"/hoi-dap/cau-hoi/{question.pk}/",
        published_at=question.published_at or question.answered_at,
        field_label=question.get_field_display(),
    )


def _registry_models():
    from vnportal.datasets.models import KINDS
    from vnportal.documents.models import LegalDocument
    from vnportal.procedures.models import Procedure
    from vnportal.qa.models import Question

    return [
        (LegalDocument, document_entry),
        (Procedure, procedure_entry),
        *[(model, dataset_entry) for model in KINDS.values()],
        (Question, question_entry),
    ]


def entry_for(obj) -> SearchEntry | None:
    """The up-to-date entry of any indexed object, or None if it must not be searchable."""
    from wagtail.models import Page

    if isinstance(obj, Page):
        if _page_is_restricted(obj):
            return None
        portal = obj.specific.get_portal() if hasattr(obj.specific, "get_portal") else None
        return page_entry(obj, portal.pk if portal else None)
    for model, build in _registry_models():
        if isinstance(obj, model):
            return build(obj)
    return None


# --- writing --------------------------------------------------------------------------------


def _save(entry: SearchEntry) -> None:
    fields = [
        f.attname
        for f in SearchEntry._meta.concrete_fields
        if f.attname not in {"id", "content_type_id", "object_id", "language"}
    ]
    saved, _created = SearchEntry.objects.update_or_create(
        content_type_id=entry.content_type_id,
        object_id=entry.object_id,
        language=entry.language,
        defaults={name: getattr(entry, name) for name in fields if name != "indexed_at"},
    )
    opensearch.mirror(saved=[saved.pk])


def index_object(obj) -> None:
    """Bring one object's entry up to date (create, update, or drop it if no longer public).

    Errors are logged, never raised: a broken index must not block an editor's publish.
    """
    try:
        entry = entry_for(obj)
        if entry is None:
            remove_object(obj)
        else:
            _save(entry)
    except Exception:
        logger.exception("search: indexing %r failed", obj)


def remove_object(obj) -> None:
    try:
        opensearch.delete_mirrored(SearchEntry.objects.for_object(obj))
    except Exception:
        logger.exception("search: removing %r failed", obj)


def index_many(model, ids) -> int:
    """Reindex a batch written in bulk (an import): drop the old entries, insert the new ones."""
    from wagtail.models import Page

    ct = ContentType.objects.get_for_model(Page if issubclass(model, Page) else model)
    total = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        objects = model._default_manager.filter(pk__in=chunk)
        if issubclass(model, Page):
            objects = objects.specific()
        entries = [e for e in (entry_for(obj) for obj in objects) if e is not None]
        with transaction.atomic():
            opensearch.delete_mirrored(
                SearchEntry.objects.filter(content_type=ct, object_id__in=chunk)
            )
            total += _bulk(entries)
    return total


def _page_entries() -> Iterator[SearchEntry]:
    from wagtail.models import Page, PageViewRestriction

    from vnportal.content.models import PortalPage

    roots = _portal_roots()
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    id_list = list(Page.objects.live().type(PortalPage).values_list("pk", flat=True).order_by("pk"))
    for start in range(0, len(id_list), BATCH):
        chunk = id_list[start : start + BATCH]
        for page in Page.objects.filter(pk__in=chunk).select_related("locale").specific():
            if any(page.path.startswith(p) for p in restricted):
                continue
            entry = page_entry(page, roots.get(page.path[: Page.steplen * 2]))
            if entry is not None:
                yield entry


def _registry_entries() -> Iterator[SearchEntry]:
    from vnportal.documents.models import LegalDocument
    from vnportal.procedures.models import Procedure

    for model, build in _registry_models():
        qs = model.objects.all().order_by("pk")
        if model is LegalDocument:
            qs = qs.prefetch_related("attachments")
        elif model is Procedure:
            qs = qs.select_related("field")
        for obj in qs.iterator(chunk_size=BATCH):
            entry = build(obj)
            if entry is not None:
                yield entry


def _bulk(entries: Iterable[SearchEntry], *, mirror: bool = True) -> int:
    total, batch = 0, []
    for entry in entries:
        batch.append(entry)
        if len(batch) >= BATCH:
            _create(batch, mirror)
            total += len(batch)
            batch = []
    if batch:
        _create(batch, mirror)
        total += len(batch)
    return total


def _create(batch: list[SearchEntry], mirror: bool) -> None:
    created = SearchEntry.objects.bulk_create(batch)
    if mirror:
        opensearch.mirror(saved=[e.pk for e in created])


def rebuild() -> int:
    """Rebuild the whole index in one transaction (readers see the old index until it commits)."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        opensearch.mirror_rebuild()  # renumbered rows: OpenSearch is recreated after commit
        return _bulk(_page_entries(), mirror=False) + _bulk(_registry_entries(), mirror=False)
