"""Celery adapters: take ids, call the delivery services, own the retry policy."""

from __future__ import annotations

import logging

from celery import shared_task
from celery.exceptions import MaxRetriesExceededError
from django.db import DatabaseError

from notifications.delivery import digest_send_daily, event_deliver, outbox_sweep

logger = logging.getLogger(__name__)

MAX_RETRIES = 5


def backoff_seconds(retries: int) -> int:
    """30 s, 1, 2, 4 min, then 5 min: always below the broker's visibility timeout."""
    return min(30 * 2**retries, 300)


@shared_task(
    bind=True,
    name="notifications.tasks.dispatch_event",
    acks_late=True,
    max_retries=MAX_RETRIES,
    autoretry_for=(DatabaseError,),
    retry_backoff=30,
    retry_backoff_max=300,
)
def dispatch_event(self, event_id: int) -> str:
    result = event_deliver(event_id=event_id)
    if result.failed and not self.request.is_eager:
        # In-process (no broker) runs never wait on a retry inside the request; the sweeper re-sends.
        try:
            raise self.retry(countdown=backoff_seconds(self.request.retries))
        except MaxRetriesExceededError:
            logger.error("giving up retrying event %s for now; the sweeper tries again later", event_id)
    return result.summary()


@shared_task(name="notifications.tasks.sweep_outbox", acks_late=True)
def sweep_outbox(older_than_seconds: int | None = None) -> int:
    return outbox_sweep(older_than_seconds=older_than_seconds)


@shared_task(name="notifications.tasks.send_daily_digests", acks_late=True)
def send_daily_digests() -> int:
    return digest_send_daily()
