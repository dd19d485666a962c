"""Real components for the worker tests: a Celery worker process, Redis db 15, a local SMTP server.

The worker is another process: it sees only committed rows, so these tests use a transactional
database (SQLite: the file named in settings/test.py; PostgreSQL: pytest-django's test_<name>).
"""

from __future__ import annotations

import email
import os
import signal
import socketserver
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.header import decode_header, make_header
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

REDIS_TEST_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
UNREACHABLE_BROKER = "redis://127.0.0.1:1/0"
BASE_DIR = Path(settings.BASE_DIR)


def wait_for(condition: Callable[[], object], *, timeout: float, interval: float = 0.2, what: str = "condition"):
    """Bounded poll: the condition's value once truthy, or a test failure after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


@pytest.fixture
def redis_db():
    """Redis database 15, flushed (only that one); skips without Redis unless CI is set."""
    import redis

    client = redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not reachable at {REDIS_TEST_URL} (CI must run the worker tests)")
        pytest.skip(f"Redis is not reachable at {REDIS_TEST_URL}")
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


@contextmanager
def app_broker(url: str) -> Iterator[None]:
    """Point this (test) process's Celery app at a broker, not eager; restore afterwards."""
    from policysharing.celery import app

    def reset_pools():
        from kombu import pools

        pools.reset()  # kombu's global producer pools are keyed by URL; drop them all
        app._pool = None
        app.amqp._producer_pool = None

    saved = {key: app.conf[key] for key in ("broker_url", "task_always_eager")}
    app.conf.update(broker_url=url, task_always_eager=False)
    reset_pools()
    try:
        yield
    finally:
        app.conf.update(saved)
        reset_pools()


@pytest.fixture
def use_test_broker(redis_db):
    with app_broker(REDIS_TEST_URL):
        yield


def worker_database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        name = db["NAME"]
        assert name and ":memory:" not in str(name) and "mode=memory" not in str(name), (
            "the worker needs a file database; see DATABASES TEST NAME in settings/test.py"
        )
        return f"sqlite:///{name}"
    if db["ENGINE"] == "django.db.backends.postgresql":
        credentials = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
        return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    raise RuntimeError(f"no worker database URL for {db['ENGINE']}")


class SMTPSink:
    """A minimal SMTP server on 127.0.0.1 that records what it receives.

    With `stall` set, a new connection gets no greeting until `release` is set: the client (a
    worker sending an e-mail) hangs in the middle of its task.
    """

    def __init__(self):
        self.messages: list[tuple[str, str]] = []
        self.connected = threading.Event()
        self.stall = threading.Event()
        self.release = threading.Event()
        self._lock = threading.Lock()
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                sink.connected.set()
                if sink.stall.is_set():
                    sink.release.wait(timeout=120)
                    return
                self.reply("220 localhost test SMTP")
                data_mode, lines = False, []
                while True:
                    raw = self.rfile.readline()
                    if not raw:
                        return
                    if data_mode:
                        if raw in (b".\r\n", b".\n"):
                            sink.record(b"".join(lines))
                            data_mode, lines = False, []
                            self.reply("250 queued")
                        else:
                            lines.append(raw[1:] if raw.startswith(b"..") else raw)
                        continue
                    command = raw.decode("ascii", "replace").strip().upper()
                    if command.startswith(("EHLO", "HELO")):
                        self.reply("250 localhost")
                    elif command.startswith("DATA"):
                        data_mode = True
                        self.reply("354 go ahead")
                    elif command.startswith("QUIT"):
                        self.reply("221 bye")
                        return
                    else:  # MAIL, RCPT, RSET, NOOP
                        self.reply("250 ok")

            def reply(self, text: str) -> None:
                self.wfile.write(text.encode("ascii") + b"\r\n")
                self.wfile.flush()

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def record(self, raw: bytes) -> None:
        parsed = email.message_from_bytes(raw)
        subject = str(make_header(decode_header(parsed.get("Subject", ""))))
        with self._lock:
            self.messages.append((parsed.get("To", ""), subject))

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def smtp_sink():
    sink = SMTPSink()
    sink.thread.start()
    yield sink
    sink.close()


class Worker:
    def __init__(self, process: subprocess.Popen, log: Path):
        self.process = process
        self.log = log

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        """SIGKILL: no warm shutdown, nothing acknowledged."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def start_worker(tmp_path, smtp_sink):
    """Start real Celery workers (`--pool=solo`) on Redis db 15 and the test database."""
    workers: list[Worker] = []

    def start(**extra_env: str) -> Worker:
        log = tmp_path / f"worker-{len(workers)}.log"
        env = {key: value for key, value in os.environ.items() if not key.startswith(("CELERY_", "DJANGO_"))}
        env.pop("REDIS_URL", None)
        env.update(
            DJANGO_SETTINGS_MODULE="policysharing.settings",
            DATABASE_URL=worker_database_url(),
            CELERY_BROKER_URL=REDIS_TEST_URL,
            CELERY_TASK_ALWAYS_EAGER="false",
            EMAIL_URL=smtp_sink.url,
            MEDIA_ROOT=str(settings.MEDIA_ROOT),
            LOG_LEVEL="INFO",
            PYTHONUNBUFFERED="1",
        )
        env.update(extra_env)
        command = [
            sys.executable, "-m", "celery", "-A", "policysharing", "worker",
            "--pool=solo", "--concurrency=1", "--loglevel=INFO",
            "--without-gossip", "--without-mingle", "--without-heartbeat",
            f"--hostname=test-{os.getpid()}-{len(workers)}@%h",
        ]  # fmt: skip
        with log.open("wb") as handle:
            process = subprocess.Popen(
                command, cwd=BASE_DIR, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
            )
        worker = Worker(process, log)
        workers.append(worker)

        def ready():
            if process.poll() is not None:
                pytest.fail(f"the worker exited with {process.returncode}:\n{worker.output()[-4000:]}")
            return " ready." in worker.output()

        wait_for(ready, timeout=40, what="the Celery worker to start")
        return worker

    yield start
    for worker in workers:
        worker.stop()
