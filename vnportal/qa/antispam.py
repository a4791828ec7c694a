"""Anti-spam without a third-party captcha: honeypot, rate limits and the content scanner.

Rate limits count in Django's cache (Redis in production, so they hold across workers), per client
IP and per e-mail address, over a sliding-enough fixed window. The scanner is
:mod:`vnportal.security.scanner`, imported lazily: without it every question is "not scanned".
Spam is quarantined, never deleted, so a false positive can be released by the board.
"""

import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.html import escape

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"


def _setting(name: str, default):
    return getattr(settings, name, default)


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"qa:rl:{kind}:{digest}"


def _hit(key: str, window: int) -> int:
    """Increment a counter that expires `window` seconds after its first hit."""
    if cache.add(key, 1, window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window)
        return 1


def allow_submission(ip: str | None, email: str, *, scope: str = "question") -> bool:
    """Count one submission; False once the IP or the e-mail is over its hourly limit."""
    window = _setting("VNPORTAL_QA_RATE_WINDOW_SECONDS", 3600)
    per_ip = _setting("VNPORTAL_QA_RATE_LIMIT_PER_IP", 5)
    per_email = _setting("VNPORTAL_QA_RATE_LIMIT_PER_EMAIL", 5)
    allowed = True
    if ip:
        allowed &= _hit(_key(f"{scope}:ip", ip), window) <= per_ip
    if email:
        allowed &= _hit(_key(f"{scope}:email", email), window) <= per_email
    return allowed


def allow_tracking(ip: str | None) -> bool:
    """Bound tracking-code guesses per IP (code + e-mail are needed anyway)."""
    if not ip:
        return True
    window = _setting("VNPORTAL_QA_RATE_WINDOW_SECONDS", 3600)
    limit = _setting("VNPORTAL_QA_TRACK_LIMIT_PER_IP", 30)
    return _hit(_key("track:ip", ip), window) <= limit


@dataclass
class Verdict:
    spam: bool
    score: float | None
    reasons: list[str]


def scan_text(*parts: str) -> Verdict:
    """Scan plain text with the malicious-content scanner when it is installed."""
    try:
        from vnportal.security.scanner import scan
    except ImportError:
        return Verdict(False, None, [])
    html = "".join(f"<p>{escape(part)}</p>" for part in parts if part)
    try:
        result = scan(html)
    except Exception:  # a scanner bug must not turn away a citizen's question
        logger.exception("malicious-content scanner failed; question accepted unscanned")
        return Verdict(False, None, [])
    return Verdict(result.verdict == "spam", float(result.score), list(result.reasons)[:20])
