"""The scan itself: HTML in, verdict with reasons out.

Direction of dependencies: ``engine`` uses ``markup`` (parsing, hosts), ``normalise``
(de-obfuscation), ``terms`` (matching) and ``scoring`` (weights, thresholds, result type);
``rules`` is pure data used by all of them. Nothing here touches Django, the network or the
file system, so it runs the same in a request, a Celery task or a management command.
"""

from __future__ import annotations

import base64
import binascii
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from urllib.parse import unquote

from . import rules, scoring
from .markup import Extracted, classify_host, extract, host_of, is_trusted
from .normalise import Prepared, prepare
from .scoring import Evidence, ScanResult
from .terms import (
    Hit,
    count_naive,
    diacritics_nearby,
    find_context,
    find_cta,
    find_quotes,
    find_terms,
)

__all__ = ["scan"]


def _label(category: str) -> str:
    return rules.CATEGORY_LABELS.get(category, category)


# --- wording ----------------------------------------------------------------------------------


def _score_text(p: Prepared, hidden: bool, ev: Evidence) -> float:
    """Add evidence for spam wording in one text; return the wording points added."""
    hits = find_terms(p)
    if not hits:
        return 0.0
    context = [] if hidden else find_context(p.text)
    ctx_total = sum(w for *_, w in context)
    ctx_starts = [s for s, *_ in context]
    ctx_weights = [w for *_, w in context]
    quotes = find_quotes(p.text) if context else []

    def near_context(h: Hit) -> bool:
        lo = bisect_left(ctx_starts, h.start - scoring.CONTEXT_WINDOW)
        hi = bisect_right(ctx_starts, h.end + scoring.CONTEXT_WINDOW)
        return sum(ctx_weights[lo:hi]) >= scoring.LOCAL_CONTEXT_MIN

    quote_starts = [s for s, _ in quotes]

    def quoted(h: Hit) -> bool:
        i = bisect_right(quote_starts, h.start) - 1  # quotes do not overlap: check the last one
        return i >= 0 and h.end <= quotes[i][1]

    effective: dict[str, float] = defaultdict(float)
    raw_count: dict[str, int] = defaultdict(int)
    dampened: set[str] = set()
    term_of: dict[str, Hit] = {}
    for h in hits:
        key = h.term.phrase
        term_of[key] = h
        weight = 1.0
        if not h.exact:
            weight = 0.0 if diacritics_nearby(p, h.start, h.end) else rules.AMBIGUOUS_FOLDED_FACTOR
        if weight == 0.0:
            continue
        factor = 1.0
        if not hidden:
            if near_context(h) or quoted(h):
                factor = scoring.LOCAL_CONTEXT_FACTOR
            elif ctx_total >= scoring.DOC_CONTEXT_MIN:
                factor = scoring.DOC_CONTEXT_FACTOR
        if factor < 1.0:
            dampened.add(key)
        effective[key] += weight * factor
        raw_count[key] += 1

    where = "hidden text: " if hidden else ""
    multiplier = scoring.HIDDEN_TEXT_MULTIPLIER if hidden else 1.0
    total = free = 0.0
    dampened_budget = scoring.DAMPENED_WORDING_CAP
    for key, eff in sorted(effective.items(), key=lambda kv: -term_of[kv[0]].term.weight * kv[1]):
        term = term_of[key].term
        pts = term.weight * scoring.saturate(eff) * multiplier
        note = ""
        if key in dampened:
            note = ", in enforcement/warning context"
            pts = min(pts, dampened_budget)
            dampened_budget -= pts
        ev.add(
            pts,
            f"{where}{_label(term.category)} term '{term.phrase}' (x{raw_count[key]}{note})",
            term.category,
        )
        total += pts
        if key not in dampened:
            free += pts

    # Terms that only appear once the text is de-obfuscated were disguised on purpose.
    naive = count_naive(p.naive)
    processed: dict[str, int] = defaultdict(int)
    by_key = {}
    for h in hits:
        if h.exact and h.term.key and h.term.weight >= 0.5:
            processed[h.term.key] += 1
            by_key[h.term.key] = h.term.phrase
    obfuscated = [by_key[k] for k, n in processed.items() if n > naive.get(k, 0)]
    if obfuscated:
        pts = min(scoring.OBFUSCATION_CAP, scoring.OBFUSCATED_TERM_POINTS * len(obfuscated))
        shown = ", ".join(f"'{t}'" for t in obfuscated[:4])
        ev.add(
            pts,
            f"{where}obfuscated spam wording {shown} (split letters, invisible or "
            "look-alike characters, digits for letters)",
        )

    if total >= scoring.CTA_MIN_SPAM_POINTS:
        ctas = find_cta(p.text)
        if ctas:
            # A call to action is only as much an advertisement as the terms it accompanies:
            # when they all sit in a police report ("các đối tượng nạp tiền, rút tiền ..."),
            # so does the "nạp tiền". Scale by the share of wording outside such context.
            factor = free / total
            pts = min(scoring.CTA_MAX, scoring.CTA_POINT * len(ctas)) * factor
            shown = ", ".join(f"'{c}'" for c in sorted(ctas)[:5])
            ev.add(pts, f"{where}calls to action {shown}")
    if hidden and total > 0:
        ev.add(
            scoring.HIDDEN_SPAM_BONUS,
            "spam wording hidden from readers (display:none, tiny font, white or off-screen text)",
        )
    if dampened and context:
        names = []
        for _, _, name, _ in context:
            if name not in names:
                names.append(name)
        ev.notes.append(
            "score lowered by legitimate-reporting context: "
            + ", ".join(f"'{n}'" for n in names[:5])
        )
    return total


