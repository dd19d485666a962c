"""The outcome-monitoring endpoints: report a measurement (JSON or multipart), review it, read the responses."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from consultations.models import Document, IndicatorMeasurement
from tests import factories
from tests.portal.conftest import PDF_BYTES

pytestmark = pytest.mark.django_db


@pytest.fixture
def indicator(case_a):
    return factories.OutcomeIndicatorFactory(consultation=case_a, name="Commuters paying by card")


def url(indicator, suffix="") -> str:
    return f"/api/v1/consultations/{indicator.consultation_id}/indicators/{indicator.pk}/measurements/{suffix}"


BODY = {"value": "68.5", "measured_on": "2016-10-31", "source": "ICLEI case study"}


def test_city_reports_json_staff_accepts(api, indicator, official_a, staff_officer):
    response = api(official_a).post(url(indicator), BODY, format="json")
    assert response.status_code == 201, response.json()
    data = response.json()
    assert (data["status"], data["value"], data["evidence"]) == ("pending", "68.5000", None)

    review = api(staff_officer).post(url(indicator, f"{data['id']}/review/"), {"decision": "accept"}, format="json")
    assert review.status_code == 200
    assert review.json()["status"] == "accepted"
    detail = api(official_a).get(f"/api/v1/consultations/{indicator.consultation_id}/").json()
    assert detail["indicators"][0]["measurements"][0]["status"] == "accepted"


def test_multipart_with_evidence(api, indicator, official_a):
    body = {**BODY, "evidence": SimpleUploadedFile("report.pdf", PDF_BYTES, content_type="application/pdf")}
    response = api(official_a).post(url(indicator), body, format="multipart")
    assert response.status_code == 201, response.json()
    document = Document.objects.get()
    assert response.json()["evidence"] == document.pk
    assert (document.original_name, document.visibility) == ("report.pdf", "shared")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"value": "lots", "measured_on": "2016-10-31"}, "value"),
        ({"value": "1", "measured_on": "31/10/2016"}, "measured_on"),
        ({"value": "1"}, "measured_on"),
        ({"value": "1", "measured_on": "2999-01-01"}, "measured_on"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(api, indicator, official_a, body, expected):
    response = api(official_a).post(url(indicator), body, format="json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert expected in error.get("fields", {}) or error.get("details", {}).get("field") == expected
    assert error["message"]
    assert not IndicatorMeasurement.objects.exists()


def test_wrong_file_type_and_too_large_are_400(api, indicator, official_a, settings):
    body = {**BODY, "evidence": SimpleUploadedFile("report.pdf", b"MZ\x90 not a pdf at all")}
    response = api(official_a).post(url(indicator), body, format="multipart")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "file_type_not_allowed"
    settings.DOCUMENT_MAX_UPLOAD_BYTES = 10
    body = {**BODY, "evidence": SimpleUploadedFile("report.pdf", PDF_BYTES)}
    response = api(official_a).post(url(indicator), body, format="multipart")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "file_too_large"
    assert "limit" in response.json()["error"]["message"]
    assert not IndicatorMeasurement.objects.exists() and not Document.objects.exists()


def test_who_may_do_what(api, indicator, official_a, official_b, expert_user, unassigned_expert_user, anonymous):
    assert api(official_b).post(url(indicator), BODY, format="json").status_code == 404  # another city's case
    assert api(unassigned_expert_user).post(url(indicator), BODY, format="json").status_code == 404
    assert api(expert_user).post(url(indicator), BODY, format="json").status_code == 403
    assert api(anonymous).post(url(indicator), BODY, format="json").status_code in (401, 403)
    measurement = api(official_a).post(url(indicator), BODY, format="json").json()
    review = url(indicator, f"{measurement['id']}/review/")
    assert api(official_a).post(review, {"decision": "accept"}, format="json").status_code == 403  # city cannot review
    assert api(expert_user).post(review, {"decision": "accept"}, format="json").status_code == 403
    assert api(official_b).post(review, {"decision": "accept"}, format="json").status_code == 404
    other = factories.OutcomeIndicatorFactory()  # an indicator of another case, under this case's URL
    wrong = f"/api/v1/consultations/{indicator.consultation_id}/indicators/{other.pk}/measurements/"
    assert api(official_a).post(wrong, BODY, format="json").status_code == 404


def test_return_needs_a_note(api, indicator, official_a, consultant):
    measurement = api(official_a).post(url(indicator), BODY, format="json").json()
    review = url(indicator, f"{measurement['id']}/review/")
    response = api(consultant).post(review, {"decision": "return"}, format="json")
    assert response.status_code == 400
    assert response.json()["error"]["details"]["field"] == "note"
    response = api(consultant).post(review, {"decision": "maybe"}, format="json")
    assert response.status_code == 400
    response = api(consultant).post(review, {"decision": "return", "note": "Source missing."}, format="json")
    assert response.json()["review_note"] == "Source missing."


def test_public_readers_see_accepted_measurements_only(api, anonymous, city_b):
    case = factories.ConsultationFactory(city=city_b, stage="closed", is_published=True, public_summary="Water.")
    indicator = factories.OutcomeIndicatorFactory(consultation=case)
    factories.IndicatorMeasurementFactory(indicator=indicator, value=Decimal("5"))
    factories.IndicatorMeasurementFactory(indicator=indicator, value=Decimal("6"), status="pending")
    rows = api(anonymous).get(url(indicator)).json()
    assert [row["value"] for row in rows] == ["5.0000"]


def test_measurement_listing_queries_do_not_grow(api, indicator, official_a):
    client = api(official_a)

    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(url(indicator)).status_code == 200
        return len(queries)

    factories.IndicatorMeasurementFactory(indicator=indicator)
    few = count()
    for day in range(20):
        factories.IndicatorMeasurementFactory(indicator=indicator, measured_on=datetime.date(2020, 1, 1 + day))
    assert count() == few


def test_recommendations_with_the_city_response(api, case_a, official_a, staff_officer, anonymous):
    from consultations.services.recommendations import recommendation_acknowledge

    recommendation = factories.RecommendationFactory(consultation=case_a)
    recommendation_acknowledge(
        recommendation=recommendation, actor=official_a, response="not_applicable", detail="No trams here."
    )
    rows = api(staff_officer).get(f"/api/v1/consultations/{case_a.pk}/recommendations/").json()
    assert (rows[0]["city_response"], rows[0]["city_response_detail"]) == ("not_applicable", "No trams here.")
    assert api(anonymous).get(f"/api/v1/consultations/{case_a.pk}/recommendations/").status_code == 404
