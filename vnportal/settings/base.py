"""Settings shared by every environment.

The embedded default (SQLite, local media, in-process cache, eager tasks) needs no environment at all;
`production.py` switches to PostgreSQL, Redis, Celery workers and S3-compatible storage.
"""

from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(env_str("VNPORTAL_VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

SECRET_KEY = env_str("SECRET_KEY", "embedded-insecure-key-change-me")  # noqa: S105
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["*"])

INSTALLED_APPS = [
    "vnportal.core",
    "vnportal.tenancy",
    "vnportal.accounts",
    "vnportal.workcalendar",
    "vnportal.content",
    "vnportal.security",
    "vnportal.qa",
    "vnportal.documents",
    "vnportal.procedures",
    "vnportal.datasets",
    "vnportal.search",
    "vnportal.demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "ninja",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "vnportal.security.query_strings.StripNullCharactersMiddleware",
    "vnportal.tenancy.middleware.PortalMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "vnportal.security.audit.AuditRequestMiddleware",
    "vnportal.accounts.two_factor.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "vnportal.tenancy.middleware.PortalStatusMiddleware",
    "vnportal.tenancy.middleware.AdminPageScopeMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "vnportal.security.headers.SecurityHeadersMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "vnportal.urls"
WSGI_APPLICATION = "vnportal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "vnportal.tenancy.context_processors.portal",
            ],
        },
    },
]

# --- Database: SQLite embedded unless DATABASE_URL names another engine (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'vnportal.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update({"timeout": 20, "transaction_mode": "IMMEDIATE"})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and sessions: in-process by default, Redis when REDIS_URL is set.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "vnportal"),
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Lockout after repeated failures, per username and per address (django-axes).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
OTP_TOTP_ISSUER = "vnportal"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# --- Language and time: Vietnamese first, English second, Vietnam's time zone everywhere.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

# --- Static and media.
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail.
WAGTAIL_SITE_NAME = "vnportal"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_USAGE_COUNT_ENABLED = False

# --- Celery: Redis broker in production, tasks run in-process in the embedded default.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", REDIS_URL or "memory://")
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not bool(REDIS_URL) or env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_BEAT_SCHEDULE = {
    # Scheduled publish / unpublish and announcement expiry, never triggered by visits.
    "content-publish-scheduled": {
        "task": "vnportal.content.tasks.publish_scheduled",
        "schedule": crontab(minute="*"),
    },
    # Q&A reminders and escalation: once each working-day morning after the 08:00 clock start.
    "qa-deadline-reminders": {
        "task": "vnportal.qa.tasks.send_deadline_reminders",
        "schedule": crontab(hour=8, minute=15, day_of_week="1-6"),
    },
}

# --- E-mail.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "vnportal <no-reply@localhost>")

