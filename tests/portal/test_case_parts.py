"""What of a case's work a city sees is decided once (consultations.access.case_parts_for): the portal's case
page and the API tell an official the same thing, and the task force sees everything."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def worked_case(case_a, released_expert_user):
    case_a.budget_notes = "Our council can add 10% of the cost."
    case_a.evaluation_summary = "SMG's own evaluation: weak ownership."
    case_a.save()
    factories.ActivityFactory(consultation=case_a, title="Study visit to Seoul's bus centre")
    factories.SiteVisitFactory(consultation=case_a, location="Central depot", findings="Field notes: drivers resist")
    factories.FundingCommitmentFactory(consultation=case_a, amount=Decimal("270000"), status="committed")
    factories.FundingCommitmentFactory(consultation=case_a, amount=Decimal("12345"), status="pledged")
    factories.IndicatorMeasurementFactory(
        indicator=factories.OutcomeIndicatorFactory(consultation=case_a, name="Card users"),
        measured_on=datetime.date(2016, 10, 1),
        value=Decimal("68"),
    )
    return case_a


SECRETS = ["Field notes: drivers resist", "weak ownership", "12345", "Dr. Released Expert"]
SHARED = ["Our council can add 10% of the cost.", "Study visit to Seoul", "Central depot", "270000", "Card users"]


def api_detail(user, case) -> dict:
    client = APIClient()
    client.force_authenticate(user)
    return client.get(f"/api/v1/consultations/{case.pk}/").json()


def page(client, user, case):
    client.force_login(user)
    response = client.get(reverse("portal:consultation_detail", args=[case.pk]))
    assert response.status_code == 200
    return response


def test_the_city_sees_its_work_but_not_the_task_forces_notes(client, worked_case, official_a):
    data = api_detail(official_a, worked_case)
    assert "evaluation_summary" not in data
    assert data["budget_notes"] == "Our council can add 10% of the cost."
    assert all("findings" not in visit for visit in data["site_visits"])
    assert [c["status"] for c in data["funding_commitments"]] == ["committed"]
    assert "Dr. Released Expert" not in {member["name"] for member in data["task_force"]}
    assert [a["title"] for a in data["activities"]] == ["Study visit to Seoul's bus centre"]
    assert data["indicators"][0]["measurements"][0]["value"].startswith("68")

    listed = APIClient()
    listed.force_authenticate(official_a)
    row = next(r for r in listed.get("/api/v1/consultations/").json()["results"] if r["id"] == worked_case.pk)
    assert "evaluation_summary" not in row and all("findings" not in v for v in row["site_visits"])

    response = page(client, official_a, worked_case)
    html = response.content.decode()
    for text in SHARED:
        assert text in html, text
    for text in SECRETS:
        assert text not in html and text not in str(data), text


@pytest.mark.parametrize("persona", ["official_a", "expert_user", "consultant", "staff_officer"])
def test_portal_and_api_show_the_same_parts(request, client, worked_case, persona):
    user = request.getfixturevalue(persona)
    data = api_detail(user, worked_case)
    context = page(client, user, worked_case).context
    assert {m["id"] for m in data["task_force"]} == {m.pk for m in context["task_force"]}
    assert {c["id"] for c in data["funding_commitments"]} == {c.pk for c in context["funding_commitments"]}
    assert {a["id"] for a in data["activities"]} == {a.pk for a in context["activities"]}
    assert {v["id"] for v in data["site_visits"]} == {v.pk for v in context["site_visits"]}
    assert {i["id"] for i in data["indicators"]} == {s.indicator.pk for s in context["indicator_series"]}
    internal = persona != "official_a"
    assert ("evaluation_summary" in data) == internal == context["parts"].internal
    assert all(("findings" in visit) == internal for visit in data["site_visits"])


def test_the_task_force_sees_findings_evaluation_pledges_and_who_left(client, worked_case, expert_user):
    data = api_detail(expert_user, worked_case)
    assert data["evaluation_summary"] == "SMG's own evaluation: weak ownership."
    assert {c["status"] for c in data["funding_commitments"]} == {"committed", "pledged"}
    released = next(m for m in data["task_force"] if m["name"] == "Dr. Released Expert")
    assert released["released_on"] == timezone.localdate().isoformat()
    html = page(client, expert_user, worked_case).content.decode()
    for text in ("Field notes: drivers resist", "weak ownership", "12345", "Dr. Released Expert", "released on"):
        assert text in html, text
