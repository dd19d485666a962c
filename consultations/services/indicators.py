"""Outcome monitoring: the city reports measurements, staff review them, the city is reminded when one is due.

A measurement reported by the city waits for review (`pending`); SMG staff, or the SUSA consultant on the
case's task force, accept it (it then counts in charts, results and public pages) or return it with a note
(the city sees the note and reports a corrected one). Measurements recorded by staff count at once.
Every change is audited (django-auditlog, attributed with `acting_as`) and announced through the outbox.
"""

from __future__ import annotations

import calendar
import datetime
import logging
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import Role
from consultations.access import roles_on
from consultations.models import (
    CityResponse,
    DocumentKind,
    IndicatorMeasurement,
    MeasurementStatus,
    OutcomeIndicator,
)
from consultations.pipeline import TERMINAL_STAGE_KEYS, StageKey
from core.audit import acting_as
from core.errors import ApplicationError, PermissionDeniedError
from core.outbox import record_event

logger = logging.getLogger(__name__)

# Event kinds written here (notifications.kinds lists them with their labels).
MEASUREMENT_REPORTED = "measurement.reported"
MEASUREMENT_REVIEWED = "measurement.reviewed"
MEASUREMENT_DUE = "indicator.measurement_due"

REVIEWER_ROLES = frozenset({Role.SMG_STAFF, Role.SUSA_CONSULTANT})
REPORTER_ROLES = frozenset({Role.CITY_OFFICIAL}) | REVIEWER_ROLES
# The stages in which the city is reminded to report (reporting itself is open while the case is).
REMINDER_STAGES = (StageKey.FOLLOW_UP,)
MAX_VALUE = Decimal("999999999999.9999")  # max_digits=16, decimal_places=4


class ReviewDecision:
    ACCEPT = "accept"
    RETURN = "return"
    CHOICES = (ACCEPT, RETURN)


def may_report(user, indicator: OutcomeIndicator) -> bool:
    return bool(roles_on(user, indicator.consultation) & REPORTER_ROLES)


def may_review(user, indicator: OutcomeIndicator) -> bool:
    return bool(roles_on(user, indicator.consultation) & REVIEWER_ROLES)


def _clean_value(value) -> Decimal:
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError) as invalid:
        raise ApplicationError(
            _("Enter the value as a number."), code="invalid_value", extra={"field": "value"}
        ) from invalid
    if not number.is_finite() or abs(number) > MAX_VALUE:
        raise ApplicationError(_("The value is out of range."), code="invalid_value", extra={"field": "value"})
    return number.quantize(Decimal("0.0001"))


def measurement_report(
    *,
    indicator: OutcomeIndicator,
    actor,
    value: Decimal | str | float,
    measured_on: datetime.date,
    source: str = "",
    note: str = "",
    evidence: UploadedFile | None = None,
) -> IndicatorMeasurement:
    """Record a measurement: pending review when the city reports it, accepted when staff record it.

    An optional evidence file is stored as a shared document of the case (checked like every upload).
    """
    consultation = indicator.consultation
    roles = roles_on(actor, consultation)
    if not roles & REPORTER_ROLES:
        raise PermissionDeniedError(_("Only the city's officials and SMG staff can report measurements."))
    if indicator.archived_at is not None:
        raise ApplicationError(_("This indicator is no longer monitored."), code="indicator_archived")
    if consultation.stage in TERMINAL_STAGE_KEYS and Role.SMG_STAFF not in roles:
        raise ApplicationError(_("This case is closed; measurements can no longer be reported."), code="case_closed")
    number = _clean_value(value)
    if measured_on is None:
        raise ApplicationError(
            _("Say when the value was measured."), code="invalid_date", extra={"field": "measured_on"}
        )
    if measured_on > timezone.localdate():
        raise ApplicationError(
            _("The measurement date cannot be in the future."), code="invalid_date", extra={"field": "measured_on"}
        )
    status = MeasurementStatus.PENDING if Role.CITY_OFFICIAL in roles else MeasurementStatus.ACCEPTED
    with acting_as(actor), transaction.atomic():
        locked = OutcomeIndicator.objects.select_for_update().get(pk=indicator.pk)
        taken = (
            IndicatorMeasurement.objects.filter(indicator=locked, measured_on=measured_on)
            .exclude(status=MeasurementStatus.RETURNED)
            .exists()
        )
        if taken:
            raise ApplicationError(
                _("A measurement for this date has already been reported."),
                code="duplicate_measurement",
                extra={"field": "measured_on"},
            )
        document = None
        if evidence is not None:
            from consultations.services.documents import document_upload

            document = document_upload(
                consultation=consultation,
                actor=actor,
                upload=evidence,
                title=_("Evidence: %(indicator)s, %(date)s") % {"indicator": locked.name, "date": measured_on},
                kind=DocumentKind.OTHER,
            )
        now = timezone.now()
        measurement = IndicatorMeasurement(
            indicator=locked,
            measured_on=measured_on,
            value=number,
            source=(source or "").strip()[:200],
            note=(note or "").strip(),
            status=status,
            reported_by=actor,
            evidence=document,
        )
        if status == MeasurementStatus.ACCEPTED:
            measurement.reviewed_by = actor
            measurement.reviewed_at = now
        try:
            with transaction.atomic():
                measurement.save()
        except IntegrityError as clash:  # a concurrent report of the same date
            raise ApplicationError(
                _("A measurement for this date has already been reported."),
                code="duplicate_measurement",
                extra={"field": "measured_on"},
            ) from clash
        record_event(
            kind=MEASUREMENT_REPORTED,
            consultation=consultation,
            actor=actor,
            payload={"measurement": measurement.pk, "indicator": locked.pk, "status": status},
        )
    return measurement


