"""Time and peak memory of a checked document download: local disk, streamed from the bucket, or a signed URL.

    .venv/bin/python benchmarks/document_download.py [SIZE_MIB]     # default 8 MiB

Starts moto's S3 server on a free port (docker-compose uses MinIO), stores one document of SIZE_MIB in a bucket and
on disk, and downloads it 5 times each way through `core.storage.file_download_response` (the code behind the
portal's download view, after its access check). Prints the median time and the peak Python memory (tracemalloc)
of each way. "presign" includes the client fetching the signed URL from the store.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "policysharing.settings.test")

import django  # noqa: E402

django.setup()

import boto3  # noqa: E402
import requests  # noqa: E402
from botocore.config import Config  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.core.files.storage import FileSystemStorage  # noqa: E402
from storages.backends.s3 import S3Storage  # noqa: E402

from core.storage import file_download_response  # noqa: E402


class Stored:
    """What file_download_response needs of a FileField's value."""

    def __init__(self, storage, name):
        self.storage, self.name = storage, name

    def open(self, mode="rb"):
        return self.storage.open(self.name, mode)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch_signed(url: str) -> int:
    session = requests.Session()
    session.trust_env = False
    return len(session.get(url, timeout=60).content)


def consume(response) -> int:
    total = sum(len(chunk) for chunk in response.streaming_content)
    if hasattr(response, "close"):
        response.close()
    return total


def measure(label: str, stored: Stored, mode: str, size: int) -> None:
    """The web node's time and peak memory; for presign also the browser's fetch from the store (not the node's)."""
    times, peaks, fetches = [], [], []
    for _ in range(5):
        tracemalloc.start()
        started = time.perf_counter()
        response = file_download_response(stored, filename="plan.pdf", content_type="application/pdf", mode=mode)
        received = consume(response) if response.status_code == 200 else None
        times.append(time.perf_counter() - started)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        if received is None:
            started = time.perf_counter()
            received = fetch_signed(response["Location"])
            fetches.append(time.perf_counter() - started)
        assert received == size, (received, size)
    line = f"{label:20} web node: median {statistics.median(times) * 1000:6.1f} ms, peak memory {max(peaks) / 2**20:5.2f} MiB"
    if fetches:
        line += f"; then the browser's fetch from the store: {statistics.median(fetches) * 1000:.1f} ms"
    print(line)


def main() -> None:
    size = int(float(sys.argv[1]) * 2**20) if len(sys.argv) > 1 else 8 * 2**20
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        endpoint = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        options = {
            "bucket_name": "bench", "access_key": "bench", "secret_key": "bench", "endpoint_url": endpoint,
            "region_name": "us-east-1", "querystring_expire": 60,
            "client_config": Config(connect_timeout=3, read_timeout=20, signature_version="s3v4",
                                    s3={"addressing_style": "path"}),
        }  # fmt: skip
        boto3.client(
            "s3",
            endpoint_url=endpoint,
            aws_access_key_id="bench",
            aws_secret_access_key="bench",
            region_name="us-east-1",
        ).create_bucket(Bucket="bench")
        content = os.urandom(size)
        bucket = S3Storage(**options)
        bucket_name = bucket.save("documents/1/bench", ContentFile(content))
        with tempfile.TemporaryDirectory() as folder:
            disk = FileSystemStorage(location=folder)
            disk_name = disk.save("documents/1/bench", ContentFile(content))
            print(f"one document of {size / 2**20:.1f} MiB, 5 downloads each")
            measure("disk (FileResponse)", Stored(disk, disk_name), "stream", size)
            measure("bucket, stream", Stored(bucket, bucket_name), "stream", size)
            measure("bucket, presign", Stored(bucket, bucket_name), "presign", size)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