# --- markup -----------------------------------------------------------------------------------

_URL_RE = re.compile(r"https?://[^\s<>\"')]+", re.IGNORECASE)
_BARE_HOST_RE = re.compile(
    r"(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:com|net|org|bet|casino|vip|xyz|top|club|win|live|io|site|games|fun|tv|info|me|cc|vn"
    r"|online|pro|asia|link|click|shop|store)(?![\w-])",
    re.IGNORECASE,
)
_DOT_LETTER_RE = re.compile(r"\.[A-Za-z]")
_CLOAK_RE = re.compile(r"document\.referrer|navigator\.userAgent|navigator\.webdriver")
_REDIRECT_RE = re.compile(
    r"(?:window\.|document\.|top\.|self\.|parent\.)?location(?:\.href)?\s*=(?!=)"
    r"|location\.(?:replace|assign)\s*\(|window\.open\s*\(\s*[\"']https?:"
)
_OBFUSCATED_JS_RE = re.compile(
    r"\beval\s*\(|\batob\s*\(|\bunescape\s*\(|fromCharCode|(?:\\x[0-9a-fA-F]{2}.*){4}"
)
_DOCUMENT_WRITE_RE = re.compile(r"document\.write(?:ln)?\s*\(")
_REFRESH_URL_RE = re.compile(r"url\s*=\s*['\"]?([^'\";\s]+)", re.IGNORECASE)
_ATOB_RE = re.compile(r"atob\s*\(\s*[\"']([A-Za-z0-9+/=\s]{8,})[\"']\s*\)")
_CHARCODE_RE = re.compile(r"fromCharCode\s*\(\s*([\d\s,]{3,})\)")
_UNESCAPE_RE = re.compile(r"unescape\s*\(\s*[\"']([^\"']{6,})[\"']\s*\)")


def _decode_js_literals(code: str) -> str:
    """Decode the string literals injected loaders hide their target in.

    ``eval(atob("..."))``, ``String.fromCharCode(108,111,...)`` and ``unescape("%3Ciframe...")``
    are how a one-line injection hides the gambling URL from a text search; decoding them lets
    the host rules see it. Bounded: only literal arguments are decoded, never executed.
    """
    decoded: list[str] = []
    for m in _ATOB_RE.finditer(code):
        try:
            decoded.append(
                base64.b64decode("".join(m.group(1).split()), validate=False).decode(
                    "utf-8", "replace"
                )
            )
        except (binascii.Error, ValueError):
            continue
    for m in _CHARCODE_RE.finditer(code):
        try:
            decoded.append(
                "".join(chr(int(n)) for n in m.group(1).replace(" ", "").split(",") if n)
            )
        except (ValueError, OverflowError):
            continue
    decoded.extend(unquote(m.group(1)) for m in _UNESCAPE_RE.finditer(code))
    return "\n".join(decoded)


class _Hosts:
    """Best finding per host, so one domain linked ten times is counted once."""

    def __init__(self) -> None:
        self.best: dict[str, tuple[float, str]] = {}

    def add(self, host: str, points: float, reason: str) -> None:
        if points > 0 and points > self.best.get(host, (0.0, ""))[0]:
            self.best[host] = (points, reason)

    def emit(self, ev: Evidence) -> None:
        ranked = sorted(self.best.values(), key=lambda x: -x[0])
        budget = scoring.HOSTS_CAP
        for i, (pts, reason) in enumerate(ranked):
            share = min(budget, pts * (1.0 if i == 0 else 0.5 if i == 1 else 0.25))
            if share <= 0:
                break
            ev.add(share, reason, "markup")
            budget -= share


def _script_findings(code: str) -> list[tuple[float, str]]:
    found = []
    redirect = _REDIRECT_RE.search(code)
    if redirect and _CLOAK_RE.search(code):
        found.append(
            (
                scoring.SCRIPT_CLOAKING_POINTS,
                "script redirects visitors selectively (referrer/user-agent cloaking)",
            )
        )
    elif redirect:
        found.append((scoring.SCRIPT_REDIRECT_POINTS, "script redirects the page elsewhere"))
    if _OBFUSCATED_JS_RE.search(code):
        found.append(
            (
                scoring.SCRIPT_OBFUSCATION_POINTS,
                "obfuscated script (eval/atob/unescape/fromCharCode)",
            )
        )
    if _DOCUMENT_WRITE_RE.search(code):
        found.append((scoring.SCRIPT_DOCUMENT_WRITE_POINTS, "script writes markup into the page"))
    return found


