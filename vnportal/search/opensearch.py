"""Optional OpenSearch backend, talking to the REST API with ``requests`` (no client library).

Why it is shaped this way: ``SearchEntry`` stays the source of truth and the only place where
visibility is decided (``services.visible_entries``). OpenSearch only ranks: it returns the ids of
the best ``CANDIDATES`` matches, and one SQL query intersects them with the visible ``entries``
queryset, keeping OpenSearch's order. Isolation therefore cannot drift between the two stores, at
the price that the reported total is the number of visible hits among those candidates (exact
whenever OpenSearch matched no more than ``CANDIDATES`` documents).

Folding is done in Python at index time (``title_folded``/``body_folded``), exactly as for the
database backends, so no ICU plugin is needed: the standard analyzer (which lower-cases) is enough.

Writes are mirrored after commit by :func:`mirror` / :func:`delete_mirrored`, called from
``indexing``; failures are logged, never raised, and ``rebuild_search_index`` repairs OpenSearch.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from functools import partial

import requests
from django.conf import settings
from django.db import connection, transaction
from django.db.models import QuerySet

from . import query as q
from .backends import (
    DatabaseBackend,
    Found,
    Hit,
    PostgresBackend,
    SearchBackend,
    _with_snippet_text,
)
from .models import SearchEntry

logger = logging.getLogger(__name__)

TIMEOUT = 5
BULK_BATCH = 500

_TEXT = {"type": "text", "analyzer": "standard"}  # the standard analyzer lower-cases
MAPPING = {
    "settings": {"number_of_shards": 1},
    "mappings": {
        "dynamic": "strict",
        "properties": {
            "portal_id": {"type": "keyword"},
            "kind": {"type": "keyword"},
            "field": {"type": "keyword"},
            "language": {"type": "keyword"},
            "published_at": {"type": "date"},
            "title": _TEXT,
            "body": _TEXT,
            "title_folded": _TEXT,
            "body_folded": _TEXT,
        },
    },
}


# --- configuration --------------------------------------------------------------------------


def base_url() -> str:
    return (getattr(settings, "VNPORTAL_OPENSEARCH_URL", "") or "").rstrip("/")


def index_name() -> str:
    return getattr(settings, "VNPORTAL_OPENSEARCH_INDEX", "") or "vnportal-search"


def enabled() -> bool:
    """Mirroring is on only when a URL is configured: without it this module does nothing."""
    return bool(base_url())


def _url(path: str) -> str:
    return f"{base_url()}/{index_name()}{path}"


# --- pure builders (unit-tested without a server) -------------------------------------------


def build_query(
    parsed: q.ParsedQuery, *, size: int, filters: dict | None = None, now: str = "now"
) -> dict:
    """The ``_search`` body: every folded word required (AND across title and body), phrases in
    order, exact diacritics and recency as additive bonuses mirroring ``query.score``."""
    must: list[dict] = []
    if parsed.terms:
        must.append(
            {
                "multi_match": {
                    "query": " ".join(parsed.terms),
                    "fields": ["title_folded^3", "body_folded"],
                    "type": "cross_fields",
                    "operator": "and",
                }
            }
        )
    for phrase in parsed.phrases:
        text = q.folded_phrase(phrase)
        must.append(
            {
                "bool": {
                    "should": [
                        {"match_phrase": {"title_folded": {"query": text, "boost": 3}}},
                        {"match_phrase": {"body_folded": {"query": text}}},
                    ],
                    "minimum_should_match": 1,
                }
            }
        )
    should: list[dict] = []
    for word in parsed.accented:
        should.append({"match": {"title": {"query": word, "boost": q.ACCENT_TITLE_BONUS}}})
        should.append({"match": {"body": {"query": word, "boost": q.ACCENT_BODY_BONUS}}})
    for phrase in parsed.phrases:
        should.append(
            {
                "match_phrase": {
                    "title_folded": {
                        "query": q.folded_phrase(phrase),
                        "boost": q.PHRASE_TITLE_BONUS,
                    }
                }
            }
        )
    boolean: dict = {"must": must or [{"match_none": {}}]}
    if should:
        boolean["should"] = should
    filter_clauses = build_filters(filters or {})
    if filter_clauses:
        boolean["filter"] = filter_clauses
    return {
        "size": size,
        "_source": False,
        "query": {
            "function_score": {
                "query": {"bool": boolean},
                "functions": [
                    {
                        "filter": {"exists": {"field": "published_at"}},
                        "gauss": {
                            "published_at": {
                                "origin": now,
                                "scale": f"{int(q.RECENCY_DAYS)}d",
                                "decay": 0.5,
                            }
                        },
                        "weight": q.RECENCY_BONUS,
                    }
                ],
                "score_mode": "sum",
                "boost_mode": "sum",
            }
        },
        "sort": ["_score", {"published_at": {"order": "desc", "missing": "_last"}}],
    }


def build_filters(filters: dict) -> list[dict]:
    """Optional pre-filters (portal ids, kinds, field, languages, date range) that shrink the
    candidate set on OpenSearch's side; the SQL intersection stays the authority."""
    out: list[dict] = []
    if filters.get("portal_ids") is not None:
        out.append({"terms": {"portal_id": [str(p) for p in filters["portal_ids"]]}})
    if filters.get("kinds"):
        out.append({"terms": {"kind": list(filters["kinds"])}})
    if filters.get("field"):
        out.append({"term": {"field": filters["field"]}})
    if filters.get("languages"):
        out.append({"terms": {"language": list(filters["languages"])}})
    dates = {}
    if filters.get("date_from"):
        dates["gte"] = filters["date_from"].isoformat()
    if filters.get("date_to"):
        dates["lt"] = filters["date_to"].isoformat()
    if dates:
        out.append({"range": {"published_at": dates}})
    return out


