"""Search backends behind one small interface: given the visible entries and a parsed query,
return the total and one page of ranked hits.

Two implementations, picked by the database vendor (or ``settings.VNPORTAL_SEARCH_BACKEND``, a
dotted path, when set): PostgreSQL full-text search on the folded columns through the generated
``tsv`` column and its GIN index (see migration 0002 and docs/decisions/0003-search-index.md), and
a portable one for SQLite that filters with folded substring matches over a bounded candidate set
and ranks in Python. An optional third one, ``vnportal.search.opensearch.OpenSearchBackend``, ranks
in OpenSearch and keeps visibility in SQL (docs/operations/search.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Substr
from django.utils.module_loading import import_string

from . import query as q
from .models import SearchEntry

#: Columns a result list needs (the full body stays in the database; snippets use its opening).
LIST_FIELDS = (
    "pk",
    "portal_id",
    "kind",
    "title",
    "title_folded",
    "url_path",
    "published_at",
    "field",
    "field_label",
    "language",
)
SNIPPET_CHARS = 4000


@dataclass
class Hit:
    entry: SearchEntry
    score: float


class SearchBackend:
    """Base class: ``search`` must issue a bounded number of queries whatever the index size."""

    def search(
        self, entries: QuerySet, parsed: q.ParsedQuery, *, offset: int, limit: int
    ) -> tuple[int, list[Hit]]:
        raise NotImplementedError


def _with_snippet_text(qs: QuerySet) -> QuerySet:
    return (
        qs.select_related("portal")
        .only(
            *LIST_FIELDS,
            "portal__slug",
            "portal__name_vi",
            "portal__path",
            "portal__hostname",
            "portal__is_provincial",
        )
        .annotate(body_head=Substr("body", 1, SNIPPET_CHARS))
    )


class DatabaseBackend(SearchBackend):
    """Portable backend (SQLite): every folded word must occur in the folded title or body.

    Substring matching cannot use an index, so only the newest ``CANDIDATES`` matches are ranked;
    that keeps a request bounded on a large index, at the price that very old records may not be
    ranked in a search matching more than that many rows (the total count stays exact).
    """

    CANDIDATES = 500

    def filter(self, entries: QuerySet, parsed: q.ParsedQuery) -> QuerySet:
        for term in parsed.terms:
            entries = entries.filter(Q(title_folded__contains=term) | Q(body_folded__contains=term))
        for phrase in parsed.phrases:
            text = q.folded_phrase(phrase)
            entries = entries.filter(Q(title_folded__contains=text) | Q(body_folded__contains=text))
        return entries

    def search(self, entries, parsed, *, offset, limit):
        matched = self.filter(entries, parsed)
        total = matched.count()
        if not total or offset >= total:
            return total, []
        rows = list(
            _with_snippet_text(matched)
            .annotate(body_folded_head=Substr("body_folded", 1, SNIPPET_CHARS))
            .order_by("-published_at", "-pk")[: self.CANDIDATES]
        )
        hits = [
            Hit(
                row,
                q.score(
                    parsed,
                    title=row.title,
                    title_folded=row.title_folded,
                    body=row.body_head,
                    body_folded=row.body_folded_head,
                    published_at=row.published_at,
                ),
            )
            for row in rows
        ]
        hits.sort(
            key=lambda h: (
                -h.score,
                -(h.entry.published_at.timestamp() if h.entry.published_at else 0),
            )
        )
        return total, hits[offset : offset + limit]


def _tsquery(parsed: q.ParsedQuery) -> str:
    """A to_tsquery string built only from word characters (nothing a user types is syntax)."""
    parts = [f"'{t}':*" for t in parsed.terms]
    parts += ["(" + " <-> ".join(f"'{w}'" for w in phrase) + ")" for phrase in parsed.phrases]
    return " & ".join(parts)


class PostgresBackend(SearchBackend):
    """Full-text search on the generated ``tsv`` column (folded title weight A, body weight B).

    Matching and counting use the GIN index; ranking (ts_rank_cd plus the bonuses) costs per row,
    so only the newest ``CANDIDATES`` matches are ranked: a one-word query matching half of a
    200,000-row index stays fast, and the count stays exact.
    """

    CANDIDATES = 2000

    def search(self, entries, parsed, *, offset, limit):
        tsq = _tsquery(parsed)
        matched = entries.extra(  # noqa: S610 - constant SQL, the query is a parameter
            where=["search_searchentry.tsv @@ to_tsquery('simple', %s)"], params=[tsq]
        )
        total = matched.count()
        if not total or offset >= total:
            return total, []
        if total > self.CANDIDATES:
            ids = list(
                matched.order_by("-published_at", "-pk").values_list("pk", flat=True)[
                    : self.CANDIDATES
                ]
            )
            matched = SearchEntry.objects.filter(pk__in=ids)
        sql = ["ts_rank_cd(search_searchentry.tsv, to_tsquery('simple', %s), 1) * 10"]
        params: list = [tsq]
        for term in parsed.all_words:
            sql.append(
                "(CASE WHEN strpos(search_searchentry.title_folded, %s) > 0 THEN %s ELSE 0 END)"
            )
            params += [term, q.TITLE_WEIGHT]
        for word in parsed.accented:
            sql.append(
                "(CASE WHEN strpos(lower(search_searchentry.title), %s) > 0 THEN %s "
                "WHEN strpos(lower(left(search_searchentry.body, %s)), %s) > 0 THEN %s ELSE 0 END)"
            )
            params += [word, q.ACCENT_TITLE_BONUS, SNIPPET_CHARS, word, q.ACCENT_BODY_BONUS]
        for phrase in parsed.phrases:
            sql.append(
                "(CASE WHEN strpos(search_searchentry.title_folded, %s) > 0 THEN %s ELSE 0 END)"
            )
            params += [q.folded_phrase(phrase), q.PHRASE_TITLE_BONUS]
        sql.append(
            "COALESCE(%s * exp(-GREATEST(EXTRACT(EPOCH FROM (now() - search_searchentry.published_at)), 0)"
            " / 86400.0 / %s), 0)"
        )
        params += [q.RECENCY_BONUS, q.RECENCY_DAYS]
        rows = (
            _with_snippet_text(matched)
            .annotate(rank=RawSQL(" + ".join(sql), params))  # noqa: S611 - constant SQL
            .order_by("-rank", "-published_at", "-pk")[offset : offset + limit]
        )
        return total, [Hit(row, row.rank) for row in rows]


def get_backend() -> SearchBackend:
    path = getattr(settings, "VNPORTAL_SEARCH_BACKEND", "")
    if path:
        return import_string(path)()
    if connection.vendor == "postgresql":
        return PostgresBackend()
    return DatabaseBackend()
