"""Who hears what, on which channel, in which language: delivery in eager mode (no broker)."""

from __future__ import annotations

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from consultations.models import Consultation, Visibility
from consultations.services import consultation_move
from consultations.services.messages import message_post
from consultations.services.task_force import task_force_assign
from core.models import OutboxEvent
from core.outbox import record_event
from notifications.models import Delivery, DeliveryStatus, Notification
from notifications.services import event_deliver, preference_set
from notifications.tasks import dispatch_event
from tests import factories
from tests.workflow.helpers import submit_request

pytestmark = pytest.mark.django_db


def recipients(kind: str, consultation=None) -> set[str]:
    queryset = Notification.objects.filter(kind=kind)
    if consultation is not None:
        queryset = queryset.filter(event__consultation=consultation)
    return set(queryset.values_list("recipient__username", flat=True))


@pytest.fixture
def colleague_a(city_a):
    """A second official of city A: hears of what the first one does."""
    return factories.OfficialFactory(username="official-a2", city=city_a)


def test_submission_reaches_staff_and_city_colleagues_and_moves_into_screening(
    django_capture_on_commit_callbacks, official_a, colleague_a, official_b, staff_officer, consultant, expert_user
):
    with django_capture_on_commit_callbacks(execute=True):
        case = submit_request(city=official_a.city, actor=official_a)

    case.refresh_from_db()
    assert case.stage == "screening"
    assert case.history.last().is_automatic
    # The submitter is not told of their own act; the other official and all SMG staff are.
    assert recipients("consultation.submitted") == {"official-a2", "staff-officer"}
    # The system's move into screening: the city, and SMG staff while the case has no lead.
    assert recipients("consultation.stage_changed") == {"official-a", "official-a2", "staff-officer"}
    assert not Notification.objects.filter(recipient__in=[official_b, consultant, expert_user]).exists()
    # Every inbox entry also went out by e-mail, once.
    assert len(mail.outbox) == Notification.objects.count() == 5
    assert OutboxEvent.objects.filter(processed_at__isnull=True).count() == 0
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.SENT}


