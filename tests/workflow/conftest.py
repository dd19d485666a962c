"""Real components for the worker tests: a Celery worker process, Redis db 15, a local SMTP server,
and the faults of tests/workflow/test_faults.py (a private redis-server to SIGSTOP, an SMTP server that
goes away, a TCP proxy in front of PostgreSQL).

The worker is another process: it sees only committed rows, so these tests use a transactional
database (SQLite: the file named in settings/test.py; PostgreSQL: pytest-django's test_<name>).
"""

from __future__ import annotations

import asyncio
import email
import os
import signal
import socket
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

    def finish_publishing():
        from core.publisher import wait_idle

        # What this process handed its publisher goes to the broker it was meant for (or is marked due).
        assert wait_idle(timeout=60), "the outbox publisher did not finish its jobs"

    def reset_pools():
        from kombu import pools

        from core.tasks import reset_broker_pause

        reset_broker_pause()  # an earlier broker's failure says nothing about this one
        pools.reset()  # kombu's global producer pools are keyed by URL; drop them all
        app._pool = None
        app.amqp._producer_pool = None

    # Restored as they were set: an override, or none (the value then follows the Django settings again, so a
    # test that changed CELERY_* settings before entering does not leave its broker behind for later tests).
    keys = ("broker_url", "task_always_eager")
    saved = {key: app.conf.changes[key] for key in keys if key in app.conf.changes}
    finish_publishing()
    app.conf.update(broker_url=url, task_always_eager=False)
    reset_pools()
    try:
        yield
    finally:
        finish_publishing()
        for key in keys:
            app.conf.changes.pop(key, None)
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
    worker sending an e-mail) hangs in the middle of its task. With `stall_after_data` set, a message
    is recorded (accepted) and the reply to it is held until `release`: the client dies, for the
    server, right after it accepted the message. `stop()`/`start()` make it go away and come back
    on the same port (an outage: connections are refused).
    """

    def __init__(self):
        self.messages: list[tuple[str, str]] = []
        self.message_ids: list[str] = []
        self.connected = threading.Event()
        self.accepted = threading.Event()
        self.stall = threading.Event()
        self.stall_after_data = threading.Event()
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
                            if sink.stall_after_data.is_set():
                                sink.accepted.set()
                                sink.release.wait(timeout=120)
                                return
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

        self._server_class, self._handler = Server, Handler
        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def record(self, raw: bytes) -> None:
        parsed = email.message_from_bytes(raw)
        subject = str(make_header(decode_header(parsed.get("Subject", ""))))
        with self._lock:
            self.messages.append((parsed.get("To", ""), subject))
            self.message_ids.append(parsed.get("Message-ID", ""))

    def stop(self) -> None:
        """An outage: the port refuses connections until start()."""
        self.server.shutdown()
        self.server.server_close()

    def start(self) -> None:
        self.server = self._server_class(("127.0.0.1", self.port), self._handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.release.set()
        try:
            self.server.shutdown()
            self.server.server_close()
        except OSError:
            pass


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

    def start(*, beat: bool = False, **extra_env: str) -> Worker:
        """`beat=True` embeds beat (`worker -B`), as README runs it: the relay and the catch-ups."""
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
        if beat:
            command += ["-B", f"--schedule={tmp_path / f'beat-{len(workers)}'}"]
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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivateRedis:
    """A redis-server of this test alone, on a free port: SIGSTOP makes a broker that accepts and never answers."""

    def __init__(self, directory: Path):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(directory)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        self.stopped = False

    def ping(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(port=self.port, socket_timeout=1, socket_connect_timeout=1).ping())
        except redis.exceptions.RedisError:
            return False

    def hang(self) -> None:
        os.kill(self.process.pid, signal.SIGSTOP)
        self.stopped = True

    def resume(self) -> None:
        os.kill(self.process.pid, signal.SIGCONT)
        self.stopped = False

    def close(self) -> None:
        if self.stopped:
            self.resume()
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def private_redis(tmp_path):
    import shutil

    if shutil.which("redis-server") is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed (CI must run the fault tests)")
        pytest.skip("redis-server is not installed")
    server = PrivateRedis(tmp_path)
    try:
        wait_for(server.ping, timeout=10, what="the private redis-server")
        yield server
    finally:
        server.close()


class TCPProxy:
    """A few lines of asyncio in a thread: forwards 127.0.0.1:<port> to a target; `stop()` drops every
    connection and refuses new ones (the target, e.g. PostgreSQL, "goes away" for whoever uses the proxy)."""

    def __init__(self, target_host: str, target_port: int):
        self.target = (target_host, target_port)
        self.port = free_port()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.server = None
        self.writers: set = set()
        self.start()

    def _call(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=10)

    async def _handle(self, reader, writer):
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        self.writers |= {writer, upstream_writer}

        async def pipe(source, sink):
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except (OSError, asyncio.CancelledError):
                pass
            finally:
                sink.close()

        await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))

    async def _start(self):
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", self.port, reuse_address=True)

    async def _stop(self):
        self.server.close()
        for writer in list(self.writers):
            writer.transport.abort()
        self.writers.clear()
        await self.server.wait_closed()

    def start(self) -> None:
        self._call(self._start())

    def stop(self) -> None:
        self._call(self._stop())

    def close(self) -> None:
        try:
            self.stop()
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(timeout=5)
