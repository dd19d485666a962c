"""Consultation workflows by API: filing, submitting, moving, syncing, filtering."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from consultations.models import Consultation
from consultations.services import consultation_move
from tests import factories

pytestmark = pytest.mark.django_db


def test_official_files_and_submits_a_request_with_a_token(official_a):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {factories.api_key_for(official_a)}")
    body = {
        "title": "Smart bus fares",
        "challenge": "Cash fares slow the buses.",
        "budget_situation": "needs_funding",
        "contact_name": "Bat Erdene",
        "contact_email": "bat@example.org",
        "sectors": ["transportation"],
        "sdgs": [11],
    }
    created = client.post("/api/v1/consultations/", body, format="json")
    assert created.status_code == 201, created.content
    case_id = created.json()["id"]

    submitted = client.post(f"/api/v1/consultations/{case_id}/submit/")
    assert submitted.status_code == 200, submitted.content
    case = Consultation.objects.get(pk=case_id)
    assert case.submitted_at is not None
    assert case.stage in ("request", "screening")  # the system may already have accepted it
    assert client.post(f"/api/v1/consultations/{case_id}/submit/").json()["error"]["code"] == "not_a_draft"


def test_bad_token_is_401(db):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    response = client.get("/api/v1/consultations/")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_failed"


def test_staff_moves_a_case_through_the_pipeline(api, staff_officer, case_a):
    client = api(staff_officer)
    url = f"/api/v1/consultations/{case_a.pk}/transitions/"

    refused = client.post(url, {"target": "site_visit"}, format="json")
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "guard_failed"
    assert "analysis report" in refused.json()["error"]["message"]

    factories.DocumentFactory(consultation=case_a, kind="analysis_report", visibility="internal")
    options = client.get(url).json()
    assert any(option["target"] == "site_visit" and option["ready"] for option in options)
    moved = client.post(url, {"target": "site_visit", "note": "Report in."}, format="json")
    assert moved.status_code == 200, moved.content
    assert moved.json()["stage"] == "site_visit"
    assert moved.json()["history"][-1]["to_stage"] == "site_visit"
    assert moved.json()["history"][-1]["actor"] == str(staff_officer)


def test_move_not_allowed_from_this_stage_and_unknown_target(api, staff_officer, case_a):
    url = f"/api/v1/consultations/{case_a.pk}/transitions/"
    client = api(staff_officer)
    assert client.post(url, {"target": "closed"}, format="json").json()["error"]["code"] == "move_not_allowed"
    unknown = client.post(url, {"target": "moon"}, format="json")
    assert unknown.status_code == 400
    assert "target" in unknown.json()["error"]["fields"]
    note_missing = client.post(url, {"target": "on_hold"}, format="json")
    assert note_missing.json()["error"]["code"] == "note_required"


def test_conflict_when_another_move_came_first(api, staff_officer, case_a, monkeypatch):
    from consultations.api import ConsultationViewSet

    stale = Consultation.objects.get(pk=case_a.pk)  # what this request loaded ...
    consultation_move(consultation=case_a, target="on_hold", actor=staff_officer, note="Election")  # ... then this
    monkeypatch.setattr(ConsultationViewSet, "get_object", lambda self: stale)

    response = api(staff_officer).post(
        f"/api/v1/consultations/{case_a.pk}/transitions/", {"target": "withdrawn", "note": "x"}, format="json"
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "conflict"


def test_official_pulls_exactly_its_city_incrementally(api, official_a, city_a, city_b):
    old = factories.ConsultationFactory(city=city_a, stage="analysis", track="consultation")
    factories.ConsultationFactory(city=city_b, stage="analysis", track="consultation")
    Consultation.objects.filter(pk=old.pk).update(updated_at=timezone.now() - datetime.timedelta(days=10))
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    recent = factories.ConsultationFactory(city=city_a, stage="request")

    client = api(official_a)
    everything = {row["id"] for row in client.get("/api/v1/consultations/").json()["results"]}
    assert everything == {old.pk, recent.pk}
    incremental = client.get("/api/v1/consultations/", {"updated_since": since}).json()["results"]
    assert [row["id"] for row in incremental] == [recent.pk]
    assert client.get("/api/v1/consultations/", {"updated_since": "yesterday"}).status_code == 400


def test_filters_search_and_ordering(api, staff_officer, city_a, city_b):
    from policies.models import SDG, Sector

    water = factories.ConsultationFactory(
        city=city_b,
        title="Water purification",
        stage="implementation",
        track="funding",
        sectors=[Sector.objects.get(key="water")],
    )
    water.sdgs.set([SDG.objects.get(number=6)])
    bus = factories.ConsultationFactory(city=city_a, title="Bus reform", stage="analysis", track="consultation")
    factories.FundingCommitmentFactory(consultation=water, status="committed")
    module = factories.PolicyModuleFactory()
    bus.policy_modules.set([module])
    client = api(staff_officer)

    def ids(**params):
        response = client.get("/api/v1/consultations/", params)
        assert response.status_code == 200, response.content
        return [row["id"] for row in response.json()["results"]]

    assert ids(stage="implementation") == [water.pk]
    assert sorted(ids(stage=["implementation", "analysis"])) == sorted([water.pk, bus.pk])
    assert ids(track="funding") == [water.pk]
    assert ids(city=city_a.pk) == [bus.pk]
    assert ids(country="PE") == [water.pk]
    assert ids(region="latin_america") == [water.pk]
    assert ids(sector="water") == [water.pk]
    assert ids(sdg="6") == [water.pk]
    assert ids(funding_source=water.funding_commitments.get().source_id) == [water.pk]
    assert ids(policy_module=module.slug) == [bus.pk]
    assert ids(search="purification") == [water.pk]
    assert ids(ordering="title") == [bus.pk, water.pk]
    assert ids(ordering="-title") == [water.pk, bus.pk]
    future = (timezone.now() + datetime.timedelta(days=1)).isoformat()
    assert ids(created_after=future) == []
    assert sorted(ids(created_before=future)) == sorted([water.pk, bus.pk])
    bad = client.get("/api/v1/consultations/", {"stage": "nowhere"})
    assert bad.status_code == 400
    assert bad.json()["error"]["code"] == "invalid"


def test_cursor_pagination_walks_everything_without_counting(api, staff_officer, django_assert_max_num_queries):
    created = {factories.ConsultationFactory(stage="request").pk for _ in range(7)}
    client = api(staff_officer)
    seen: list[int] = []
    url = "/api/v1/consultations/?page_size=3"
    while url:
        page = client.get(url).json()
        assert "count" not in page
        seen += [row["id"] for row in page["results"]]
        url = page["next"]
    assert sorted(seen) == sorted(created)
    assert len(seen) == len(set(seen))
    huge = client.get("/api/v1/consultations/?page_size=100000")
    assert huge.status_code == 200  # bounded by max_page_size, not an error


def test_summary_is_the_results_figures(api, anonymous):
    from consultations.results import RESULT_KEYS, initiative_results

    data = api(anonymous).get("/api/v1/summary/").json()
    # The figures come first, in the report's order; the PPP network's launch date, the breakdown by kind of
    # source and the definitions follow them (issue 15: the headline is shown beside its definition).
    assert list(data)[: len(RESULT_KEYS)] == list(RESULT_KEYS)
    assert {"ppp_network_since", "funds_by_kind", "definitions"} <= set(data)
    assert data["cities"] == initiative_results().cities


def test_staff_publishes_a_case_summary(api, staff_officer, anonymous, city_a):
    case = factories.ConsultationFactory(city=city_a, stage="closed", track="consultation")
    url = f"/api/v1/consultations/{case.pk}/"
    response = api(staff_officer).patch(url, {"is_published": True, "public_summary": "U-Money"}, format="json")
    assert response.status_code == 200, response.content
    public = api(anonymous).get(url)
    assert public.status_code == 200
    assert public.json()["public_summary"] == "U-Money"
