"""Every log line is printed once: the runserver log doubled Django's own records (its default handlers plus root)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import logging, django
django.setup()
for name in ("django.request", "django.server", "django.security.csrf", "django.db.backends", "consultations", "x"):
    logging.getLogger(name).warning("marker-%s", name)
"""


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_one_log_call_prints_one_line(log_format):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "policysharing.settings",  # the real settings, not the test ones
        "DEBUG": "true",
        "LOG_FORMAT": log_format,
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True
    )
    output = result.stdout + result.stderr
    for name in ("django.request", "django.server", "django.security.csrf", "django.db.backends", "consultations", "x"):
        assert output.count(f"marker-{name}") == 1, output
