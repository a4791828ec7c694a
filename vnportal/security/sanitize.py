"""Allowlist HTML sanitising (nh3) for HTML that did not come from Wagtail's editor.

Draftail stores rich text through Wagtail's contentstate converter, which already drops unknown
tags and `javascript:` links. HTML from elsewhere (importers of an old portal's articles, the
registries' imported descriptions, anything pasted through an API) has no such filter and is
rendered with `|richtext` as is, so it must pass :func:`clean_html` before it is stored.

The allowlist matches the editor's features (`RICH_TEXT_FEATURES` in vnportal.content): headings
h2–h4, bold/italic, lists, links, images, blockquote, hr, plus tables and figures for imported
articles, and iframes only from the video hosts the video block accepts. No `style` and no
`class`: hiding text is the first trick of injected gambling ads, and nothing legitimate in an
imported article needs either.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import nh3
from django.conf import settings

TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "b",
    "strong",
    "i",
    "em",
    "sub",
    "sup",
    "ol",
    "ul",
    "li",
    "a",
    "img",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "blockquote",
    "hr",
    "figure",
    "figcaption",
    "iframe",
}
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "iframe": {"src", "title", "width", "height", "allowfullscreen"},
}
#: Wagtail's own database format: internal page/document links and image embeds by id.
WAGTAIL_DB_ATTRIBUTES = {
    "a": {"href", "title", "linktype", "id"},
    "embed": {"embedtype", "id", "format", "alt"},
}
URL_SCHEMES = {"http", "https", "mailto"}
#: Embeddable video players (same hosts as the article video block, player URLs only).
IFRAME_PREFIXES = (
    "https://www.youtube-nocookie.com/embed/",
    "https://www.youtube.com/embed/",
    "https://player.vimeo.com/video/",
)
_EMPTY_IFRAME = re.compile(r"<iframe(?![^>]*\ssrc=)[^>]*>.*?</iframe>", re.S | re.I)
_SRCLESS_IMG = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>", re.I)
_EMBED = re.compile(r"<embed(\b[^>]*?)/?>", re.I)


def media_prefixes() -> tuple[str, ...]:
    """Where our own images are served from: MEDIA_URL and any CDN/S3 domains in settings."""
    prefixes = [settings.MEDIA_URL]
    prefixes.extend(getattr(settings, "VNPORTAL_MEDIA_URL_PREFIXES", []))
    return tuple(p for p in prefixes if p)


def _own_media(url: str) -> bool:
    return url.startswith(media_prefixes()) and ".." not in url


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if _own_media(value) else None
    if tag == "iframe" and attribute == "src":
        return value if value.startswith(IFRAME_PREFIXES) else None
    if tag == "a" and attribute == "href":
        scheme = urlsplit(value.strip()).scheme.lower()
        if scheme and scheme not in URL_SCHEMES:
            return None
    if attribute in {"width", "height", "colspan", "rowspan"}:
        return value if value.isdigit() and len(value) <= 4 else None
    return value


def clean_html(html: str | None, *, wagtail_db_format: bool = False) -> str:
    """Return `html` with everything outside the allowlist removed (text is kept, markup goes).

    `wagtail_db_format=True` also keeps Wagtail's internal links (`<a linktype="page" id="3">`)
    and image embeds (`<embed embedtype="image" ...>`), for importers that write rich text
    in Wagtail's stored format.
    """
    if not html:
        return ""
    tags = set(TAGS)
    attributes = {tag: set(names) for tag, names in ATTRIBUTES.items()}
    if wagtail_db_format:
        tags.add("embed")
        for tag, names in WAGTAIL_DB_ATTRIBUTES.items():
            attributes.setdefault(tag, set()).update(names)
    cleaned = nh3.clean(
        html,
        tags=tags,
        clean_content_tags={"script", "style", "noscript", "template", "textarea", "select"},
        attributes=attributes,
        attribute_filter=_attribute_filter,
        url_schemes=URL_SCHEMES,
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
    cleaned = _EMPTY_IFRAME.sub("", cleaned)
    cleaned = _SRCLESS_IMG.sub("", cleaned)
    if wagtail_db_format:
        # Wagtail only expands self-closed embeds (`<embed .../>`); html5ever writes `<embed ...>`.
        cleaned = _EMBED.sub(r"<embed\1/>", cleaned)
    return cleaned


_NOT_A_WORD = re.compile(r"[^\w\s]+|_+")


def search_terms(query: str | None, max_length: int = 200) -> str:
    """The words of a search box entry, nothing else.

    Search backends give some characters a meaning of their own: SQLite's FTS5 (the embedded
    default) fails with a server error on a lone `"`, `*`, `^` or `:`, and every backend has
    operators. Citizens search with words, and with or without Vietnamese diacritics (`\\w` keeps
    every letter with its marks), so punctuation is turned into spaces before the query reaches
    the backend.
    """
    return " ".join(_NOT_A_WORD.sub(" ", query or "").split())[:max_length]
