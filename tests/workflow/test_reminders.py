"""Overdue flags, reminders, escalation to the division head, on-hold check-ins (eager mode)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from consultations.services import consultation_move
from consultations.services.reminders import consultations_check_in_on_hold, consultations_remind_overdue
from consultations.tasks import check_in_on_hold, remind_overdue
from core.models import OutboxEvent
from notifications.models import Notification
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def overdue_case(city_a, consultant):
    """A case 10 days past its analysis target (60 days), with an SMG lead and a SUSA coordinator."""
    lead = factories.StaffFactory(username="smg-lead")
    case = factories.ConsultationFactory(
        city=city_a, stage="analysis", track="consultation", stage_entered_at=timezone.now() - timedelta(days=70)
    )
    factories.TaskForceMemberFactory(consultation=case, role="smg_lead", expert=None, user=lead)
    factories.TaskForceMemberFactory(consultation=case, role="susa_coordinator", expert=None, user=consultant)
    return case


def events(kind: str) -> int:
    return OutboxEvent.objects.filter(kind=kind).count()


def test_overdue_case_reminds_its_responsible_people_once(
    django_capture_on_commit_callbacks, overdue_case, official_a, staff_officer
):
    on_time = factories.ConsultationFactory(city=overdue_case.city, stage="analysis", track="consultation")
    with django_capture_on_commit_callbacks(execute=True):
        run = consultations_remind_overdue()
        again = consultations_remind_overdue()  # a repeated run (or a second beat) reminds nobody twice
    assert (run.reminded, run.escalated, again.reminded) == (1, 0, 0)
    assert set(Notification.objects.values_list("recipient__username", flat=True)) == {"smg-lead", "susa-consultant"}
    note = Notification.objects.get(recipient__username="smg-lead")
    assert "overdue" in note.title and "10 days late" in note.body
    assert not OutboxEvent.objects.filter(consultation=on_time).exists()
    overdue_case.refresh_from_db()
    assert overdue_case.last_reminded_at is not None and overdue_case.escalated_at is None


def test_reminders_repeat_after_the_interval_and_escalate_to_the_division_head(
    settings, django_capture_on_commit_callbacks, overdue_case, staff_officer
):
    head = factories.StaffFactory(username="division-head", email="head@seoul.example")
    settings.DIVISION_HEAD_EMAIL = "HEAD@seoul.example"
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        consultations_remind_overdue(now=now)  # 10 days late: reminded
        assert consultations_remind_overdue(now=now + timedelta(days=3)).reminded == 0  # within the interval
        run = consultations_remind_overdue(now=now + timedelta(days=4))  # 14 days late, reminded before
        assert (run.reminded, run.escalated) == (0, 1)
        run = consultations_remind_overdue(now=now + timedelta(days=7))  # a week after the first reminder
        assert (run.reminded, run.escalated) == (1, 0)  # reminded again, escalated only once
    assert events("consultation.overdue") == 2
    escalation = set(
        Notification.objects.filter(kind="consultation.escalated").values_list("recipient__username", flat=True)
    )
    assert escalation == {"division-head", "smg-lead", "susa-consultant"}
    assert head.email in {to for message in mail.outbox for to in message.to}


def test_moving_on_resets_the_reminder_markers(django_capture_on_commit_callbacks, overdue_case, staff_officer):
    with django_capture_on_commit_callbacks(execute=True):
        remind_overdue.apply()
        factories.DocumentFactory(consultation=overdue_case, kind="analysis_report", visibility="internal")
        consultation_move(consultation=overdue_case, target="site_visit", actor=staff_officer)
    overdue_case.refresh_from_db()
    assert overdue_case.stage == "site_visit"
    assert overdue_case.last_reminded_at is None and overdue_case.escalated_at is None
    assert consultations_remind_overdue().reminded == 0  # not overdue in the new stage


def test_cases_on_hold_get_a_check_in(django_capture_on_commit_callbacks, city_a, official_a, staff_officer):
    paused = factories.ConsultationFactory(
        city=city_a,
        stage="on_hold",
        resume_stage="screening",
        track="",
        stage_entered_at=timezone.now() - timedelta(days=40),
    )
    factories.ConsultationFactory(city=city_a, stage="on_hold", resume_stage="screening", track="")  # paused today
    with django_capture_on_commit_callbacks(execute=True):
        assert check_in_on_hold.apply().get() == 1
        assert consultations_check_in_on_hold() == 0
        assert consultations_check_in_on_hold(now=timezone.now() + timedelta(days=31)) == 2
    first = Notification.objects.filter(event__consultation=paused, kind="consultation.hold_check_in")
    assert set(first.values_list("recipient__username", flat=True)) == {"official-a", "staff-officer"}
    assert "Screening" in first.first().body
