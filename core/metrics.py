"""Prometheus metrics: requests and their database time, Celery tasks and queue depth, the outbox backlog.

- Requests: a middleware counts them by view and status and times them, with the time spent in the database
  (every query of the request, measured by a `connection.execute_wrapper`).
- Tasks: the worker's `task_prerun`/`task_postrun` signals count each task by name and final state. With a Redis
  broker the counts go to one Redis hash, so the web's `/metrics` shows every worker's figures; without a broker
  (tasks in-process) they are ordinary in-process counters.
- Queue depth (Redis list lengths), the outbox backlog and, from the apps that register one, other backlogs
  (notifications: deliveries by status) are read when `/metrics` is scraped, each with a short timeout.

With `PROMETHEUS_MULTIPROC_DIR` set (several gunicorn workers), the in-process figures of every worker are
summed by prometheus_client's multiprocess collector.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
import time
from collections.abc import Callable, Iterable
from functools import lru_cache

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseForbidden
from django.utils.translation import gettext as _
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.exposition import CONTENT_TYPE_LATEST

logger = logging.getLogger(__name__)

HTTP_REQUESTS = Counter(
    "portal_http_requests", "HTTP requests answered, by view and status", ["method", "view", "status"]
)
HTTP_DURATION = Histogram(
    "portal_http_request_duration_seconds",
    "Time to answer a request",
    ["view"],
    buckets=(0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120),
)
DB_QUERIES = Counter("portal_db_queries", "Database queries run by requests", ["view"])
DB_DURATION = Histogram(
    "portal_db_duration_seconds",
    "Database time of one request (all its queries)",
    ["view"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5),
)
LOCAL_TASKS = Counter("portal_celery_tasks_local", "Tasks run in this process (no broker)", ["task", "state"])
LOCAL_TASK_SECONDS = Counter("portal_celery_task_seconds_local", "Task run time in this process", ["task"])

TASKS_KEY = "policysharing:metrics:tasks"
TASK_SECONDS_KEY = "policysharing:metrics:task-seconds"


# --- Requests ------------------------------------------------------------------------------------------------


class RequestMetricsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        database = {"queries": 0, "seconds": 0.0}

        def timed(execute, sql, params, many, context):
            started = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                database["queries"] += 1
                database["seconds"] += time.perf_counter() - started

        started = time.perf_counter()
        with connection.execute_wrapper(timed):
            response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        view = (match.view_name if match else "") or "unmatched"
        HTTP_REQUESTS.labels(
            request.method if request.method in _METHODS else "other", view, response.status_code
        ).inc()
        HTTP_DURATION.labels(view).observe(time.perf_counter() - started)
        DB_QUERIES.labels(view).inc(database["queries"])
        DB_DURATION.labels(view).observe(database["seconds"])
        return response


_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}


# --- Celery tasks ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _redis_client(url: str):
    import redis

    timeout = settings.METRICS_REDIS_TIMEOUT
    return redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout)


def broker_redis():
    """A client for the Redis broker (short timeouts), or None when tasks run in-process or the broker is not Redis."""
    from celery import current_app as app

    url = app.conf.broker_url or ""
    if app.conf.task_always_eager or not url.startswith(("redis://", "rediss://")):
        return None
    return _redis_client(url)


_started: dict[str, float] = {}


def task_started(task_id=None, **kwargs) -> None:
    if task_id:
        _started[task_id] = time.perf_counter()


def task_finished(task_id=None, task=None, state=None, **kwargs) -> None:
    started = _started.pop(task_id, None) if task_id else None
    seconds = time.perf_counter() - started if started is not None else 0.0
    name = getattr(task, "name", None) or "unknown"
    state = state or "UNKNOWN"
    client = broker_redis()
    if client is None:
        LOCAL_TASKS.labels(name, state).inc()
        LOCAL_TASK_SECONDS.labels(name).inc(seconds)
        return
    try:
        with client.pipeline(transaction=False) as pipe:
            pipe.hincrby(TASKS_KEY, f"{name}|{state}", 1)
            pipe.hincrbyfloat(TASK_SECONDS_KEY, name, seconds)
            pipe.execute()
    except Exception:  # metrics never break a task
        logger.warning("could not record task metrics", exc_info=True)


def connect_celery_signals() -> None:
    from celery.signals import task_postrun, task_prerun

    task_prerun.connect(task_started, weak=False, dispatch_uid="core.metrics.prerun")
    task_postrun.connect(task_finished, weak=False, dispatch_uid="core.metrics.postrun")


# --- Figures read at scrape time ------------------------------------------------------------------------------

_collectors: list[Callable[[], Iterable]] = []


def register_collector(collect: Callable[[], Iterable]) -> None:
    """An app's function yielding metric families, read on every scrape (keep it to a few cheap queries)."""
    if collect not in _collectors:
        _collectors.append(collect)


