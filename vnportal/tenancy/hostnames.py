"""Hostname and path rules for portals.

Decree 224/2026 art. 11(4): a commune, ward or department portal lives at
`tenphuongxa.tentinhthanh.gov.vn`, the provincial portal at `tentinhthanh.gov.vn`. Other hosts are
accepted only where the operator lists a pattern in VNPORTAL_EXTRA_HOST_PATTERNS.
"""

import fnmatch
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
PATH_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HOST_RE = re.compile(rf"^{LABEL}(?:\.{LABEL})+$")


def normalise_hostname(value: str) -> str:
    return (value or "").strip().lower().rstrip(".")


def _allowed_by_setting(host: str) -> bool:
    return any(
        fnmatch.fnmatchcase(host, pattern) for pattern in settings.VNPORTAL_EXTRA_HOST_PATTERNS
    )


def validate_hostname(host: str, *, provincial: bool) -> str:
    """Return the normalised host or raise ValidationError saying which rule it breaks."""
    host = normalise_hostname(host)
    if not _HOST_RE.match(host):
        raise ValidationError(
            _(
                "Tên miền “%(host)s” không hợp lệ: chỉ dùng chữ thường không dấu, số, dấu gạch ngang."
            )
            % {"host": host}
        )
    if _allowed_by_setting(host):
        return host
    province = normalise_hostname(settings.VNPORTAL_PROVINCE_DOMAIN)
    if provincial:
        if host != province:
            raise ValidationError(
                _("Cổng tỉnh phải dùng tên miền %(expected)s (dạng tentinhthanh.gov.vn).")
                % {"expected": province}
            )
        return host
    label_re = re.compile(rf"^{LABEL}\.{re.escape(province)}$")
    if not label_re.match(host):
        raise ValidationError(
            _("Tên miền “%(host)s” phải có dạng tenphuongxa.%(province)s (Nghị định 224/2026).")
            % {"host": host, "province": province}
        )
    return host


def validate_path(path: str) -> str:
    path = (path or "").strip().strip("/").lower()
    if not PATH_RE.match(path):
        raise ValidationError(
            _("Đường dẫn “%(path)s” chỉ gồm chữ thường không dấu, số và dấu gạch ngang.")
            % {"path": path}
        )
    if path in settings.VNPORTAL_RESERVED_PATHS:
        raise ValidationError(
            _("Đường dẫn “%(path)s” trùng với một chức năng của hệ thống.") % {"path": path}
        )
    return path