def document(entry: SearchEntry) -> dict:
    return {
        "portal_id": str(entry.portal_id) if entry.portal_id else None,
        "kind": entry.kind,
        "field": entry.field,
        "language": entry.language,
        "published_at": entry.published_at.isoformat() if entry.published_at else None,
        "title": entry.title,
        "body": entry.body,
        "title_folded": entry.title_folded,
        "body_folded": entry.body_folded,
    }


def bulk_body(entries: Iterable[SearchEntry] = (), delete_ids: Iterable[int] = ()) -> str:
    """NDJSON for ``_bulk``: an ``index`` action + source per entry, a ``delete`` per id."""
    lines = []
    for entry in entries:
        lines.append(json.dumps({"index": {"_index": index_name(), "_id": str(entry.pk)}}))
        lines.append(json.dumps(document(entry), ensure_ascii=False))
    for pk in delete_ids:
        lines.append(json.dumps({"delete": {"_index": index_name(), "_id": str(pk)}}))
    return "\n".join(lines) + "\n" if lines else ""


# --- index management -----------------------------------------------------------------------


def ensure_index(*, recreate: bool = False) -> None:
    if recreate:
        requests.delete(_url(""), timeout=TIMEOUT)
    if requests.head(_url(""), timeout=TIMEOUT).status_code == 200:
        return
    requests.put(_url(""), json=MAPPING, timeout=TIMEOUT).raise_for_status()


def _send_bulk(body: str, *, refresh: bool = False) -> None:
    if not body:
        return
    response = requests.post(
        f"{base_url()}/_bulk" + ("?refresh=true" if refresh else ""),
        data=body.encode(),
        headers={"Content-Type": "application/x-ndjson"},
        timeout=TIMEOUT * 6,
    )
    response.raise_for_status()
    if response.json().get("errors"):
        raise RuntimeError("OpenSearch bulk request reported item errors")


def index_entries(entries: Iterable[SearchEntry], *, refresh: bool = False) -> int:
    """Index live entries in batches (non-live ones are not searchable, so they are deleted)."""
    total, batch, gone = 0, [], []
    for entry in entries:
        if entry.live:
            batch.append(entry)
        else:
            gone.append(entry.pk)
        if len(batch) + len(gone) >= BULK_BATCH:
            _send_bulk(bulk_body(batch, gone), refresh=refresh)
            total, batch, gone = total + len(batch), [], []
    _send_bulk(bulk_body(batch, gone), refresh=refresh)
    return total + len(batch)


