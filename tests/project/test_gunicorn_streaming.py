"""The configured web server (gunicorn.conf.py) streams a response longer than its worker timeout whole.

The sync worker the Dockerfile used before cut any response at 30 s (a 200,000-case CSV export stopped
at 123.8 of 125.7 MB). This starts gunicorn exactly as configured, on a free port, with a test-only
view that streams for 60 s (SLOW_STREAM_SECONDS), and reads the whole body.
"""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from tests.workflow.conftest import free_port, wait_for

BASE_DIR = Path(settings.BASE_DIR)
SECONDS = 60


def test_the_configured_gunicorn_streams_a_60_second_response_whole(tmp_path):
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("CELERY_", "DJANGO_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.project.slow_stream_settings",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        SLOW_STREAM_SECONDS=str(SECONDS),
    )
    for variable in ("GUNICORN_TIMEOUT", "GUNICORN_WORKER_CLASS"):  # as configured: a 30 s timeout, gthread
        env.pop(variable, None)
    log = tmp_path / "gunicorn.log"
    with log.open("wb") as handle:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "policysharing.wsgi:application"],
            cwd=BASE_DIR, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:

        def answers():
            if server.poll() is not None:
                pytest.fail(f"gunicorn exited with {server.returncode}:\n{log.read_text()[-4000:]}")
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                connection.request("GET", "/__test__/not-a-page/")  # any answer: no database needed
                return connection.getresponse().status > 0
            except OSError:
                return False

        wait_for(answers, timeout=30, what="gunicorn to serve")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15)  # per read, not the whole body
        connection.request("GET", "/__test__/slow-stream/")
        response = connection.getresponse()
        assert response.status == 200
        body = response.read()
    finally:
        server.terminate()
        server.wait(timeout=30)
    lines = body.splitlines()
    assert len(lines) == SECONDS + 1 and lines[-1] == b"END", (len(lines), log.read_text()[-2000:])
    assert [int(line[:6]) for line in lines[:-1]] == list(range(SECONDS))
    assert "WORKER TIMEOUT" not in log.read_text()