def measurement_review(
    *, measurement: IndicatorMeasurement, actor, decision: str, note: str = ""
) -> IndicatorMeasurement:
    """Accept a pending measurement, or return it to the city with a note saying what to correct."""
    indicator = measurement.indicator
    if not may_review(actor, indicator):
        raise PermissionDeniedError(_("Only SMG staff and the case's SUSA consultant can review measurements."))
    if decision not in ReviewDecision.CHOICES:
        raise ApplicationError(_("Choose “accept” or “return”."), code="invalid_decision", extra={"field": "decision"})
    note = (note or "").strip()
    if decision == ReviewDecision.RETURN and not note:
        raise ApplicationError(
            _("Say what the city should correct when returning a measurement."),
            code="note_required",
            extra={"field": "note"},
        )
    with acting_as(actor), transaction.atomic():
        locked = IndicatorMeasurement.objects.select_for_update().get(pk=measurement.pk)
        if locked.status != MeasurementStatus.PENDING:
            raise ApplicationError(
                _("This measurement has already been reviewed."), code="already_reviewed", extra={"field": "decision"}
            )
        locked.status = MeasurementStatus.ACCEPTED if decision == ReviewDecision.ACCEPT else MeasurementStatus.RETURNED
        locked.review_note = note
        locked.reviewed_by = actor
        locked.reviewed_at = timezone.now()
        locked.save(update_fields=["status", "review_note", "reviewed_by", "reviewed_at", "updated_at"])
        record_event(
            kind=MEASUREMENT_REVIEWED,
            consultation=indicator.consultation,
            actor=actor,
            payload={
                "measurement": locked.pk,
                "indicator": indicator.pk,
                "status": locked.status,
                "note": note,
            },
        )
    return locked


# --- Reminders: a measurement is due ----------------------------------------------------------------


def add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def measurement_due_on(indicator: OutcomeIndicator, last_on: datetime.date | None) -> datetime.date | None:
    """When the next measurement is due: an interval after the last accepted or pending one (or the
    baseline, or the start of follow-up); None when the indicator has no reporting interval."""
    if not indicator.reporting_interval_months:
        return None
    start = last_on or indicator.baseline_on
    if start is None:
        return None
    return add_months(start, indicator.reporting_interval_months)


@dataclass
class DueReminderRun:
    reminded: int = 0

    def __str__(self) -> str:
        return f"{self.reminded} reminded"


def indicators_remind_due(*, today: datetime.date | None = None) -> DueReminderRun:
    """Remind the city's officials of each indicator whose measurement is due, once per due date.

    Cases in follow-up only; each indicator in its own transaction under a row lock and re-checked there,
    so a repeated run (or two beats at once) reminds once.
    """
    today = today or timezone.localdate()
    run = DueReminderRun()
    candidates = OutcomeIndicator.objects.filter(
        reporting_interval_months__isnull=False,
        archived_at__isnull=True,
        consultation__stage__in=REMINDER_STAGES,
        consultation__is_archived=False,
    ).values_list("pk", flat=True)
    for pk in list(candidates):
        if _remind_one(pk, today=today):
            run.reminded += 1
    return run


def _last_counted_on(indicator: OutcomeIndicator) -> datetime.date | None:
    return IndicatorMeasurement.objects.filter(
        indicator=indicator, status__in=[MeasurementStatus.ACCEPTED, MeasurementStatus.PENDING]
    ).aggregate(last=Max("measured_on"))["last"]


def _remind_one(pk: int, *, today: datetime.date) -> bool:
    with transaction.atomic():
        indicator = OutcomeIndicator.objects.select_for_update().select_related("consultation").filter(pk=pk).first()
        if indicator is None or indicator.consultation.stage not in REMINDER_STAGES:
            return False
        last_on = _last_counted_on(indicator)
        if last_on is None and indicator.baseline_on is None:
            last_on = timezone.localtime(indicator.consultation.stage_entered_at).date()
        due = measurement_due_on(indicator, last_on)
        if due is None or due > today or indicator.reminded_for_due_on == due:
            return False
        indicator.reminded_for_due_on = due
        indicator.save(update_fields=["reminded_for_due_on", "updated_at"])
        record_event(
            kind=MEASUREMENT_DUE,
            consultation=indicator.consultation,
            payload={"indicator": indicator.pk, "due": due.isoformat(), "last": last_on.isoformat() if last_on else ""},
        )
    return True


# --- Recommendations: the city's structured response --------------------------------------------------


def recommendation_response_errors(response: str, detail: str) -> dict[str, str]:
    """Field errors of a city's response (empty when valid)."""
    if response not in CityResponse.values:
        return {"response": _("Choose whether you accept, adapt, or find the recommendation not applicable.")}
    if response == CityResponse.ADAPTED and not detail.strip():
        return {"detail": _("Say how your city adapts the recommendation.")}
    if response == CityResponse.NOT_APPLICABLE and not detail.strip():
        return {"detail": _("Say why the recommendation does not apply to your city.")}
    return {}
