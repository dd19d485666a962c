"""The one service that moves a consultation through the pipeline."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations import pipeline
from consultations.access import roles_on
from consultations.models import Consultation, StageTransition
from consultations.pipeline import RESUME, TERMINAL_STAGE_KEYS, Move, StageKey
from consultations.results import is_initiative, results_changed
from core.audit import acting_as, log_entries_bulk
from core.errors import ApplicationError, ConflictError, PermissionDeniedError
from core.outbox import record_event

# The columns a move reads: the stages and timestamps it writes (the audit entry diffs them), the city (roles),
# the track and automation flag, the title (the audit entry names the case) and what the guards in
# consultations/guards.py read. A guard reading another column still works (Django loads a deferred column
# when it is read) at the cost of one more SELECT: add the column here.
MOVE_FIELDS: tuple[str, ...] = (
    "stage",
    "resume_stage",
    "stage_entered_at",
    "last_reminded_at",
    "escalated_at",
    "submitted_at",
    "closed_at",
    "updated_at",
    "city",
    "track",
    "auto_advance",
    "title",
    "challenge",
    "budget_situation",
    "evaluation_summary",
)


@dataclass(frozen=True)
class MoveOption:
    """A move as the user sees it: allowed for their role; `missing` explains why it cannot go yet."""

    move: Move
    target: str
    missing: tuple[str, ...]

    @property
    def ready(self) -> bool:
        return not self.missing

    @property
    def label(self) -> str:
        return str(self.move.label)


def consultation_available_moves(*, consultation: Consultation, user) -> list[MoveOption]:
    roles = roles_on(user, consultation)
    options = []
    for move in pipeline.moves_from(consultation.stage):
        if not roles & move.roles:
            continue
        target = consultation.resume_stage if move.target == RESUME else move.target
        missing = tuple(message for guard in move.guards for message in guard(consultation))
        options.append(MoveOption(move=move, target=target, missing=missing))
    return options


def consultation_move(
    *,
    consultation: Consultation | int,
    target: str,
    actor,
    note: str = "",
    expected_stage: str | None = None,
) -> Consultation:
    """Move a case to `target`, or raise ApplicationError saying exactly what is missing.

    `actor` None means the system (a Celery task). `expected_stage` is the stage the caller saw;
    if another move changed the case first, ConflictError (409) tells the caller to reload.
    """
    pk = consultation.pk if isinstance(consultation, Consultation) else consultation
    note = (note or "").strip()
    with acting_as(actor), transaction.atomic():
        # Locks the case's row alone (a join's FOR UPDATE would lock its city's row too, serialising every
        # move of that city's cases) and reads the columns the move, its guards and its audit entry use.
        case = Consultation.objects.select_for_update().only(*MOVE_FIELDS).get(pk=pk)
        if expected_stage is not None and case.stage != expected_stage:
            raise ConflictError(
                _("The case was moved to “%(stage)s” in the meantime. Reload it and try again.")
                % {"stage": case.get_stage_display()}
            )
        move = pipeline.find_move(case.stage, target, case.resume_stage)
        if move is None:
            raise ApplicationError(
                _("A case in stage “%(stage)s” cannot move to “%(target)s”.")
                % {"stage": case.get_stage_display(), "target": _stage_label(target)},
                code="move_not_allowed",
            )
        if not roles_on(actor, case) & move.roles:
            raise PermissionDeniedError(_("You are not allowed to “%(move)s” on this case.") % {"move": move.label})
        if move.note_required and not note:
            raise ApplicationError(_("Give a reason for “%(move)s”.") % {"move": move.label}, code="note_required")
        missing = [message for guard in move.guards for message in guard(case)]
        if missing:
            raise ApplicationError(" ".join(missing), code="guard_failed", extra={"missing": missing})

        before = copy.copy(case)  # the row as locked, for the audit entry's diff
        from_stage = case.stage
        new_stage = case.resume_stage if move.target == RESUME else move.target
        now = timezone.now()
        case.stage = new_stage
        case.resume_stage = from_stage if new_stage == StageKey.ON_HOLD else ""
        case.stage_entered_at = now
        case.last_reminded_at = None
        case.escalated_at = None
        fields = ["stage", "resume_stage", "stage_entered_at", "last_reminded_at", "escalated_at", "updated_at"]
        if new_stage == StageKey.REQUEST and case.submitted_at is None:
            case.submitted_at = now
            fields.append("submitted_at")
        if new_stage in TERMINAL_STAGE_KEYS:
            case.closed_at = now
            fields.append("closed_at")
        case.updated_at = now
        # Few statements: the row is already locked and known, so one UPDATE (no re-read for the audit diff),
        # one INSERT for the history row, one for both audit entries, one for the outbox event.
        Consultation.objects.filter(pk=case.pk).update(**{name: getattr(case, name) for name in fields})
        history = StageTransition.objects.bulk_create(
            [
                StageTransition(
                    consultation=case,
                    from_stage=from_stage,
                    to_stage=new_stage,
                    actor=actor,
                    is_automatic=actor is None,
                    note=note,
                )
            ]
        )[0]
        log_entries_bulk([("update", case, before, fields), ("create", history, None, None)])
        record_event(
            kind=move.event,
            consultation=case,
            actor=actor,
            payload={"from": from_stage, "to": new_stage, "note": note},
        )
        if is_initiative(stage=from_stage, track=case.track) != is_initiative(stage=new_stage, track=case.track):
            results_changed()  # the case enters the public figures: refresh them after commit
        if pipeline.automatic_move_from(new_stage) is not None and case.auto_advance:
            from consultations.services.automation import request_auto_advance

            request_auto_advance(case)
    return case


def _stage_label(key: str) -> str:
    if key == RESUME:
        return _("resume")
    stage = pipeline.STAGE_BY_KEY.get(key)
    return str(stage.label) if stage else key
