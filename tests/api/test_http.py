"""HTTP behaviour of the API: conditional GET, throttling, CORS, the error body, token admin."""

from __future__ import annotations

import pytest
from django.test import override_settings

from security.models import ApiToken
from tests import factories
from tests.factories import api_key_for

pytestmark = pytest.mark.django_db


def test_detail_etag_and_304(api, official_a, case_a):
    client = api(official_a)
    url = f"/api/v1/consultations/{case_a.pk}/"
    first = client.get(url)
    assert first.status_code == 200
    etag, last_modified = first["ETag"], first["Last-Modified"]

    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304

    # A nested change (a new shared document) changes the ETag and Last-Modified although the case row did not.
    factories.DocumentFactory(consultation=case_a, visibility="shared")
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200
    assert again["ETag"] != etag


def test_list_etag_and_304(api, staff_officer, case_a):
    client = api(staff_officer)
    first = client.get("/api/v1/consultations/")
    assert client.get("/api/v1/consultations/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    factories.ConsultationFactory()
    assert client.get("/api/v1/consultations/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_etag_differs_between_callers(api, official_a, staff_officer, case_a):
    url = f"/api/v1/consultations/{case_a.pk}/"
    factories.DocumentFactory(consultation=case_a, visibility="internal")
    assert api(official_a).get(url)["ETag"] != api(staff_officer).get(url)["ETag"]


@override_settings(
    REST_FRAMEWORK={
        "EXCEPTION_HANDLER": "core.api.exception_handler",
        "DEFAULT_THROTTLE_RATES": {"anon": "3/min", "user": "5/min", "writes": "2/min"},
    }
)
def test_throttles_per_anonymous_user_and_writes(api, anonymous, official_a, case_a):
    from django.core.cache import cache

    cache.clear()
    anon = api(anonymous)
    statuses = [anon.get("/api/v1/summary/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    throttled = anon.get("/api/v1/summary/")
    assert throttled.json()["error"]["code"] == "throttled"
    assert "Retry-After" in throttled

    official = api(official_a)
    url = f"/api/v1/consultations/{case_a.pk}/messages/"
    writes = [official.post(url, {"body": f"Message {n}"}, format="json").status_code for n in range(3)]
    assert writes == [201, 201, 429]  # the tighter write budget runs out first
    assert official.get(url).status_code == 200  # reads still have budget
    cache.clear()


@override_settings(CORS_ALLOWED_ORIGINS=["https://dashboard.example.org"])
def test_cors_allowed_origin(client, db):
    allowed = client.get("/api/v1/summary/", HTTP_ORIGIN="https://dashboard.example.org")
    assert allowed["Access-Control-Allow-Origin"] == "https://dashboard.example.org"
    other = client.get("/api/v1/summary/", HTTP_ORIGIN="https://evil.example.com")
    assert "Access-Control-Allow-Origin" not in other


def test_error_body_is_one_shape(api, anonymous, official_a, case_a):
    not_found = api(official_a).get("/api/v1/consultations/999999/")
    assert not_found.status_code == 404
    assert set(not_found.json()["error"]) == {"code", "message"}
    invalid = api(official_a).post("/api/v1/consultations/", {"title": ""}, format="json")
    assert invalid.status_code == 400
    assert invalid.json()["error"]["code"] == "invalid"
    assert "title" in invalid.json()["error"]["fields"]
    unauthenticated = api(anonymous).post("/api/v1/consultations/", {}, format="json")
    assert unauthenticated.status_code == 401
    assert unauthenticated["WWW-Authenticate"] == "Token"
    bad_export = api(official_a).get("/api/v1/consultations/export/?format=xlsx")
    assert bad_export.status_code == 400
    assert bad_export.json()["error"]["code"] == "invalid_format"


def test_staff_revoke_tokens_in_the_admin(client, staff_officer, official_a):
    api_key_for(official_a)
    token = ApiToken.objects.get(user=official_a)
    client.force_login(staff_officer)
    assert client.get("/admin/security/apitoken/add/").status_code == 403  # keys are made by their owners
    delete = client.post(f"/admin/security/apitoken/{token.pk}/delete/", {"post": "yes"})
    assert delete.status_code == 302
    assert not ApiToken.objects.filter(pk=token.pk).exists()


def test_docs_and_schema_are_served(client, db):
    assert client.get("/api/v1/docs/").status_code == 200
    schema = client.get("/api/v1/schema/")
    assert schema.status_code == 200
    assert b"/api/v1/consultations/{id}/transitions/" in schema.content
