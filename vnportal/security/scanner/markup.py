"""Read an HTML fragment once and collect what matters for injected-content detection.

Editors of a portal write paragraphs, headings, tables, images and links; the rich-text editor
cannot produce <script>, <iframe> from unknown hosts, inline event handlers or <meta refresh>.
So markup is evidence in its own right, separate from the words: hidden blocks of links,
loader scripts from throw-away domains, referrer-cloaking redirects and invisible iframes are
how hacked portals are monetised. This module only extracts facts; scoring happens elsewhere.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from vnportal.core.text import TextExtractor, is_hidden_style

from . import rules

__all__ = ["Extracted", "Link", "classify_host", "extract", "host_of", "is_trusted"]


@dataclass(slots=True)
class Link:
    href: str
    host: str
    hidden: bool
    text_parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join("".join(self.text_parts).split())


@dataclass(slots=True)
class Extracted:
    visible: str
    hidden: str
    links: list[Link]
    script_srcs: list[str]
    inline_scripts: list[str]
    iframes: list[tuple[str, bool]]  # (src, hidden)
    meta_refresh: list[str]
    event_handlers: list[tuple[str, str]]  # (attribute, code)
    javascript_urls: list[str]


def host_of(url: str) -> str:
    """Lower-case host of an absolute or protocol-relative URL; "" for relative links."""
    url = url.strip()
    if url.startswith("//"):
        url = "http:" + url
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", url):
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


class _Extractor(TextExtractor):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[Link] = []
        self._open_links: list[Link] = []
        self.script_srcs: list[str] = []
        self.inline_scripts: list[str] = []
        self._script_buf: list[str] | None = None
        self.iframes: list[tuple[str, bool]] = []
        self.meta_refresh: list[str] = []
        self.event_handlers: list[tuple[str, str]] = []
        self.javascript_urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k.lower(): (v or "") for k, v in attrs}
        for name, value in attr.items():
            if name.startswith("on") and value.strip():
                self.event_handlers.append((name, value))
        super().handle_starttag(tag, attrs)
        hidden_here = self.in_hidden or is_hidden_style(
            attr.get("style", ""), inherited_background=self.background_painted
        )
        if tag == "a":
            href = attr.get("href", "").strip()
            if href.lower().startswith("javascript:"):
                self.javascript_urls.append(href)
            link = Link(href, host_of(href), self.in_hidden)
            self.links.append(link)
            self._open_links.append(link)
        elif tag == "script":
            if attr.get("src"):
                self.script_srcs.append(attr["src"])
            self._script_buf = []
        elif tag in {"iframe", "frame", "embed", "object"}:
            src = attr.get("src") or attr.get("data") or ""
            tiny = any(_tiny_dimension(attr.get(k, "")) for k in ("width", "height"))
            self.iframes.append((src, hidden_here or tiny))
        elif tag == "meta" and attr.get("http-equiv", "").lower() == "refresh":
            self.meta_refresh.append(attr.get("content", ""))
        elif tag in {"img", "area"}:
            # alt/title text is read by search engines (and by spammers stuffing keywords).
            alt = " ".join(v for v in (attr.get("alt"), attr.get("title")) if v)
            if alt:
                (self.hidden_parts if hidden_here else self.visible_parts).append(f" {alt} ")
                for link in self._open_links:
                    link.text_parts.append(f" {alt} ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script_buf is not None:
            body = "".join(self._script_buf).strip()
            if body:
                self.inline_scripts.append(body)
            self._script_buf = None
        elif tag == "a" and self._open_links:
            self._open_links.pop()
        super().handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self.raw_text_tag == "script" and self._script_buf is not None:
            self._script_buf.append(data)
            return
        super().handle_data(data)
        if self.raw_text_tag is None:
            for link in self._open_links:
                link.text_parts.append(data)


def _tiny_dimension(value: str) -> bool:
    value = value.strip().lower().removesuffix("px")
    try:
        return float(value) <= 2
    except ValueError:
        return False


def extract(html: str) -> Extracted:
    parser = _Extractor()
    try:
        parser.feed(html or "")
        parser.close()
    except (AssertionError, ValueError):
        pass  # keep what was parsed; HTMLParser rarely gives up on broken declarations
    text = parser.result()
    if parser._script_buf:  # unterminated <script>: still evidence
        parser.inline_scripts.append("".join(parser._script_buf))
    return Extracted(
        visible=text.visible,
        hidden=text.hidden,
        links=parser.links,
        script_srcs=parser.script_srcs,
        inline_scripts=parser.inline_scripts,
        iframes=parser.iframes,
        meta_refresh=parser.meta_refresh,
        event_handlers=parser.event_handlers,
        javascript_urls=parser.javascript_urls,
    )


# --- hosts ----------------------------------------------------------------------------------

_BRAND_COMPACT = sorted({b.replace(" ", "") for b in rules.BRANDS}, key=len, reverse=True)
_BRAND_IN_HOST_RE = re.compile("|".join(re.escape(b) for b in _BRAND_COMPACT))
_BRAND_SHAPE_RE = re.compile(rf"(?<![a-z0-9]){rules.BRAND_SHAPE_RE}")
_COMPACT_IN_HOST_RE = re.compile(
    "|".join(re.escape(t) for t in sorted(rules.COMPACT_TERMS, key=len, reverse=True))
)


_TRUSTED = frozenset(s.lstrip(".") for s in rules.TRUSTED_HOST_SUFFIXES)


def is_trusted(host: str) -> bool:
    """Whether ``host`` is, or is a subdomain of, a host on the trusted list."""
    labels = host.split(".")
    return any(".".join(labels[i:]) in _TRUSTED for i in range(len(labels)))


def classify_host(host: str) -> tuple[float, str]:
    """Points and a short description of why ``host`` is suspicious; (0, "") if it is not.

    Only the strongest finding counts: a host is not twice as bad for being both a ".bet"
    domain and named after a brand.
    """
    if not host or is_trusted(host):
        return 0.0, ""
    labels = host.split(".")
    tld = labels[-1]
    name = "".join(labels[:-1]).replace("-", "")
    findings: list[tuple[float, str]] = []
    if tld in rules.GAMBLING_TLDS:
        findings.append((3.0, "gambling domain"))
    m = _BRAND_IN_HOST_RE.search(name)
    if m:
        findings.append((3.0, f"gambling brand '{m.group(0)}' in domain"))
    m = _COMPACT_IN_HOST_RE.search(name)
    if m:
        findings.append((3.0, f"spam keyword '{m.group(0)}' in domain"))
    if _BRAND_SHAPE_RE.search(name):
        findings.append((2.5, "gambling-brand-shaped domain"))
    if host in rules.URL_SHORTENERS:
        findings.append((1.0, "URL shortener"))
    elif tld in rules.CHEAP_TLDS:
        findings.append((0.8, f"throw-away .{tld} domain"))
    try:
        ipaddress.ip_address(host)
        findings.append((1.5, "bare IP address"))
    except ValueError:
        pass
    if not findings:
        return 0.0, ""
    return max(findings)
