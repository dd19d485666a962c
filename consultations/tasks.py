"""Celery adapters for the workflow: take ids, call services, own the retry policy."""

from celery import shared_task
from django.conf import settings
from django.db import DatabaseError

from consultations.services.reminders import (
    advance_or_report,
    consultations_advance_ready,
    consultations_check_in_on_hold,
    consultations_remind_overdue,
)

# A database error is retried a few times; once the retries are spent the task is dropped, and the
# periodic catch-up (advance_ready_cases, every WORKFLOW_ADVANCE_SWEEP_SECONDS) makes the move.
RETRY = {
    "autoretry_for": (DatabaseError,),
    "retry_backoff": settings.WORKFLOW_TASK_RETRY_BACKOFF_SECONDS,
    "retry_backoff_max": 300,
    "max_retries": settings.WORKFLOW_TASK_MAX_RETRIES,
}


@shared_task(name="consultations.tasks.auto_advance", acks_late=True, **RETRY)
def auto_advance(consultation_id: int) -> str | None:
    """Move the case on if its stage's exit condition is met; tell the city what a request lacks."""
    return advance_or_report(consultation_id=consultation_id)


@shared_task(name="consultations.tasks.advance_ready_cases", acks_late=True, **RETRY)
def advance_ready_cases(quiet_seconds: int | None = None) -> int:
    """The backstop of every automatic move: a lost message, a task whose retries ran out."""
    if quiet_seconds is None:
        quiet_seconds = settings.WORKFLOW_ADVANCE_QUIET_SECONDS
    return consultations_advance_ready(quiet_seconds=quiet_seconds)


@shared_task(name="consultations.tasks.remind_overdue", acks_late=True, **RETRY)
def remind_overdue() -> str:
    return str(consultations_remind_overdue())


@shared_task(name="consultations.tasks.check_in_on_hold", acks_late=True, **RETRY)
def check_in_on_hold() -> int:
    return consultations_check_in_on_hold()


@shared_task(name="consultations.tasks.remind_measurements_due", acks_late=True, **RETRY)
def remind_measurements_due() -> str:
    """Remind cities in follow-up of the outcome measurements that are due (once per due date)."""
    from consultations.services.indicators import indicators_remind_due

    return str(indicators_remind_due())


@shared_task(name="consultations.tasks.refresh_results", acks_late=True, **RETRY)
def refresh_results() -> None:
    """Recompute the cached results figures (home page, API summary)."""
    from consultations.results import refresh_cached_results

    refresh_cached_results()
