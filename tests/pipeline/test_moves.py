"""Every move of the declaration: allowed for its roles when its guards pass, refused otherwise."""

from __future__ import annotations

import pytest

from consultations import pipeline
from consultations.models import StageTransition
from consultations.pipeline import RESUME, StageKey, Track
from consultations.services import consultation_move
from core.errors import ApplicationError, PermissionDeniedError
from core.models import OutboxEvent
from tests import factories
from tests.pipeline.helpers import satisfy_every_guard

MOVE_IDS = [f"{move.source}->{move.target}" for move in pipeline.MOVES]


@pytest.fixture
def actors(staff_officer, consultant, official_a, official_b, expert_user):
    return {
        "staff": staff_officer,
        "consultant": consultant,
        "official_own": official_a,
        "official_other": official_b,
        "expert": expert_user,
        "system": None,
    }


def role_key(actor_name: str) -> str:
    return {
        "staff": "smg_staff",
        "consultant": "susa_consultant",
        "official_own": "city_official",
        "official_other": "city_official",
        "expert": "expert",
        "system": "system",
    }[actor_name]


def build_case(move, *, city, staff, consultant, expert_user, ready: bool):
    source = move.source
    resume_stage = StageKey.ANALYSIS if source == StageKey.ON_HOLD else ""
    track = "" if source in (StageKey.DRAFT, StageKey.REQUEST) else Track.FUNDING
    case = factories.ConsultationFactory(city=city, stage=source, resume_stage=resume_stage, track=track)
    factories.TaskForceMemberFactory(consultation=case, role="susa_coordinator", expert=None, user=consultant)
    factories.TaskForceMemberFactory(consultation=case, role="expert", expert=expert_user.expert_profile)
    if ready:
        satisfy_every_guard(case, staff=staff, expert=factories.ExpertFactory())
    return case


def allowed_actor(move, actors):
    for name in ("staff", "official_own", "consultant", "system"):
        if role_key(name) in move.roles:
            return name
    raise AssertionError(f"no persona for {move}")


@pytest.mark.django_db
@pytest.mark.parametrize("move", pipeline.MOVES, ids=MOVE_IDS)
def test_each_move_is_allowed_for_its_roles_when_guards_pass(
    move, actors, city_a, staff_officer, consultant, expert_user
):
    for actor_name in ("staff", "consultant", "official_own", "official_other", "expert", "system"):
        case = build_case(
            move, city=city_a, staff=staff_officer, consultant=consultant, expert_user=expert_user, ready=True
        )
        case.auto_advance = False
        case.save(update_fields=["auto_advance"])
        actor = actors[actor_name]
        allowed = role_key(actor_name) in move.roles and actor_name != "official_other"
        target = move.target
        if allowed:
            moved = consultation_move(consultation=case, target=target, actor=actor, note="a reason")
            expected = StageKey.ANALYSIS if target == RESUME else target
            assert moved.stage == expected
            entry = StageTransition.objects.get(consultation=case)
            assert (entry.from_stage, entry.to_stage, entry.actor, entry.note) == (
                move.source,
                expected,
                actor,
                "a reason",
            )
            assert entry.is_automatic is (actor is None)
            assert OutboxEvent.objects.filter(consultation=case, kind=move.event).count() == 1
        else:
            with pytest.raises(PermissionDeniedError):
                consultation_move(consultation=case, target=target, actor=actor, note="a reason")
            case.refresh_from_db()
            assert case.stage == move.source
            assert not StageTransition.objects.filter(consultation=case).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "move", [m for m in pipeline.MOVES if m.guards], ids=[f"{m.source}->{m.target}" for m in pipeline.MOVES if m.guards]
)
def test_each_guarded_move_is_refused_with_what_is_missing(
    move, actors, city_b, staff_officer, consultant, expert_user
):
    case = factories.ConsultationFactory(
        city=city_b, stage=move.source, track="" if move.source in ("draft", "request", "screening") else Track.FUNDING
    )
    # An empty case: no task force, no documents, no visits, no recommendations, no funding, no evaluation.
    case.title = "" if move.source in (StageKey.DRAFT, StageKey.REQUEST) else case.title
    case.save()
    with pytest.raises(ApplicationError) as refused:
        consultation_move(consultation=case, target=move.target, actor=actors["staff"], note="try")
    assert refused.value.code == "guard_failed"
    assert refused.value.extra["missing"]
    assert refused.value.message
    case.refresh_from_db()
    assert case.stage == move.source
    assert not StageTransition.objects.filter(consultation=case).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("source", [stage.key for stage in pipeline.STAGES])