def test_nothing_is_queued_or_delivered_when_the_transaction_rolls_back(
    django_capture_on_commit_callbacks, official_a, staff_officer
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            submit_request(city=official_a.city, actor=official_a)
            raise RuntimeError("the request failed after the submission")
    assert callbacks == []
    assert not Consultation.objects.exists()
    assert not OutboxEvent.objects.exists()
    assert not Notification.objects.exists()
    assert mail.outbox == []


def test_tasks_are_queued_only_after_commit(django_capture_on_commit_callbacks, official_a, staff_officer):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        submit_request(city=official_a.city, actor=official_a)
        assert not Notification.objects.exists()
    assert len(callbacks) == 2  # dispatch of "submitted", and the automatic check of the request
    assert not Notification.objects.exists()


def test_internal_notes_never_reach_the_city(django_capture_on_commit_callbacks, case_a, official_a, staff_officer):
    with django_capture_on_commit_callbacks(execute=True):
        message_post(consultation=case_a, author=staff_officer, body="Budget looks thin.", is_internal=True)
    assert recipients("message.posted") == {"susa-consultant", "assigned-expert"}

    with django_capture_on_commit_callbacks(execute=True):
        message_post(consultation=case_a, author=staff_officer, body="Could you send the bus routes?")
    assert "official-a" in recipients("message.posted")
    city_copy = Notification.objects.get(recipient=official_a)
    assert "bus routes" in city_copy.body


def test_internal_documents_never_reach_the_city(django_capture_on_commit_callbacks, case_a, official_a, consultant):
    internal = factories.DocumentFactory(consultation=case_a, visibility=Visibility.INTERNAL, title="Cost notes")
    shared = factories.DocumentFactory(consultation=case_a, visibility=Visibility.SHARED, title="Route map")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        record_event(kind="document.shared", consultation=case_a, actor=consultant, payload={"document": internal.pk})
        record_event(kind="document.shared", consultation=case_a, actor=consultant, payload={"document": shared.pk})
    titles = list(Notification.objects.filter(recipient=official_a).values_list("title", flat=True))
    assert len(titles) == 1 and "Route map" in titles[0]
    assert Notification.objects.filter(recipient__username="assigned-expert").count() == 2


def test_information_request_reaches_the_city(django_capture_on_commit_callbacks, case_a, official_a, staff_officer):
    with django_capture_on_commit_callbacks(execute=True):
        message_post(consultation=case_a, author=staff_officer, body="How many buses?", is_information_request=True)
    assert "official-a" in recipients("message.information_requested")
    assert any("How many buses?" in message.body for message in mail.outbox if official_a.email in message.to)


def test_task_force_assignment_tells_the_new_member_and_the_responsible_staff(
    django_capture_on_commit_callbacks, city_a, staff_officer, consultant, official_a
):
    case = factories.ConsultationFactory(city=city_a, stage="task_force", track="consultation")
    lead = factories.StaffFactory(username="smg-lead")
    with django_capture_on_commit_callbacks(execute=True):
        task_force_assign(consultation=case, actor=staff_officer, role="smg_lead", user=lead)
    assert recipients("task_force.assigned") == {"smg-lead"}  # the actor, the only other staff, is excluded
    Notification.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        task_force_assign(consultation=case, actor=staff_officer, role="susa_coordinator", user=consultant)
    # Once the case has its SMG lead, "responsible staff" is the lead, not all of SMG.
    assert recipients("task_force.assigned") == {"susa-consultant", "smg-lead"}
    note = Notification.objects.get(recipient=consultant)
    assert note.title.startswith("You joined the task force")


def test_stage_change_tells_city_task_force_and_lead(
    django_capture_on_commit_callbacks, case_a, official_a, staff_officer, expert_user, consultant
):
    with django_capture_on_commit_callbacks(execute=True):
        consultation_move(consultation=case_a, target="on_hold", actor=staff_officer, note="New mayor elected")
    assert recipients("consultation.put_on_hold") == {"official-a", "assigned-expert", "susa-consultant"}
    body = Notification.objects.get(recipient=official_a).body
    assert "New mayor elected" in body


def test_preferences_off_daily_and_immediately(
    django_capture_on_commit_callbacks, case_a, official_a, consultant, expert_user, staff_officer
):
    preference_set(user=official_a, kind="message.posted", frequency="off")
    preference_set(user=consultant, kind="message.posted", frequency="daily")
    with django_capture_on_commit_callbacks(execute=True):
        message_post(consultation=case_a, author=staff_officer, body="Site visit in May?")

    assert not Notification.objects.filter(recipient=official_a).exists()
    assert Notification.objects.filter(recipient=consultant).exists()  # inbox now
    assert Delivery.objects.get(recipient=consultant).status == DeliveryStatus.DIGEST  # e-mail in the digest
    assert [message.to for message in mail.outbox] == [[expert_user.email]]
    # A digest-only delivery does not keep the event pending.
    assert OutboxEvent.objects.get(kind="message.posted").processed_at is not None


def test_delivery_in_each_recipients_language(django_capture_on_commit_callbacks, case_a, official_a, staff_officer):
    official_a.preferred_language = "ko"
    official_a.save(update_fields=["preferred_language"])
    consultant = case_a.task_force.get(role="susa_coordinator").user
    consultant.preferred_language = "es"
    consultant.save(update_fields=["preferred_language"])
    preference_set(user=official_a, kind="consultation.hold_check_in", frequency="immediately")
    case_a.stage_entered_at = case_a.stage_entered_at.replace(year=2024, month=3, day=5)
    case_a.save(update_fields=["stage_entered_at"])
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        record_event(kind="consultation.hold_check_in", consultation=case_a, payload={"resume": "analysis"})
    by_user = {n.recipient.username: n for n in Notification.objects.select_related("recipient")}
    assert "2024년" in by_user["official-a"].title  # Korean date format
    assert "marzo" in by_user["susa-consultant"].title  # Spanish month name
    assert "March" in by_user["staff-officer"].title
    korean_mail = next(message for message in mail.outbox if message.to == [official_a.email])
    assert "2024년" in korean_mail.subject


def test_a_delivery_task_run_twice_delivers_once(case_a, official_a, staff_officer):
    with transaction.atomic():
        event = record_event(kind="consultation.stage_changed", consultation=case_a, actor=staff_officer, payload={})
    event_id = event.pk
    dispatch_event.apply(args=[event_id])
    dispatch_event.apply(args=[event_id])
    event.processed_at = None  # as if the first run died after sending, before marking the event
    event.save(update_fields=["processed_at"])
    event_deliver(event_id=event_id)
    assert Notification.objects.filter(event_id=event_id).count() == 3
    assert len(mail.outbox) == 3
    assert Delivery.objects.filter(event_id=event_id, status=DeliveryStatus.SENT).count() == 3


def test_failing_smtp_never_rolls_back_the_change_and_is_retried(
    settings, django_capture_on_commit_callbacks, case_a, official_a, staff_officer
):
    settings.EMAIL_BACKEND = "tests.notifications.backends.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        message_post(consultation=case_a, author=staff_officer, body="Are the routes ready?")
    event = OutboxEvent.objects.get(kind="message.posted")
    assert event.processed_at is None and "SMTP is down" in event.last_error
    assert Notification.objects.filter(recipient=official_a).exists()  # the inbox still has it
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.PENDING}  # retried later
    assert event.next_attempt_at > timezone.now()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    Delivery.objects.update(next_attempt_at=timezone.now())  # the back-off has passed
    dispatch_event.apply(args=[event.pk])  # what the relay publishes then
    event.refresh_from_db()
    assert event.processed_at is not None
    assert len(mail.outbox) == Delivery.objects.count() == 3
