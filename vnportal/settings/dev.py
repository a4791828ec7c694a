"""Embedded default used by `make run`: SQLite, local files, in-process cache and tasks, no 2FA."""

from .base import *  # noqa: F403
from .env import env_bool, env_list, env_str

DEBUG = env_bool("DEBUG", True)
VNPORTAL_REQUIRE_2FA = env_bool("VNPORTAL_REQUIRE_2FA", False)
# The demo is browsed on 127.0.0.1 and on *.localhost names that resolve to loopback.
VNPORTAL_EXTRA_HOST_PATTERNS = env_list(
    "VNPORTAL_EXTRA_HOST_PATTERNS", ["*.localhost", "localhost"]
)
# E-mails (board notices, Q&A receipts, reminders) go to files under var/mail/, one per message, so the
# demo's many notices do not bury the logins that `make run` prints; set EMAIL_BACKEND to change it.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = VAR_DIR / "mail"  # noqa: F405
