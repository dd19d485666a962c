"""Nothing forced, nothing forgotten: overdue flags, reminders, escalation, on-hold check-ins,
and telling the city what a submitted request still lacks.

Run by periodic tasks (policysharing/celery.py). Each case is handled in its own transaction under
a row lock and re-checked there, so a run repeated (or two beats at once) reminds once. The
markers `last_reminded_at` / `escalated_at` are reset by the move service when the case moves on.
The notifications app decides who hears about the events written here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from consultations import guards, pipeline
from consultations.models import Consultation
from consultations.pipeline import StageKey
from consultations.selectors import is_overdue, overdue_q, stage_due_at
from core.models import OutboxEvent
from core.outbox import record_event

logger = logging.getLogger(__name__)

# Event kinds written here (notifications.kinds lists them with their labels).
REQUEST_INCOMPLETE = "consultation.request_incomplete"
OVERDUE = "consultation.overdue"
ESCALATED = "consultation.escalated"
HOLD_CHECK_IN = "consultation.hold_check_in"


@dataclass
class ReminderRun:
    reminded: int = 0
    escalated: int = 0

    def __str__(self) -> str:
        return f"{self.reminded} reminded, {self.escalated} escalated"


def consultations_remind_overdue(*, now: datetime | None = None) -> ReminderRun:
    """Remind the responsible people of every overdue case (again every REMINDER_INTERVAL_DAYS),
    and escalate to the division head once a case is OVERDUE_ESCALATION_DAYS past its target."""
    now = now or timezone.now()
    run = ReminderRun()
    candidates = Consultation.objects.filter(overdue_q(now), is_archived=False).values_list("pk", flat=True)
    for pk in list(candidates):
        outcome = _remind_one(pk, now=now)
        if outcome == ESCALATED:
            run.escalated += 1
        elif outcome == OVERDUE:
            run.reminded += 1
    return run


def _remind_one(pk: int, *, now: datetime) -> str | None:
    remind_every = timedelta(days=settings.REMINDER_INTERVAL_DAYS)
    escalate_after = timedelta(days=settings.OVERDUE_ESCALATION_DAYS)
    with transaction.atomic():
        case = Consultation.objects.select_for_update().filter(pk=pk).first()
        if case is None or case.stage not in pipeline.ACTIVE_STAGE_KEYS or not is_overdue(case, now):
            return None
        due = stage_due_at(case)
        payload = {
            "stage": case.stage,
            "target_days": case.stage_info.target_days,
            "days_over": max((now - due).days, 0),
            "due": due.isoformat(),
        }
        if case.escalated_at is None and case.last_reminded_at is not None and now >= due + escalate_after:
            case.escalated_at = now
            case.save(update_fields=["escalated_at", "updated_at"])
            record_event(kind=ESCALATED, consultation=case, payload=payload)
            return ESCALATED
        if case.last_reminded_at is None or case.last_reminded_at <= now - remind_every:
            case.last_reminded_at = now
            case.save(update_fields=["last_reminded_at", "updated_at"])
            record_event(kind=OVERDUE, consultation=case, payload=payload)
            return OVERDUE
    return None


def consultations_check_in_on_hold(*, now: datetime | None = None) -> int:
    """Ask about every case on hold for HOLD_CHECK_IN_DAYS since it was paused or last asked."""
    now = now or timezone.now()
    every = timedelta(days=settings.HOLD_CHECK_IN_DAYS)
    candidates = Consultation.objects.filter(stage=StageKey.ON_HOLD, stage_entered_at__lte=now - every).values_list(
        "pk", flat=True
    )
    count = 0
    for pk in list(candidates):
        with transaction.atomic():
            case = Consultation.objects.select_for_update().filter(pk=pk).first()
            if case is None or case.stage != StageKey.ON_HOLD or case.stage_entered_at > now - every:
                continue
            if case.last_reminded_at is not None and case.last_reminded_at > now - every:
                continue
            case.last_reminded_at = now
            case.save(update_fields=["last_reminded_at", "updated_at"])
            record_event(
                kind=HOLD_CHECK_IN,
                consultation=case,
                payload={"resume": case.resume_stage, "since": case.stage_entered_at.isoformat()},
            )
            count += 1
    return count


def consultation_report_missing(*, consultation_id: int) -> list[str]:
    """Tell the city what its submitted request lacks (once per submission); returns what is missing."""
    with transaction.atomic():
        case = Consultation.objects.select_for_update().filter(pk=consultation_id).first()
        if case is None or case.stage != StageKey.REQUEST:
            return []
        missing = guards.request_complete(case)
        if not missing:
            return []
        already_told = OutboxEvent.objects.filter(
            consultation=case, kind=REQUEST_INCOMPLETE, created_at__gte=case.stage_entered_at
        ).exists()
        if not already_told:
            record_event(kind=REQUEST_INCOMPLETE, consultation=case, payload={"missing": [str(m) for m in missing]})
    return missing


def consultations_advance_ready(*, quiet_seconds: int = 60, now: datetime | None = None) -> int:
    """Catch up on automatic moves whose after-commit task was lost (broker down at the time).

    Looks at cases with auto-advance on, in a stage that has an automatic move, untouched for
    `quiet_seconds` (the normal after-commit path had its chance); returns how many moved.
    """
    now = now or timezone.now()
    stages = [key for key in pipeline.ACTIVE_STAGE_KEYS if pipeline.automatic_move_from(key) is not None]
    candidates = Consultation.objects.filter(
        auto_advance=True, stage__in=stages, updated_at__lte=now - timedelta(seconds=quiet_seconds)
    ).values_list("pk", flat=True)
    moved = 0
    for pk in list(candidates):
        if advance_or_report(consultation_id=pk):
            moved += 1
    return moved


def advance_or_report(*, consultation_id: int) -> str | None:
    """Make the automatic move out of the case's stage; a request that cannot go to screening
    makes the city hear what is missing. Returns the stage entered, or None."""
    from consultations.services.automation import consultation_auto_advance

    entered = consultation_auto_advance(consultation_id=consultation_id)
    if entered is None:
        consultation_report_missing(consultation_id=consultation_id)
    return entered
