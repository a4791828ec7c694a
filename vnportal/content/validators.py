"""Field validators for facts the law asks portals to publish (official e-mail, phone numbers)."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

_PHONE = re.compile(r"^[0-9+().\-\s/]{8,40}$")


def official_email_domains() -> tuple[str, ...]:
    return tuple(getattr(settings, "VNPORTAL_OFFICIAL_EMAIL_DOMAINS", (".gov.vn",)))


def validate_official_email(value: str) -> None:
    """Decree 42/2022 art. 4(1)(e) asks for the *official* e-mail (thư điện tử công vụ)."""
    domains = official_email_domains()
    domain = (value or "").rsplit("@", 1)[-1].lower()
    if not any(domain == d.lstrip(".") or domain.endswith(d) for d in domains):
        raise ValidationError(
            _("Cần địa chỉ thư điện tử công vụ (tên miền %(domains)s).")
            % {"domains": ", ".join(domains)},
            code="official_email",
        )


def validate_phone(value: str) -> None:
    digits = sum(ch.isdigit() for ch in value or "")
    if not _PHONE.match(value or "") or digits < 8:
        raise ValidationError(_("Số điện thoại chưa đúng (ví dụ: 0255 3822 379)."), code="phone")
