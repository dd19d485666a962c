"""The outbox sweeper re-sends events left pending (broker down, worker died), in eager mode.

The same scenario with a real broker and worker is in tests/workflow/test_worker.py.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from core.models import OutboxEvent
from core.outbox import record_event
from notifications.models import Notification
from notifications.services import outbox_sweep
from notifications.tasks import sweep_outbox

pytestmark = pytest.mark.django_db


def pending_event(case, minutes_old: int) -> OutboxEvent:
    with transaction.atomic():  # on_commit is never run here: as if the broker had been down
        event = record_event(kind="consultation.stage_changed", consultation=case, payload={"to": "analysis"})
    OutboxEvent.objects.filter(pk=event.pk).update(created_at=timezone.now() - timedelta(minutes=minutes_old))
    return event


def test_sweeper_sends_old_pending_events_exactly_once(settings, case_a, official_a):
    settings.NOTIFICATIONS_SWEEP_AFTER_SECONDS = 120
    old = pending_event(case_a, minutes_old=5)
    fresh = pending_event(case_a, minutes_old=0)  # its own after-commit task may still be on the way

    assert sweep_outbox.apply().get() == 1
    assert outbox_sweep() == 0
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert old.processed_at is not None and fresh.processed_at is None
    assert Notification.objects.filter(event=old).count() == 3
    assert len(mail.outbox) == 3


def test_sweeper_gives_up_after_the_maximum_attempts(settings, case_a):
    settings.NOTIFICATIONS_MAX_ATTEMPTS = 3
    event = pending_event(case_a, minutes_old=5)
    OutboxEvent.objects.filter(pk=event.pk).update(attempts=3)
    assert outbox_sweep() == 0


def test_sweeper_stops_when_the_broker_is_still_down(case_a):
    from tests.workflow.conftest import UNREACHABLE_BROKER, app_broker

    pending_event(case_a, minutes_old=5)
    pending_event(case_a, minutes_old=5)
    with app_broker(UNREACHABLE_BROKER):
        assert outbox_sweep() == 0
    assert OutboxEvent.objects.filter(processed_at__isnull=True).count() == 2