def outbox_figures() -> Iterable:
    from django.db.models import Min
    from django.utils import timezone

    from core.models import OutboxEvent

    pending = OutboxEvent.objects.filter(processed_at__isnull=True)
    figures = pending.aggregate(oldest=Min("created_at"))
    backlog = GaugeMetricFamily("portal_outbox_backlog", "Outbox events not yet processed")
    backlog.add_metric([], pending.count())
    yield backlog
    age = GaugeMetricFamily("portal_outbox_oldest_age_seconds", "Age of the oldest unprocessed outbox event")
    age.add_metric([], (timezone.now() - figures["oldest"]).total_seconds() if figures["oldest"] else 0.0)
    yield age


def celery_figures() -> Iterable:
    from celery import current_app as app

    client = broker_redis()
    up = GaugeMetricFamily("portal_broker_up", "1 when the broker answered the metrics query")
    if client is None:
        up.add_metric([], 0)
        yield up
        tasks = CounterMetricFamily(
            "portal_celery_tasks", "Celery tasks finished, by name and state", labels=["task", "state"]
        )
        for metric in LOCAL_TASKS.collect():
            for sample in metric.samples:
                if sample.name.endswith("_total"):
                    tasks.add_metric([sample.labels["task"], sample.labels["state"]], sample.value)
        yield tasks
        return
    queues = [queue.name for queue in app.conf.task_queues or ()] or [app.conf.task_default_queue]
    try:
        with client.pipeline(transaction=False) as pipe:
            for name in queues:
                pipe.llen(name)
            pipe.hgetall(TASKS_KEY)
            pipe.hgetall(TASK_SECONDS_KEY)
            *lengths, counts, seconds = pipe.execute()
    except Exception as exc:
        logger.warning("broker metrics unavailable: %s", exc.__class__.__name__)
        up.add_metric([], 0)
        yield up
        return
    up.add_metric([], 1)
    yield up
    depth = GaugeMetricFamily("portal_celery_queue_length", "Tasks waiting in a queue", labels=["queue"])
    for name, length in zip(queues, lengths, strict=True):
        depth.add_metric([name], length)
    yield depth
    tasks = CounterMetricFamily(
        "portal_celery_tasks", "Celery tasks finished, by name and state", labels=["task", "state"]
    )
    for field, value in sorted(counts.items()):
        name, _, state = field.decode().rpartition("|")
        tasks.add_metric([name, state], int(value))
    yield tasks
    runtime = CounterMetricFamily("portal_celery_task_seconds", "Celery task run time", labels=["task"])
    for field, value in sorted(seconds.items()):
        runtime.add_metric([field.decode()], float(value))
    yield runtime


class _ScrapeCollector:
    def collect(self):
        for source in (outbox_figures, celery_figures, *_collectors):
            try:
                yield from source()
            except Exception:  # one source down must not hide the others
                logger.warning("metrics source %s failed", getattr(source, "__name__", source), exc_info=True)


def render_metrics() -> bytes:
    if settings.PROMETHEUS_MULTIPROC_DIR and os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        process_registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(process_registry)
    else:
        process_registry = REGISTRY
    scrape_registry = CollectorRegistry(auto_describe=False)
    scrape_registry.register(_ScrapeCollector())
    return generate_latest(process_registry) + generate_latest(scrape_registry)


# --- The view ---------------------------------------------------------------------------------------------------


def metrics_allowed(request) -> bool:
    """A bearer token when one is configured, or a direct call from an internal address (not through the proxy)."""
    token = settings.METRICS_TOKEN
    supplied = request.headers.get("Authorization", "")
    if token and supplied.startswith("Bearer ") and hmac.compare_digest(supplied[7:].strip(), token):
        return True
    if "X-Forwarded-For" in request.headers:
        return False
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(network, strict=False) for network in settings.METRICS_ALLOWED_NETWORKS)


def metrics_view(request):
    if not metrics_allowed(request):
        return HttpResponseForbidden(
            _("Metrics are available from the internal network, or with the metrics token."),
            content_type="text/plain; charset=utf-8",
        )
    response = HttpResponse(render_metrics(), content_type=CONTENT_TYPE_LATEST)
    response["Cache-Control"] = "no-store"
    return response
