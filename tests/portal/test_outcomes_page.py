"""Outcome monitoring in the portal: the city's case page, the public case page, the staff dashboard."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from consultations.models import IndicatorMeasurement, Recommendation
from tests import factories
from tests.portal.conftest import PDF_BYTES

pytestmark = pytest.mark.django_db


@pytest.fixture
def indicator(case_a):
    case_a.stage = "follow_up"
    case_a.save(update_fields=["stage"])
    indicator = factories.OutcomeIndicatorFactory(
        consultation=case_a,
        name="Commuters paying by card",
        baseline=Decimal("0"),
        baseline_on=datetime.date(2015, 1, 1),
        target=Decimal("70"),
        reporting_interval_months=6,
    )
    factories.IndicatorMeasurementFactory(indicator=indicator, measured_on=datetime.date(2015, 10, 31), value=40)
    factories.IndicatorMeasurementFactory(indicator=indicator, measured_on=datetime.date(2016, 10, 31), value=68)
    factories.IndicatorMeasurementFactory(
        indicator=indicator, measured_on=datetime.date(2017, 4, 30), value=69, status="pending"
    )
    factories.IndicatorMeasurementFactory(
        indicator=indicator,
        measured_on=datetime.date(2017, 3, 31),
        value=690,
        status="returned",
        review_note="690% cannot be right.",
    )
    return indicator


def detail(client, case):
    return client.get(reverse("portal:consultation_detail", args=[case.pk]))


def report_url(indicator):
    return reverse("portal:measurement_report", args=[indicator.consultation_id, indicator.pk])


def test_city_sees_every_measurement_and_a_chart_of_accepted_ones(client_a, indicator):
    page = detail(client_a, indicator.consultation).content.decode()
    assert "Commuters paying by card" in page
    assert 'class="line-chart"' in page
    assert page.count('class="chart-point"') == 2  # accepted only
    assert "Waiting for review" in page and "Returned" in page
    assert "690% cannot be right." in page  # staff's note on the returned one
    assert f'action="{report_url(indicator)}"' in page
    assert 'style="' not in page and "<style" not in page  # strict CSP


def test_city_reports_with_evidence_then_sees_it_pending(client_a, indicator, official_a):
    response = client_a.post(
        report_url(indicator),
        {
            f"m{indicator.pk}-value": "69.5",
            f"m{indicator.pk}-measured_on": "2017-10-31",
            f"m{indicator.pk}-source": "Transport agency",
            f"m{indicator.pk}-evidence": SimpleUploadedFile("report.pdf", PDF_BYTES, content_type="application/pdf"),
        },
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"#indicator-{indicator.pk}")
    measurement = IndicatorMeasurement.objects.get(measured_on=datetime.date(2017, 10, 31))
    assert (measurement.status, measurement.reported_by, measurement.evidence.original_name) == (
        "pending",
        official_a,
        "report.pdf",
    )
    page = detail(client_a, indicator.consultation).content.decode()
    assert reverse("portal:document_download", args=[indicator.consultation_id, measurement.evidence_id]) in page


def test_errors_are_shown_beside_the_field(client_a, indicator):
    response = client_a.post(
        report_url(indicator),
        {f"m{indicator.pk}-value": "69", f"m{indicator.pk}-measured_on": "2016-10-31", f"m{indicator.pk}-source": "x"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert f'id="id_m{indicator.pk}-measured_on_errors"' in page
    assert "already been reported" in page
    response = client_a.post(
        report_url(indicator),
        {
            f"m{indicator.pk}-value": "69",
            f"m{indicator.pk}-measured_on": "2017-11-30",
            f"m{indicator.pk}-source": "x",
            f"m{indicator.pk}-evidence": SimpleUploadedFile("x.pdf", b"not a pdf"),
        },
    )
    assert response.status_code == 400
    assert f'id="id_m{indicator.pk}-evidence_errors"' in response.content.decode()


def test_other_city_and_expert(client_b, indicator, expert_user):
    assert detail(client_b, indicator.consultation).status_code == 404
    assert client_b.post(report_url(indicator), {}).status_code == 404
    expert = Client()
    expert.force_login(expert_user)
    page = detail(expert, indicator.consultation).content.decode()
    assert "Commuters paying by card" in page and report_url(indicator) not in page
    body = {f"m{indicator.pk}-value": "1", f"m{indicator.pk}-measured_on": "2017-11-30", f"m{indicator.pk}-source": "x"}
    assert expert.post(report_url(indicator), body).status_code == 403


def test_case_page_queries_do_not_grow_with_measurements(client_a, indicator):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert detail(client_a, indicator.consultation).status_code == 200
        return len(queries)

    few = count()
    other = factories.OutcomeIndicatorFactory(consultation=indicator.consultation, name="Fewer accidents")
    for day in range(15):
        factories.IndicatorMeasurementFactory(indicator=other, measured_on=datetime.date(2018, 1, 1 + day))
    assert count() == few


def test_public_case_page_charts_accepted_measurements_only(client, indicator):
    case = indicator.consultation
    case.is_published = True
    case.public_summary = "Smart card."
    case.save()
    page = client.get(reverse("portal:case_detail", args=[case.pk])).content.decode()
    assert "Commuters paying by card" in page
    assert page.count('class="chart-point"') == 2
    assert "690" not in page and "Waiting for review" not in page and "cannot be right" not in page


def test_staff_dashboard_charts_a_case(staff_client, client_a, indicator):
    url = reverse("dashboard:case_outcomes", args=[indicator.consultation_id])
    page = staff_client.get(url).content.decode()
    assert 'class="line-chart"' in page and "measurement waits for review" in page
    assert url in staff_client.get(reverse("dashboard:index")).content.decode()
    assert client_a.get(url).status_code in (302, 403)


# --- the city's response to a recommendation ------------------------------------------------------------


def ack_url(recommendation):
    return reverse("portal:recommendation_acknowledge", args=[recommendation.consultation_id, recommendation.pk])


def test_adapting_without_saying_how_is_refused_beside_the_field(client_a, case_a):
    recommendation = factories.RecommendationFactory(consultation=case_a)
    prefix = f"r{recommendation.pk}"
    response = client_a.post(ack_url(recommendation), {f"{prefix}-response": "adapted", f"{prefix}-detail": " "})
    assert response.status_code == 400
    page = response.content.decode()
    assert f'id="id_{prefix}-detail_errors"' in page and "Say how your city adapts" in page
    assert Recommendation.objects.get().acknowledged_at is None
    response = client_a.post(ack_url(recommendation), {})
    assert f'id="id_{prefix}-response_errors"' in response.content.decode()


def test_not_applicable_with_why_is_kept_and_shown(client_a, case_a, staff_client):
    recommendation = factories.RecommendationFactory(consultation=case_a)
    prefix = f"r{recommendation.pk}"
    response = client_a.post(
        ack_url(recommendation), {f"{prefix}-response": "not_applicable", f"{prefix}-detail": "No trams here."}
    )
    assert response.status_code == 302
    recommendation.refresh_from_db()
    assert (recommendation.city_response, recommendation.city_response_detail) == ("not_applicable", "No trams here.")
    assert "No trams here." in detail(client_a, case_a).content.decode()
    admin_page = staff_client.get(reverse("admin:consultations_consultation_change", args=[case_a.pk]))
    assert "No trams here." in admin_page.content.decode()
