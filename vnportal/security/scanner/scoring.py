"""Every threshold and weight of the scanner that is not a term weight, in one place.

The scanner adds up *points* from independent signals (spam wording, obfuscation, hidden
markup, suspicious hosts, scripts) and maps the total to a 0..1 score with
``points / (points + POINTS_AT_THRESHOLD)``, so the score is 0.5 exactly at the threshold and
the reasons can be read as "this much evidence of that kind". Change the numbers here, then
re-run ``python -m vnportal.security.scanner.evaluate`` on the dev split (and only then on the
test split) before committing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

# --- decision ---------------------------------------------------------------------------------
SPAM_THRESHOLD = 0.5  # score at or above which the verdict is "spam"
POINTS_AT_THRESHOLD = 3.0  # points that give score == SPAM_THRESHOLD

# --- wording ----------------------------------------------------------------------------------
HIDDEN_TEXT_MULTIPLIER = 2.0  # spam words in text hidden from readers are worth more
HIDDEN_SPAM_BONUS = 1.5  # once, when hidden text carries spam words at all
OBFUSCATED_TERM_POINTS = 1.5  # per distinct spam term that needed de-obfuscation
OBFUSCATION_CAP = 3.0
CTA_MIN_SPAM_POINTS = 1.0  # calls to action count only when spam wording is already present
CTA_POINT = 0.35  # per distinct call to action
CTA_MAX = 2.0

# --- legitimate context (police, courts, prevention campaigns, warnings, ...) -------------
CONTEXT_WINDOW = 160  # characters either side of a term in which context wording counts
LOCAL_CONTEXT_FACTOR = 0.2  # a term right next to "công an", "triệt phá", "cảnh giác", ...
DOC_CONTEXT_MIN = 2.0  # context weight in the whole text for the document-wide factor
DOC_CONTEXT_FACTOR = 0.5  # a term in a document that is about enforcement or prevention
LOCAL_CONTEXT_MIN = 1.0  # context weight needed inside the window ("hộ nghèo" alone is 0.5)
# Wording in legitimate-reporting context can never reach the threshold by itself: a police
# report that names ten gambling games is still a police report. Hidden text, obfuscation and
# markup are not capped.
DAMPENED_WORDING_CAP = 2.5

# --- markup -----------------------------------------------------------------------------------
HIDDEN_LINK_BONUS = 1.0  # added to a suspicious host's points when the link is hidden
HIDDEN_UNKNOWN_LINK = 1.2  # hidden link to any external, non-trusted host
TEXT_HOST_FACTOR = 0.7  # host named in text rather than linked
LINK_FARM_MIN_LINKS = 3  # links whose anchor text is spam wording
LINK_FARM_POINTS = 2.0
UNKNOWN_SCRIPT_POINTS = 3.0  # external script from a host not on the trusted list: spam alone
SCRIPT_CLOAKING_POINTS = 3.0  # redirect that depends on document.referrer / user agent
SCRIPT_REDIRECT_POINTS = 2.5
SCRIPT_OBFUSCATION_POINTS = 3.0  # eval/atob/unescape/fromCharCode: spam alone in content
SCRIPT_DOCUMENT_WRITE_POINTS = 1.5
HIDDEN_IFRAME_POINTS = 3.0
UNKNOWN_IFRAME_POINTS = 0.8
META_REFRESH_POINTS = 3.0
EVENT_HANDLER_POINTS = 2.0  # inline on*= handler with redirect/obfuscation code
PLAIN_EVENT_HANDLER_POINTS = 0.5
HOSTS_CAP = 6.0
SCRIPTS_CAP = 6.0


def saturate(count: float) -> float:
    """Diminishing returns for repeated hits: 1, 1.5, 1.79, 2, ... for 1, 2, 3, 4 hits."""
    if count <= 1:
        return count
    return 1 + 0.5 * math.log2(count)


def diminishing_sum(values: list[float], cap: float) -> float:
    """Full value for the strongest item, half for the next, a quarter for the rest; capped."""
    total = 0.0
    for i, v in enumerate(sorted(values, reverse=True)):
        total += v * (1.0 if i == 0 else 0.5 if i == 1 else 0.25)
    return min(total, cap)


def to_score(points: float) -> float:
    if points <= 0:
        return 0.0
    return points / (points + POINTS_AT_THRESHOLD)


@dataclass(slots=True)
class ScanResult:
    """Outcome of scanning one piece of HTML.

    ``reasons`` are human-readable and ordered by weight, for the moderator who has to decide
    whether to unpublish; ``categories`` lists the spam categories whose wording was found.
    """

    verdict: str  # "spam" | "clean"
    score: float  # 0..1, SPAM_THRESHOLD and above is spam
    reasons: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)

    @property
    def is_spam(self) -> bool:
        return self.verdict == "spam"

    def as_dict(self) -> dict[str, object]:
        return {"verdict": self.verdict, "score": self.score, "reasons": list(self.reasons)}


@dataclass(slots=True)
class Evidence:
    """Accumulates (points, reason) pairs while scanning."""

    items: list[tuple[float, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # zero-point explanations (context)
    categories: dict[str, float] = field(default_factory=dict)

    def add(self, points: float, reason: str, category: str | None = None) -> None:
        if points <= 0:
            return
        self.items.append((points, reason))
        if category:
            self.categories[category] = self.categories.get(category, 0.0) + points

    @property
    def points(self) -> float:
        return sum(p for p, _ in self.items)

    def result(self, max_reasons: int = 12) -> ScanResult:
        points = self.points
        score = round(to_score(points), 3)
        verdict = "spam" if score >= SPAM_THRESHOLD else "clean"
        ordered = [r for _, r in sorted(self.items, key=lambda x: -x[0])][:max_reasons]
        cats = sorted(self.categories, key=lambda c: -self.categories[c])
        return ScanResult(verdict, score, ordered + self.notes, cats)
