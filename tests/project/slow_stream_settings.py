"""Test-only settings: the project plus a slowly streamed response (tests/project/slow_stream_urls.py)."""

import os

from policysharing.settings.test import *  # noqa: F403

ROOT_URLCONF = "tests.project.slow_stream_urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SLOW_STREAM_SECONDS = int(os.environ.get("SLOW_STREAM_SECONDS", "60"))
