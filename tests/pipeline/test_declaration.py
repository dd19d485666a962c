"""The declaration itself is consistent: every reader can rely on it."""

from consultations import pipeline
from consultations.pipeline import RESUME


def test_eight_pipeline_stages_in_domain_order():
    assert [stage.key for stage in pipeline.PIPELINE_STAGES] == [
        "request",
        "screening",
        "task_force",
        "analysis",
        "site_visit",
        "consulting",
        "implementation",
        "follow_up",
    ]
    assert all(stage.target_days for stage in pipeline.PIPELINE_STAGES)


def test_every_move_connects_declared_stages():
    keys = set(pipeline.STAGE_KEYS)
    for move in pipeline.MOVES:
        assert move.source in keys
        assert move.target in keys or move.target == RESUME
        assert move.roles


def test_every_active_stage_can_be_held_and_withdrawn():
    for key in pipeline.ACTIVE_STAGE_KEYS:
        targets = {move.target for move in pipeline.moves_from(key)}
        assert {"on_hold", "withdrawn"} <= targets


def test_terminal_states_have_no_moves():
    for key in pipeline.TERMINAL_STAGE_KEYS:
        assert pipeline.moves_from(key) == ()


def test_a_move_is_automatic_exactly_when_the_system_may_make_it():
    from accounts.roles import SYSTEM

    for move in pipeline.MOVES:
        assert move.automatic == (SYSTEM in move.roles), move
    screening = pipeline.find_move("screening", "task_force")
    assert not screening.automatic  # accepting a request is a human decision
