"""/metrics (who may read it, and what it shows), request ids in responses, logs and task messages, the beat
heartbeat, and the settings that switch on a shared cache, a bucket and trust in the proxy."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time

import pytest
from django.test import Client, RequestFactory, override_settings

from core import observability
from core.heartbeat import main as heartbeat_main
from core.models import OutboxEvent
from core.observability import RequestIdFilter, RequestIdMiddleware, request_id_var
from tests.ops.conftest import BASE_DIR

pytestmark = pytest.mark.django_db


def test_metrics_from_the_internal_network_show_requests_database_time_tasks_and_the_outbox(client):
    client.get("/health/")
    OutboxEvent.objects.create(kind="test.pending", payload={})
    from core.tasks import send_task_now

    assert send_task_now("consultations.tasks.refresh_results")  # in-process (no broker); leaves the outbox alone

    response = client.get("/metrics", REMOTE_ADDR="10.1.2.3")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=")
    text = response.content.decode()
    assert 'portal_http_requests_total{method="GET",status="200",view="health"}' in text
    assert 'portal_db_queries_total{view="health"}' in text
    assert "portal_db_duration_seconds_bucket" in text
    assert "portal_outbox_backlog 1.0" in text
    assert "portal_deliveries_failed 0.0" in text
    assert 'portal_deliveries{status="sent"}' in text
    assert 'portal_celery_tasks_total{state="SUCCESS",task="consultations.tasks.refresh_results"}' in text
    assert "portal_broker_up 0.0" in text  # no broker in the test settings


@override_settings(METRICS_TOKEN="s3cret-token")
def test_metrics_elsewhere_need_the_bearer_token():
    client = Client()
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.9").status_code == 403
    # Through the proxy (X-Forwarded-For set) an internal address is not enough.
    assert client.get("/metrics", REMOTE_ADDR="172.18.0.5", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 403
    wrong = client.get("/metrics", REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION="Bearer nope")
    assert wrong.status_code == 403 and "metrics token" in wrong.content.decode()
    good = client.get("/metrics", REMOTE_ADDR="203.0.113.9", HTTP_AUTHORIZATION="Bearer s3cret-token")
    assert good.status_code == 200


def test_without_a_token_configured_only_internal_callers_get_metrics(settings):
    settings.METRICS_TOKEN = ""
    client = Client()
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="8.8.8.8", HTTP_AUTHORIZATION="Bearer ").status_code == 403


def test_request_ids_are_honoured_when_plain_and_generated_otherwise(client):
    given = client.get("/health/", HTTP_X_REQUEST_ID="proxy-id-1234567890")
    assert given["X-Request-ID"] == "proxy-id-1234567890"
    hostile = client.get("/health/", HTTP_X_REQUEST_ID="bad id\nInjected: yes")
    assert hostile["X-Request-ID"] != "bad id\nInjected: yes" and len(hostile["X-Request-ID"]) == 32
    assert client.get("/health/")["X-Request-ID"] != client.get("/health/")["X-Request-ID"]


def test_log_lines_inside_a_request_carry_its_id():
    records = []

    class Collect(logging.Handler):
        def emit(self, record):
            records.append(record)

    handler = Collect()
    handler.addFilter(RequestIdFilter())
    logger = logging.getLogger("tests.ops.request_id")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:

        def view(request):
            logger.info("inside")
            from django.http import HttpResponse

            return HttpResponse("ok")

        RequestIdMiddleware(view)(RequestFactory().get("/", HTTP_X_REQUEST_ID="log-line-id-0001"))
        logger.info("outside")
    finally:
        logger.removeHandler(handler)
    assert [(r.getMessage(), r.request_id) for r in records] == [("inside", "log-line-id-0001"), ("outside", "-")]


def test_the_json_log_format_names_the_request_id():
    from pythonjsonlogger.json import JsonFormatter

    formatter = JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s")
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello", None, None)
    RequestIdFilter().filter(record)
    assert json.loads(formatter.format(record))["request_id"] == "-"


def test_a_task_queued_during_a_request_carries_its_id_in_the_message(redis_db):
    from policysharing.celery import app
    from tests.workflow.conftest import REDIS_TEST_URL, app_broker

    token = request_id_var.set("carried-request-id-42")
    try:
        with app_broker(REDIS_TEST_URL):
            app.send_task("notifications.tasks.sweep_outbox", args=[60])
    finally:
        request_id_var.reset(token)
    raw = redis_db.lpop("notifications")  # routed to its own queue
    assert raw is not None, "the task did not reach the notifications queue"
    message = json.loads(raw)
    assert message["headers"]["request_id"] == "carried-request-id-42"
    assert message["headers"]["task"] == "notifications.tasks.sweep_outbox"
    assert redis_db.llen("workflow") == 0


def test_in_the_worker_the_id_comes_back_from_the_message():
    class Request:
        request_id = "from-message-header-1"
        is_eager = False

    class Task:
        request = Request()

    observability.restore_request_id_in_task(task_id="t-1", task=Task())
    try:
        assert request_id_var.get() == "from-message-header-1"
    finally:
        observability.clear_request_id_after_task(task_id="t-1")
    assert request_id_var.get() is None


@pytest.fixture
def redis_db():
    import redis

    from tests.workflow.conftest import REDIS_TEST_URL

    client = redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not reachable at {REDIS_TEST_URL}")
        pytest.skip(f"Redis is not reachable at {REDIS_TEST_URL}")
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


def test_beat_heartbeat_check(tmp_path):
    from core.beat import touch_heartbeat

    beat_file = tmp_path / "beat" / "heartbeat"
    assert heartbeat_main([str(beat_file)]) == 1  # never touched
    touch_heartbeat(str(beat_file))
    assert heartbeat_main([str(beat_file), "--max-age", "60"]) == 0
    old = time.time() - 600
    os.utime(beat_file, (old, old))
    assert heartbeat_main([str(beat_file), "--max-age", "60"]) == 1


def settings_under(env: dict[str, str], expression: str):
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("AWS_", "DJANGO_", "CELERY_"))}
    for key in ("STORAGE_URL", "CACHE_URL", "TRUST_PROXY_HEADERS", "DOCUMENT_DOWNLOAD_MODE"):
        clean.pop(key, None)
    clean.update(DJANGO_SETTINGS_MODULE="policysharing.settings", DEBUG="true", **env)
    code = (
        f"import json, django; django.setup(); from django.conf import settings as s; print(json.dumps({expression}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=clean, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_settings_for_a_bucket_a_shared_cache_and_the_proxy():
    plain = settings_under(
        {},
        'dict(storage=s.STORAGES["default"]["BACKEND"], proxy=getattr(s, "SECURE_PROXY_SSL_HEADER", None), proxies=s.REST_FRAMEWORK["NUM_PROXIES"])',
    )
    assert plain == {"storage": "django.core.files.storage.FileSystemStorage", "proxy": None, "proxies": 0}

    scaled = settings_under(
        {
            "STORAGE_URL": "s3+http://key:se%2Fcret@minio:9000/documents?region=eu-west-1",
            "CACHE_URL": "redis://127.0.0.1:6379/6",
            "TRUST_PROXY_HEADERS": "true",
            "STORAGE_CONNECT_TIMEOUT": "2",
        },
        'dict(storage=s.STORAGES["default"]["BACKEND"], bucket=s.S3_STORAGE_OPTIONS["bucket_name"],'
        ' endpoint=s.S3_STORAGE_OPTIONS["endpoint_url"], secret=s.S3_STORAGE_OPTIONS["secret_key"],'
        ' region=s.S3_STORAGE_OPTIONS["region_name"], connect=s.S3_STORAGE_OPTIONS["client_config"].connect_timeout,'
        ' read=s.S3_STORAGE_OPTIONS["client_config"].read_timeout, cache=s.CACHES["default"],'
        ' proxy=s.SECURE_PROXY_SSL_HEADER, proxies=s.REST_FRAMEWORK["NUM_PROXIES"])',
    )
    assert scaled["storage"] == "storages.backends.s3.S3Storage"
    assert (scaled["bucket"], scaled["endpoint"], scaled["secret"], scaled["region"]) == (
        "documents", "http://minio:9000", "se/cret", "eu-west-1",
    )  # fmt: skip
    assert scaled["connect"] == 2 and scaled["read"] > 0
    assert scaled["cache"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert scaled["cache"]["OPTIONS"]["socket_timeout"] > 0 and scaled["cache"]["OPTIONS"]["socket_connect_timeout"] > 0
    assert scaled["proxy"] == ["HTTP_X_FORWARDED_PROTO", "https"] and scaled["proxies"] == 1

    aws = settings_under(
        {"AWS_STORAGE_BUCKET_NAME": "smg-documents", "AWS_S3_REGION_NAME": "ap-northeast-2"},
        'dict(bucket=s.S3_STORAGE_OPTIONS["bucket_name"], endpoint=s.S3_STORAGE_OPTIONS["endpoint_url"])',
    )
    assert aws == {"bucket": "smg-documents", "endpoint": None}


def test_tasks_are_routed_to_their_queue():
    from policysharing.celery import QUEUES, app

    def queue(name: str) -> str:
        return app.amqp.router.route({}, name)["queue"].name

    assert queue("consultations.tasks.auto_advance") == "workflow"
    assert queue("consultations.tasks.advance_ready_cases") == "workflow"
    assert queue("notifications.tasks.dispatch_event") == "notifications"
    assert queue("notifications.tasks.send_daily_digests") == "notifications"
    assert queue("accounts.tasks.send_existing_account_notice") == "notifications"
    assert queue("core.tasks.export_consultations") == "exports"
    # A worker started without -Q (the tests, a single-machine set-up) consumes every queue.
    assert {q.name for q in app.conf.task_queues} == set(QUEUES)
