"""The daily digest: one e-mail per user and day with everything that waited for it, in their language.

Each digest due is an outbox event (one per recipient and date, recorded by the digest run), sent like
any event: after commit, or by the relay when that publish was lost. With a real worker: see
tests/workflow/test_faults.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from consultations.services.messages import message_post
from core.models import OutboxEvent
from core.outbox import outbox_relay
from notifications.delivery import DIGEST_KIND, digest_due, digest_record_due, event_deliver
from notifications.models import Delivery, DeliveryStatus
from notifications.services import digest_send_daily, preference_set
from notifications.tasks import send_daily_digests

pytestmark = pytest.mark.django_db


def waiting_items(django_capture_on_commit_callbacks, case, author, user, *bodies):
    preference_set(user=user, kind="message.posted", frequency="daily")
    with django_capture_on_commit_callbacks(execute=True):
        for body in bodies:
            message_post(consultation=case, author=author, body=body)
    assert Delivery.objects.filter(recipient=user, status=DeliveryStatus.DIGEST).count() == len(bodies)


def digest_mails(user) -> list:
    return [m for m in mail.outbox if user.email in m.to and "digest" in m.subject.lower()]


def test_digest_collects_waiting_items_into_one_mail_sent_once(
    django_capture_on_commit_callbacks, case_a, official_a, staff_officer
):
    official_a.preferred_language = "es"
    official_a.save(update_fields=["preferred_language"])
    preference_set(user=official_a, kind="message.posted", frequency="daily")
    preference_set(user=official_a, kind="message.information_requested", frequency="daily")
    with django_capture_on_commit_callbacks(execute=True):
        message_post(consultation=case_a, author=staff_officer, body="First question about the routes.")
        message_post(consultation=case_a, author=staff_officer, body="Budget?", is_information_request=True)
    assert not [m for m in mail.outbox if official_a.email in m.to]  # nothing immediate for the city

    with django_capture_on_commit_callbacks(execute=True):
        assert digest_send_daily() == 1  # recorded; sent after commit
    with django_capture_on_commit_callbacks(execute=True):
        assert digest_send_daily() == 0  # a second run the same day records nothing
    (digest,) = [m for m in mail.outbox if official_a.email in m.to]
    assert "2" in digest.subject
    assert "First question about the routes." in digest.body and "Budget?" in digest.body
    assert set(Delivery.objects.filter(recipient=official_a).values_list("status", flat=True)) == {DeliveryStatus.SENT}
    event = OutboxEvent.objects.get(kind=DIGEST_KIND)
    assert event.processed_at is not None
    assert event.key == f"digest:{official_a.pk}:{timezone.localdate().isoformat()}"
    assert digest.extra_headers["Message-ID"].startswith(f"<digest-{event.uuid.hex}.{official_a.pk}@")


def test_a_digest_whose_publish_was_lost_is_sent_by_the_relay_exactly_once(
    django_capture_on_commit_callbacks, case_a, official_a, staff_officer
):
    waiting_items(django_capture_on_commit_callbacks, case_a, staff_officer, official_a, "Routes?", "Fares?")
    with transaction.atomic():  # recorded, and its publish after commit never happens (a lost message)
        assert digest_send_daily() == 1
    assert digest_mails(official_a) == []
    assert outbox_relay() == 0  # its own publish still has its chance (OUTBOX_REPUBLISH_AFTER_SECONDS)

    later = timezone.now() + timedelta(seconds=121)
    assert outbox_relay(now=later) == 1
    assert len(digest_mails(official_a)) == 1
    # Again: a relay run, a second beat run the same day, a duplicate message of the digest.
    assert outbox_relay(now=later + timedelta(seconds=300)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert digest_send_daily() == 0
    event = OutboxEvent.objects.get(kind=DIGEST_KIND)
    assert event_deliver(event_id=event.pk).done
    OutboxEvent.objects.filter(pk=event.pk).update(processed_at=None)  # as if a run had died before finishing
    assert event_deliver(event_id=event.pk).sent == 0
    assert len(digest_mails(official_a)) == 1
    assert "Routes?" in digest_mails(official_a)[0].body and "Fares?" in digest_mails(official_a)[0].body


def test_a_digest_run_dead_while_sending_is_sent_again_by_the_relay_once_its_claim_expired(
    settings, django_capture_on_commit_callbacks, case_a, official_a, staff_officer
):
    waiting_items(django_capture_on_commit_callbacks, case_a, staff_officer, official_a, "Site visit?")
    with transaction.atomic():
        digest_send_daily()
    event = OutboxEvent.objects.get(kind=DIGEST_KIND)
    # A worker claimed the items and died before sending.
    Delivery.objects.filter(digest=event).update(status=DeliveryStatus.SENDING, claimed_at=timezone.now())
    assert event_deliver(event_id=event.pk).sent == 0  # a run meanwhile leaves the claim alone
    timeout = timedelta(seconds=settings.NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS + 1)
    assert OutboxEvent.objects.get(pk=event.pk).next_attempt_at > timezone.now()  # due when the claim expires
    Delivery.objects.filter(digest=event).update(claimed_at=timezone.now() - timeout)  # ... that time has passed
    assert outbox_relay(now=timezone.now() + timeout) == 1
    assert len(digest_mails(official_a)) == 1
    assert OutboxEvent.objects.get(pk=event.pk).processed_at is not None


def test_a_failed_digest_is_retried_by_the_relay_after_its_back_off(
    settings, django_capture_on_commit_callbacks, case_a, official_a
):
    consultant = case_a.task_force.get(role="susa_coordinator").user
    waiting_items(django_capture_on_commit_callbacks, case_a, consultant, official_a, "Site visit dates?")
    settings.EMAIL_BACKEND = "tests.notifications.backends.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        assert digest_send_daily() == 1
    delivery = Delivery.objects.get(recipient=official_a)
    assert delivery.status == DeliveryStatus.DIGEST and "SMTP is down" in delivery.last_error
    event = OutboxEvent.objects.get(kind=DIGEST_KIND)
    assert event.processed_at is None and event.next_attempt_at > timezone.now()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert outbox_relay() == 0  # not before its back-off
    assert outbox_relay(now=event.next_attempt_at + timedelta(seconds=1)) == 1
    assert len(digest_mails(official_a)) == 1
    assert Delivery.objects.get(recipient=official_a).status == DeliveryStatus.SENT


def test_the_beat_run_records_what_waited_before_the_digest_hour_once_per_day(
    settings, django_capture_on_commit_callbacks, case_a, official_a, staff_officer
):
    """The beat entry runs every few minutes: only the first run after the digest hour records a digest,
    for the items that waited before that hour; later items wait for the next day."""
    settings.NOTIFICATIONS_DIGEST_HOUR = 8
    waiting_items(django_capture_on_commit_callbacks, case_a, staff_officer, official_a, "Before eight.")
    day = timezone.localdate() + timedelta(days=2)
    eight = timezone.make_aware(datetime(day.year, day.month, day.day, 8, 0))
    Delivery.objects.filter(recipient=official_a).update(created_at=eight - timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert digest_record_due(now=eight - timedelta(minutes=1)) == 0  # yesterday's digest: not for this item
        assert digest_record_due(now=eight + timedelta(minutes=10)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert digest_record_due(now=eight + timedelta(minutes=20)) == 0
    assert len(digest_mails(official_a)) == 1
    assert OutboxEvent.objects.get(kind=DIGEST_KIND).payload == {"recipient": official_a.pk, "date": day.isoformat()}


def test_the_beat_task_records_due_digests(settings, django_capture_on_commit_callbacks, case_a, official_a):
    settings.NOTIFICATIONS_DIGEST_HOUR = timezone.localtime().hour
    consultant = case_a.task_force.get(role="susa_coordinator").user
    Delivery.objects.all().delete()
    preference_set(user=official_a, kind="message.posted", frequency="daily")
    with django_capture_on_commit_callbacks(execute=True):
        message_post(consultation=case_a, author=consultant, body="Before the hour?")
    # Backdate the item before this hour's digest time: the task records it.
    Delivery.objects.filter(recipient=official_a).update(created_at=digest_due() - timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert send_daily_digests.apply().get() == 1
    assert len(digest_mails(official_a)) == 1


def test_digest_due_is_the_last_digest_hour(settings):
    settings.NOTIFICATIONS_DIGEST_HOUR = 8
    tz = timezone.get_current_timezone()
    assert digest_due(datetime(2026, 5, 4, 9, 30, tzinfo=tz)) == datetime(2026, 5, 4, 8, 0, tzinfo=tz)
    assert digest_due(datetime(2026, 5, 4, 7, 59, tzinfo=tz)) == datetime(2026, 5, 3, 8, 0, tzinfo=tz)
