"""Moves nobody should have to click, made by the system after the triggering commit (eager mode)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from consultations.services.reminders import consultation_report_missing, consultations_advance_ready
from consultations.services.task_force import task_force_assign
from consultations.tasks import advance_ready_cases, auto_advance
from core.models import OutboxEvent
from notifications.models import Notification
from tests import factories
from tests.workflow.helpers import submit_request

pytestmark = pytest.mark.django_db


def test_submitted_request_moves_into_screening_by_the_system(
    django_capture_on_commit_callbacks, official_a, staff_officer
):
    with django_capture_on_commit_callbacks(execute=True):
        case = submit_request(city=official_a.city, actor=official_a)
    case.refresh_from_db()
    assert case.stage == "screening"
    moves = list(case.history.values_list("from_stage", "to_stage", "actor", "is_automatic"))
    assert moves[-2:] == [("draft", "request", official_a.pk, False), ("request", "screening", None, True)]


def test_an_incomplete_request_tells_the_city_what_is_missing_once(
    django_capture_on_commit_callbacks, city_a, official_a, staff_officer
):
    case = factories.ConsultationFactory(city=city_a, stage="request", budget_situation="", challenge="")
    with django_capture_on_commit_callbacks(execute=True):
        assert auto_advance.apply(args=[case.pk]).get() is None
        auto_advance.apply(args=[case.pk])  # run twice: the city hears once
    case.refresh_from_db()
    assert case.stage == "request"
    assert OutboxEvent.objects.filter(kind="consultation.request_incomplete").count() == 1
    note = Notification.objects.get(recipient=official_a)
    assert "missing information" in note.title
    assert "budget situation" in note.body and "challenge" in note.body
    assert Notification.objects.filter(recipient=staff_officer, kind="consultation.request_incomplete").exists()


def test_complete_request_reports_nothing_missing(city_a):
    case = factories.ConsultationFactory(city=city_a, stage="screening")
    assert consultation_report_missing(consultation_id=case.pk) == []
    assert not OutboxEvent.objects.exists()


def test_task_force_with_its_leads_moves_into_analysis(django_capture_on_commit_callbacks, city_a, staff_officer):
    case = factories.ConsultationFactory(city=city_a, stage="task_force", track="consultation")
    expert = factories.ExpertFactory()
    with django_capture_on_commit_callbacks(execute=True):
        task_force_assign(consultation=case, actor=staff_officer, role="smg_lead", user=staff_officer)
        case.refresh_from_db()
        assert case.stage == "task_force"
        task_force_assign(consultation=case, actor=staff_officer, role="lead_expert", expert=expert)
    case.refresh_from_db()
    assert case.stage == "analysis"
    assert case.history.last().is_automatic


def test_the_catch_up_moves_cases_whose_task_was_lost_and_respects_the_flag(city_a):
    long_ago = timezone.now() - timedelta(minutes=10)
    ready = factories.ConsultationFactory(city=city_a, stage="analysis", track="consultation")
    factories.DocumentFactory(consultation=ready, kind="analysis_report")
    manual = factories.ConsultationFactory(city=city_a, stage="analysis", track="consultation", auto_advance=False)
    factories.DocumentFactory(consultation=manual, kind="analysis_report")
    waiting = factories.ConsultationFactory(city=city_a, stage="analysis", track="consultation")
    for case in (ready, manual, waiting):
        type(case).objects.filter(pk=case.pk).update(updated_at=long_ago)

    assert consultations_advance_ready() == 1
    assert advance_ready_cases.apply().get() == 0  # nothing left to do
    stages = dict(type(ready).objects.filter(city=city_a).values_list("pk", "stage"))
    assert stages == {ready.pk: "site_visit", manual.pk: "analysis", waiting.pk: "analysis"}
