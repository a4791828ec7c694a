"""Malicious-content scanner: detects gambling, betting, porn and scam content injected into
portal pages, including the obfuscated and hidden forms attackers use.

Public API::

    from vnportal.security.scanner import scan, ScanResult
    result = scan(html)  # ScanResult(verdict="spam"|"clean", score=0..1, reasons=[...])

Modules, from data to decision: ``rules`` (term and host lists, pure data), ``normalise``
(undo obfuscation), ``terms`` (compiled matchers), ``markup`` (HTML facts: hidden text, links,
scripts, iframes), ``scoring`` (every weight and threshold, ``ScanResult``), ``engine``
(``scan``). ``evaluate`` measures it on the labelled set in ``evalset/``. Pure Python, no Django
import, no network.
"""

from .engine import scan
from .scoring import SPAM_THRESHOLD, ScanResult

__all__ = ["SPAM_THRESHOLD", "ScanResult", "scan"]
