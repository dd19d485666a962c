"""The outbox relay and the retry schedule, in eager mode (no broker): what is due is sent, once.

The same with a real broker, worker and beat (and the faults) is in tests/workflow/test_faults.py.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from core.errors import PermissionDeniedError
from core.models import OutboxEvent, OutboxTask
from core.outbox import outbox_relay, record_event
from core.tasks import relay_outbox
from notifications.delivery import backoff_seconds, event_deliver
from notifications.models import Delivery, DeliveryStatus, Notification
from notifications.services import delivery_cancel, delivery_resend

pytestmark = pytest.mark.django_db


def pending_event(case, *, due: bool = True) -> OutboxEvent:
    with transaction.atomic():  # on_commit is never run here: as if the broker had been down
        event = record_event(kind="consultation.stage_changed", consultation=case, payload={"to": "analysis"})
    if due:
        OutboxEvent.objects.filter(pk=event.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    return event


def smtp_down(settings):
    settings.EMAIL_BACKEND = "tests.notifications.backends.FailingBackend"


def smtp_up(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def test_the_relay_sends_due_events_once_and_leaves_fresh_ones_to_their_own_publish(case_a, official_a):
    due = pending_event(case_a)
    fresh = pending_event(case_a, due=False)  # its publish after commit may still be on the way

    assert relay_outbox.apply().get() == 1
    assert outbox_relay() == 0
    due.refresh_from_db()
    fresh.refresh_from_db()
    assert due.processed_at is not None and fresh.processed_at is None
    assert Notification.objects.filter(event=due).count() == 3
    assert len(mail.outbox) == 3


def test_an_event_in_flight_is_not_published_again(case_a):
    """The relay leases an event before publishing it: a second relay run starts no second chain."""
    event = pending_event(case_a)
    from tests.workflow.conftest import UNREACHABLE_BROKER, app_broker

    with app_broker(UNREACHABLE_BROKER):
        assert outbox_relay() == 0  # publish failed: due again at once
    event.refresh_from_db()
    assert event.next_attempt_at <= timezone.now()
    OutboxEvent.objects.filter(pk=event.pk).update(next_attempt_at=timezone.now() + timedelta(minutes=2))
    assert outbox_relay() == 0  # leased: in flight somewhere
    assert not Notification.objects.exists()


def test_the_relay_publishes_tasks_the_broker_missed(case_a):
    with transaction.atomic():
        from core.tasks import enqueue_after_commit

        enqueue_after_commit("consultations.tasks.auto_advance", case_a.pk)
    row = OutboxTask.objects.get()
    assert row.published_at is None
    OutboxTask.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    assert outbox_relay() == 1
    row.refresh_from_db()
    assert row.published_at is not None and row.attempts == 1
    assert outbox_relay() == 0
    assert outbox_relay(now=timezone.now() + timedelta(days=8)) == 0
    assert not OutboxTask.objects.exists()  # published rows are pruned after a week


def test_the_relay_stops_when_the_broker_is_still_down(case_a):
    from tests.workflow.conftest import UNREACHABLE_BROKER, app_broker

    pending_event(case_a)
    pending_event(case_a)
    with app_broker(UNREACHABLE_BROKER):
        assert outbox_relay() == 0
    assert OutboxEvent.objects.filter(processed_at__isnull=True).count() == 2


def test_attempts_are_counted_per_e_mail_with_back_off_then_failed_then_retried_slowly(settings, case_a):
    settings.NOTIFICATIONS_MAX_ATTEMPTS = 3
    settings.NOTIFICATIONS_RETRY_BACKOFF_SECONDS = 30
    settings.NOTIFICATIONS_RETRY_BACKOFF_MAX_SECONDS = 45
    settings.NOTIFICATIONS_RETRY_FAILED_AFTER_SECONDS = 3600
    assert [backoff_seconds(n) for n in (1, 2, 3, 4)] == [30, 45, 45, 45]
    smtp_down(settings)
    event = pending_event(case_a)
    now = timezone.now()

    event_deliver(event_id=event.pk)
    assert set(Delivery.objects.values_list("status", "attempts")) == {(DeliveryStatus.PENDING, 1)}
    event.refresh_from_db()
    assert event.processed_at is None and event.next_attempt_at > now + timedelta(seconds=25)
    event_deliver(event_id=event.pk)  # nothing is due yet: a duplicate run sends nothing
    assert set(Delivery.objects.values_list("attempts", flat=True)) == {1}

    for minutes in (1, 2):
        event_deliver(event_id=event.pk, now=now + timedelta(minutes=minutes))
    assert set(Delivery.objects.values_list("status", "attempts")) == {(DeliveryStatus.FAILED, 3)}
    event_deliver(event_id=event.pk, now=now + timedelta(minutes=10))  # failed: waits for the slow retry
    assert set(Delivery.objects.values_list("attempts", flat=True)) == {3}

    smtp_up(settings)
    event_deliver(event_id=event.pk, now=now + timedelta(hours=2))
    assert set(Delivery.objects.values_list("status", "attempts")) == {(DeliveryStatus.SENT, 4)}
    event.refresh_from_db()
    assert event.processed_at is not None
    assert len(mail.outbox) == Delivery.objects.count() == 2  # the expert and the consultant


def test_every_copy_of_an_e_mail_has_the_same_message_id(settings, case_a, official_a):
    event = pending_event(case_a)
    event_deliver(event_id=event.pk)
    first = {message.to[0]: message.extra_headers["Message-ID"] for message in mail.outbox}
    Delivery.objects.update(status=DeliveryStatus.PENDING)  # as if the worker died before marking them sent
    event.processed_at = None
    event.save(update_fields=["processed_at"])
    event_deliver(event_id=event.pk)
    second = {message.to[0]: message.extra_headers["Message-ID"] for message in mail.outbox[3:]}
    assert first == second
    assert first[official_a.email] == f"<{event.uuid}.{official_a.pk}@policysharing.local>"
    assert len(set(first.values())) == 3


def test_staff_resend_failed_and_cancel_waiting_deliveries(settings, case_a, staff_officer, official_a):
    settings.NOTIFICATIONS_MAX_ATTEMPTS = 1
    smtp_down(settings)
    event = pending_event(case_a)
    event_deliver(event_id=event.pk)
    ids = list(Delivery.objects.order_by("pk").values_list("pk", flat=True))
    assert Delivery.objects.filter(status=DeliveryStatus.FAILED).count() == len(ids) == 4
    with pytest.raises(PermissionDeniedError):
        delivery_resend(actor=official_a, delivery_ids=ids)

    assert delivery_cancel(actor=staff_officer, delivery_ids=ids[:1]) == 1
    smtp_up(settings)
    assert delivery_resend(actor=staff_officer, delivery_ids=ids[1:]) == 3
    assert outbox_relay() == 1
    statuses = dict(Delivery.objects.values_list("pk", "status"))
    assert statuses[ids[0]] == DeliveryStatus.CANCELLED
    assert {statuses[pk] for pk in ids[1:]} == {DeliveryStatus.SENT}
    event.refresh_from_db()
    assert event.processed_at is not None  # nothing left: sent or cancelled
    assert len(mail.outbox) == 3


def test_failed_deliveries_on_the_dashboard_and_resent_from_the_admin(settings, client, case_a, staff_officer):
    settings.NOTIFICATIONS_MAX_ATTEMPTS = 1
    smtp_down(settings)
    event_deliver(event_id=pending_event(case_a).pk)
    client.force_login(staff_officer)
    page = client.get(reverse("dashboard:index")).content.decode()
    assert "3 e-mails could not be sent" in page
    assert reverse("admin:notifications_delivery_changelist") + "?status__exact=failed" in page

    smtp_up(settings)
    response = client.post(
        reverse("admin:notifications_delivery_changelist"),
        {"action": "send_again", "_selected_action": list(Delivery.objects.values_list("pk", flat=True))},
    )
    assert response.status_code == 302
    assert Delivery.objects.filter(status=DeliveryStatus.PENDING, attempts=0).count() == 3
    outbox_relay()
    assert Delivery.objects.filter(status=DeliveryStatus.SENT).count() == 3
    assert "could not be sent" not in client.get(reverse("dashboard:index")).content.decode()
