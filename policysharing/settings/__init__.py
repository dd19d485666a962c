"""Settings, read from the environment (one reader: django-environ).

Embedded defaults (SQLite, in-process Celery, console e-mail) make a fresh clone run with no services;
PostgreSQL, Redis and SMTP come in by URL. Production refuses to start without a SECRET_KEY.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=True)
if DEBUG:
    SECRET_KEY = env.str("SECRET_KEY", default="insecure-local-development-key-not-for-production")
else:
    SECRET_KEY = env.str("SECRET_KEY")  # no default: production must set it
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # third party
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_countries",
    "django_celery_beat",
    "corsheaders",
    "auditlog",
    "import_export",
    # ours, lowest layer first
    "core",
    "accounts",
    "policies",
    "cities",
    "experts",
    "funding",
    "training",
    "consultations",
    "notifications",
    "portal",
    "dashboard",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.CompressionMiddleware",  # gzip for HTML pages (not the API, not streamed exports)
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.ActivateUserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.audit.AuditMiddleware",  # auditlog's, also right for API token users
]

ROOT_URLCONF = "policysharing.urls"
WSGI_APPLICATION = "policysharing.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "notifications.context_processors.unread_notifications",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A worker process and the web process share the file; wait for locks instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "accounts.backends.RolePermissionBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "portal:login"
LOGIN_REDIRECT_URL = "portal:home"
LOGOUT_REDIRECT_URL = "portal:home"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ko", _("Korean")), ("es", _("Spanish"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Seoul"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
MEDIA_URL = "/media/"  # never served directly: documents go through a permission-checking view
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # WhiteNoise's storage writes gzip/Brotli copies at collectstatic; WhiteNoise serves them by Accept-Encoding.
        "BACKEND": env.str("STATICFILES_BACKEND", default="whitenoise.storage.CompressedStaticFilesStorage")
    },
}
WHITENOISE_USE_FINDERS = DEBUG
DOCUMENT_MAX_UPLOAD_BYTES = env.int("DOCUMENT_MAX_UPLOAD_BYTES", default=10 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

# E-mail: console by default, SMTP by EMAIL_URL (e.g. smtp+tls://user:pass@host:587).
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Seoul Policy Sharing <noreply@policysharing.local>")
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://policysharing")}
# The cache alias the API throttles count in: the shared one (Redis via CACHE_URL) in production.
API_THROTTLE_CACHE = env.str("API_THROTTLE_CACHE", default="default")

# Celery: with no broker configured, tasks run in-process so a newcomer needs no Redis.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=env.str("REDIS_URL", default=""))
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL)
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=60)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=90)
# Longer than the hard time limit, so an unacknowledged task is redelivered only once its worker is gone.
CELERY_VISIBILITY_TIMEOUT = env.int("CELERY_VISIBILITY_TIMEOUT", default=600)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
    # How often a worker looks for messages whose worker died (unacknowledged past the visibility
    # timeout) and puts them back on the queue; every look is one cheap Redis query.
    "unacked_restore_interval": env.int("CELERY_UNACKED_RESTORE_INTERVAL", default=10),
    "unacked_restore_throttle": 1,
    # Publishing (web requests, the sweeper) tries the broker once instead of retrying for seconds:
    # the outbox keeps the event and the sweeper re-sends it. A worker's consumer has its own retry loop.
    "max_retries": env.int("CELERY_PUBLISH_CONNECT_RETRIES", default=0),
}
# A request must never hang when the broker is down: fail fast, the outbox sweeper re-sends later.
CELERY_BROKER_CONNECTION_TIMEOUT = env.float("CELERY_BROKER_CONNECTION_TIMEOUT", default=2.0)
CELERY_TASK_PUBLISH_RETRY = False
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = TIME_ZONE
# The periodic schedule itself is declared in policysharing/celery.py; beat copies it into
# django-celery-beat's tables (admin: Periodic tasks), and so does `manage.py sync_periodic_tasks`.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
# Notification delivery (notifications/delivery.py) and workflow reminders (consultations/services/reminders.py).
NOTIFICATIONS_SWEEP_INTERVAL_SECONDS = env.int("NOTIFICATIONS_SWEEP_INTERVAL_SECONDS", default=60)
NOTIFICATIONS_SWEEP_AFTER_SECONDS = env.int("NOTIFICATIONS_SWEEP_AFTER_SECONDS", default=120)
NOTIFICATIONS_MAX_ATTEMPTS = env.int("NOTIFICATIONS_MAX_ATTEMPTS", default=12)
# A claimed e-mail whose worker died is sent again after this long (longer than the hard time limit).
NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS = env.int(
    "NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS", default=CELERY_TASK_TIME_LIMIT + 30
)
NOTIFICATIONS_DIGEST_HOUR = env.int("NOTIFICATIONS_DIGEST_HOUR", default=8)
WORKFLOW_REMINDER_HOUR = env.int("WORKFLOW_REMINDER_HOUR", default=9)
WORKFLOW_ADVANCE_SWEEP_SECONDS = env.int("WORKFLOW_ADVANCE_SWEEP_SECONDS", default=300)
REMINDER_INTERVAL_DAYS = env.int("REMINDER_INTERVAL_DAYS", default=7)
HOLD_CHECK_IN_DAYS = env.int("HOLD_CHECK_IN_DAYS", default=30)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_RENDERER_CLASSES": [
        "core.renderers.ORJSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "core.api.exception_handler",
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("API_THROTTLE_ANON", default="120/min"),
        "user": env.str("API_THROTTLE_USER", default="600/min"),
        "writes": env.str("API_THROTTLE_WRITES", default="60/min"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Seoul Policy Sharing API",
    "DESCRIPTION": "Case data of Seoul's Global Urban Policy Sharing initiative.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI's assets come from our own static files, not a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # One stable name per choice set in the committed schema (docs/api-schema.yaml).
    "ENUM_NAME_OVERRIDES": {
        "StageEnum": "consultations.pipeline.StageKey",
        "ActivityKindEnum": "consultations.models.ActivityKind",
        "DocumentKindEnum": "consultations.models.DocumentKind",
        "ExpertKindEnum": "experts.models.ExpertKind",
        "SourceKindEnum": "funding.models.SourceKind",
        "ProgrammeKindEnum": "training.models.ProgrammeKind",
    },
}

CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/api/.*$"

# Exports with more rows than this run as a background job that writes a file to the document storage.
EXPORT_SYNC_MAX_ROWS = env.int("EXPORT_SYNC_MAX_ROWS", default=20_000)

# The public results figures (home page, /api/v1/summary/) are cached this long at most, refreshed this often.
RESULTS_CACHE_SECONDS = env.int("RESULTS_CACHE_SECONDS", default=300)
RESULTS_CACHE_REFRESH_SECONDS = env.int("RESULTS_CACHE_REFRESH_SECONDS", default=120)

# Workflow
EXPERT_MAX_ACTIVE_CASES = env.int("EXPERT_MAX_ACTIVE_CASES", default=3)
OVERDUE_ESCALATION_DAYS = env.int("OVERDUE_ESCALATION_DAYS", default=14)
DIVISION_HEAD_EMAIL = env.str("DIVISION_HEAD_EMAIL", default="")
PORTAL_BASE_URL = env.str("PORTAL_BASE_URL", default="http://localhost:8000")

# Bulk import/export (admin): all-or-nothing imports; importing needs change rights, exporting view rights.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "change"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

if not DEBUG:
    SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
    CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
