"""The one way domain code reaches Celery: an outbox row in its transaction, published after commit.

`enqueue_after_commit()` writes an `OutboxTask` row in the caller's transaction and, once it commits,
hands the publish to this process's publisher (core.publisher): the caller does not wait for the broker.
The publish is bounded (the broker's socket timeouts are at most CELERY_BROKER_CONNECTION_TIMEOUT, and
after one failure this process stops publishing for OUTBOX_PUBLISH_PAUSE_SECONDS), and any failure only
means "the relay will send it": the relay (`relay_outbox`, run by beat every OUTBOX_RELAY_INTERVAL_SECONDS)
publishes every row still due. With no broker configured (eager mode) tasks run in-process: in the
publisher's thread, or at commit in the caller when OUTBOX_EAGER_IN_BACKGROUND is off (the tests).
"""

from __future__ import annotations

import contextvars
import importlib
import logging
import threading
import time
from datetime import timedelta
from typing import Any

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

_paused_until = 0.0  # monotonic time before which this process does not publish inline (broker failing)


def reset_broker_pause() -> None:
    """Forget an earlier broker failure (tests switch brokers; nothing else needs this)."""
    global _paused_until
    _paused_until = 0.0


def broker_paused() -> bool:
    return time.monotonic() < _paused_until


def pause_broker() -> None:
    """The broker failed (or hung): publish nothing inline for OUTBOX_PUBLISH_PAUSE_SECONDS."""
    global _paused_until
    _paused_until = time.monotonic() + settings.OUTBOX_PUBLISH_PAUSE_SECONDS


def run_eagerly(task_name: str, args: tuple) -> bool:
    """Eager mode (no broker): run the task here; its failure is its own (CELERY_TASK_EAGER_PROPAGATES off)."""
    module_name, _, attribute = task_name.rpartition(".")
    try:
        getattr(importlib.import_module(module_name), attribute).apply(args=args)
    except Exception:
        logger.warning("could not run %s%r in-process; the outbox relay will", task_name, args, exc_info=True)
        return False
    return True


def send_task_now(task_name: str, *args: Any) -> bool:
    """Publish a task by name; False (logged, never raised) when the broker cannot take it now.

    Never waits on the broker longer than its socket timeouts; after a failure, returns False at once
    for OUTBOX_PUBLISH_PAUSE_SECONDS. Callers keep an outbox row, so False means "the relay sends it".
    """
    global _paused_until
    from celery import current_app as app  # the project's app (policysharing.celery), without importing upwards

    if app.conf.task_always_eager:
        return run_eagerly(task_name, args)
    try:
        if time.monotonic() < _paused_until:
            return False
        _publish_within_deadline(app, task_name, args)
    except Exception:  # the broker being down or hung must never break the request that caused the task
        _paused_until = time.monotonic() + settings.OUTBOX_PUBLISH_PAUSE_SECONDS
        logger.warning("could not publish %s%r now; the outbox relay will", task_name, args, exc_info=True)
        return False
    return True


class PublishDeadlineExceeded(TimeoutError):
    """The broker took longer than CELERY_BROKER_CONNECTION_TIMEOUT for one publish, all steps together."""


def _publish_within_deadline(app, task_name: str, args: tuple) -> None:
    """Publish in a helper thread and wait at most CELERY_BROKER_CONNECTION_TIMEOUT for the whole of it.

    The socket timeouts bound each step (connect, handshake, health-check ping, push), but a hung broker can
    cost one timeout per step; the caller must wait for one deadline, not their sum. A publish that overruns is
    left to finish or fail on its own: if it finishes, the relay's republish is a duplicate message, which
    every task tolerates (they are idempotent).
    """
    outcome: dict[str, BaseException | None] = {}

    def publish() -> None:
        try:
            app.send_task(task_name, args=args, retry=False)
            outcome["error"] = None
        except BaseException as error:  # handed back to the caller's thread
            outcome["error"] = error

    # The helper thread runs in a copy of this context, so the request id (a ContextVar) rides on the message.
    context = contextvars.copy_context()
    worker = threading.Thread(target=context.run, args=(publish,), name=f"publish-{task_name}", daemon=True)
    worker.start()
    worker.join(settings.CELERY_BROKER_CONNECTION_TIMEOUT)
    if "error" not in outcome:
        raise PublishDeadlineExceeded(f"publishing {task_name} took over {settings.CELERY_BROKER_CONNECTION_TIMEOUT}s")
    if outcome["error"] is not None:
        raise outcome["error"]


