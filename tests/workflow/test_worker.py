"""The workflow with real components: a Celery worker process, Redis, the test database, SMTP.

Each test starts its own worker (`--pool=solo`) and waits on observable effects with bounded polls.
"""

from __future__ import annotations

import time

import pytest

from consultations.models import Consultation
from consultations.services.messages import message_post
from core.models import OutboxEvent
from core.outbox import outbox_relay
from core.tasks import send_task_now
from notifications.models import Delivery, DeliveryStatus, Notification
from tests import factories
from tests.workflow.conftest import REDIS_TEST_URL, UNREACHABLE_BROKER, app_broker, wait_for
from tests.workflow.helpers import submit_request

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


def all_events_processed() -> bool:
    return OutboxEvent.objects.exists() and not OutboxEvent.objects.filter(processed_at__isnull=True).exists()


def test_worker_moves_a_submitted_request_into_screening_and_notifies(
    use_test_broker, start_worker, smtp_sink, official_a, staff_officer
):
    colleague = factories.OfficialFactory(username="official-a2", city=official_a.city, preferred_language="es")
    start_worker()

    case = submit_request(city=official_a.city, actor=official_a)

    wait_for(
        lambda: Consultation.objects.filter(pk=case.pk, stage="screening").exists(),
        timeout=30,
        what="the worker to move the request into screening",
    )
    transition = Consultation.objects.get(pk=case.pk).history.get(to_stage="screening")
    assert transition.actor is None and transition.is_automatic
    wait_for(all_events_processed, timeout=30, what="the notifications to be delivered")
    wait_for(lambda: len(smtp_sink.messages) >= 4, timeout=10, what="the e-mails")

    inbox = set(Notification.objects.values_list("recipient__username", "kind"))
    assert inbox == {
        ("official-a2", "consultation.submitted"),
        ("staff-officer", "consultation.submitted"),
        ("official-a", "consultation.stage_changed"),
        ("official-a2", "consultation.stage_changed"),
        ("staff-officer", "consultation.stage_changed"),
    }
    assert Delivery.objects.filter(status=DeliveryStatus.SENT).count() == 5
    assert sorted(to for to, _subject in smtp_sink.messages) == sorted(
        [colleague.email, colleague.email, official_a.email, staff_officer.email, staff_officer.email]
    )


def test_broker_down_loses_nothing_and_the_relay_delivers_every_e_mail_once(
    redis_db, start_worker, smtp_sink, official_a, staff_officer, consultant
):
    case_b = factories.ConsultationFactory(city=official_a.city, stage="analysis", track="consultation")
    factories.TaskForceMemberFactory(consultation=case_b, role="susa_coordinator", expert=None, user=consultant)

    with app_broker(UNREACHABLE_BROKER):
        timings = []
        for change in (
            lambda: submit_request(city=official_a.city, actor=official_a),
            lambda: message_post(consultation=case_b, author=staff_officer, body="Could you send the bus routes?"),
            lambda: message_post(consultation=case_b, author=official_a, body="Here they are."),
        ):
            started = time.monotonic()
            change()
            timings.append(time.monotonic() - started)
    assert max(timings) < 2, f"a change took {max(timings):.1f}s with the broker down"

    # All three changes committed, with their events; nothing was delivered.
    submitted = Consultation.objects.get(title__startswith="Smart card")
    assert submitted.stage == "request"
    assert OutboxEvent.objects.count() == 3
    assert OutboxEvent.objects.filter(processed_at__isnull=True).count() == 3
    assert not Notification.objects.exists()

    with app_broker(REDIS_TEST_URL):  # the broker the worker listens on (TEST_REDIS_URL)
        start_worker()
        assert outbox_relay() == 4  # three events and the automatic check of the request
        send_task_now("consultations.tasks.advance_ready_cases", 0)  # the periodic catch-up of automatic moves
        wait_for(
            lambda: Consultation.objects.filter(pk=submitted.pk, stage="screening").exists(),
            timeout=30,
            what="the catch-up to move the request into screening",
        )
        wait_for(
            lambda: OutboxEvent.objects.count() == 4 and all_events_processed(),
            timeout=30,
            what="every event to be delivered",
        )
        delivered = len(smtp_sink.messages)
        # A second relay run, and a duplicate dispatch of every event, change nothing.
        assert outbox_relay() == 0
        for event_id in OutboxEvent.objects.values_list("pk", flat=True):
            send_task_now("notifications.tasks.dispatch_event", event_id)
        marker = factories.ConsultationFactory(city=official_a.city, stage="analysis", track="consultation")
        message_post(consultation=marker, author=official_a, body="marker")
        wait_for(all_events_processed, timeout=30, what="the duplicates and a marker event to be handled")

    notifications = list(Notification.objects.exclude(event__consultation=marker).values_list("event_id", "recipient"))
    assert len(notifications) == len(set(notifications)) == delivered
    assert Delivery.objects.exclude(event__consultation=marker).filter(status=DeliveryStatus.SENT).count() == delivered
    to_marker = Delivery.objects.filter(event__consultation=marker).count()
    assert len(smtp_sink.messages) == delivered + to_marker
    assert set(Notification.objects.values_list("kind", flat=True)) >= {
        "consultation.submitted",
        "consultation.stage_changed",
        "message.posted",
    }


def test_a_worker_killed_mid_task_is_redelivered_and_applies_its_effect_once(
    use_test_broker, start_worker, smtp_sink, case_a, official_a, staff_officer
):
    fast_redelivery = {
        "CELERY_VISIBILITY_TIMEOUT": "4",
        "CELERY_UNACKED_RESTORE_INTERVAL": "1",
        "NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS": "1",
    }
    first = start_worker(EMAIL_TIMEOUT="120", **fast_redelivery)
    smtp_sink.stall.set()

    message_post(consultation=case_a, author=staff_officer, body="When can the task force visit?")

    # The worker has written the inbox rows and is stuck sending the first e-mail: kill it there.
    assert smtp_sink.connected.wait(timeout=30), "the worker never reached the SMTP server"
    first.kill()
    event = OutboxEvent.objects.get(kind="message.posted")
    assert event.processed_at is None
    assert Notification.objects.filter(event=event).count() == 3
    assert Delivery.objects.filter(event=event, status=DeliveryStatus.SENDING).count() == 1
    smtp_sink.stall.clear()
    smtp_sink.release.set()

    start_worker(**fast_redelivery)
    wait_for(lambda: OutboxEvent.objects.get(pk=event.pk).processed_at, timeout=60, what="the redelivered task")

    assert Notification.objects.filter(event=event).count() == 3
    recipients = sorted(to for to, _subject in smtp_sink.messages)
    assert len(recipients) == len(set(recipients)) == 3
    assert official_a.email in recipients
