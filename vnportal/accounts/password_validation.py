"""Password policy beyond Django's validators: letters and digits together.

Django's validators already refuse short (under 10), common, all-digit and username-like
passwords. Staff passwords guard portals that attackers target for gambling ads, so a password
must also mix letters and digits: "quangngaiquangngai" and "2026202620" are refused.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


class LettersAndDigitsValidator:
    def validate(self, password, user=None):
        if not any(ch.isalpha() for ch in password) or not any(ch.isdigit() for ch in password):
            raise ValidationError(
                _("Mật khẩu cần có cả chữ cái và chữ số."), code="password_letters_and_digits"
            )

    def get_help_text(self):
        return _("Mật khẩu cần có cả chữ cái và chữ số.")
