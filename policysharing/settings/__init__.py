"""Settings, read from the environment (one reader: django-environ).

Embedded defaults (SQLite, in-process Celery, console e-mail) make a fresh clone run with no services;
PostgreSQL, Redis and SMTP come in by URL. Production refuses to start without a SECRET_KEY.
"""

import datetime
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import environ
from botocore.config import Config as BotocoreConfig
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
    "policysharing.admin_site.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # third party
    "rest_framework",
    "knox",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_countries",
    "django_celery_beat",
    "corsheaders",
    "auditlog",
    "import_export",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    # ours, lowest layer first
    "core",
    "institutions",
    "accounts",
    "security",
    "policies",
    "cities",
    "experts",
    "funding",
    "training",
    "consultations",
    "notifications",
    "portal",
    "dashboard",
    "matching",
    "demo",
]

MIDDLEWARE = [
    "core.observability.RequestIdMiddleware",  # first: every later log line and queued task carries the id
    "core.metrics.RequestMetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.middleware.CompressionMiddleware",  # gzip for HTML pages (not the API, not streamed exports)
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.ActivateUserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "security.middleware.StaffSessionIdleTimeoutMiddleware",
    "security.middleware.StaffSecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.audit.AuditMiddleware",  # auditlog's, also right for API token users
    # Last: turns a lockout raised while signing in into the "too many attempts" page.
    "axes.middleware.AxesMiddleware",
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
                "accounts.context_processors.staff_links",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# Persistent connections (seconds; 0 closes after each request). Behind pgbouncer in transaction mode keep 0.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A worker process and the web process share the file; wait for locks instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    # Transactions take the write lock when they begin, so two writers wait for each other instead of
    # one failing with "database is locked" (SQLite cannot upgrade a read transaction under contention):
    # seen with a worker, its embedded beat and the web process on one file.
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that accepts and never answers fails a new connection after this many seconds.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env.int("DATABASE_CONNECT_TIMEOUT", default=5)
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out username/IP before any password is checked (django-axes).
    "axes.backends.AxesStandaloneBackend",
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
# Country names as the readers say them: django-countries' Korean catalogue has "몽골리아" and "타이", Koreans say
# "몽골" and "태국". The English names stay; locale/ko (and es) translate them.
COUNTRIES_OVERRIDE = {"MN": _("Mongolia"), "TH": _("Thailand")}
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Seoul"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
MEDIA_URL = "/media/"  # never served directly: documents go through a permission-checking view
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")


def s3_options_from_url(url: str) -> dict:
    """django-storages' S3 options from `s3://KEY:SECRET@host[:port]/bucket?region=...` (`s3+http://` for a
    plain-HTTP endpoint such as MinIO on an internal network; host `s3.amazonaws.com` means AWS itself)."""
    parts = urlsplit(url)
    if parts.scheme not in ("s3", "s3+http", "s3+https"):
        raise ValueError(f"STORAGE_URL must start with s3://, s3+http:// or s3+https:// (got {parts.scheme}://)")
    protocol = "http" if parts.scheme == "s3+http" else "https"
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    host = parts.hostname or ""
    endpoint = None
    if host and host != "s3.amazonaws.com":
        endpoint = f"{protocol}://{host}" + (f":{parts.port}" if parts.port else "")
    return {
        "bucket_name": parts.path.strip("/"),
        "access_key": unquote(parts.username or "") or None,
        "secret_key": unquote(parts.password or "") or None,
        "endpoint_url": endpoint,
        "region_name": query.get("region") or None,
    }


# Documents (and every other FileField, and default_storage): an S3-compatible bucket when STORAGE_URL or
# AWS_STORAGE_BUCKET_NAME is set, the local disk (MEDIA_ROOT) otherwise. Every call to the store has timeouts.
STORAGE_URL = env.str("STORAGE_URL", default="")
S3_STORAGE_OPTIONS: dict | None = None
if STORAGE_URL or env.str("AWS_STORAGE_BUCKET_NAME", default=""):
    _s3 = (
        s3_options_from_url(STORAGE_URL)
        if STORAGE_URL
        else dict.fromkeys(("bucket_name", "access_key", "secret_key", "endpoint_url", "region_name"))
    )
    _s3.update(
        {
            key: value
            for key, value in {
                "bucket_name": env.str("AWS_STORAGE_BUCKET_NAME", default=""),
                "access_key": env.str("AWS_ACCESS_KEY_ID", default=""),
                "secret_key": env.str("AWS_SECRET_ACCESS_KEY", default=""),
                "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default=""),
                "region_name": env.str("AWS_S3_REGION_NAME", default=""),
            }.items()
            if value
        }
    )
    S3_STORAGE_OPTIONS = {
        **_s3,
        "location": env.str("AWS_LOCATION", default=""),
        "file_overwrite": False,
        "default_acl": None,
        "querystring_auth": True,
        # Signed URLs (the presign download mode, the admin's link to a stored file) expire quickly.
        "querystring_expire": env.int("DOCUMENT_PRESIGN_SECONDS", default=60),
        "client_config": BotocoreConfig(
            connect_timeout=env.float("STORAGE_CONNECT_TIMEOUT", default=3.0),
            read_timeout=env.float("STORAGE_READ_TIMEOUT", default=20.0),
            retries={"max_attempts": 3, "mode": "standard"},
            signature_version="s3v4",
            s3={
                "addressing_style": env.str(
                    "AWS_S3_ADDRESSING_STYLE", default="path" if _s3.get("endpoint_url") else "auto"
                )
            },
        ),
    }
STORAGES = {
    "default": (
        {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": S3_STORAGE_OPTIONS}
        if S3_STORAGE_OPTIONS
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    "staticfiles": {
        # WhiteNoise's storage writes gzip/Brotli copies at collectstatic; WhiteNoise serves them by Accept-Encoding.
        "BACKEND": env.str("STATICFILES_BACKEND", default="whitenoise.storage.CompressedStaticFilesStorage")
    },
}
# After the access check, a download is streamed through the web node or redirected to a short-lived signed URL.
DOCUMENT_DOWNLOAD_MODE = env.str("DOCUMENT_DOWNLOAD_MODE", default="stream")
if DOCUMENT_DOWNLOAD_MODE not in ("stream", "presign"):
    raise ValueError("DOCUMENT_DOWNLOAD_MODE must be stream or presign")
DOCUMENT_PRESIGN_SECONDS = env.int("DOCUMENT_PRESIGN_SECONDS", default=60)
# The endpoint browsers reach for signed URLs when it differs from the one the web nodes use (e.g. MinIO).
DOCUMENT_PRESIGN_ENDPOINT_URL = env.str("DOCUMENT_PRESIGN_ENDPOINT_URL", default="")
WHITENOISE_USE_FINDERS = DEBUG
# Files browsers ask for at the site root (/favicon.ico), served by WhiteNoise like the static files.
WHITENOISE_ROOT = BASE_DIR / "public"
DOCUMENT_MAX_UPLOAD_BYTES = env.int("DOCUMENT_MAX_UPLOAD_BYTES", default=10 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

# E-mail: console by default, SMTP by EMAIL_URL (e.g. smtp+tls://user:pass@host:587).
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Seoul Policy Sharing <noreply@policysharing.local>")
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

# A shared cache (Redis) makes the API throttles count across web nodes. Sessions live in the database by
# default (every node shares it); SESSION_ENGINE=django.contrib.sessions.backends.cached_db adds the cache.
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://policysharing")}
if CACHES["default"]["BACKEND"] in ("django.core.cache.backends.redis.RedisCache", "django_redis.cache.RedisCache"):
    _cache_timeout = env.float("CACHE_SOCKET_TIMEOUT", default=1.0)
    CACHES["default"].setdefault("OPTIONS", {}).update(
        {"socket_connect_timeout": _cache_timeout, "socket_timeout": _cache_timeout}
        if CACHES["default"]["BACKEND"].startswith("django.core")
        else {"SOCKET_CONNECT_TIMEOUT": _cache_timeout, "SOCKET_TIMEOUT": _cache_timeout}
    )
SESSION_ENGINE = env.str("SESSION_ENGINE", default="django.contrib.sessions.backends.db")
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
# A request must never hang when the broker is down or hung: every socket operation on the broker
# (connect, publish, the health probe) gives up after this, and the outbox relay sends the task later.
CELERY_BROKER_CONNECTION_TIMEOUT = env.float("CELERY_BROKER_CONNECTION_TIMEOUT", default=2.0)
CELERY_BROKER_SOCKET_TIMEOUT = min(
    env.float("CELERY_BROKER_SOCKET_TIMEOUT", default=CELERY_BROKER_CONNECTION_TIMEOUT),
    CELERY_BROKER_CONNECTION_TIMEOUT,
)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
    # How often a worker looks for messages whose worker died (unacknowledged past the visibility
    # timeout) and puts them back on the queue; every look is one cheap Redis query.
    "unacked_restore_interval": env.int("CELERY_UNACKED_RESTORE_INTERVAL", default=10),
    "unacked_restore_throttle": 1,
    # Publishing (web requests, the relay) tries the broker once instead of retrying for seconds:
    # the outbox keeps the row and the relay re-sends it. A worker's consumer has its own retry loop.
    "max_retries": env.int("CELERY_PUBLISH_CONNECT_RETRIES", default=0),
    # Bounded I/O for web, worker and beat alike (redis-py): a Redis that accepts and never answers
    # (SIGSTOP, a half-open connection) fails a command after the socket timeout instead of forever.
    "socket_timeout": CELERY_BROKER_SOCKET_TIMEOUT,
    "socket_connect_timeout": CELERY_BROKER_CONNECTION_TIMEOUT,
    "socket_keepalive": True,
    "retry_on_timeout": False,
    "health_check_interval": env.int("CELERY_BROKER_HEALTH_CHECK_INTERVAL", default=10),
}
CELERY_TASK_PUBLISH_RETRY = False
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# django-celery-beat's DatabaseScheduler, touching a heartbeat file on every tick for the health check.
CELERY_BEAT_SCHEDULER = "core.beat:HeartbeatScheduler"
CELERY_BEAT_HEARTBEAT_FILE = env.str("CELERY_BEAT_HEARTBEAT_FILE", default="/tmp/celery-beat-heartbeat")  # noqa: S108
# Queues and routes are declared once, in policysharing/celery.py (workflow, notifications, exports).
CELERY_TIMEZONE = TIME_ZONE
# The periodic schedule itself is declared in policysharing/celery.py; beat copies it into
# django-celery-beat's tables (admin: Periodic tasks), and so does `manage.py sync_periodic_tasks`.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
# An idle worker asks Redis for work every second (BRPOP); one that has not for this long while no task
# runs (e.g. its ack failed during a hung Redis and it counts the message as still in flight) reconnects
# (core/worker_watchdog.py). 0 turns the watchdog off.
WORKER_WATCHDOG_SECONDS = env.float("WORKER_WATCHDOG_SECONDS", default=10)
# The outbox (core/outbox.py): after commit each row is published at once (bounded); the relay, run by
# beat every OUTBOX_RELAY_INTERVAL_SECONDS, publishes what that missed, and re-publishes an event whose
# delivery run has not reported back within OUTBOX_REPUBLISH_AFTER_SECONDS (its worker died, its
# message was lost). After a broker failure a process stops publishing inline for a while.
OUTBOX_RELAY_INTERVAL_SECONDS = env.float(
    "OUTBOX_RELAY_INTERVAL_SECONDS", default=env.float("NOTIFICATIONS_SWEEP_INTERVAL_SECONDS", default=10)
)
OUTBOX_REPUBLISH_AFTER_SECONDS = env.int(
    "OUTBOX_REPUBLISH_AFTER_SECONDS", default=env.int("NOTIFICATIONS_SWEEP_AFTER_SECONDS", default=120)
)
OUTBOX_PUBLISH_PAUSE_SECONDS = env.float("OUTBOX_PUBLISH_PAUSE_SECONDS", default=15)
# After commit, the outbox's publishes go to one publisher thread per process (core/publisher.py): the
# request never waits for them. Without a broker (eager mode) that thread runs the tasks; off, they run
# in the committing thread before commit returns (the test settings: tests read their effects at once).
OUTBOX_EAGER_IN_BACKGROUND = env.bool("OUTBOX_EAGER_IN_BACKGROUND", default=True)
OUTBOX_KEEP_PUBLISHED_TASKS_DAYS = env.int("OUTBOX_KEEP_PUBLISHED_TASKS_DAYS", default=7)
# E-mail delivery (notifications/delivery.py): attempts per e-mail, counted in the database; back-off
# doubling from NOTIFICATIONS_RETRY_BACKOFF_SECONDS up to the cap; after NOTIFICATIONS_MAX_ATTEMPTS the
# e-mail is "failed" (staff see it) and retried every NOTIFICATIONS_RETRY_FAILED_AFTER_SECONDS until sent
# or cancelled by staff.
NOTIFICATIONS_MAX_ATTEMPTS = env.int("NOTIFICATIONS_MAX_ATTEMPTS", default=8)
NOTIFICATIONS_RETRY_BACKOFF_SECONDS = env.int("NOTIFICATIONS_RETRY_BACKOFF_SECONDS", default=30)
NOTIFICATIONS_RETRY_BACKOFF_MAX_SECONDS = env.int("NOTIFICATIONS_RETRY_BACKOFF_MAX_SECONDS", default=900)
NOTIFICATIONS_RETRY_FAILED_AFTER_SECONDS = env.int("NOTIFICATIONS_RETRY_FAILED_AFTER_SECONDS", default=3600)
# A claimed e-mail whose worker died is sent again after this long (longer than the hard time limit).
NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS = env.int(
    "NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS", default=CELERY_TASK_TIME_LIMIT + 30
)
# The domain of the e-mails' Message-IDs (default: the domain of DEFAULT_FROM_EMAIL).
EMAIL_MESSAGE_ID_DOMAIN = env.str("EMAIL_MESSAGE_ID_DOMAIN", default="")
NOTIFICATIONS_DIGEST_HOUR = env.int("NOTIFICATIONS_DIGEST_HOUR", default=8)
# The digest run records each recipient's digest for the day (once) as an outbox event; it runs every few
# minutes so a lost run only delays the digest (notifications/delivery.py).
NOTIFICATIONS_DIGEST_CHECK_MINUTES = env.int("NOTIFICATIONS_DIGEST_CHECK_MINUTES", default=10)
WORKFLOW_REMINDER_HOUR = env.int("WORKFLOW_REMINDER_HOUR", default=9)
WORKFLOW_ADVANCE_SWEEP_SECONDS = env.int("WORKFLOW_ADVANCE_SWEEP_SECONDS", default=300)
# The catch-up looks at cases untouched this long (the normal after-commit task had its chance).
WORKFLOW_ADVANCE_QUIET_SECONDS = env.int("WORKFLOW_ADVANCE_QUIET_SECONDS", default=60)
# Retries of a workflow task on a database error; the catch-up above covers a task whose retries run out.
WORKFLOW_TASK_MAX_RETRIES = env.int("WORKFLOW_TASK_MAX_RETRIES", default=5)
WORKFLOW_TASK_RETRY_BACKOFF_SECONDS = env.int("WORKFLOW_TASK_RETRY_BACKOFF_SECONDS", default=10)
# /health/ gives each probe (database, broker) this long before answering 503.
HEALTH_CHECK_TIMEOUT_SECONDS = env.float("HEALTH_CHECK_TIMEOUT_SECONDS", default=2.0)
REMINDER_INTERVAL_DAYS = env.int("REMINDER_INTERVAL_DAYS", default=7)
HOLD_CHECK_IN_DAYS = env.int("HOLD_CHECK_IN_DAYS", default=30)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "security.authentication.ApiTokenAuthentication",  # `Authorization: Token <key>`, keys stored hashed
        "rest_framework.authentication.SessionAuthentication",
    ],
    # The browsable API is a development aid; production answers JSON only.
    "DEFAULT_RENDERER_CLASSES": (
        ["core.renderers.ORJSONRenderer", "rest_framework.renderers.BrowsableAPIRenderer"]
        if DEBUG
        else ["core.renderers.ORJSONRenderer"]
    ),
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
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
    "SWAGGER_UI_FAVICON_HREF": "/static/img/favicon.svg",
    "REDOC_DIST": "SIDECAR",
    # One stable name per choice set in the committed schema (docs/api-schema.yaml).
    "ENUM_NAME_OVERRIDES": {
        "StageEnum": "consultations.pipeline.StageKey",
        "ActivityKindEnum": "consultations.models.ActivityKind",
        "DocumentKindEnum": "consultations.models.DocumentKind",
        "ExpertKindEnum": "experts.models.ExpertKind",
        "SourceKindEnum": "funding.models.SourceKind",
        "ProgrammeKindEnum": "training.models.ProgrammeKind",
        "CompanyRoleKindEnum": "consultations.models.CompanyRoleKind",
        "StatusEnum": "consultations.models.CommitmentStatus",
        "MeasurementStatusEnum": "consultations.models.MeasurementStatus",
        "EventKindEnum": "training.models.EventKind",
    },
}

CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/api/.*$"

# Exports with more rows than this run as a background job that writes a file to the document storage.
EXPORT_SYNC_MAX_ROWS = env.int("EXPORT_SYNC_MAX_ROWS", default=20_000)
# Export jobs and their files are deleted this many days after they were asked for (beat, daily).
EXPORT_KEEP_DAYS = env.int("EXPORT_KEEP_DAYS", default=7)

# The public results figures (home page, /api/v1/summary/) are cached this long at most, refreshed this often.
RESULTS_CACHE_SECONDS = env.int("RESULTS_CACHE_SECONDS", default=300)
RESULTS_CACHE_REFRESH_SECONDS = env.int("RESULTS_CACHE_REFRESH_SECONDS", default=120)

# Workflow
EXPERT_MAX_ACTIVE_CASES = env.int("EXPERT_MAX_ACTIVE_CASES", default=3)
OVERDUE_ESCALATION_DAYS = env.int("OVERDUE_ESCALATION_DAYS", default=14)
DIVISION_HEAD_EMAIL = env.str("DIVISION_HEAD_EMAIL", default="")
PORTAL_BASE_URL = env.str("PORTAL_BASE_URL", default="http://localhost:8000")
# The public-private partnership network's launch: the headline "secured through the PPP network" counts
# national partners' and international organisations' commitments from this date on (ICLEI case study #198).
PPP_NETWORK_LAUNCH_DATE = datetime.date.fromisoformat(env.str("PPP_NETWORK_LAUNCH_DATE", default="2014-07-01"))

# Bulk import/export (admin): all-or-nothing imports; "import"/"export" are permissions of their own, which
# accounts.backends grants to SMG staff only (and Django to superusers).
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "import"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "export"
# Exported text cells that start like a formula are neutralised (core.import_widgets._NeutralisedFormulae).
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True

if not DEBUG:
    SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
    CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)

