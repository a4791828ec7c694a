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

from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import F, Q, QuerySet
from django.db.models.functions import Substr
from django.utils.module_loading import import_string

from vnportal.core.text import fold_vietnamese

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
#: Newest first, the order of the ``searchentry_newest`` index (records without a date last).
NEWEST_FIRST = (F("published_at").desc(nulls_last=True), "-pk")


@dataclass
class Hit:
    entry: SearchEntry
    score: float


@dataclass
class Found:
    """What a backend found: one page of ranked hits and how many matched.

    ``capped`` means more than ``total`` records matched and ``total`` is the counting limit: the
    page says "more than 1,000 results" rather than spend a request counting 100,000 rows.
    """

    total: int
    hits: list[Hit] = field(default_factory=list)
    capped: bool = False


class SearchBackend:
    """Base class: ``search`` must issue a bounded number of queries whatever the index size."""

    def search(self, entries: QuerySet, parsed: q.ParsedQuery, *, offset: int, limit: int) -> Found:
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
            return Found(total)
        rows = list(
            _with_snippet_text(matched)
            .annotate(body_folded_head=Substr("body_folded", 1, SNIPPET_CHARS))
            .order_by(*NEWEST_FIRST)[: self.CANDIDATES]
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
        return Found(total, hits[offset : offset + limit])


def _tsquery(parsed: q.ParsedQuery) -> str:
    """A to_tsquery string built only from word characters (nothing a user types is syntax).

    Single words match as prefixes ("quy hoa" finds "quy hoạch" while typing).
    """
    parts = [f"'{t}':*" for t in parsed.terms]
    parts += ["(" + " <-> ".join(f"'{w}'" for w in phrase) + ")" for phrase in parsed.phrases]
    return " & ".join(parts)


def _exact_tsquery(parsed: q.ParsedQuery) -> str:
    """The words typed with diacritics, as typed (lower-cased): matched against ``tsv_exact``."""
    return " & ".join(f"'{w}'" for w in parsed.accented)


def _matching(entries: QuerySet, column: str, tsquery: str) -> QuerySet:
    """``entries`` whose tsvector ``column`` matches ``tsquery`` (a constant column name)."""
    where = f"search_searchentry.{column} @@ to_tsquery('simple', %s)"
    return entries.extra(where=[where], params=[tsquery])  # noqa: S610 - the query is a parameter


class PostgresBackend(SearchBackend):
    """Full-text search on generated tsvector columns (migrations 0002 and 0003, ADR 0003).

    ``tsv`` holds the folded title (weight A) and body (B) and decides what matches; ``tsv_exact``
    holds the words as written, so that a query typed with diacritics finds the exact spelling.
    One statement does the work, bounded whatever the index size:

    - candidates: the newest ``COUNT_LIMIT + 1`` matches (one walk of the newest-first index when
      matches are many, the GIN index when they are few), which also gives the count ("more than
      1,000" beyond it), plus the newest ``POOL`` exact-spelling matches for a query typed with
      diacritics, so that "đường" finds the road even among thousands of newer "dương";
    - ranking of those candidates only (ts_rank_cd plus the title, diacritic, phrase and recency
      bonuses shared with the portable backend), one page returned with the count. When more than
      ``COUNT_LIMIT`` match, the candidates are first shortlisted to ``POOL`` (or offset + limit)
      on the signals the walk already read (title, exact title spelling, recency, exact pool), and
      only the shortlist reads the tsvector columns.

    A second query reads the page's rows with their snippet text. The price of the bound: in a
    query matching more than ``COUNT_LIMIT`` records, an older record ranks only if it matches the
    exact spelling typed; a narrower search (one portal, a type, a date range, a quoted phrase)
    reaches it.
    """

    POOL = 200
    COUNT_LIMIT = 1000

    def search(self, entries, parsed, *, offset, limit):
        tsq = _tsquery(parsed)
        matched = _matching(entries, "tsv", tsq)
        title_sql, title_params = self._title_rank(parsed, "branch")
        names, ctes, params = [], [], []
        for name, qs, size, bonus in self._branches(entries, matched, parsed):
            sql, qs_params = (
                qs.order_by(*NEWEST_FIRST)
                .extra(select={"title_lower": "search_searchentry.title_lower"})  # noqa: S610
                .values_list("id", "title_lower", "title_folded", "published_at")[:size]
                .query.sql_with_params()
            )
            # The cheap part of the rank is computed while the row is at hand (one heap visit).
            cte = f"{name} AS (SELECT branch.id, {title_sql} + %s AS cheap FROM ({sql}) AS branch"  # noqa: S608
            params += [*title_params, bonus, *qs_params]
            if name == "exact":
                # Only needed when the newest matches are not all the matches: a one-time filter,
                # so a narrow search (one portal) never reads the exact-words index.
                cte += " WHERE (SELECT count(*) FROM newest) > %s"
                params.append(self.COUNT_LIMIT)
            ctes.append(cte + ")")
            names.append(name)
        union = " UNION ALL ".join(f"SELECT id, cheap FROM {name}" for name in names)  # noqa: S608
        body_sql, body_params = self._body_rank(parsed, tsq)
        statement = (
            f"WITH {', '.join(ctes)}, candidate AS ({union}), "  # noqa: S608 - constant SQL
            "counted AS (SELECT count(*) AS n FROM newest), "
            # A search with at most COUNT_LIMIT matches ranks them all on every signal; a broader
            # one shortlists on the cheap rank first (LIMIT NULL means no limit).
            "shortlist AS (SELECT id, max(cheap) AS cheap FROM candidate GROUP BY id "
            "ORDER BY max(cheap) DESC, id DESC "
            "LIMIT CASE WHEN (SELECT n FROM counted) > %s THEN %s END) "
            f"SELECT search_searchentry.id, shortlist.cheap + {body_sql} AS rank, counted.n "
            "FROM search_searchentry JOIN shortlist ON shortlist.id = search_searchentry.id "
            "CROSS JOIN counted "
            "ORDER BY rank DESC, search_searchentry.published_at DESC NULLS LAST, "
            "search_searchentry.id DESC LIMIT %s OFFSET %s"
        )
        shortlist = max(self.POOL, offset + limit)
        with connection.cursor() as cursor:
            cursor.execute(
                statement,
                [*params, self.COUNT_LIMIT, shortlist, *body_params, limit, offset],
            )
            ranked = cursor.fetchall()
        if ranked:
            counted = ranked[0][2]
        else:  # nothing matched, or a page past the end: count alone
            counted = matched.order_by()[: self.COUNT_LIMIT + 1].count() if offset else 0
        total, capped = min(counted, self.COUNT_LIMIT), counted > self.COUNT_LIMIT
        if not ranked or offset >= total:
            return Found(total, capped=capped)
        rows = _with_snippet_text(SearchEntry.objects.filter(pk__in=[r[0] for r in ranked]))
        by_id = {row.pk: row for row in rows}
        hits = [Hit(by_id[pk], rank) for pk, rank, _ in ranked if pk in by_id]
        return Found(total, hits, capped)

    def _branches(self, entries, matched, parsed):
        """(CTE name, records, how many of the newest, rank bonus) for each candidate source."""
        yield "newest", matched, self.COUNT_LIMIT + 1, 0
        exact = _exact_tsquery(parsed)
        if exact:
            # When every word was typed with diacritics the exact words alone decide the match.
            folded = {w for word in parsed.accented for w in q.words(fold_vietnamese(word))}
            covered = not parsed.phrases and set(parsed.terms) <= folded
            records = _matching(entries if covered else matched, "tsv_exact", exact)
            yield "exact", records, self.POOL, q.ACCENT_BODY_BONUS * len(parsed.accented)

    @staticmethod
    def _title_rank(parsed: q.ParsedQuery, table: str) -> tuple[str, list]:
        """Bonuses read from the row itself: title words, exact title spelling, phrase, recency.

        ``table`` is the alias of a relation with ``title_lower``, ``title_folded`` and
        ``published_at``.
        """
        sql, params = [], []
        for term in parsed.all_words:
            sql.append(f"(CASE WHEN strpos({table}.title_folded, %s) > 0 THEN %s ELSE 0 END)")
            params += [term, q.TITLE_WEIGHT]
        for word in parsed.accented:
            sql.append(f"(CASE WHEN strpos({table}.title_lower, %s) > 0 THEN %s ELSE 0 END)")
            params += [word, q.ACCENT_TITLE_BONUS]
        for phrase in parsed.phrases:
            sql.append(f"(CASE WHEN strpos({table}.title_folded, %s) > 0 THEN %s ELSE 0 END)")
            params += [q.folded_phrase(phrase), q.PHRASE_TITLE_BONUS]
        sql.append(
            # float8: EXTRACT returns numeric, whose exp() costs microseconds per row.
            "COALESCE(%s * exp(-GREATEST(EXTRACT(EPOCH FROM (now() - "
            f"{table}.published_at))::float8, 0) / 86400.0 / %s), 0)"
        )
        params += [q.RECENCY_BONUS, q.RECENCY_DAYS]
        return "(" + " + ".join(sql) + ")", params

    @staticmethod
    def _body_rank(parsed: q.ParsedQuery, tsq: str) -> tuple[str, list]:
        """Bonuses that read the tsvector columns (the cost of a search is mostly these reads)."""
        sql = ["ts_rank_cd(search_searchentry.tsv, to_tsquery('simple', %s), 1) * 10"]
        params: list = [tsq]
        if parsed.accented:
            sql.append(
                "(CASE WHEN search_searchentry.tsv_exact @@ to_tsquery('simple', %s) "
                "THEN %s ELSE 0 END)"
            )
            params += [_exact_tsquery(parsed), q.ACCENT_BODY_BONUS * len(parsed.accented)]
        return "(" + " + ".join(sql) + ")", params


def get_backend() -> SearchBackend:
    path = getattr(settings, "VNPORTAL_SEARCH_BACKEND", "")
    if path:
        return import_string(path)()
    if connection.vendor == "postgresql":
        return PostgresBackend()
    return DatabaseBackend()