def test_moves_not_declared_from_a_stage_are_refused(source, staff_officer):
    case = factories.ConsultationFactory(
        stage=source, resume_stage=StageKey.ANALYSIS if source == StageKey.ON_HOLD else "", track=Track.CONSULTATION
    )
    declared = {move.target for move in pipeline.moves_from(source)}
    if RESUME in declared:
        declared.add(StageKey.ANALYSIS)
    for target in [stage.key for stage in pipeline.STAGES if stage.key not in declared] + ["nonsense"]:
        with pytest.raises(ApplicationError) as refused:
            consultation_move(consultation=case, target=target, actor=staff_officer, note="x")
        assert refused.value.code == "move_not_allowed"
    case.refresh_from_db()
    assert case.stage == source


@pytest.mark.django_db
@pytest.mark.parametrize(
    "move",
    [m for m in pipeline.MOVES if m.note_required],
    ids=[f"{m.source}->{m.target}" for m in pipeline.MOVES if m.note_required],
)
def test_moves_that_need_a_reason_refuse_an_empty_note(move, staff_officer):
    case = factories.ConsultationFactory(
        stage=move.source,
        resume_stage=StageKey.ANALYSIS if move.source == StageKey.ON_HOLD else "",
        track="" if move.source in ("draft", "request", "screening") else Track.CONSULTATION,
    )
    with pytest.raises(ApplicationError) as refused:
        consultation_move(consultation=case, target=move.target, actor=staff_officer, note="   ")
    assert refused.value.code == "note_required"


@pytest.mark.django_db
def test_screening_cannot_be_accepted_without_a_track(staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.SCREENING, track="")
    with pytest.raises(ApplicationError, match="track"):
        consultation_move(consultation=case, target=StageKey.TASK_FORCE, actor=staff_officer)


@pytest.mark.django_db
def test_funding_track_needs_assessment_and_commitment_but_consultation_track_does_not(staff_officer, expert_user):
    funding_case = factories.ConsultationFactory(stage=StageKey.CONSULTING, track=Track.FUNDING, auto_advance=False)
    factories.RecommendationFactory(consultation=funding_case, acknowledged_at="2024-05-02T00:00:00Z")
    with pytest.raises(ApplicationError) as refused:
        consultation_move(consultation=funding_case, target=StageKey.IMPLEMENTATION, actor=staff_officer)
    assert any("funding assessment" in item for item in refused.value.extra["missing"])
    assert any("funding commitment" in item for item in refused.value.extra["missing"])

    consultation_case = factories.ConsultationFactory(
        stage=StageKey.CONSULTING, track=Track.CONSULTATION, auto_advance=False
    )
    factories.RecommendationFactory(consultation=consultation_case, acknowledged_at="2024-05-02T00:00:00Z")
    moved = consultation_move(consultation=consultation_case, target=StageKey.IMPLEMENTATION, actor=staff_officer)
    assert moved.stage == StageKey.IMPLEMENTATION


@pytest.mark.django_db
def test_unacknowledged_recommendations_block_implementation(staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.CONSULTING, track=Track.CONSULTATION)
    factories.RecommendationFactory(consultation=case, acknowledged_at=None)
    with pytest.raises(ApplicationError, match="not yet acknowledged 1"):
        consultation_move(consultation=case, target=StageKey.IMPLEMENTATION, actor=staff_officer)


@pytest.mark.django_db
def test_conflict_when_the_case_moved_in_the_meantime(staff_officer):
    from core.errors import ConflictError

    case = factories.ConsultationFactory(stage=StageKey.SCREENING, track=Track.CONSULTATION)
    with pytest.raises(ConflictError):
        consultation_move(
            consultation=case, target=StageKey.DECLINED, actor=staff_officer, note="x", expected_stage=StageKey.REQUEST
        )


@pytest.mark.django_db
def test_a_consultant_not_on_the_task_force_cannot_move_the_case(consultant, expert_user):
    case = factories.ConsultationFactory(stage=StageKey.TASK_FORCE, track=Track.CONSULTATION)
    factories.TaskForceMemberFactory(consultation=case, role="lead_expert", expert=expert_user.expert_profile)
    factories.TaskForceMemberFactory(consultation=case, role="smg_lead", expert=None, user=factories.StaffFactory())
    with pytest.raises(PermissionDeniedError):
        consultation_move(consultation=case, target=StageKey.ANALYSIS, actor=consultant)