# --- Sign-in, sessions, tokens and headers (security/, README "Security") ---------------------------------
# Behind a reverse proxy that sets X-Forwarded-Proto/-For (and strips the client's own), say so; otherwise
# those headers are client input and are ignored.
TRUST_PROXY_HEADERS = env.bool("TRUST_PROXY_HEADERS", default=False)
if TRUST_PROXY_HEADERS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# Container health checks and the internal metrics scrape call plain HTTP on the internal network.
SECURE_REDIRECT_EXEMPT = [r"^health/$", r"^metrics$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp 4): no inline script or style anywhere; JS and CSS live in static/.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

# Lockout after repeated failed sign-ins (django-axes): per username and IP address together, on every
# sign-in form (portal, admin); the lockout lifts after AXES_COOLOFF_TIME.
LOGIN_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
LOGIN_LOCKOUT_MINUTES = env.int("LOGIN_LOCKOUT_MINUTES", default=15)
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "security.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_ip"
AXES_USERNAME_CALLABLE = "security.lockout.username_from_request"
AXES_SENSITIVE_PARAMETERS = ["password"]
AXES_VERBOSE = False  # security.signals logs each failure once (username and IP, never the password)
AXES_DISABLE_ACCESS_LOG = False

# Rate limits (count per window, kept in the cache: shared between processes when CACHE_URL is Redis).
PASSWORD_RESET_RATE = env.str("PASSWORD_RESET_RATE", default="5/h")
ACCESS_REQUEST_RATE = env.str("ACCESS_REQUEST_RATE", default="5/h")

# Second factor (django-otp: TOTP + single-use recovery codes) for SMG staff and SUSA consultants.
STAFF_MFA_REQUIRED = env.bool("STAFF_MFA_REQUIRED", default=not DEBUG)
OTP_TOTP_ISSUER = env.str("OTP_TOTP_ISSUER", default="Seoul Policy Sharing")
MFA_RECOVERY_CODE_COUNT = 10
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
STAFF_SESSION_IDLE_MINUTES = env.int("STAFF_SESSION_IDLE_MINUTES", default=30)

# API tokens (django-rest-knox): only a SHA-512 digest and a short prefix are stored.
API_TOKEN_DEFAULT_DAYS = env.int("API_TOKEN_DEFAULT_DAYS", default=90)
API_TOKEN_MAX_DAYS = env.int("API_TOKEN_MAX_DAYS", default=365)
# Knox's own migrations would create its (swapped-out, unused) table; our model lives in security/migrations.
MIGRATION_MODULES = {"knox": None}
KNOX_TOKEN_MODEL = "security.ApiToken"  # noqa: S105 - a model name, not a secret
REST_KNOX = {
    "TOKEN_PREFIX": "sps_",
    "TOKEN_TTL": timedelta(days=API_TOKEN_DEFAULT_DAYS),
    "AUTH_HEADER_PREFIX": "Token",
    "AUTO_REFRESH": False,
}

# The API throttles identify anonymous callers by address: the proxy's last X-Forwarded-For entry, or REMOTE_ADDR.
REST_FRAMEWORK["NUM_PROXIES"] = 1 if TRUST_PROXY_HEADERS else 0

# /metrics (Prometheus): from the internal networks without a token, from anywhere else only with this bearer
# token; never through the proxy without one.
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")
METRICS_ALLOWED_NETWORKS = env.list(
    "METRICS_ALLOWED_NETWORKS", default=["127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]
)
METRICS_REDIS_TIMEOUT = env.float("METRICS_REDIS_TIMEOUT", default=0.5)
# Several gunicorn workers: prometheus_client keeps each one's figures in this (emptied at start) folder.
PROMETHEUS_MULTIPROC_DIR = env.str("PROMETHEUS_MULTIPROC_DIR", default="")

# Logs: JSON lines (with the request id) by default when DEBUG is off, readable text when it is on.
LOG_FORMAT = env.str("LOG_FORMAT", default="text" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "core.observability.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "text": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Django's own defaults give "django" and "django.server" handlers of their own; a record then printed by
    # them and again by the root handler showed twice in the runserver log. Every line goes out once, through root.
    "loggers": {
        "django": {"handlers": [], "propagate": True},
        "django.server": {"handlers": [], "propagate": True},
    },
}
