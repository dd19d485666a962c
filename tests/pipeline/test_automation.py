"""The system moves a case on by itself once a stage's exit condition holds (eager Celery here)."""

import pytest

from consultations.models import StageTransition
from consultations.pipeline import StageKey
from consultations.services import consultation_create_draft, consultation_submit
from consultations.services.task_force import task_force_assign
from policies.models import Sector
from tests import factories


@pytest.mark.django_db(transaction=True)
def test_submitted_request_moves_into_screening_as_the_system():
    official = factories.OfficialFactory()
    draft = consultation_create_draft(
        city=official.city,
        actor=official,
        data={
            "title": "Smart card for buses",
            "challenge": "Congestion and opaque cash fares.",
            "budget_situation": "needs_funding",
            "sectors": [Sector.objects.get(key="transportation")],
        },
    )
    consultation_submit(consultation=draft, actor=official)

    draft.refresh_from_db()
    assert draft.stage == StageKey.SCREENING
    moves = list(StageTransition.objects.filter(consultation=draft).values_list("to_stage", "actor", "is_automatic"))
    assert moves == [(StageKey.REQUEST, official.pk, False), (StageKey.SCREENING, None, True)]


@pytest.mark.django_db(transaction=True)
def test_task_force_with_its_leads_moves_the_case_into_analysis():
    staff = factories.StaffFactory()
    case = factories.ConsultationFactory(stage=StageKey.TASK_FORCE, track="consultation")
    task_force_assign(consultation=case, actor=staff, role="smg_lead", user=staff)
    case.refresh_from_db()
    assert case.stage == StageKey.TASK_FORCE
    task_force_assign(consultation=case, actor=staff, role="lead_expert", expert=factories.ExpertFactory())
    case.refresh_from_db()
    assert case.stage == StageKey.ANALYSIS


@pytest.mark.django_db(transaction=True)
def test_auto_advance_off_leaves_the_case_for_staff():
    staff = factories.StaffFactory()
    case = factories.ConsultationFactory(stage=StageKey.TASK_FORCE, track="consultation", auto_advance=False)
    task_force_assign(consultation=case, actor=staff, role="smg_lead", user=staff)
    task_force_assign(consultation=case, actor=staff, role="lead_expert", expert=factories.ExpertFactory())
    case.refresh_from_db()
    assert case.stage == StageKey.TASK_FORCE


@pytest.mark.django_db
def test_nothing_is_queued_until_commit(django_capture_on_commit_callbacks):
    staff = factories.StaffFactory()
    case = factories.ConsultationFactory(stage=StageKey.TASK_FORCE, track="consultation")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        task_force_assign(consultation=case, actor=staff, role="smg_lead", user=staff)
    assert len(callbacks) == 2  # the outbox dispatch and the auto-advance check, both after commit
    case.refresh_from_db()
    assert case.stage == StageKey.TASK_FORCE
