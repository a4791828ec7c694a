"""Vietnamese text utilities shared by search and the security scanner.

Both features need the same three things: compare words regardless of diacritics (citizens and
spammers alike type "ca cuoc" for "cá cược"), undo the Unicode tricks that make two strings look
identical to a reader but differ to a computer, and read the text a browser would actually show
out of stored rich-text HTML. Keeping them here means search and moderation agree on what a word
is. Everything is pure standard library so it can run in a management command, a Celery task or
a pre-save hook without Django being configured.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser
from typing import NamedTuple

__all__ = [
    "ExtractedText",
    "TextExtractor",
    "fold_vietnamese",
    "html_to_text",
    "has_background",
    "is_hidden_style",
    "normalise_confusables",
    "strip_invisible",
]

# --- diacritics -----------------------------------------------------------------------------

# Combining-mark blocks. Vietnamese only needs U+0300-U+036F (grave, acute, tilde, hook above, dot
# below, circumflex, breve, horn), but stray marks from the other blocks are stripped too so that
# "Zalgo" noise cannot split a word.
_COMBINING_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_D_TABLE = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ɗ": "d", "Ɖ": "d"})


def fold_vietnamese(s: str) -> str:
    """Lower-case ``s`` and remove every diacritic, mapping đ/Đ to d.

    NFKD (compatibility decomposition) is used rather than NFD so that fullwidth letters,
    ligatures and other compatibility forms also fold to plain ASCII: a search for "ca cuoc" must
    match "cá cược", "CÁ CƯỢC" and "ｃá ｃược" alike. Characters that are not letters with marks
    (digits, punctuation, other scripts) pass through unchanged. The result is NFC.
    """
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s).translate(_D_TABLE)
    s = _COMBINING_RE.sub("", s)
    return unicodedata.normalize("NFC", s).lower()


# --- confusables ----------------------------------------------------------------------------

# Letters from other scripts (and Latin oddities) that render like a Latin letter. Only glyphs a
# reader would genuinely mistake for Latin in a Vietnamese sentence are listed: the goal is to
# defeat "nhà cái" spelled with a Cyrillic "а", not to transliterate Russian or Greek. Case is
# kept so the caller can still decide how to lower-case. Each entry is look-alike + replacement.
_CONFUSABLE_PAIRS = (
    # Cyrillic lower case
    "аa вb гr еe ёe кk мm нh оo пn рp сc тt уy хx ьb ѕs іi їi јj һh ԁd ԛq ԝw ӏl ԑe үy ɡg "
    # Cyrillic upper case
    "АA ВB ЕE ЁE КK МM НH ОO РP СC ТT УY ХX ЅS ІI ЇI ЈJ ԚQ ԜW ӀI ҮY "
    # Greek
    "αa βb γy εe ιi κk νv οo ρp τt υu χx ωw ϲc άá έé ίí όó ύú ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP "
    "ΤT ΥY ΧX ϹC "
    # Armenian
    "օo սu հh ոn ցg քp ՕO ՍU "
    # Latin look-alikes and small capitals
    "ıi ȷj ɑa ɩi ʏy ɴn ʀr ᴀa ʙb ᴄc ᴅd ᴇe ғf ɢg ʜh ɪi ᴊj ᴋk ʟl ᴍm ᴏo ᴘp ǫq ꜱs ᴛt ᴜu ᴠv ᴡw ᴢz ℓl "
    # Eth and African D look exactly like the Vietnamese Đ
    "ÐĐ ðđ ɗđ ƉĐ "
)
_CONFUSABLE_LETTERS = {pair[0]: pair[1:] for pair in _CONFUSABLE_PAIRS.split()}
# Regional-indicator symbols (🇦..🇿) are letters in disguise when not paired into flags.
_CONFUSABLE_LETTERS.update({chr(0x1F1E6 + i): chr(ord("A") + i) for i in range(26)})


def _invisible_code_points() -> list[int]:
    """Code points that render as nothing but can split a word.

    All format characters (category Cf: zero-width space/joiners, bidi controls, soft hyphen,
    word joiner, BOM, ...) in the Basic Multilingual Plane, plus the usual non-Cf offenders:
    combining grapheme joiner, variation selectors, Hangul fillers, the Braille blank and the
    tag characters. Computed once at import (about 10 ms) instead of hand-listing, so new
    Unicode versions are picked up with Python upgrades.
    """
    points = [cp for cp in range(0x10000) if unicodedata.category(chr(cp)) == "Cf"]
    points += [0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0, 0x2800]
    points += list(range(0xFE00, 0xFE10))  # variation selectors
    points += list(range(0xE0000, 0xE0080))  # tags
    points += list(range(0xE0100, 0xE01F0))  # variation selectors supplement
    points += [0x1D173, 0x1D174, 0x1D175, 0x1D176, 0x1D177, 0x1D178, 0x1D179, 0x1D17A]
    return points


_INVISIBLE = frozenset(_invisible_code_points())
_STRIP_INVISIBLE_TABLE = dict.fromkeys(_INVISIBLE)
_CONFUSABLE_TABLE: dict[int, str | None] = {ord(k): v for k, v in _CONFUSABLE_LETTERS.items()}
_CONFUSABLE_TABLE.update(_STRIP_INVISIBLE_TABLE)
# Any Unicode space separator (NBSP, thin space, ideographic space, ...) becomes a plain space.
_CONFUSABLE_TABLE.update(
    {cp: " " for cp in range(0x10000) if unicodedata.category(chr(cp)) == "Zs" and cp != 0x20}
)
# Text made only of these characters is already normalised: ASCII, the precomposed letters of
# Vietnamese and everyday typographic punctuation. Checking this in C skips NFKC and the table
# lookup for the vast majority of portal text.
_ALREADY_NORMAL_RE = re.compile(
    "[^\t\n\r\x20-\x7eÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9“”‘’–—•«»°×]"
)


def strip_invisible(s: str) -> str:
    """Remove zero-width and other invisible format characters, leaving everything else."""
    return s.translate(_STRIP_INVISIBLE_TABLE)


def normalise_confusables(s: str) -> str:
    """Map look-alike letters to the Latin/Vietnamese letter a reader sees; drop invisibles.

    Steps, in order: NFKC (fullwidth "ｃ", mathematical "𝐜", circled "ⓒ" and superscript letters
    become "c"; decomposed Vietnamese is composed), the confusable table (Cyrillic "с", Greek
    "ο", small capitals, ...), removal of zero-width/format characters, exotic spaces to " ",
    and a final NFC so a Latin base letter followed by a combining mark composes again
    ("а" Cyrillic + U+0301 becomes "á"). Diacritics and case are preserved: fold afterwards with
    :func:`fold_vietnamese` if needed. The output is meant for matching, not for display.
    """
    if not s:
        return ""
    if not _ALREADY_NORMAL_RE.search(s):
        return s  # plain Vietnamese/ASCII: by far the most common case
    s = unicodedata.normalize("NFKC", s)
    s = s.translate(_CONFUSABLE_TABLE)
    return unicodedata.normalize("NFC", s)


# --- HTML to text ---------------------------------------------------------------------------


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_VOID_ELEMENTS = _words(
    "area base basefont bgsound br col embed frame hr img input keygen link meta param source "
    "track wbr"
)
# Elements whose boundaries separate words when rendered.
_BLOCK_ELEMENTS = _words(
    "address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul option select textarea button iframe img"
)
# Elements never rendered as text.
_ALWAYS_HIDDEN = frozenset({"template", "noscript", "noembed", "noframes", "head", "title"})
_RAW_TEXT = frozenset({"script", "style"})
_HIDDEN_CLASSES = _words(
    "hidden d-none hide sr-only visually-hidden invisible screen-reader-text element-invisible "
    "hidden-xs-up"
)
# Tags that an opening <p> (or another block) closes implicitly, per the HTML parsing rules we
# care about; without this, `<p style="display:none">x<p>y` would mark "y" hidden as well.
_CLOSES_P = _words(
    "address article aside blockquote div dl fieldset footer form h1 h2 h3 h4 h5 h6 header hr "
    "main nav ol p pre section table ul"
)
_SELF_CLOSING_SIBLINGS: dict[str, frozenset[str]] = {
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "tr": frozenset({"tr", "td", "th"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "option": frozenset({"option"}),
}

_LENGTH_RE = re.compile(r"^(-?[\d.]+)(px|pt|em|rem|%|vw|vh|ex|ch|)$")
_LIGHT_COLOURS = frozenset({"white", "#fff", "#ffffff", "#fefefe", "#fdfdfd", "#fcfcfc", "snow"})
_RGB_RE = re.compile(r"^rgba?\((\d+),(\d+),(\d+)(?:,([\d.]+))?\)$")
_HEX_RE = re.compile(r"^#([0-9a-f]{3}|[0-9a-f]{6})$")


def _parse_style(style: str) -> dict[str, str]:
    props: dict[str, str] = {}
    for decl in style.lower().split(";"):
        name, sep, value = decl.partition(":")
        if sep:
            value = value.replace("!important", "")
            props[name.strip()] = "".join(value.split())
    return props


def _length(value: str) -> tuple[float, str] | None:
    m = _LENGTH_RE.match(value)
    if not m:
        return None
    try:
        return float(m.group(1)), m.group(2)
    except ValueError:
        return None


def _rgb(value: str) -> tuple[int, int, int] | None:
    m = _RGB_RE.match(value)
    if m:
        if m.group(4) is not None and float(m.group(4)) < 0.1:
            return None
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = _HEX_RE.match(value)
    if m:
        h = m.group(1)
        if len(h) == 3:
            h = "".join(c * 2 for c in h)
        return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
    named = {"white": (255, 255, 255), "snow": (255, 250, 250), "black": (0, 0, 0)}
    return named.get(value)


def _is_tiny_font(value: str) -> bool:
    parsed = _length(value)
    if parsed is None:
        return False  # keywords such as "xx-small" are small but still legible
    size, unit = parsed
    limits = {"px": 3.0, "pt": 2.0, "em": 0.25, "rem": 0.25, "%": 25.0, "vw": 0.2, "vh": 0.2}
    return size <= 0 or size <= limits.get(unit, 0.0)


def _is_far_off_screen(props: dict[str, str]) -> bool:
    for key in ("left", "top", "margin-left", "margin-top", "right", "text-indent"):
        parsed = _length(props.get(key, ""))
        if parsed and parsed[0] <= -500:
            return True
    return False


def has_background(style: str) -> bool:
    """Whether an inline style paints a background (so white text on it is readable)."""
    props = _parse_style(style) if style else {}
    return bool(props.get("background-color") or props.get("background"))


def is_hidden_style(style: str, *, inherited_background: bool = False) -> bool:
    """True when an inline style makes an element's content invisible to a human reader.

    Injected spam hides itself from the portal's editors while staying readable to search
    engines; these are the tricks seen in the wild: display/visibility, zero opacity, tiny
    fonts, text pushed thousands of pixels off-screen, zero-height boxes that clip their
    content, and text coloured like the (assumed white) page background. A white font on a
    background set by the element or an ancestor (``inherited_background``) is a legitimate
    banner or table header and is not considered hidden.
    """
    if not style:
        return False
    props = _parse_style(style)
    if props.get("display") == "none" or props.get("visibility") in {"hidden", "collapse"}:
        return True
    opacity = props.get("opacity")
    if opacity is not None:
        try:
            if float(opacity.rstrip("%")) < (10 if opacity.endswith("%") else 0.1):
                return True
        except ValueError:
            pass
    if "font-size" in props and _is_tiny_font(props["font-size"]):
        return True
    if _is_far_off_screen(props):
        return True
    if props.get("overflow") == "hidden" or "clip" in props:
        for key in ("height", "width", "max-height", "max-width"):
            parsed = _length(props.get(key, ""))
            if parsed and parsed[0] <= 1:
                return True
    if props.get("clip", "").startswith("rect(0") or props.get("transform", "") == "scale(0)":
        return True
    colour = props.get("color")
    if colour:
        fg = _rgb(colour)
        background = props.get("background-color") or props.get("background")
        bg = _rgb(background) if background else None
        if fg is not None and bg is not None and fg == bg:
            return True
        if fg is not None and background is None and not inherited_background and min(fg) >= 240:
            return True
    return False


def _attrs_hide(tag: str, attrs: dict[str, str], inherited_background: bool = False) -> bool:
    if tag in _ALWAYS_HIDDEN or "hidden" in attrs:
        return True
    if is_hidden_style(attrs.get("style", ""), inherited_background=inherited_background):
        return True
    classes = attrs.get("class")
    if classes and not _HIDDEN_CLASSES.isdisjoint(classes.lower().split()):
        return True
    if tag == "font":
        colour = attrs.get("color", "").lower().replace(" ", "")
        if colour in _LIGHT_COLOURS and not inherited_background:
            return True
        if attrs.get("size", "").strip() in {"0", "-7", "-6", "-5", "-4"}:
            return True
    return False


class ExtractedText(NamedTuple):
    """Text of an HTML fragment split by what a reader sees and what is hidden from them."""

    visible: str
    hidden: str


class TextExtractor(HTMLParser):
    """Stdlib HTML parser that separates rendered text from text hidden by markup.

    Subclasses (the security scanner) hook :meth:`handle_starttag` / :meth:`handle_data` and
    read :attr:`in_hidden` and :attr:`raw_text_tag` to learn the state at any point. It keeps a
    small element stack instead of a full tree: enough to know whether the current text sits
    inside a hidden ancestor, and tolerant of the unclosed tags that hand-edited portal HTML is
    full of.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # (tag, hidden including ancestors, background painted by it or an ancestor)
        self._stack: list[tuple[str, bool, bool]] = []
        self.raw_text_tag: str | None = None  # "script"/"style" while inside one
        self.visible_parts: list[str] = []
        self.hidden_parts: list[str] = []

    def updatepos(self, i: int, j: int) -> int:
        # Line/column tracking costs ~10% of parsing and nothing here reports positions.
        return j

    @property
    def in_hidden(self) -> bool:
        """Whether content at the current position is hidden by itself or an ancestor."""
        return bool(self._stack) and self._stack[-1][1]

    @property
    def background_painted(self) -> bool:
        """Whether the current element or an ancestor paints a background colour."""
        return bool(self._stack) and self._stack[-1][2]

    def _separate(self) -> None:
        target = self.hidden_parts if self.in_hidden else self.visible_parts
        target.append(" ")

    def _implicit_close(self, tag: str) -> None:
        closes = _SELF_CLOSING_SIBLINGS.get(tag, frozenset())
        if tag in _CLOSES_P:
            closes = closes | {"p"}
        while self._stack and self._stack[-1][0] in closes:
            self._stack.pop()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr_map = {k.lower(): (v or "") for k, v in attrs}
        self._implicit_close(tag)
        if tag in _BLOCK_ELEMENTS:
            self._separate()
        if tag in _RAW_TEXT:
            self.raw_text_tag = tag
            return
        if tag in _VOID_ELEMENTS:
            return
        inherited = self.background_painted
        hidden = self.in_hidden or _attrs_hide(tag, attr_map, inherited)
        painted = inherited or "bgcolor" in attr_map or has_background(attr_map.get("style", ""))
        self._stack.append((tag, hidden, painted))

    def handle_endtag(self, tag: str) -> None:
        if tag in _RAW_TEXT:
            self.raw_text_tag = None
            return
        if tag in _BLOCK_ELEMENTS:
            self._separate()
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self.raw_text_tag is not None:
            return
        (self.hidden_parts if self.in_hidden else self.visible_parts).append(data)

    def result(self) -> ExtractedText:
        return ExtractedText(_squash(self.visible_parts), _squash(self.hidden_parts))


_WS_RE = re.compile(r"\s+")


def _squash(parts: list[str]) -> str:
    return _WS_RE.sub(" ", "".join(parts)).strip()


def html_to_text(html: str) -> ExtractedText:
    """Return the text a browser shows for ``html`` and, separately, the text it hides.

    Entities are decoded, script/style bodies dropped, block boundaries become spaces (so
    "<p>a</p><p>b</p>" reads "a b") while inline tags do not split words ("c<b>á</b>" stays one
    word), and whitespace is collapsed. Hidden means inside an element hidden by inline style,
    the ``hidden`` attribute, a well-known hiding class, or a never-rendered element such as
    <template> or <noscript>. Malformed HTML never raises.
    """
    parser = TextExtractor()
    try:
        parser.feed(html or "")
        parser.close()
    except (AssertionError, ValueError):
        # HTMLParser is lenient, but a few malformed declarations still raise; keep what was
        # read so far rather than failing the caller.
        return parser.result()
    return parser.result()
