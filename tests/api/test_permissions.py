"""Who sees and changes what, persona by persona, endpoint by endpoint."""

from __future__ import annotations

import json

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "official_a", "official_b", "expert", "unassigned_expert", "staff"]


@pytest.fixture
def world(case_a, case_b, published_case, personas):
    draft_a = factories.ConsultationFactory(city=case_a.city, stage="draft")
    return {"case_a": case_a, "case_b": case_b, "published": published_case, "draft_a": draft_a, **personas}


def _ids(response) -> set[int]:
    return {row["id"] for row in response.json()["results"]}


# --- consultations: list, retrieve, export -----------------------------------------------------------

VISIBLE = {
    "anonymous": {"published"},
    "official_a": {"case_a", "draft_a"},
    "official_b": {"case_b", "published"},
    "expert": {"case_a"},
    "unassigned_expert": set(),
    "staff": {"case_a", "case_b", "published", "draft_a"},
}


@pytest.mark.parametrize("persona", PERSONAS)
def test_consultation_list_retrieve_and_export_agree(api, world, persona):
    client = api(world[persona])
    expected = {world[name].pk for name in VISIBLE[persona]}

    assert _ids(client.get("/api/v1/consultations/")) == expected

    for name in ("case_a", "case_b", "published", "draft_a"):
        status = client.get(f"/api/v1/consultations/{world[name].pk}/").status_code
        assert status == (200 if name in VISIBLE[persona] else 404), (persona, name)

    export = client.get("/api/v1/consultations/export/?format=ndjson")
    assert export.status_code == 200
    rows = [json.loads(line) for line in b"".join(export.streaming_content).decode().splitlines()]
    assert {row["id"] for row in rows} == expected


@pytest.mark.parametrize("persona", PERSONAS)
def test_public_callers_get_the_reduced_case_shape(api, world, persona):
    response = api(world[persona]).get("/api/v1/consultations/")
    for row in response.json()["results"]:
        has_private = "challenge" in row and "history" in row and "contact_email" in row
        assert has_private == (persona != "anonymous"), persona


def test_official_sees_shared_documents_only(api, world):
    factories.DocumentFactory(consultation=world["case_a"], visibility="shared", title="Shared")
    factories.DocumentFactory(consultation=world["case_a"], visibility="internal", title="Internal")
    official = api(world["official_a"]).get(f"/api/v1/consultations/{world['case_a'].pk}/").json()
    expert = api(world["expert"]).get(f"/api/v1/consultations/{world['case_a'].pk}/").json()
    assert [d["title"] for d in official["documents"]] == ["Shared"]
    assert {d["title"] for d in expert["documents"]} == {"Shared", "Internal"}


def test_official_reads_no_internal_messages(api, world):
    factories.MessageFactory(consultation=world["case_a"], body="For the city", is_internal=False)
    factories.MessageFactory(consultation=world["case_a"], body="Internal note", is_internal=True)
    url = f"/api/v1/consultations/{world['case_a'].pk}/messages/"
    assert [m["body"] for m in api(world["official_a"]).get(url).json()] == ["For the city"]
    assert len(api(world["staff"]).get(url).json()) == 2


# --- consultations: create, update, transition, messages, documents --------------------------------

CREATE = {"anonymous": 401, "official_a": 201, "official_b": 201, "expert": 403, "unassigned_expert": 403, "staff": 201}
# PATCH on case_a (in analysis): officials edit drafts only (400), staff edit descriptive fields.
UPDATE = {"anonymous": 401, "official_a": 400, "official_b": 404, "expert": 403, "unassigned_expert": 404, "staff": 200}
UPDATE_DRAFT = {
    "anonymous": 401,
    "official_a": 200,
    "official_b": 404,
    "expert": 404,
    "unassigned_expert": 404,
    "staff": 200,
}
# Putting case_a on hold is a staff move.
TRANSITION = {
    "anonymous": 401,
    "official_a": 403,
    "official_b": 404,
    "expert": 403,
    "unassigned_expert": 404,
    "staff": 200,
}
MESSAGE = {
    "anonymous": 401,
    "official_a": 201,
    "official_b": 404,
    "expert": 201,
    "unassigned_expert": 404,
    "staff": 201,
}


@pytest.mark.parametrize("persona", PERSONAS)
def test_create_request(api, world, persona):
    body = {"title": "Smart bus fares", "challenge": "Cash fares slow the buses.", "sectors": ["transportation"]}
    if persona == "staff":
        body["city"] = world["case_a"].city_id
    response = api(world[persona]).post("/api/v1/consultations/", body, format="json")
    assert response.status_code == CREATE[persona], response.content
    if response.status_code == 201:
        data = response.json()
        assert data["stage"] == "draft"
        if persona == "official_b":
            assert data["city"] == world["official_b"].city_id


def test_official_cannot_file_for_another_city_and_cannot_set_the_stage(api, world):
    body = {"title": "Sneaky", "city": world["case_b"].city_id, "stage": "closed"}
    response = api(world["official_a"]).post("/api/v1/consultations/", body, format="json")
    assert response.status_code == 201
    assert response.json()["city"] == world["official_a"].city_id
    assert response.json()["stage"] == "draft"


