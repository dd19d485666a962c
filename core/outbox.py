"""The outbox: every side effect is a row written in the transaction that causes it; one relay publishes.

- `record_event()` writes an `OutboxEvent` (delivered by notifications.tasks.dispatch_event) and
  publishes it after commit; `core.tasks.enqueue_after_commit()` does the same for a plain task.
- `outbox_relay()` (beat, every OUTBOX_RELAY_INTERVAL_SECONDS, executed by the worker) publishes every
  row that is due: tasks never published, and unprocessed events whose `next_attempt_at` has come
  (the publish after commit failed; a delivery run died or its message was lost; an e-mail retry is
  due). Before publishing an event the relay leases it for OUTBOX_REPUBLISH_AFTER_SECONDS with a
  conditional UPDATE, so two relays never start two runs of one event and a run in flight is not
  doubled; the delivery run sets the next due time when it ends.

Published task rows are deleted after OUTBOX_KEEP_PUBLISHED_TASKS_DAYS (events stay: they are the
history of what happened and what was delivered).

Delivery is at-least-once: a task or an event may be published twice (a crash between publishing
and recording it); every consumer is idempotent.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from core.models import OutboxEvent, OutboxTask
from core.tasks import publish_after_commit, send_task_now

logger = logging.getLogger(__name__)

DISPATCH_TASK = "notifications.tasks.dispatch_event"


def record_event(
    *,
    kind: str,
    actor: Any = None,
    consultation: Any = None,
    payload: dict[str, Any] | None = None,
    key: str | None = None,
) -> OutboxEvent:
    """Write an event in the current transaction; publish it after commit.

    With a `key`, at most one event per key is ever written: when one exists (or a concurrent
    transaction writes it first) that one is returned, unchanged and not published again; `created`
    on the returned event says which.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("record_event() must run inside the transaction that makes the change")
    if key is not None:
        existing = OutboxEvent.objects.filter(key=key).first()
        if existing is not None:
            existing.created = False
            return existing
    fields = {
        "kind": kind,
        "actor": actor if getattr(actor, "pk", None) else None,
        "consultation": consultation,
        "payload": payload or {},
        "key": key,
        # The publish after commit has this long to start a delivery run before the relay does.
        "next_attempt_at": timezone.now() + timedelta(seconds=settings.OUTBOX_REPUBLISH_AFTER_SECONDS),
    }
    if key is None:  # nothing to collide with: no savepoint (two statements fewer per event)
        event = OutboxEvent.objects.create(**fields)
    else:
        try:
            with transaction.atomic():
                event = OutboxEvent.objects.create(**fields)
        except IntegrityError:
            existing = OutboxEvent.objects.get(key=key)  # a concurrent run wrote it first
            existing.created = False
            return existing
    event.created = True
    # Handed to this process's publisher after commit; if that fails, due now for the relay's next run.
    transaction.on_commit(lambda: publish_after_commit(DISPATCH_TASK, (event.pk,), row=("event", event.pk)))
    return event


def outbox_relay(*, now: datetime | None = None, limit: int = 500) -> int:
    """Publish what is due; returns how many rows were published. Stops at the first broker failure."""
    now = now or timezone.now()
    published = 0
    tasks = OutboxTask.objects.filter(published_at__isnull=True, next_attempt_at__lte=now).order_by("id")[:limit]
    for row in list(tasks):
        if not send_task_now(row.task, *row.args):
            return published
        OutboxTask.objects.filter(pk=row.pk).update(published_at=timezone.now(), attempts=F("attempts") + 1)
        published += 1

    due = Q(processed_at__isnull=True) & (Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
    lease = timedelta(seconds=settings.OUTBOX_REPUBLISH_AFTER_SECONDS)
    for event_id in list(OutboxEvent.objects.filter(due).order_by("id").values_list("pk", flat=True)[:limit]):
        if not OutboxEvent.objects.filter(due, pk=event_id).update(next_attempt_at=timezone.now() + lease):
            continue  # another relay took it
        if not send_task_now(DISPATCH_TASK, event_id):
            OutboxEvent.objects.filter(pk=event_id, processed_at__isnull=True).update(next_attempt_at=now)
            return published
        published += 1
    keep = timedelta(days=settings.OUTBOX_KEEP_PUBLISHED_TASKS_DAYS)
    OutboxTask.objects.filter(published_at__lt=now - keep).delete()
    return published
