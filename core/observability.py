"""A request id on every log line, carried from the request into the Celery tasks it causes.

The id comes from the proxy's `X-Request-ID` when it looks like one (nginx sets `$request_id`), or is generated;
the response carries it back. `before_task_publish` copies it into the task message's headers, `task_prerun`
puts it back in place in the worker, so the worker's log lines for that task carry the same id.
"""

from __future__ import annotations

import logging
import re
import uuid
from contextvars import ContextVar

REQUEST_ID_HEADER = "X-Request-ID"
TASK_HEADER = "request_id"
_VALID = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)


def current_request_id() -> str | None:
    return request_id_var.get()


def clean_request_id(value: str | None) -> str | None:
    """An incoming id only if it is short and plain (it ends up in logs and headers)."""
    return value if value and _VALID.match(value) else None


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = clean_request_id(request.headers.get(REQUEST_ID_HEADER)) or uuid.uuid4().hex
        request.request_id = request_id
        token = request_id_var.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response[REQUEST_ID_HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record ("-" outside a request or task)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", None):
            record.request_id = request_id_var.get() or "-"
        return True


# --- Celery: the id travels in the task message's headers ----------------------------------------------------


def add_request_id_to_task_headers(headers=None, **kwargs) -> None:
    request_id = request_id_var.get()
    if request_id and headers is not None and TASK_HEADER not in headers:
        headers[TASK_HEADER] = request_id


_task_tokens: dict[str, object] = {}


def restore_request_id_in_task(task_id=None, task=None, **kwargs) -> None:
    request = getattr(task, "request", None)
    request_id = clean_request_id(
        getattr(request, TASK_HEADER, None) or (getattr(request, "headers", None) or {}).get(TASK_HEADER)
    )
    if request_id and task_id:
        _task_tokens[task_id] = request_id_var.set(request_id)


def clear_request_id_after_task(task_id=None, **kwargs) -> None:
    token = _task_tokens.pop(task_id, None) if task_id else None
    if token is not None:
        try:
            request_id_var.reset(token)
        except ValueError:  # set in another context (eager tasks inside a request): leave it
            pass


def connect_celery_signals() -> None:
    from celery.signals import before_task_publish, task_postrun, task_prerun

    before_task_publish.connect(add_request_id_to_task_headers, weak=False, dispatch_uid="core.request_id.publish")
    task_prerun.connect(restore_request_id_in_task, weak=False, dispatch_uid="core.request_id.prerun")
    task_postrun.connect(clear_request_id_after_task, weak=False, dispatch_uid="core.request_id.postrun")
