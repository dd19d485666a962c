"""The consulting pipeline, declared once.

Every reader (the move service, the admin's buttons, the API's transition endpoint and schema, the
portal's progress tracker, the overdue checks and the docs) takes stages and moves from here.
Changing a label or a target duration is a one-line change in this file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from accounts.roles import SYSTEM, Role
from consultations import guards

if TYPE_CHECKING:
    from consultations.models import Consultation


class StageKey(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REQUEST = "request", _("Request")
    SCREENING = "screening", _("Screening")
    TASK_FORCE = "task_force", _("Task force")
    ANALYSIS = "analysis", _("Analysis & research")
    SITE_VISIT = "site_visit", _("Site visit")
    CONSULTING = "consulting", _("Tailored consulting")
    IMPLEMENTATION = "implementation", _("Implementation")
    FOLLOW_UP = "follow_up", _("Follow-up & evaluation")
    ON_HOLD = "on_hold", _("On hold")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    CLOSED = "closed", _("Closed")


class Track(models.TextChoices):
    CONSULTATION = "consultation", _("Consultation track")
    FUNDING = "funding", _("Funding track")


@dataclass(frozen=True)
class Stage:
    key: str
    label: Promise
    order: int
    # None: no deadline (drafts, side states). "A flexible time scale is required": overdue only flags.
    target_days: int | None
    description: Promise
    # What the partner city is expected to do while the case sits here (shown in the portal).
    awaited_from_city: Promise | None = None

    @property
    def is_pipeline_stage(self) -> bool:
        return 1 <= self.order <= 8


Guard = Callable[["Consultation"], list[str]]

# Who may ask for a move; the system is the Celery worker acting on its own. A move is automatic
# exactly when the system may make it.
STAFF = frozenset({Role.SMG_STAFF})
STAFF_OR_SYSTEM = frozenset({Role.SMG_STAFF, SYSTEM})
CASE_TEAM = frozenset({Role.SMG_STAFF, Role.SUSA_CONSULTANT, SYSTEM})
CITY_OR_STAFF = frozenset({Role.CITY_OFFICIAL, Role.SMG_STAFF})

# The target of the move out of "on hold": the stage the case left.
RESUME = "resume"


class MoveTone:
    """How a move looks on a button (the admin's CSS class `move-<tone>`): a step forward, a pause or
    resumption beside the path, or the end of a case that the city or SMG chose (declined, withdrawn)."""

    FORWARD = "forward"
    SECONDARY = "secondary"
    DANGER = "danger"


@dataclass(frozen=True)
class Move:
    source: str
    target: str
    label: Promise
    roles: frozenset[str]
    guards: tuple[Guard, ...] = field(default_factory=tuple)
    note_required: bool = False
    # The system may make this move by itself when its guards pass and the case's auto-advance flag is on.
    automatic: bool = False
    event: str = "consultation.stage_changed"
    tone: str = MoveTone.FORWARD


STAGES: tuple[Stage, ...] = (
    Stage(
        StageKey.DRAFT,
        StageKey.DRAFT.label,
        0,
        None,
        _("The city is preparing its request."),
        _("Complete and submit the request."),
    ),
    Stage(
        StageKey.REQUEST,
        StageKey.REQUEST.label,
        1,
        14,
        _("The partner city has submitted a request; SMG checks that it is complete."),
    ),
    Stage(
        StageKey.SCREENING,
        StageKey.SCREENING.label,
        2,
        30,
        _("SMG screens the request: eligibility, fit with a Seoul policy module, capacity; the track is chosen."),
        _("Answer SMG's questions, if any."),
    ),
    Stage(
        StageKey.TASK_FORCE,
        StageKey.TASK_FORCE.label,
        3,
        30,
        _("A task force is formed: an SMG lead, a SUSA coordinator and experts from the pool."),
    ),
    Stage(
        StageKey.ANALYSIS,
        StageKey.ANALYSIS.label,
        4,
        60,
        _("Desk research on the city: diagnosis, matching Seoul policies and, on the funding track, funding options."),
        _("Share data and documents the task force asks for."),
    ),
    Stage(
        StageKey.SITE_VISIT,
        StageKey.SITE_VISIT.label,
        5,
        45,
        _("Experts travel to the city for a field survey of the local challenge."),
        _("Host the site visit and arrange meetings."),
    ),
    Stage(
        StageKey.CONSULTING,
        StageKey.CONSULTING.label,
        6,
        90,
        _("Recommendations from SMG and the city's own inputs are designed together."),
        _("Review and acknowledge the recommendations."),
    ),
    Stage(
        StageKey.IMPLEMENTATION,
        StageKey.IMPLEMENTATION.label,
        7,
        365,
        _("The project is implemented, partnerships set up and funding committed."),
        _("Carry out the implementation milestones."),
    ),
    Stage(
        StageKey.FOLLOW_UP,
        StageKey.FOLLOW_UP.label,
        8,
        180,
        _("Outcome indicators are monitored, training continues and lessons are captured."),
        _("Report outcome measurements."),
    ),
    Stage(
        StageKey.ON_HOLD,
        StageKey.ON_HOLD.label,
        90,
        None,
        _("Paused (political change, a new mayor, a budget freeze); resumes at the stage it left."),
    ),
    Stage(StageKey.DECLINED, StageKey.DECLINED.label, 91, None, _("Declined at screening, with a reason.")),
    Stage(StageKey.WITHDRAWN, StageKey.WITHDRAWN.label, 92, None, _("Withdrawn by the city.")),
    Stage(StageKey.CLOSED, StageKey.CLOSED.label, 93, None, _("Evaluation recorded; the case is closed.")),
)
STAGE_BY_KEY: dict[str, Stage] = {stage.key: stage for stage in STAGES}
PIPELINE_STAGES: tuple[Stage, ...] = tuple(stage for stage in STAGES if stage.is_pipeline_stage)
ACTIVE_STAGE_KEYS: tuple[str, ...] = tuple(stage.key for stage in PIPELINE_STAGES)
TERMINAL_STAGE_KEYS: tuple[str, ...] = (StageKey.DECLINED, StageKey.WITHDRAWN, StageKey.CLOSED)

_FORWARD = [
    (StageKey.REQUEST, StageKey.SCREENING, _("Accept for screening"), STAFF_OR_SYSTEM, (guards.request_complete,)),
    (StageKey.SCREENING, StageKey.TASK_FORCE, _("Accept and form a task force"), STAFF, (guards.track_chosen,)),
    (StageKey.TASK_FORCE, StageKey.ANALYSIS, _("Start analysis"), CASE_TEAM, (guards.task_force_formed,)),
    (StageKey.ANALYSIS, StageKey.SITE_VISIT, _("Plan the site visit"), CASE_TEAM, (guards.analysis_report_attached,)),
    (
        StageKey.SITE_VISIT,
        StageKey.CONSULTING,
        _("Start tailored consulting"),
        CASE_TEAM,
        (guards.site_visit_recorded,),
    ),
    (
        StageKey.CONSULTING,
        StageKey.IMPLEMENTATION,
        _("Start implementation"),
        CASE_TEAM,
        (guards.recommendations_acknowledged, guards.funding_secured_on_funding_track),
    ),
    (StageKey.IMPLEMENTATION, StageKey.FOLLOW_UP, _("Start follow-up"), CASE_TEAM, (guards.milestones_reached,)),
]

MOVES: tuple[Move, ...] = (
    Move(
        StageKey.DRAFT,
        StageKey.REQUEST,
        _("Submit the request"),
        CITY_OR_STAFF,
        (guards.request_complete,),
        event="consultation.submitted",
    ),
    *(
        Move(source, target, label, roles, move_guards, automatic=SYSTEM in roles)
        for source, target, label, roles, move_guards in _FORWARD
    ),
    Move(
        StageKey.SCREENING,
        StageKey.DECLINED,
        _("Decline"),
        STAFF,
        note_required=True,
        event="consultation.declined",
        tone=MoveTone.DANGER,
    ),
    Move(
        StageKey.FOLLOW_UP,
        StageKey.CLOSED,
        _("Close the case"),
        STAFF,
        (guards.evaluation_recorded,),
        event="consultation.closed",
    ),
    *(
        Move(
            key,
            StageKey.ON_HOLD,
            _("Put on hold"),
            STAFF,
            note_required=True,
            event="consultation.put_on_hold",
            tone=MoveTone.SECONDARY,
        )
        for key in ACTIVE_STAGE_KEYS
    ),
    Move(
        StageKey.ON_HOLD,
        RESUME,
        _("Resume"),
        STAFF,
        note_required=True,
        event="consultation.resumed",
        tone=MoveTone.SECONDARY,
    ),
    *(
        Move(
            key,
            StageKey.WITHDRAWN,
            _("Withdraw the request"),
            CITY_OR_STAFF,
            note_required=True,
            event="consultation.withdrawn",
            tone=MoveTone.DANGER,
        )
        for key in (*ACTIVE_STAGE_KEYS, StageKey.ON_HOLD)
    ),
)

# Every value a consultation's `stage` column may hold; the database constraint reads this too.
STAGE_KEYS: tuple[str, ...] = tuple(stage.key for stage in STAGES)


def stage(key: str) -> Stage:
    return STAGE_BY_KEY[key]


def moves_from(source: str) -> tuple[Move, ...]:
    return tuple(move for move in MOVES if move.source == source)


def find_move(source: str, target: str, resume_stage: str | None = None) -> Move | None:
    for move in moves_from(source):
        if move.target == target or (move.target == RESUME and target in (RESUME, resume_stage)):
            return move
    return None


def automatic_move_from(source: str) -> Move | None:
    return next((move for move in moves_from(source) if move.automatic), None)


def all_targets() -> list[str]:
    """Every value a client may send as a move's target (the API schema's enum)."""
    return sorted({move.target for move in MOVES} | {RESUME})
