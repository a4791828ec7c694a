"""Embedded default used by `make run`: SQLite, local files, in-process cache and tasks, no 2FA."""

from .base import *  # noqa: F403
from .env import env_bool, env_list

DEBUG = env_bool("DEBUG", True)
VNPORTAL_REQUIRE_2FA = env_bool("VNPORTAL_REQUIRE_2FA", False)
# The demo is browsed on 127.0.0.1 and on *.localhost names that resolve to loopback.
VNPORTAL_EXTRA_HOST_PATTERNS = env_list(
    "VNPORTAL_EXTRA_HOST_PATTERNS", ["*.localhost", "localhost"]
)
