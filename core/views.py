import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.db import connections
from django.http import JsonResponse

# One probe of each kind at a time per process: while a probe hangs (a broker or a database that accepts
# and never answers), later health checks report it at once instead of piling up threads.
_running: dict[str, threading.Thread] = {}
_lock = threading.Lock()


def health(request):
    """Database and (when configured) broker status for load balancers and humans.

    Each probe runs in a thread given HEALTH_CHECK_TIMEOUT_SECONDS (both at once), so the answer comes
    within that time plus a little: 503 when either is down or does not answer in time.
    """
    probes: dict[str, Callable[[], None]] = {"database": _database_probe}
    checks: dict[str, str] = {}
    if settings.CELERY_BROKER_URL and not settings.CELERY_TASK_ALWAYS_EAGER:
        probes["broker"] = _broker_probe
    else:
        checks["broker"] = "not configured (tasks run in-process)"
    checks.update(_run_probes(probes, timeout=settings.HEALTH_CHECK_TIMEOUT_SECONDS))
    healthy = all(value == "ok" or value.startswith("not configured") for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503)


def _run_probes(probes: dict[str, Callable[[], None]], *, timeout: float) -> dict[str, str]:
    results: dict[str, str] = {}
    started: dict[str, threading.Thread] = {}
    with _lock:
        for name, probe in probes.items():
            previous = _running.get(name)
            if previous is not None and previous.is_alive():
                results[name] = "error: no answer (an earlier check is still waiting)"
                continue
            thread = threading.Thread(target=_record, args=(probe, name, results), daemon=True, name=f"health-{name}")
            _running[name] = started[name] = thread
            thread.start()
    deadline = time.monotonic() + timeout
    for name, thread in started.items():
        thread.join(max(deadline - time.monotonic(), 0))
        if thread.is_alive():
            results.setdefault(name, f"error: no answer within {timeout:g}s")
    return {name: results[name] for name in probes if name in results}


def _record(probe: Callable[[], None], name: str, results: dict[str, str]) -> None:
    try:
        probe()
        outcome = "ok"
    except Exception as exc:  # any failure is the answer here, not an error of this view
        outcome = f"error: {exc.__class__.__name__}"
    results.setdefault(name, outcome)


def _database_probe() -> None:
    connection = connections["default"]  # this thread's own connection, closed afterwards
    try:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                timeout_ms = int(settings.HEALTH_CHECK_TIMEOUT_SECONDS * 1000)
                cursor.execute("SET statement_timeout = %s", [timeout_ms])
            cursor.execute("SELECT 1")
    finally:
        connection.close()


def _broker_probe() -> None:
    from celery import current_app as app  # the project's app (policysharing.celery), without importing upwards

    # The transport's socket timeouts (settings) bound every read; the thread's join bounds the rest.
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=0, timeout=settings.HEALTH_CHECK_TIMEOUT_SECONDS)
        conn.default_channel  # noqa: B018  (opening a Redis channel sends PING and reads the answer)