@pytest.mark.parametrize("persona", PERSONAS)
def test_update(api, world, persona):
    url = f"/api/v1/consultations/{world['case_a'].pk}/"
    response = api(world[persona]).patch(url, {"title": "Renamed", "stage": "closed"}, format="json")
    assert response.status_code == UPDATE[persona], response.content
    world["case_a"].refresh_from_db()
    assert world["case_a"].stage == "analysis"  # stage is read-only everywhere
    assert (world["case_a"].title == "Renamed") == (UPDATE[persona] == 200)


@pytest.mark.parametrize("persona", PERSONAS)
def test_update_draft(api, world, persona):
    url = f"/api/v1/consultations/{world['draft_a'].pk}/"
    response = api(world[persona]).patch(url, {"challenge": "Updated challenge"}, format="json")
    assert response.status_code == UPDATE_DRAFT[persona], response.content


@pytest.mark.parametrize("persona", PERSONAS)
def test_transition(api, world, persona):
    url = f"/api/v1/consultations/{world['case_a'].pk}/transitions/"
    response = api(world[persona]).post(url, {"target": "on_hold", "note": "New mayor"}, format="json")
    assert response.status_code == TRANSITION[persona], response.content
    world["case_a"].refresh_from_db()
    assert (world["case_a"].stage == "on_hold") == (persona == "staff")
    if response.status_code >= 400:
        assert set(response.json()) == {"error"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_post_message(api, world, persona):
    url = f"/api/v1/consultations/{world['case_a'].pk}/messages/"
    response = api(world[persona]).post(url, {"body": "When is the site visit?"}, format="json")
    assert response.status_code == MESSAGE[persona], response.content


@pytest.mark.parametrize("persona", PERSONAS)
def test_upload_document(api, world, persona):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n%test document\n", content_type="application/pdf")
    url = f"/api/v1/consultations/{world['case_a'].pk}/documents/"
    response = api(world[persona]).post(url, {"file": upload, "title": "Plan"}, format="multipart")
    assert response.status_code == MESSAGE[persona], response.content
    if persona == "official_a":
        assert response.json()["visibility"] == "shared"


# --- reference resources --------------------------------------------------------------------------

READ = {
    # resource: (anonymous status, signed-in status)
    "cities": (401, 200),
    "experts": (401, 200),
    "policies": (200, 200),
    "funding-sources": (401, 200),
    "sectors": (200, 200),
    "sdgs": (200, 200),
    "training-programmes": (401, 200),
    "summary": (200, 200),
}
CREATE_BODIES = {
    "cities": {"name": "Maputo", "country": "MZ", "region": "africa"},
    "experts": {"name": "Dr. Lee", "kind": "researcher"},
    "policies": {"title": "T-money", "slug": "t-money", "sector": "transportation", "summary": "Smart card."},
    "funding-sources": {"name": "Ministry of the Interior", "kind": "national_partner"},
    "training-programmes": {"title": "Urban railway course", "kind": "course", "year": 2017},
}


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("resource", list(READ))
def test_reference_reads(api, world, persona, resource):
    url = f"/api/v1/{resource}/"
    expected = READ[resource][0 if persona == "anonymous" else 1]
    assert api(world[persona]).get(url).status_code == expected


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("resource", list(CREATE_BODIES))
def test_reference_writes_are_staff_only(api, world, persona, resource):
    response = api(world[persona]).post(f"/api/v1/{resource}/", CREATE_BODIES[resource], format="json")
    expected = {"anonymous": 401, "staff": 201}.get(persona, 403)
    assert response.status_code == expected, response.content
    if expected == 201:
        pk = response.json()["id"]
        patched = api(world[persona]).patch(f"/api/v1/{resource}/{pk}/", {}, format="json")
        assert patched.status_code == 200


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("resource", "anonymous_status"), [("cities", 401), ("policies", 200)])
def test_reference_exports(api, world, persona, resource, anonymous_status):
    response = api(world[persona]).get(f"/api/v1/{resource}/export/?format=csv")
    assert response.status_code == (anonymous_status if persona == "anonymous" else 200)


def test_experts_public_fields_for_non_staff(api, world):
    factories.ExpertFactory(email="secret@example.org")
    row = api(world["official_a"]).get("/api/v1/experts/").json()["results"][0]
    assert "email" not in row and "user" not in row and "is_active" not in row
    staff_row = api(world["staff"]).get("/api/v1/experts/").json()["results"][0]
    assert "email" in staff_row


def test_unpublished_policies_only_for_staff(api, world):
    factories.PolicyModuleFactory(is_published=True)
    factories.PolicyModuleFactory(is_published=False)
    assert len(api(world["anonymous"]).get("/api/v1/policies/").json()["results"]) == 1
    assert len(api(world["official_a"]).get("/api/v1/policies/").json()["results"]) == 1
    assert len(api(world["staff"]).get("/api/v1/policies/").json()["results"]) == 2
