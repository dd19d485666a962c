from django.conf import settings
from django.db import connection
from django.http import JsonResponse


def health(request):
    """Database (and, when configured, broker) status for load balancers and humans."""
    checks: dict[str, str] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as exc:  # any failure is the answer here, not an error of this view
        checks["database"] = f"error: {exc.__class__.__name__}"
    if settings.CELERY_BROKER_URL and not settings.CELERY_TASK_ALWAYS_EAGER:
        checks["broker"] = _broker_status()
    else:
        checks["broker"] = "not configured (tasks run in-process)"
    healthy = all(value == "ok" or value.startswith("not configured") for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503)


def _broker_status() -> str:
    from celery import current_app as app  # the project's app (policysharing.celery), without importing upwards

    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return "ok"
    except Exception as exc:  # unreachable broker is reported, not raised
        return f"error: {exc.__class__.__name__}"
