"""Celery adapters: take ids, call the delivery services.

There is no Celery retry chain here: a delivery run records when each e-mail is due again (in the
database) and the outbox relay (core.tasks.relay_outbox) publishes the event then. A run that dies
(worker killed, database down) is published again once its lease expires.
"""

from __future__ import annotations

from celery import shared_task

from notifications.delivery import digest_record_due, event_deliver


@shared_task(name="notifications.tasks.dispatch_event", acks_late=True)
def dispatch_event(event_id: int) -> str:
    return event_deliver(event_id=event_id).summary()


@shared_task(name="notifications.tasks.sweep_outbox", acks_late=True)
def sweep_outbox(older_than_seconds: int | None = None) -> int:
    """Kept for schedules saved before the relay existed: runs the outbox relay."""
    from core.outbox import outbox_relay

    return outbox_relay()


@shared_task(name="notifications.tasks.send_daily_digests", acks_late=True)
def send_daily_digests() -> int:
    """Record the digests that are due as outbox events (sent like any event); returns how many."""
    return digest_record_due()
