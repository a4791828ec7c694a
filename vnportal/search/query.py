"""Parse what a citizen typed into terms and phrases, score a row, and cut a highlighted snippet.

Shared by both backends so SQLite (tests, ``make run``) and PostgreSQL agree on what a word is and
how results are highlighted. Parsing never raises: anything that is not a word character is a
separator, so SQL, HTML or FTS syntax in a query is just noise that matches nothing.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from vnportal.core.text import fold_vietnamese

MAX_QUERY = 200
MAX_TERMS = 10
_WORD = re.compile(r"[^\W_]+")
_PHRASE = re.compile(r'"([^"]*)"')

# Ranking weights, the same for both backends.
TITLE_WEIGHT = 3.0
BODY_WEIGHT = 1.0
ACCENT_TITLE_BONUS = 6.0
ACCENT_BODY_BONUS = 2.0
PHRASE_TITLE_BONUS = 4.0
RECENCY_BONUS = 2.0
RECENCY_DAYS = 365.0


def words(text: str) -> list[str]:
    return _WORD.findall(text or "")


def _lower(text: str) -> str:
    return unicodedata.normalize("NFC", text or "").lower()


@dataclass
class ParsedQuery:
    raw: str = ""
    #: Folded single words (each must match).
    terms: list[str] = field(default_factory=list)
    #: Folded phrases, each a list of words that must appear in this order.
    phrases: list[list[str]] = field(default_factory=list)
    #: Lower-cased words typed with diacritics: exact matches of these rank first.
    accented: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.phrases

    @property
    def all_words(self) -> list[str]:
        return self.terms + [w for p in self.phrases for w in p]


def parse(raw: str | None) -> ParsedQuery:
    """Split a query into words and "quoted phrases", folded; capped in length and word count."""
    raw = unicodedata.normalize("NFC", (raw or ""))[:MAX_QUERY].strip()
    parsed = ParsedQuery(raw=raw)
    budget = MAX_TERMS
    for match in _PHRASE.finditer(raw):
        phrase = words(fold_vietnamese(match.group(1)))[:budget]
        budget -= len(phrase)
        if len(phrase) > 1:
            parsed.phrases.append(phrase)
        elif phrase:
            parsed.terms.append(phrase[0])
    rest = _PHRASE.sub(" ", raw)
    for word in words(rest):
        folded = fold_vietnamese(word)
        for part in words(folded):
            if budget <= 0:
                break
            if part not in parsed.terms:
                parsed.terms.append(part)
                budget -= 1
    for word in words(raw):
        low = _lower(word)
        if fold_vietnamese(low) != low and low not in parsed.accented:
            parsed.accented.append(low)
    return parsed


def folded_phrase(phrase: list[str]) -> str:
    return " ".join(phrase)


def score(
    parsed: ParsedQuery, *, title: str, title_folded: str, body: str, body_folded: str, published_at
) -> float:
    """Python ranking (SQLite backend); the PostgreSQL backend computes the same bonuses in SQL."""
    total = 0.0
    for term in parsed.all_words:
        total += TITLE_WEIGHT * min(title_folded.count(term), 3)
        total += BODY_WEIGHT * min(body_folded.count(term), 5) / 5
    low_title, low_body = _lower(title), _lower(body)
    for word in parsed.accented:
        if word in low_title:
            total += ACCENT_TITLE_BONUS
        elif word in low_body:
            total += ACCENT_BODY_BONUS
    for phrase in parsed.phrases:
        if folded_phrase(phrase) in title_folded:
            total += PHRASE_TITLE_BONUS
    return total + recency(published_at)


def recency(published_at) -> float:
    if not published_at:
        return 0.0
    age = max((timezone.now() - published_at).total_seconds() / 86400, 0)
    return RECENCY_BONUS * math.exp(-age / RECENCY_DAYS)


# --- highlighting ---------------------------------------------------------------------------


def _fold_aligned(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, the index of the original character."""
    folded = fold_vietnamese(text)
    if len(folded) == len(text):
        return folded, list(range(len(text)))
    out, index = [], []
    for i, ch in enumerate(text):
        f = fold_vietnamese(ch)
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index


def _ranges(text: str, parsed: ParsedQuery) -> list[tuple[int, int]]:
    folded, index = _fold_aligned(text)
    needles = [folded_phrase(p) for p in parsed.phrases] + parsed.terms
    spans = []
    for needle in needles:
        if not needle:
            continue
        for m in re.finditer(re.escape(needle), folded):
            start = index[m.start()]
            end = index[m.end() - 1] + 1
            spans.append((start, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        # Overlapping or separated only by spaces: one mark ("<mark>đất đai</mark>").
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, parsed: ParsedQuery) -> SafeString:
    """``text`` HTML-escaped, with every match of the query wrapped in <mark>."""
    text = text or ""
    out, pos = [], 0
    for start, end in _ranges(text, parsed):
        out.append(escape(text[pos:start]))
        out.append("<mark>" + escape(text[start:end]) + "</mark>")
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece above is escaped


def snippet(body: str, parsed: ParsedQuery, width: int = 240) -> SafeString:
    """A window of ``body`` around its first match, highlighted; the opening if nothing matches."""
    body = body or ""
    ranges = _ranges(body[:BODY_SCAN], parsed)
    if not ranges:
        cut = body[:width]
        return highlight(cut + ("…" if len(body) > width else ""), parsed)
    first = ranges[0][0]
    start = max(0, first - width // 3)
    if start:
        space = body.find(" ", start)
        start = space + 1 if 0 < space < first else start
    end = min(len(body), start + width)
    window = body[start:end]
    return mark_safe(  # noqa: S308 - highlight escapes
        ("… " if start else "") + highlight(window, parsed) + (" …" if end < len(body) else "")
    )


BODY_SCAN = 20_000
