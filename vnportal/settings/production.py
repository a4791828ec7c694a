"""Production: PostgreSQL, Redis (cache, sessions, Celery broker), S3-compatible media, HTTPS.

Refuses to start without its secrets or with two-factor authentication switched off.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_str

DEBUG = False


def _required(name: str) -> str:
    value = env_str(name)
    if not value:
        raise ImproperlyConfigured(f"Production settings need the environment variable {name}.")
    return value


SECRET_KEY = _required("SECRET_KEY")
_required("DATABASE_URL")
_required("REDIS_URL")
if not VNPORTAL_REQUIRE_2FA:  # noqa: F405
    raise ImproperlyConfigured("Production refuses to start with VNPORTAL_REQUIRE_2FA off.")

CELERY_TASK_ALWAYS_EAGER = False
SESSION_ENGINE = "django.contrib.sessions.backends.cache"

if env_str("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL"),
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN"),
            "file_overwrite": False,
            "default_acl": None,
        },
    }
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")

# --- Security hardening (issue 6)
# nginx (or the load balancer) in front appends the client address to X-Forwarded-For.
VNPORTAL_TRUSTED_PROXY_COUNT = env_int("VNPORTAL_TRUSTED_PROXY_COUNT", 1)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = True