def delete_entries(ids: Iterable[int], *, refresh: bool = False) -> None:
    ids = list(ids)
    for start in range(0, len(ids), BULK_BATCH):
        _send_bulk(bulk_body(delete_ids=ids[start : start + BULK_BATCH]), refresh=refresh)


def rebuild_opensearch() -> int:
    """Recreate the index from the ``SearchEntry`` table (the source of truth)."""
    ensure_index(recreate=True)
    return index_entries(SearchEntry.objects.filter(live=True).order_by("pk").iterator(BULK_BATCH))


# --- mirroring of database writes -----------------------------------------------------------


def _push(saved_ids: list[int], deleted_ids: list[int]) -> None:
    try:
        rows = list(SearchEntry.objects.filter(pk__in=saved_ids)) if saved_ids else []
        found = {row.pk for row in rows}
        gone = deleted_ids + [pk for pk in saved_ids if pk not in found]
        index_entries(rows)
        delete_entries(gone)
    except Exception:  # the database index stays correct; a rebuild repairs OpenSearch
        logger.exception("search: mirroring to OpenSearch failed")


def mirror(*, saved: Iterable[int] = (), deleted: Iterable[int] = ()) -> None:
    """After commit, send the current rows of ``saved`` ids and drop ``deleted`` ids; no-op
    without ``VNPORTAL_OPENSEARCH_URL``. Rows are re-read after commit, so what OpenSearch gets is
    what the database kept."""
    if not enabled():
        return
    saved_ids = [pk for pk in saved if pk is not None]
    deleted_ids = list(deleted)
    if saved_ids or deleted_ids:
        transaction.on_commit(partial(_push, saved_ids, deleted_ids))


def delete_mirrored(qs: QuerySet) -> None:
    """``qs.delete()``, reading the ids first only when mirroring is on (deletes return no ids)."""
    ids = list(qs.values_list("pk", flat=True)) if enabled() else []
    qs.delete()
    mirror(deleted=ids)


def mirror_rebuild() -> None:
    """A full database rebuild renumbers every entry: recreate the OpenSearch index after it."""
    if enabled():
        transaction.on_commit(_safe_rebuild)


def _safe_rebuild() -> None:
    try:
        rebuild_opensearch()
    except Exception:
        logger.exception("search: rebuilding the OpenSearch index failed")


# --- the backend ----------------------------------------------------------------------------


class OpenSearchBackend(SearchBackend):
    """Ranks in OpenSearch, decides visibility in SQL (one ``pk__in`` query over the candidates).

    If OpenSearch cannot be reached the database backend answers, so search degrades to the
    portable ranking instead of failing.
    """

    CANDIDATES = 1000

    def __init__(self, filters: dict | None = None):
        self.filters = filters

    def candidate_ids(self, parsed: q.ParsedQuery) -> list[tuple[int, float]]:
        response = requests.post(
            _url("/_search"),
            json=build_query(parsed, size=self.CANDIDATES, filters=self.filters),
            timeout=TIMEOUT,
        )
        response.raise_for_status()
        return [(int(h["_id"]), h.get("_score") or 0.0) for h in response.json()["hits"]["hits"]]

    def search(self, entries, parsed, *, offset, limit):
        try:
            ranked = self.candidate_ids(parsed)
        except (requests.RequestException, ValueError, KeyError):
            logger.exception("search: OpenSearch unavailable, using the database backend")
            fallback = PostgresBackend if connection.vendor == "postgresql" else DatabaseBackend
            return fallback().search(entries, parsed, offset=offset, limit=limit)
        if not ranked:
            return Found(0)
        visible = set(entries.filter(pk__in=[pk for pk, _ in ranked]).values_list("pk", flat=True))
        ordered = [(pk, score) for pk, score in ranked if pk in visible]
        # A full candidate list means OpenSearch had more: the count is a lower bound.
        capped = len(ranked) >= self.CANDIDATES
        page = ordered[offset : offset + limit]
        if not page:
            return Found(len(ordered), capped=capped)
        rows = {
            row.pk: row
            for row in _with_snippet_text(SearchEntry.objects.filter(pk__in=[pk for pk, _ in page]))
        }
        hits = [Hit(rows[pk], score) for pk, score in page if pk in rows]
        return Found(len(ordered), hits, capped)
