"""Outcome monitoring: the city reports measurements, staff review them, reminders when one is due,
the city's structured response to a recommendation."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from consultations.models import Document, IndicatorMeasurement, MeasurementStatus, Recommendation
from consultations.outcomes import indicator_series
from consultations.services.indicators import (
    add_months,
    indicators_remind_due,
    measurement_report,
    measurement_review,
)
from consultations.services.recommendations import recommendation_acknowledge
from consultations.tasks import remind_measurements_due
from core.errors import ApplicationError, PermissionDeniedError
from core.models import OutboxEvent
from notifications.models import Notification
from portal.selectors import PUBLIC
from tests import factories
from tests.portal.conftest import PDF_BYTES

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 15)


@pytest.fixture
def indicator(case_a):
    case_a.stage = "follow_up"
    case_a.save(update_fields=["stage"])
    return factories.OutcomeIndicatorFactory(
        consultation=case_a,
        name="Commuters paying by card",
        baseline=Decimal("0"),
        baseline_on=datetime.date(2015, 1, 1),
        target=Decimal("70"),
    )


def report(indicator, actor, **extra):
    values = {"value": "68", "measured_on": datetime.date(2016, 10, 31), "source": "ICLEI"} | extra
    return measurement_report(indicator=indicator, actor=actor, **values)


def test_city_reports_pending_staff_accepts_it_counts(indicator, official_a, staff_officer):
    measurement = report(indicator, official_a)
    assert (measurement.status, measurement.reported_by) == (MeasurementStatus.PENDING, official_a)
    assert indicator_series(viewer=official_a, consultation=indicator.consultation)[0].accepted == []
    assert indicator_series(viewer=PUBLIC, consultation=indicator.consultation)[0].measurements == []

    accepted = measurement_review(measurement=measurement, actor=staff_officer, decision="accept")
    assert (accepted.status, accepted.reviewed_by) == (MeasurementStatus.ACCEPTED, staff_officer)
    series = indicator_series(viewer=PUBLIC, consultation=indicator.consultation)[0]
    assert [m.value for m in series.accepted] == [Decimal("68")]
    assert series.chart is not None and len(series.chart.points) == 1


def test_staff_measurements_count_at_once(indicator, staff_officer, consultant):
    assert report(indicator, staff_officer).status == MeasurementStatus.ACCEPTED
    assert report(indicator, consultant, measured_on=datetime.date(2016, 11, 30)).status == "accepted"


def test_returned_with_a_note_then_corrected_on_the_same_date(indicator, official_a, staff_officer):
    measurement = report(indicator, official_a, value="680")
    with pytest.raises(ApplicationError) as refused:
        measurement_review(measurement=measurement, actor=staff_officer, decision="return", note="  ")
    assert refused.value.extra["field"] == "note"
    returned = measurement_review(
        measurement=measurement, actor=staff_officer, decision="return", note="680% cannot be right."
    )
    assert (returned.status, returned.review_note) == ("returned", "680% cannot be right.")
    corrected = report(indicator, official_a, value="68")
    assert corrected.status == "pending"
    rows = indicator_series(viewer=official_a, consultation=indicator.consultation)[0].measurements
    assert [(m.value, m.status) for m in rows] == [(Decimal("680"), "returned"), (Decimal("68"), "pending")]
    with pytest.raises(ApplicationError, match="already been reviewed"):
        measurement_review(measurement=returned, actor=staff_officer, decision="accept")


def test_same_date_twice_is_refused(indicator, official_a):
    report(indicator, official_a)
    with pytest.raises(ApplicationError) as refused:
        report(indicator, official_a)
    assert refused.value.code == "duplicate_measurement"


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"value": "lots"}, "value"),
        ({"value": "1e30"}, "value"),
        ({"measured_on": timezone.localdate() + datetime.timedelta(days=3)}, "measured_on"),
    ],
)
def test_bad_values_are_refused_naming_the_field(indicator, official_a, extra, field):
    with pytest.raises(ApplicationError) as refused:
        report(indicator, official_a, **extra)
    assert refused.value.extra["field"] == field
    assert not IndicatorMeasurement.objects.exists()


def test_who_may_report_and_review(indicator, official_a, official_b, expert_user, consultant, staff_officer):
    with pytest.raises(PermissionDeniedError):
        report(indicator, official_b)  # another city
    with pytest.raises(PermissionDeniedError):
        report(indicator, expert_user)  # experts write recommendations, not measurements
    measurement = report(indicator, official_a)
    for reviewer in (official_a, official_b, expert_user):
        with pytest.raises(PermissionDeniedError):
            measurement_review(measurement=measurement, actor=reviewer, decision="accept")
    assert measurement_review(measurement=measurement, actor=consultant, decision="accept").status == "accepted"


def test_an_unassigned_consultant_may_not_review(indicator, official_a):
    outsider = factories.ConsultantFactory(username="other-consultant")
    measurement = report(indicator, official_a)
    with pytest.raises(PermissionDeniedError):
        measurement_review(measurement=measurement, actor=outsider, decision="accept")


def test_evidence_is_a_shared_document_checked_like_every_upload(indicator, official_a, settings):
    measurement = report(indicator, official_a, evidence=SimpleUploadedFile("report.pdf", PDF_BYTES))
    assert measurement.evidence.visibility == "shared"
    assert measurement.evidence.original_name == "report.pdf"
    with pytest.raises(ApplicationError) as refused:
        report(
            indicator,
            official_a,
            measured_on=datetime.date(2016, 12, 31),
            evidence=SimpleUploadedFile("virus.pdf", b"MZ\x90\x00 not a pdf"),
        )
    assert refused.value.code == "file_type_not_allowed"
    settings.DOCUMENT_MAX_UPLOAD_BYTES = 10
    with pytest.raises(ApplicationError) as refused:
        report(
            indicator,
            official_a,
            measured_on=datetime.date(2016, 12, 31),
            evidence=SimpleUploadedFile("report.pdf", PDF_BYTES),
        )
    assert refused.value.code == "file_too_large"
    assert Document.objects.count() == IndicatorMeasurement.objects.count() == 1  # nothing half-saved


def test_every_change_is_audited_with_its_actor(indicator, official_a, staff_officer):
    measurement = report(indicator, official_a)
    measurement_review(measurement=measurement, actor=staff_officer, decision="return", note="Check the source.")
    entries = list(LogEntry.objects.get_for_object(measurement).order_by("timestamp", "pk"))
    assert [(entry.action, entry.actor) for entry in entries] == [
        (LogEntry.Action.CREATE, official_a),
        (LogEntry.Action.UPDATE, staff_officer),
    ]
    assert entries[1].changes_dict["status"] == ["pending", "returned"]


def test_staff_hear_of_a_report_and_the_city_of_the_review_in_its_language(
    indicator, official_a, staff_officer, consultant, django_capture_on_commit_callbacks
):
    official_a.preferred_language = "ko"
    official_a.save(update_fields=["preferred_language"])
    with django_capture_on_commit_callbacks(execute=True):
        measurement = report(indicator, official_a)
    reported = Notification.objects.filter(kind="measurement.reported")
    assert consultant in {n.recipient for n in reported}  # the case's SUSA coordinator
    assert official_a not in {n.recipient for n in reported}
    with django_capture_on_commit_callbacks(execute=True):
        measurement_review(measurement=measurement, actor=consultant, decision="return", note="출처를 확인하세요.")
    reviewed = Notification.objects.get(kind="measurement.reviewed", recipient=official_a)
    assert "반려" in reviewed.title
    assert "출처를 확인하세요." in reviewed.body


# --- reminders ----------------------------------------------------------------------------------------


def test_add_months_keeps_the_end_of_month():
    assert add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert add_months(datetime.date(2026, 11, 15), 3) == datetime.date(2027, 2, 15)


def test_city_is_reminded_once_per_due_period(indicator, official_a, staff_officer, django_capture_on_commit_callbacks):
    indicator.reporting_interval_months = 3
    indicator.save()
    factories.IndicatorMeasurementFactory(indicator=indicator, measured_on=datetime.date(2026, 1, 10))
    assert indicators_remind_due(today=datetime.date(2026, 4, 9)).reminded == 0  # not due yet
    with django_capture_on_commit_callbacks(execute=True):
        assert indicators_remind_due(today=datetime.date(2026, 4, 10)).reminded == 1
    assert indicators_remind_due(today=datetime.date(2026, 4, 20)).reminded == 0  # once per due date
    assert Notification.objects.filter(kind="indicator.measurement_due", recipient=official_a).count() == 1
    # A pending report resets the clock; the next period is reminded again.
    factories.IndicatorMeasurementFactory(
        indicator=indicator, measured_on=datetime.date(2026, 4, 15), status=MeasurementStatus.PENDING
    )
    assert indicators_remind_due(today=datetime.date(2026, 7, 14)).reminded == 0
    assert indicators_remind_due(today=datetime.date(2026, 7, 15)).reminded == 1
    assert OutboxEvent.objects.filter(kind="indicator.measurement_due").count() == 2


def test_returned_measurements_do_not_count_and_only_follow_up_is_reminded(indicator):
    indicator.reporting_interval_months = 6
    indicator.save()
    factories.IndicatorMeasurementFactory(
        indicator=indicator, measured_on=TODAY - datetime.timedelta(days=10), status="returned", review_note="No."
    )
    # Due six months after the baseline (2015): the returned report does not count.
    indicator.consultation.stage = "implementation"
    indicator.consultation.save(update_fields=["stage"])
    assert indicators_remind_due(today=TODAY).reminded == 0
    indicator.consultation.stage = "follow_up"
    indicator.consultation.save(update_fields=["stage"])
    assert indicators_remind_due(today=TODAY).reminded == 1


def test_no_interval_no_reminder(indicator):
    assert indicators_remind_due(today=TODAY).reminded == 0


def test_the_beat_task_runs_the_service(indicator):
    indicator.reporting_interval_months = 1
    indicator.save()
    assert remind_measurements_due.apply().get() == "1 reminded"


# --- recommendations ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "detail", "field"),
    [("", "", "response"), ("adapted", " ", "detail"), ("not_applicable", "", "detail"), ("maybe", "", "response")],
)
def test_a_response_is_explained(case_a, official_a, response, detail, field):
    recommendation = factories.RecommendationFactory(consultation=case_a)
    with pytest.raises(ApplicationError) as refused:
        recommendation_acknowledge(recommendation=recommendation, actor=official_a, response=response, detail=detail)
    assert refused.value.extra["field"] == field
    assert Recommendation.objects.get().acknowledged_at is None


def test_an_adapted_recommendation_keeps_how(case_a, official_a):
    recommendation = factories.RecommendationFactory(consultation=case_a)
    done = recommendation_acknowledge(
        recommendation=recommendation, actor=official_a, response="adapted", detail="Phased over two budget years."
    )
    assert (done.city_response, done.city_response_detail) == ("adapted", "Phased over two budget years.")