def _hosts_in_text(text: str) -> set[str]:
    found = {host_of(u) for u in _URL_RE.findall(text)}
    if _DOT_LETTER_RE.search(text):  # no bare host name without a dot before a letter
        found.update(h.lower().removeprefix("www.") for h in _BARE_HOST_RE.findall(text))
    found.discard("")
    return found


def _score_markup(ex: Extracted, ev: Evidence) -> None:
    hosts = _Hosts()
    for link in ex.links:
        if not link.host:
            continue
        pts, desc = classify_host(link.host)
        if link.hidden:
            if pts > 0:
                hosts.add(
                    link.host,
                    pts + scoring.HIDDEN_LINK_BONUS,
                    f"hidden element with link to {link.host} ({desc})",
                )
            elif not is_trusted(link.host):
                hosts.add(
                    link.host,
                    scoring.HIDDEN_UNKNOWN_LINK,
                    f"hidden element with link to {link.host}",
                )
        elif pts > 0:
            hosts.add(link.host, pts, f"link to {link.host} ({desc})")
    for text, hidden in ((ex.visible, False), (ex.hidden, True)):
        for host in _hosts_in_text(text):
            pts, desc = classify_host(host)
            if pts > 0:
                factor = 1.0 if hidden else scoring.TEXT_HOST_FACTOR
                where = "hidden text names" if hidden else "text names"
                hosts.add(host, pts * factor, f"{where} {host} ({desc})")

    farm = 0
    for link in ex.links:
        if not link.host or is_trusted(link.host):
            continue  # link farms point off-site
        text = link.text
        if text and any(h.exact and h.term.weight >= 1.0 for h in find_terms(prepare(text))):
            farm += 1
    if farm >= scoring.LINK_FARM_MIN_LINKS:
        ev.add(scoring.LINK_FARM_POINTS, f"link farm: {farm} links with spam anchor text", "markup")

    scripts: list[tuple[float, str]] = []
    for src in ex.script_srcs:
        host = host_of(src)
        if not host or is_trusted(host):
            continue
        pts, desc = classify_host(host)
        if pts > 0:
            scripts.append(
                (
                    max(scoring.UNKNOWN_SCRIPT_POINTS, pts + 1.0),
                    f"script injected from {host} ({desc})",
                )
            )
        else:
            scripts.append(
                (scoring.UNKNOWN_SCRIPT_POINTS, f"script injected from unknown host {host}")
            )
    for code in ex.inline_scripts:
        scripts.extend(_script_findings(code))
        hidden_code = _decode_js_literals(code)
        if hidden_code:
            scripts.extend(
                (pts, f"{reason} inside encoded script")
                for pts, reason in _script_findings(hidden_code)
            )
            code = f"{code}\n{hidden_code}"
        for host in _hosts_in_text(code):
            pts, desc = classify_host(host)
            if pts > 0:
                hosts.add(host, pts, f"script refers to {host} ({desc})")
    for attr, code in ex.event_handlers:
        found = _script_findings(code)
        if found:
            scripts.append((scoring.EVENT_HANDLER_POINTS, f"inline {attr} handler: {found[0][1]}"))
        else:
            scripts.append((scoring.PLAIN_EVENT_HANDLER_POINTS, f"inline {attr} event handler"))
    for url in ex.javascript_urls:
        found = _script_findings(url)
        if found:
            scripts.append((scoring.EVENT_HANDLER_POINTS, f"javascript: link: {found[0][1]}"))
    for src, hidden in ex.iframes:
        host = host_of(src)
        if not host or is_trusted(host):
            continue
        pts, desc = classify_host(host)
        if hidden:
            scripts.append(
                (scoring.HIDDEN_IFRAME_POINTS + 0.5 * pts, f"hidden iframe loading {host}")
            )
        else:
            detail = f" ({desc})" if desc else ""
            scripts.append((max(scoring.UNKNOWN_IFRAME_POINTS, pts), f"iframe from {host}{detail}"))
    for content in ex.meta_refresh:
        m = _REFRESH_URL_RE.search(content)
        host = host_of(m.group(1)) if m else ""
        if host and is_trusted(host):
            continue
        scripts.append(
            (scoring.META_REFRESH_POINTS, f"meta refresh redirect to {host or 'another page'}")
        )

    budget = scoring.SCRIPTS_CAP
    for pts, reason in sorted(scripts, key=lambda x: -x[0]):
        share = min(budget, pts)
        if share <= 0:
            break
        ev.add(share, reason, "markup")
        budget -= share
    hosts.emit(ev)


def scan(html: str) -> ScanResult:
    """Classify one HTML fragment (an article body, a block, a whole page) as spam or clean."""
    ex = extract(html)
    ev = Evidence()
    if ex.visible:
        _score_text(prepare(ex.visible), False, ev)
    if ex.hidden:
        _score_text(prepare(ex.hidden), True, ev)
    _score_markup(ex, ev)
    return ev.result()
