"""Moves nobody should have to click: the system advances a case whose exit condition is met."""

from __future__ import annotations

import logging

from consultations import pipeline
from consultations.models import Consultation
from core.errors import ApplicationError
from core.tasks import enqueue_after_commit

logger = logging.getLogger(__name__)


def request_auto_advance(consultation: Consultation) -> None:
    """Ask the worker to try the automatic move once the current transaction has committed."""
    enqueue_after_commit("consultations.tasks.auto_advance", consultation.pk)


def consultation_auto_advance(*, consultation_id: int) -> str | None:
    """Make the automatic move out of the case's stage if its guards pass, as the system.

    Returns the stage entered, or None. Idempotent: run twice, the second run finds the next stage's
    guards unmet (or the case already moved) and does nothing. Entering a stage that has an automatic
    move queues the next check, so a case whose conditions were all met moves on step by step.
    """
    from consultations.services.transitions import consultation_move

    case = Consultation.objects.filter(pk=consultation_id).first()
    if case is None or not case.auto_advance:
        return None
    move = pipeline.automatic_move_from(case.stage)
    if move is None or any(guard(case) for guard in move.guards):
        return None
    try:
        consultation_move(consultation=case.pk, target=move.target, actor=None, expected_stage=case.stage)
    except ApplicationError as refused:
        # Someone moved it first, or a guard changed between the check and the lock: nothing to do now.
        logger.info("automatic move of consultation %s refused: %s", case.pk, refused.message)
        return None
    return move.target


def pending_automatic_move(consultation: Consultation) -> pipeline.Move | None:
    """The automatic move the worker will make out of the case's current stage (its guards all pass), or None."""
    if not consultation.auto_advance:
        return None
    move = pipeline.automatic_move_from(consultation.stage)
    if move is None or any(guard(consultation) for guard in move.guards):
        return None
    return move