def enqueue_after_commit(task_name: str, *args: Any) -> None:
    """Record the task in the outbox (in the current transaction) and publish it after commit."""
    from core.models import OutboxTask

    # No savepoint inside the caller's transaction (two statements fewer per task): a failed INSERT fails
    # the caller's transaction anyway; outside one, this is the transaction.
    with transaction.atomic(savepoint=False):
        row = OutboxTask.objects.create(
            task=task_name,
            args=list(args),
            next_attempt_at=timezone.now() + timedelta(seconds=settings.OUTBOX_REPUBLISH_AFTER_SECONDS),
        )
    transaction.on_commit(lambda: publish_after_commit(task_name, tuple(args), row=("task", row.pk)))


def publish_after_commit(task_name: str, args: tuple, *, row: tuple[str, int] | None = None) -> None:
    """An after-commit hook's publish: handed to this process's publisher, the caller does not wait.

    `row` names the outbox row behind it (("task", id) or ("event", id)), whose bookkeeping follows the
    publish. In eager mode with OUTBOX_EAGER_IN_BACKGROUND off (the tests), the task runs here and now.
    A job the publisher cannot take is left to the relay (with a broker) or run here (without one).
    """
    from celery import current_app as app

    from core.publisher import hand_off

    eager = app.conf.task_always_eager
    in_background = not eager or settings.OUTBOX_EAGER_IN_BACKGROUND
    if in_background and hand_off(task_name, args, row=row, eager=eager):
        return
    if not eager:
        return  # the row keeps its lease; the relay publishes it when the lease runs out
    ok = run_eagerly(task_name, args)
    if row is not None:
        kind, row_id = row
        record_outcome(
            published_tasks=[row_id] if ok and kind == "task" else [],
            due_tasks=[row_id] if not ok and kind == "task" else [],
            due_events=[row_id] if not ok and kind == "event" else [],
        )


def record_outcome(*, published_tasks: list[int], due_tasks: list[int], due_events: list[int]) -> None:
    """After publishing: task rows published; rows that could not be published due now (the relay's next run)."""
    from core.models import OutboxEvent, OutboxTask

    now = timezone.now()
    try:
        if published_tasks:
            OutboxTask.objects.filter(pk__in=published_tasks, published_at__isnull=True).update(published_at=now)
        if due_tasks:
            OutboxTask.objects.filter(pk__in=due_tasks, published_at__isnull=True).update(next_attempt_at=now)
        if due_events:
            OutboxEvent.objects.filter(pk__in=due_events, processed_at__isnull=True).update(next_attempt_at=now)
    except Exception:  # the rows stay as they are; the relay publishes them when their lease runs out
        logger.warning("could not record the publication of outbox rows", exc_info=True)


@shared_task(name="core.tasks.relay_outbox", acks_late=True, ignore_result=True)
def relay_outbox() -> int:
    """Beat's relay: publish every outbox task and event that is due (see core.outbox)."""
    from core.outbox import outbox_relay

    return outbox_relay()


@shared_task(name="core.tasks.run_export_job", acks_late=True)
def run_export_job(job_id: int) -> str:
    """Write a large export's file (core.export_jobs)."""
    from core.export_jobs import export_job_run

    return export_job_run(job_id=job_id)


@shared_task(name="core.tasks.cleanup_export_jobs", acks_late=True, ignore_result=True)
def cleanup_export_jobs() -> int:
    """Beat: delete export jobs older than EXPORT_KEEP_DAYS and their files (core.export_jobs)."""
    from core.export_jobs import export_jobs_cleanup

    return export_jobs_cleanup()
