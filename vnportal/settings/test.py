"""Test settings: fast hashing, in-memory e-mail, eager tasks; DATABASE_URL picks PostgreSQL or SQLite."""

import os
import tempfile

from .base import *  # noqa: F403
from .env import env_str

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = "memory://"
MEDIA_ROOT = tempfile.mkdtemp(prefix="vnportal-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
VNPORTAL_REQUIRE_2FA = False
VNPORTAL_EXTRA_HOST_PATTERNS = ["*.localhost", "localhost", "testserver"]
if not env_str("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Parallel runs (pytest -n): each worker gets its own Redis database, because clearing the cache
# (done before every test) flushes the whole database, whatever the key prefix.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if env_str("REDIS_URL") and _WORKER.startswith("gw"):
    _base, _, _db = env_str("REDIS_URL").rpartition("/")
    CACHES["default"]["LOCATION"] = f"{_base}/{(int(_db or 0) - int(_WORKER[2:])) % 16}"

# Wagtail's own search index (the admin's page/image search) is not updated on every save in tests:
# it is a quarter of the cost of creating a portal. Tests of the admin search, and the browser
# tests, switch it back on with WAGTAIL_INDEX_ON (override_settings).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
WAGTAIL_INDEX_ON = {"default": {"BACKEND": "wagtail.search.backends.database"}}
