"""The daily digest: one e-mail per user with everything that waited for it, in their language."""

from __future__ import annotations

import pytest
from django.core import mail

from consultations.services.messages import message_post
from notifications.models import Delivery, DeliveryStatus
from notifications.services import digest_send_daily, preference_set
from notifications.tasks import send_daily_digests

pytestmark = pytest.mark.django_db


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

    assert send_daily_digests.apply().get() == 1
    assert digest_send_daily() == 0  # a second run sends nothing
    (digest,) = [m for m in mail.outbox if official_a.email in m.to]
    assert "2" in digest.subject
    assert "First question about the routes." in digest.body and "Budget?" in digest.body
    assert set(Delivery.objects.filter(recipient=official_a).values_list("status", flat=True)) == {DeliveryStatus.SENT}


def test_a_failed_digest_waits_for_the_next_run(settings, django_capture_on_commit_callbacks, case_a, official_a):
    preference_set(user=official_a, kind="message.posted", frequency="daily")
    consultant = case_a.task_force.get(role="susa_coordinator").user
    with django_capture_on_commit_callbacks(execute=True):
        message_post(consultation=case_a, author=consultant, body="Site visit dates?")
    settings.EMAIL_BACKEND = "tests.notifications.backends.FailingBackend"
    assert digest_send_daily() == 0
    delivery = Delivery.objects.get(recipient=official_a)
    assert delivery.status == DeliveryStatus.DIGEST and "SMTP is down" in delivery.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert digest_send_daily() == 1