# --- vnportal: the province this installation serves.
VNPORTAL_PROVINCE_DOMAIN = env_str("VNPORTAL_PROVINCE_DOMAIN", "quangngai.gov.vn")
# Extra host patterns (fnmatch) accepted besides the Decree 224/2026 art. 11(4) form.
VNPORTAL_EXTRA_HOST_PATTERNS = env_list("VNPORTAL_EXTRA_HOST_PATTERNS", [])
# Minimum notice for a planned maintenance stop, in working days (Decree 224/2026 art. 13).
VNPORTAL_MAINTENANCE_NOTICE_WORKING_DAYS = 7
# First path segments that can never be a portal path, because the project routes them itself.
VNPORTAL_RESERVED_PATHS = [
    "admin",
    "api",
    "static",
    "media",
    "documents",
    "images",
    "django-admin",
    "en",
    "vi",
    "sitemap.xml",
    "robots.txt",
    "search",
    "tim-kiem",
    "hoi-dap",
    "tra-cuu",
    "i18n",
    "favicon.ico",
]
VNPORTAL_REQUIRE_2FA = env_bool("VNPORTAL_REQUIRE_2FA", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

DEMO_LABEL = _("Demo")

# --- Q&A (issue 5): the working day starts at this hour (Asia/Ho_Chi_Minh); a question received
# after it is counted from the next working day (vnportal/workcalendar/clock.py).
VNPORTAL_QA_START_HOUR = env_int("VNPORTAL_QA_START_HOUR", 8)
# Reminders go to the board this many working days before a question's deadline.
VNPORTAL_QA_REMINDER_DAYS_BEFORE = env_int("VNPORTAL_QA_REMINDER_DAYS_BEFORE", 2)

# --- Security hardening (issue 6)
# Uploads through Wagtail's image and document screens are checked by content, renamed to ASCII
# and (images) re-encoded: vnportal/security/uploads.py.
WAGTAILIMAGES_IMAGE_FORM_BASE = "vnportal.security.forms.SafeImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "vnportal.security.forms.SafeDocumentForm"
# Passwords mix letters and digits (on top of length 10, common, numeric, similarity).
AUTH_PASSWORD_VALIDATORS = [
    *AUTH_PASSWORD_VALIDATORS,
    {"NAME": "vnportal.accounts.password_validation.LettersAndDigitsValidator"},
]
# Per-portal admin network allowlist, checked once the user is known (after authentication).
MIDDLEWARE = [
    *MIDDLEWARE[: MIDDLEWARE.index("vnportal.accounts.two_factor.RequireTwoFactorMiddleware")],
    "vnportal.security.network.AdminNetworkMiddleware",
    *MIDDLEWARE[MIDDLEWARE.index("vnportal.accounts.two_factor.RequireTwoFactorMiddleware") :],
]
# Behind N reverse proxies, the client address is the N-th from the right in X-Forwarded-For
# (audit log, admin allowlist). 0: REMOTE_ADDR as is. production.py sets 1.
VNPORTAL_TRUSTED_PROXY_COUNT = env_int("VNPORTAL_TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = (
    "vnportal.security.audit.client_ip"  # one notion of "the client" everywhere
)
# Who is alerted besides the provincial operators (e.g. the provincial CERT), comma-separated.
VNPORTAL_SECURITY_ALERT_EMAILS = env_list("VNPORTAL_SECURITY_ALERT_EMAILS", [])
# Bounds of one scheduled scan run (pages of text, pages rendered, seconds).
VNPORTAL_SECURITY_SCAN_BATCH = env_int("VNPORTAL_SECURITY_SCAN_BATCH", 500)
VNPORTAL_SECURITY_RENDER_BATCH = env_int("VNPORTAL_SECURITY_RENDER_BATCH", 50)
VNPORTAL_SECURITY_INTEGRITY_BATCH = env_int("VNPORTAL_SECURITY_INTEGRITY_BATCH", 1000)
VNPORTAL_SECURITY_SCAN_SECONDS = env_int("VNPORTAL_SECURITY_SCAN_SECONDS", 120)
CELERY_BEAT_SCHEDULE["security-scan-published-content"] = {
    "task": "vnportal.security.tasks.scan_published_content",
    "schedule": crontab(minute="*/15"),
}
CELERY_BEAT_SCHEDULE["security-check-integrity"] = {
    "task": "vnportal.security.tasks.check_published_integrity",
    "schedule": crontab(minute="7-59/15"),
}
CELERY_BEAT_SCHEDULE["security-verify-audit-chain"] = {
    "task": "vnportal.security.tasks.verify_audit_chain",
    "schedule": crontab(minute=40),
}
# Optional OpenSearch mirror of the search index (docs/operations/search.md). Empty URL: off, and
# nothing is sent. To also search through it, set the environment variable
# VNPORTAL_SEARCH_BACKEND=vnportal.search.opensearch.OpenSearchBackend (empty: by database vendor).
VNPORTAL_SEARCH_BACKEND = env_str("VNPORTAL_SEARCH_BACKEND", "")
VNPORTAL_OPENSEARCH_URL = env_str("VNPORTAL_OPENSEARCH_URL", "")
VNPORTAL_OPENSEARCH_INDEX = env_str("VNPORTAL_OPENSEARCH_INDEX", "vnportal-search")
