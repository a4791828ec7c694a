"""Compile the term lists in :mod:`rules` into matchers and find hits in prepared text.

Why trie-shaped regexes: a plain alternation of a few hundred phrases makes Python's ``re`` try
every alternative at every word start (about 250 µs per list on a short article). Factoring the
phrases by common prefixes ("n(?:ha\\s*cai(?:\\s*uy\\s*tin)?|o\\s*hu)...") lets the engine
reject a position on its first character, in C, about four times faster than a Python token
loop. Syllables are joined by ``\\s*``, so "nhà cái", "nha cai" and "nhacai" (as spam hashtags
and domains spell it) are one term; matching is leftmost, longest phrase first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from vnportal.core.text import fold_vietnamese

from . import rules
from .normalise import Prepared

__all__ = [
    "Hit",
    "TermDef",
    "count_naive",
    "diacritics_nearby",
    "find_context",
    "find_cta",
    "find_quotes",
    "find_terms",
    "trie_regex",
]


@dataclass(frozen=True, slots=True)
class TermDef:
    phrase: str  # as shown to moderators, with diacritics
    category: str
    weight: float
    ambiguous: bool  # folded form collides with ordinary words
    accented_key: str  # phrase without spaces, with diacritics
    key: str  # folded phrase without spaces; "" for synthetic terms


@dataclass(frozen=True, slots=True)
class Hit:
    term: TermDef
    start: int
    end: int
    exact: bool  # written with the right diacritics (or obfuscated), not a look-alike word


def trie_regex(phrases: list[str], space: str = r"\s*") -> str:
    """Regex source matching any of ``phrases`` as whole words, factored as a prefix trie.

    A space in a phrase matches ``space`` (optional whitespace by default). Where one phrase is
    a prefix of another the longer one is tried first, so the match is the longest phrase.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [
            (space if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = "|".join(branches)
        if "" in node:
            return f"(?:{body})?"
        return body if len(branches) == 1 else f"(?:{body})"

    return "(?<![a-z0-9])" + emit(trie) + "(?![a-z0-9])"


def _key(phrase: str) -> str:
    return "".join(fold_vietnamese(phrase).split())


def _build_terms() -> dict[str, TermDef]:
    defs: dict[str, TermDef] = {}
    for category, entries in rules.TERMS.items():
        for raw, weight in entries:
            phrase = raw.lstrip("=")
            key = _key(phrase)
            d = TermDef(
                phrase, category, weight, raw.startswith("="), "".join(phrase.lower().split()), key
            )
            if key not in defs or defs[key].weight < weight:
                defs[key] = d
    for brand in rules.BRANDS:
        key = _key(brand)
        defs.setdefault(key, TermDef(brand, "gambling", rules.BRAND_WEIGHT, False, key, key))
    return defs


TERMS = _build_terms()
_TERM_RE = re.compile(trie_regex([fold_vietnamese(t.phrase) for t in TERMS.values()]))

_DIGIT_TOKEN_RE = re.compile(r"[a-z0-9]*[0-9][a-z0-9]*")
_LETTER_DIGIT_RE = re.compile(r"[a-z][0-9]|[0-9][a-z]")  # pre-check for brand-shaped tokens
_BRAND_SHAPE_RE = re.compile(rules.BRAND_SHAPE_RE)
_BRAND_SHAPE_WEIGHT = 1.0  # "xx88", "789bet": shaped like a gambling brand, not on the list
_COMPACT: dict[str, TermDef] = {
    k: TermDef(k, cat, 1.5, False, k, "") for k, cat in rules.COMPACT_TERMS.items()
}
for _brand in rules.BRANDS:
    _b = _key(_brand)
    if len(_b) >= 4:
        _COMPACT.setdefault(_b, TERMS[_b])
_COMPACT_RE = re.compile("|".join(re.escape(k) for k in sorted(_COMPACT, key=len, reverse=True)))
_LONG_TOKEN_RE = re.compile(r"[a-z0-9]{7,}")
_VIET_LETTER_RE = re.compile(r"[^\x00-\x7f]")
_SPACE_COMMA_RE = re.compile(r"[\s,]+")

_CONTEXT: dict[str, tuple[str, float]] = {}
for _phrase, _weight in rules.CONTEXT_TERMS:
    _CONTEXT[_SPACE_COMMA_RE.sub("", fold_vietnamese(_phrase))] = (_phrase, _weight)
for _phrase in rules.CONTEXT_NEGATIONS:  # matched so that they hide the phrase they contain
    _CONTEXT[_SPACE_COMMA_RE.sub("", fold_vietnamese(_phrase))] = (_phrase, 0.0)
_CONTEXT_RE = re.compile(
    trie_regex([fold_vietnamese(p) for p, _ in _CONTEXT.values()], space=r"[\s,]*")
)
_CTA: dict[str, str] = {_key(p): p for p in rules.CTA_TERMS}
_CTA_RE = re.compile(trie_regex([fold_vietnamese(p) for p in _CTA.values()]))
_QUOTE_RE = re.compile(r"“[^”]{1,200}”|\"[^\"]{1,200}\"|‘[^’]{1,200}’|«[^»]{1,200}»")
_WS_RE = re.compile(r"\s+")


def _is_exact(term: TermDef, prepared: Prepared, start: int, end: int) -> bool:
    """Decide whether a match of an ambiguous term is the spam word or an innocent look-alike.

    "keo" in "trồng keo" (acacia) or "kéo co" (tug of war) folds like "kèo" (betting odds). A
    match counts as exact when written with the spam word's own diacritics, or when it was
    obfuscated (digits inside); otherwise the caller decides by whether the surroundings are
    written with diacritics at all.
    """
    span = prepared.accented[start:end]
    if _WS_RE.sub("", span) == term.accented_key:
        return True
    return any(ch.isdigit() or ch in "@$" for ch in span)


def diacritics_nearby(prepared: Prepared, start: int, end: int, radius: int = 40) -> bool:
    window = prepared.accented[max(0, start - radius) : end + radius]
    return bool(_VIET_LETTER_RE.search(window))


MAX_HITS = 2000  # per text; beyond this more hits change nothing (see scoring.saturate)


class _Spans:
    """Sorted, non-overlapping character spans with O(log n) overlap tests."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.ends[i] > start:
            return True
        return i + 1 < len(self.starts) and self.starts[i + 1] < end

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def find_terms(prepared: Prepared) -> list[Hit]:
    """Spam-term hits in ``prepared.text``: listed phrases, brand-shaped names, glued forms."""
    text = prepared.text
    hits: list[Hit] = []
    spans = _Spans()
    for m in _TERM_RE.finditer(text):
        term = TERMS[_WS_RE.sub("", m.group(0))]
        start, end = m.span()
        exact = not term.ambiguous or _is_exact(term, prepared, start, end)
        hits.append(Hit(term, start, end, exact))
        spans.starts.append(start)  # finditer yields sorted, non-overlapping spans
        spans.ends.append(end)
        if len(hits) >= MAX_HITS:
            return hits
    # Brand names are matched before leetspeak decoding: "fb88", not "fbbb".
    folded = prepared.folded
    digit_tokens = _DIGIT_TOKEN_RE.finditer(folded) if _LETTER_DIGIT_RE.search(folded) else ()
    for m in digit_tokens:
        if _BRAND_SHAPE_RE.fullmatch(m.group(0)) and not spans.overlaps(*m.span()):
            brand_like = TermDef(m.group(0), "gambling", _BRAND_SHAPE_WEIGHT, False, "", "")
            hits.append(Hit(brand_like, m.start(), m.end(), True))
            spans.add(*m.span())
            if len(hits) >= MAX_HITS:
                return hits
    # Terms glued into hashtags, slugs and host names: "#nhacaiuytin", "vaofb88". Searched with
    # and without leetspeak decoding; overlapping finds count once.
    for tok in _LONG_TOKEN_RE.finditer(folded):
        start, end = tok.span()
        if spans.overlaps(start, end):
            continue
        taken = _Spans()
        for source in (tok.group(0), text[start:end]):
            for m in _COMPACT_RE.finditer(source):
                if taken.overlaps(*m.span()):
                    continue
                taken.add(*m.span())
                hits.append(Hit(_COMPACT[m.group(0)], start + m.start(), start + m.end(), True))
                if len(hits) >= MAX_HITS:
                    return hits
    return hits


def count_naive(naive_text: str) -> dict[str, int]:
    """Term counts in naively folded text, to detect which hits needed de-obfuscation."""
    counts: dict[str, int] = {}
    for m in _TERM_RE.finditer(naive_text):
        key = _WS_RE.sub("", m.group(0))
        counts[key] = counts.get(key, 0) + 1
    return counts


def find_context(text: str) -> list[tuple[int, int, str, float]]:
    """Legitimate-reporting phrases as (start, end, phrase, weight); negations excluded."""
    out = []
    for m in _CONTEXT_RE.finditer(text):
        phrase, weight = _CONTEXT[_SPACE_COMMA_RE.sub("", m.group(0))]
        if weight > 0:
            out.append((m.start(), m.end(), phrase, weight))
    return out


def find_cta(text: str) -> set[str]:
    return {_CTA[_WS_RE.sub("", m.group(0))] for m in _CTA_RE.finditer(text)}


def find_quotes(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]
