"""What of a page is checked: the text the scanner reads and the snapshot integrity hashes.

Two views of one page, for two different questions:

* :func:`page_text` is every string an editor can type (text, rich text, StreamField leaves,
  inline children such as leaders or schedule rows, tags), joined. It is computed the same way
  from the form's in-memory page, from a revision and from the database row, so the hash of it
  (:func:`text_hash`) identifies "this content" across the edit view, the publish signal and the
  scheduled scan, and an operator's override follows the content rather than a revision id.
* :func:`snapshot` is every content field including non-text ones (image ids, dates, choices),
  minus the bookkeeping Wagtail changes without publishing (tree position, locks, draft
  pointers). It is only ever computed from a database row, so its hash is stable between
  the publication and the later check.
"""

from __future__ import annotations

import hashlib
import json
import re

from django.db import models
from django.db.models import Q
from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_relations
from taggit.managers import TaggableManager
from wagtail.fields import StreamField
from wagtail.models import Page

#: Page fields Wagtail (or our own code) writes without a publication: tree position, URLs
#: derived from the tree, draft and lock bookkeeping, publication timestamps, derived flags.
BOOKKEEPING_FIELDS = frozenset(
    {
        "id",
        "page_ptr",
        "path",
        "depth",
        "numchild",
        "translation_key",
        "locale",
        "content_type",
        "url_path",
        "draft_title",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "latest_revision_created_at",
        "live_revision",
        "latest_revision",
        "go_live_at",
        "expire_at",
        "expired",
        "locked",
        "locked_at",
        "locked_by",
        "owner",
        "alias_of",
        "is_placeholder",
    }
)
#: Child relations that are not page content (editorial comments live beside the page).
SKIPPED_RELATIONS = frozenset({"wagtail_admin_comments", "comments"})
_TEXT_FIELDS = (models.CharField, models.TextField)
#: Wagtail's random per-paragraph keys in stored rich text: not content, and they change when a
#: paragraph is retyped or pasted, so they must not change the content hash.
_BLOCK_KEY = re.compile(r'\sdata-block-key="[^"]*"')
_STREAM_SKIP_KEYS = frozenset({"id", "type"})


def _strings(value, out: list[str]) -> None:
    """Every string leaf of a StreamField's raw data (block ids and type names excluded)."""
    if isinstance(value, str):
        if value.strip():
            out.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _STREAM_SKIP_KEYS:
                _strings(item, out)
    elif isinstance(value, list | tuple):
        for item in value:
            _strings(item, out)


def _stream_raw(field, value):
    if value is None:
        return []
    if hasattr(value, "get_prep_value"):
        return value.get_prep_value()
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _content_fields(model):
    for field in model._meta.concrete_fields:
        if field.name in BOOKKEEPING_FIELDS or isinstance(field, ParentalKey):
            continue
        if field.auto_created or field.primary_key:
            continue
        yield field


def _object_text(obj, out: list[str]) -> None:
    for field in _content_fields(type(obj)):
        value = getattr(obj, field.attname, None)
        if isinstance(field, StreamField):
            _strings(_stream_raw(field, value), out)
        elif isinstance(field, _TEXT_FIELDS) and isinstance(value, str) and value.strip():
            out.append(value)


def _children(obj):
    for relation in get_all_child_relations(obj):
        name = relation.get_accessor_name()
        if name in SKIPPED_RELATIONS:
            continue
        yield name, list(getattr(obj, name).all())


def _tag_names(obj) -> list[str]:
    names = []
    for field in [*obj._meta.private_fields, *obj._meta.many_to_many]:
        if isinstance(field, TaggableManager):
            names.extend(sorted(tag.name for tag in getattr(obj, field.name).all()))
    return names


def page_fragments(page) -> list[str]:
    """The strings of a (specific) page an editor can write, in a fixed order."""
    out: list[str] = []
    _object_text(page, out)
    for _name, children in _children(page):
        for child in children:
            _object_text(child, out)
    out.extend(_tag_names(page))
    return out


def page_text(page) -> str:
    """The page's text as one HTML document for the scanner."""
    return _BLOCK_KEY.sub("", "\n".join(page_fragments(page)))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _plain(field, obj):
    value = field.value_from_object(obj)
    if isinstance(field, StreamField):
        return _stream_raw(field, value)
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def snapshot(page) -> dict:
    """Every content field of a page row and its inline children (see the module docstring)."""
    data = {field.name: _plain(field, page) for field in _content_fields(type(page))}
    for name, children in _children(page):
        data[name] = [
            {field.name: _plain(field, child) for field in _content_fields(type(child))}
            for child in children
        ]
    tags = _tag_names(page)
    if tags:
        data["__tags__"] = tags
    return data


def snapshot_hash(data: dict) -> str:
    encoded = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()


def changed_fields(expected: dict, actual: dict) -> list[str]:
    """Names of the snapshot entries that differ (for the alert: where to look first)."""
    keys = set(expected) | set(actual)
    return sorted(k for k in keys if expected.get(k) != actual.get(k))


def fresh_specific(page):
    """The page's specific row as stored now (never the caller's in-memory object)."""
    model = page.specific_class or type(page)
    return model.objects.get(pk=page.pk)


def portal_for_page(page):
    """The portal owning a page, also for pages of a translated tree (its root is a sibling)."""
    from vnportal.tenancy.models import Portal

    if page.depth is None or page.depth < 2:
        return None
    root_path = page.path[: Page.steplen * 2]
    root_key = Page.objects.filter(path=root_path).values("translation_key")[:1]
    return (
        Portal.objects.filter(
            Q(root_page__path=root_path) | Q(root_page__translation_key__in=root_key)
        )
        .order_by("pk")
        .first()
    )
