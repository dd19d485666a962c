import pytest

from consultations.pipeline import StageKey
from consultations.services import consultation_update
from core.errors import PermissionDeniedError
from tests import factories


@pytest.mark.django_db
def test_staff_publish_a_case_summary_without_touching_its_stage(staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.FOLLOW_UP, track="consultation")
    updated = consultation_update(
        consultation=case,
        actor=staff_officer,
        data={"is_published": True, "public_summary": "68% of commuters use U-Money.", "stage": StageKey.CLOSED},
    )
    assert updated.is_published and updated.public_summary.startswith("68%")
    assert updated.stage == StageKey.FOLLOW_UP


@pytest.mark.django_db
def test_only_staff_edit_a_submitted_case(official_a, city_a, consultant):
    case = factories.ConsultationFactory(city=city_a, stage=StageKey.SCREENING)
    for actor in (official_a, consultant, None):
        with pytest.raises(PermissionDeniedError):
            consultation_update(consultation=case, actor=actor, data={"title": "Renamed"})
    case.refresh_from_db()
    assert case.title != "Renamed"


@pytest.mark.django_db(transaction=True)
def test_recording_the_evaluation_lets_the_case_be_closed(staff_officer):
    from consultations.services import consultation_available_moves

    case = factories.ConsultationFactory(stage=StageKey.FOLLOW_UP, track="consultation")
    before = {
        option.target: option.ready for option in consultation_available_moves(consultation=case, user=staff_officer)
    }
    assert before[StageKey.CLOSED] is False
    case = consultation_update(consultation=case, actor=staff_officer, data={"evaluation_summary": "Targets met."})
    after = {
        option.target: option.ready for option in consultation_available_moves(consultation=case, user=staff_officer)
    }
    assert after[StageKey.CLOSED] is True
