"""Turn raw text into the forms the matcher needs, undoing the obfuscations spammers use.

Spam on hacked portals is written to slip past keyword filters while staying readable:
"c.á c.ư.ợ.c", "n-h-à c-á-i", "n h à  c á i", zero-width characters inside words, Cyrillic
"а" for Latin "a", fullwidth or mathematical letters, "c4 cu0c". Each step here undoes one
trick. The folded forms are kept the same length as the de-obfuscated text so that a match in
one can be looked up in another (is "keo" really "kèo", or "kéo" as in "kéo co"?).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from vnportal.core.text import normalise_confusables

__all__ = ["Prepared", "deobfuscate", "fold_aligned", "naive_fold", "prepare"]


def _build_fold_table() -> dict[int, str]:
    """One-character fold for every Latin letter with marks: keeps positions aligned."""
    table: dict[int, str] = {}
    ranges = [(0x41, 0x5B), (0xC0, 0x250), (0x1E00, 0x1F00)]
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            base = unicodedata.normalize("NFKD", ch)[:1].lower()
            if base and base.isascii() and base.isalpha() and base != ch:
                table[cp] = base
    table[ord("đ")] = table[ord("Đ")] = "d"
    return table


_FOLD_TABLE = _build_fold_table()


def fold_aligned(s: str) -> str:
    """Lower-case, diacritic-free copy of ``s`` with exactly the same length.

    Unlike :func:`vnportal.core.text.fold_vietnamese` this never composes or decomposes, so
    index ``i`` in the result is character ``i`` of the input. Callers pass NFC text.
    """
    return s.translate(_FOLD_TABLE)


_NAIVE_MARKS = re.compile("[\u0300-\u036f]")


def naive_fold(s: str) -> str:
    """What a simple keyword filter sees: diacritics and case removed, nothing else undone.

    Matching spam terms here and in the fully de-obfuscated text tells us which terms were
    deliberately disguised, which is itself strong evidence: legitimate news never writes
    "c.á c.ư.ợ.c".
    """
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return _NAIVE_MARKS.sub("", s).lower()


# A host name written out in text ("fb88.com", "kubet.casino"): its dots become spaces so the
# brand and the TLD are separate words, instead of being glued by the separator removal below.
_HOSTLIKE_RE = re.compile(r"(?<![\w.])(?:[a-z0-9-]+\.)+[a-z]{2,12}(?![\w])")
_DOT_LETTER_RE = re.compile(r"\.[a-z]")  # cheap pre-check: no host name without it
# Three or more single letters/digits separated by up to three separator characters:
# "c.á c.ư.ợ.c", "n-h-à", "n h à  c á i", "v_a_y". Rejoined by _collapse_run.
_SEP = r"(?:[\s.\-_*·•|/\\~+'’`,:;]{1,3})"
_SPACED_RUN_RE = re.compile(rf"(?<![^\W_])(?:[^\W_]{_SEP}){{2,}}[^\W_](?![^\W_])")
# A separator glued between two letters inside a word: "cá.cược", "nhà-cái", "tài_xỉu". The
# pattern starts with the separator (which re can scan for quickly); the letter before it is
# checked in Python, only for the few candidates.
_INTRA_SEP_RE = re.compile(r"[.\-_*·•|~]+(?=[^\W\d_])")
_LEET_TOKEN_RE = re.compile(r"[a-z][a-z0-9@$]*[0-9@$][a-z0-9@$]*")
_LETTER_DIGIT_RE = re.compile(r"[a-z][0-9@$]")
_LEET_TABLE = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)


def _hostlike_to_words(m: re.Match[str]) -> str:
    return m.group(0).replace(".", " ")


_RUN_PART_RE = re.compile(rf"([^\W_])({_SEP})?")


def _collapse_run(m: re.Match[str]) -> str:
    """Join the letters of a split-up run, keeping the word breaks a reader would see.

    "c.á c.ư.ợ.c" has dots inside words and spaces between them: dots go, spaces stay
    ("cá cược"). "n h à  c á i" uses single spaces inside words and wider gaps between them.
    A run of uniform single separators ("n h à c á i") is joined completely.
    """
    parts = _RUN_PART_RE.findall(m.group(0))
    seps = [sep for _, sep in parts[:-1]]
    has_space = [any(c.isspace() for c in sep) for sep in seps]
    if not all(has_space):
        # Punctuation glued between letters marks the inside of words; spaces break words.
        joins = [" " if spaced else "" for spaced in has_space]
    else:
        # Only spaces (maybe with punctuation, ", "): the narrowest pure-space gap is the
        # inside of a word; wider gaps and punctuation are word breaks.
        pure = [len(sep) for sep in seps if sep.isspace()]
        narrow = min(pure) if pure else 0
        joins = ["" if sep.isspace() and len(sep) == narrow else " " for sep in seps]
    return "".join(ch + join for (ch, _), join in zip(parts, [*joins, ""], strict=True))


def _remove_intra_separators(s: str) -> str:
    def drop(m: re.Match[str]) -> str:
        i = m.start()
        before = s[i - 1] if i else " "
        return "" if before.isalpha() else m.group(0)

    return _INTRA_SEP_RE.sub(drop, s)


def deobfuscate(lowered: str) -> str:
    """Undo letter splitting on lower-cased, confusable-normalised text."""
    s = lowered
    if _DOT_LETTER_RE.search(s):
        s = _HOSTLIKE_RE.sub(_hostlike_to_words, s)
    s = _SPACED_RUN_RE.sub(_collapse_run, s)
    return _remove_intra_separators(s)


def _decode_leet_token(m: re.Match[str]) -> str:
    return m.group(0).translate(_LEET_TABLE)


def decode_leet(folded: str) -> str:
    """Read digits as letters in tokens that start with a letter and contain a digit.

    "c4 cu0c" becomes "ca cuoc", "x1u" becomes "xiu". Pure numbers ("2026", "500k") are left
    alone because they start with a digit. Brand names with digits ("fb88") are matched on the
    text before this step. Length is preserved.
    """
    if not _LETTER_DIGIT_RE.search(folded):
        return folded
    return _LEET_TOKEN_RE.sub(_decode_leet_token, folded)


@dataclass(frozen=True, slots=True)
class Prepared:
    """The forms of one text the matcher uses; ``accented``/``folded``/``text`` align 1:1."""

    raw: str
    accented: str  # lower case, confusables mapped, letter splitting undone, diacritics kept
    folded: str  # ``accented`` without diacritics: brands and host names are matched here
    text: str  # ``folded`` with leetspeak decoded: spam terms and context are matched here

    @property
    def naive(self) -> str:
        """The raw text folded naively: what an obfuscation-unaware filter would see.

        Computed on demand: only texts that contain spam terms need it.
        """
        return naive_fold(self.raw)


def _lower_aligned(s: str) -> str:
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(ch.lower()[:1] or ch for ch in s)  # e.g. "İ" lowers to two characters


def prepare(raw: str) -> Prepared:
    accented = deobfuscate(_lower_aligned(normalise_confusables(raw)))
    folded = fold_aligned(accented)
    return Prepared(raw, accented, folded, decode_leet(folded))
