"""Real components for the operations tests: an S3-compatible server (moto's standalone server), free ports,
background processes that are always stopped, and the settings that put documents in a bucket."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
ACCESS_KEY, SECRET_KEY = "ops-test-key", "ops-test-secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition: Callable[[], object], *, timeout: float, what: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


class Process:
    """A background process in its own session, with its output in a log file."""

    def __init__(self, command: list[str], *, log: Path, env: dict[str, str] | None = None, cwd: Path = BASE_DIR):
        self.log = log
        self.command = command
        with log.open("wb") as handle:
            self.popen = subprocess.Popen(
                command, cwd=cwd, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
            )

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def alive(self) -> bool:
        if self.popen.poll() is not None:
            pytest.fail(f"{self.command[:3]} exited with {self.popen.returncode}:\n{self.output()[-3000:]}")
        return True

    def stop(self) -> None:
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(timeout=10)


@pytest.fixture(scope="session")
def s3_endpoint(tmp_path_factory):
    """moto's S3 server on a free port for the whole session (the bucket store of docker-compose is MinIO)."""
    port = free_port()
    log = tmp_path_factory.mktemp("moto") / "moto.log"
    process = Process([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)], log=log)
    try:
        wait_for(lambda: process.alive() and port_open(port), timeout=30, what="moto's S3 server")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.stop()


def s3_client(endpoint: str):
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        region_name="us-east-1",
    )


@pytest.fixture
def bucket(s3_endpoint):
    """A new, empty bucket; returns (name, STORAGE_URL)."""
    name = f"ops-{uuid.uuid4().hex[:12]}"
    s3_client(s3_endpoint).create_bucket(Bucket=name)
    host = s3_endpoint.removeprefix("http://")
    return name, f"s3+http://{ACCESS_KEY}:{SECRET_KEY}@{host}/{name}?region=us-east-1"


def s3_options(storage_url: str) -> dict:
    from botocore.config import Config

    from policysharing.settings import s3_options_from_url

    options = s3_options_from_url(storage_url)
    return {
        **options,
        "location": "",
        "file_overwrite": False,
        "default_acl": None,
        "querystring_auth": True,
        "client_config": Config(
            connect_timeout=2, read_timeout=5, retries={"max_attempts": 2}, signature_version="s3v4",
            s3={"addressing_style": "path"},
        ),
    }  # fmt: skip


@pytest.fixture
def use_bucket(settings, bucket):
    """This process's FileFields and default_storage write to the bucket (as STORAGE_URL would do)."""
    name, url = bucket
    settings.S3_STORAGE_OPTIONS = s3_options(url)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": settings.S3_STORAGE_OPTIONS},
    }
    return name
