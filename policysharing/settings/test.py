"""Fast, isolated settings for the test suite; the database still comes from DATABASE_URL."""

from policysharing.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = ""
# Eager tasks run at commit, in the committing thread: a test reads their effects right after the change.
OUTBOX_EAGER_IN_BACKGROUND = False
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
WHITENOISE_USE_FINDERS = True
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None, "writes": None}}  # noqa: F405
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A real file (not :memory:), one per test run, so a Celery worker started by the worker tests
    # (tests/workflow/test_worker.py) can open the same test database.
    import os
    import tempfile

    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"policysharing-test-{os.getpid()}.sqlite3")
    }
