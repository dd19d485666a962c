import pytest

from consultations.models import StageTransition
from consultations.pipeline import RESUME, StageKey, Track
from consultations.services import consultation_move
from core.errors import ApplicationError
from tests import factories


@pytest.mark.django_db
def test_hold_records_where_to_resume_and_resume_returns_there(staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.SITE_VISIT, track=Track.FUNDING, auto_advance=False)

    held = consultation_move(consultation=case, target=StageKey.ON_HOLD, actor=staff_officer, note="New mayor elected")
    assert (held.stage, held.resume_stage) == (StageKey.ON_HOLD, StageKey.SITE_VISIT)

    resumed = consultation_move(
        consultation=case, target=RESUME, actor=staff_officer, note="Mayor confirmed the project"
    )
    assert (resumed.stage, resumed.resume_stage) == (StageKey.SITE_VISIT, "")

    history = list(StageTransition.objects.filter(consultation=case).values_list("from_stage", "to_stage", "note"))
    assert history == [
        (StageKey.SITE_VISIT, StageKey.ON_HOLD, "New mayor elected"),
        (StageKey.ON_HOLD, StageKey.SITE_VISIT, "Mayor confirmed the project"),
    ]


@pytest.mark.django_db
def test_resume_accepts_the_stage_it_left_but_no_other(staff_officer):
    case = factories.ConsultationFactory(
        stage=StageKey.ON_HOLD, resume_stage=StageKey.ANALYSIS, track=Track.CONSULTATION, auto_advance=False
    )
    with pytest.raises(ApplicationError):
        consultation_move(consultation=case, target=StageKey.CONSULTING, actor=staff_officer, note="skip ahead")
    resumed = consultation_move(consultation=case, target=StageKey.ANALYSIS, actor=staff_officer, note="back")
    assert resumed.stage == StageKey.ANALYSIS


@pytest.mark.django_db
def test_holding_and_resuming_need_a_reason(staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.ANALYSIS, track=Track.CONSULTATION)
    with pytest.raises(ApplicationError, match="reason"):
        consultation_move(consultation=case, target=StageKey.ON_HOLD, actor=staff_officer, note="")


@pytest.mark.django_db
def test_an_official_can_withdraw_a_case_on_hold(official_a, city_a):
    case = factories.ConsultationFactory(city=city_a, stage=StageKey.ON_HOLD, resume_stage=StageKey.SCREENING, track="")
    withdrawn = consultation_move(consultation=case, target=StageKey.WITHDRAWN, actor=official_a, note="Budget frozen")
    assert withdrawn.stage == StageKey.WITHDRAWN
    assert withdrawn.resume_stage == ""
    assert withdrawn.closed_at is not None
