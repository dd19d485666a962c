"""Bad cursors, ids and filter values on every API list are a 400 (or 404 for an id in the path) with the
API's error body, never a 500."""

from __future__ import annotations

import base64
from urllib.parse import parse_qs, quote, urlparse

import pytest
from rest_framework.test import APIClient

from core.api import ApiCursorPagination
from policysharing.api import router
from tests import factories

pytestmark = pytest.mark.django_db


def b64(text: str) -> str:
    return quote(base64.b64encode(text.encode()).decode())


# Positions that no id or timestamp can be (the default ordering is by id; -updated_at by a timestamp).
BAD_POSITIONS = [
    "cD1hYmM%3D",  # p=abc: not an id
    b64("p=abc&o=1"),
    b64("p=99999999999999999999999999"),  # beyond any database integer
    b64("p=-99999999999999999999999999"),
    b64("p=1e5"),
    b64("p=\x00"),
]
# Bad whatever the ordering.
CRAFTED_CURSORS = [
    b64("o=-5"),
    b64("o=abc"),
    b64("o=99999999999999999999999"),
    b64("r=2"),
    b64("r=1&r=0"),
    b64("x=1"),
    b64("p=1&p=2"),
    b64("p"),
    b64("p=1\x00"),
    "!!!",
    "%00",
    "not-base64",
    "cD0x=garbage",
    quote("cD0x\n"),
]
CURSOR_ENDPOINTS = sorted(
    prefix
    for prefix, viewset, _basename in router.registry
    if issubclass(getattr(viewset, "pagination_class", None) or object, ApiCursorPagination)
)

MODELS = {
    "consultations": "consultations.Consultation",
    "cities": "cities.City",
    "experts": "experts.Expert",
    "policies": "policies.PolicyModule",
    "funding-sources": "funding.FundingSource",
    "training-programmes": "training.TrainingProgramme",
    "companies": "funding.Company",
}


@pytest.fixture
def rows(staff_officer, city_a):
    for n in range(3):
        factories.ConsultationFactory(
            city=city_a, title=f"Case {n}", is_published=True, stage="closed", track="funding"
        )
        factories.ExpertFactory(name=f"Expert {n}")
        factories.PolicyModuleFactory(title=f"Policy {n}")
        factories.TrainingProgrammeFactory(title=f"Course {n}", year=2010 + n)
        factories.FundingSourceFactory(name=f"Fund {n}")
        factories.CityFactory(name=f"Town {n}")
        factories.CompanyFactory(name=f"Company {n}")


def client_for(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def test_every_paginated_list_is_found():
    assert set(CURSOR_ENDPOINTS) >= {"consultations", "cities", "experts", "policies", "funding-sources"}


@pytest.mark.parametrize("endpoint", CURSOR_ENDPOINTS)
@pytest.mark.parametrize("cursor", BAD_POSITIONS)
@pytest.mark.parametrize("ordering", ["", "-updated_at"])
def test_positions_the_ordering_field_cannot_hold_are_400(staff_officer, endpoint, cursor, ordering):
    response = client_for(staff_officer).get(f"/api/v1/{endpoint}/?cursor={cursor}&ordering={ordering}")
    assert response.status_code == 400, (endpoint, cursor, response.status_code, response.content[:200])
    assert response.json()["error"]["code"] == "invalid_cursor"


@pytest.mark.parametrize("endpoint", CURSOR_ENDPOINTS)
@pytest.mark.parametrize("cursor", CRAFTED_CURSORS)
@pytest.mark.parametrize("ordering", ["", "title"])
def test_crafted_cursors_are_400_with_the_error_body(staff_officer, endpoint, cursor, ordering):
    response = client_for(staff_officer).get(f"/api/v1/{endpoint}/?cursor={cursor}&ordering={ordering}")
    assert response.status_code == 400, (endpoint, cursor, response.status_code, response.content[:200])
    assert response.json()["error"]["code"] in ("invalid_cursor", "invalid")


@pytest.mark.parametrize("endpoint", CURSOR_ENDPOINTS)
def test_crafted_cursor_for_anonymous_callers_too(db, endpoint):
    response = client_for(None).get(f"/api/v1/{endpoint}/?cursor=cD1hYmM%3D")
    assert response.status_code in (400, 401)
    assert set(response.json()) == {"error"}


# The data lists (not the per-user workflow lists: export jobs, task-force proposals).
@pytest.mark.parametrize("endpoint", [endpoint for endpoint in CURSOR_ENDPOINTS if endpoint in MODELS])
def test_real_cursors_still_walk_every_ordering(staff_officer, rows, endpoint):
    from django.apps import apps

    client = client_for(staff_officer)
    viewset = router_viewset(endpoint)
    model = apps.get_model(MODELS[endpoint])
    # DRF's cursors cannot hold a NULL position: orderings by nullable fields (submitted_at, period_start)
    # are not walked here (their "None" positions are refused with a 400, no longer a 500).
    names = [name for name in viewset.ordering_fields if not model._meta.get_field(name).null]
    orderings = [""] + [f"{sign}{name}" for name in names for sign in ("", "-")]
    for ordering in orderings:
        seen = []
        url = f"/api/v1/{endpoint}/?page_size=1&ordering={ordering}"
        while url:
            page = client.get(url)
            assert page.status_code == 200, (ordering, url, page.content[:200])
            seen += [row["id"] for row in page.json()["results"]]
            url = page.json()["next"]
            if url:
                back = page.json()["previous"]
                if back:
                    assert client.get(back).status_code == 200
                assert parse_qs(urlparse(url).query)["cursor"]
        assert len(seen) == len(set(seen)) >= 3, (endpoint, ordering)


def router_viewset(prefix: str):
    return next(viewset for p, viewset, _basename in router.registry if p == prefix)


BAD_VALUES = [
    "city=abc",
    "city=1e5",
    "city=99999999999999999999999",
    "city=-1",
    "year=1e400",
    "year=99999999999999999999",
    "year=NaN",
    "year=inf",
    "year_from=-inf",
    "updated_since=garbage",
    "updated_since=9999-99-99",
    "created_after=2020-13-45",
    "funding_source=1e3",
    "funding_source=99999999999999999999",
    "sdg=abc",
    "sdg=999999999999999999999",
    "stage=nowhere",
    "track=%00",
    "sector=%00",
    "language=%00",
    "policy_module=%00",
    "country=%00",
    "is_partner=maybe",
    "is_published=%00",
    "search=%00",
    "ordering=%00",
    "page_size=99999999999999999999",
]
ENDPOINTS = [*CURSOR_ENDPOINTS, "sectors", "sdgs"]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("query", BAD_VALUES)
def test_bad_filter_values_are_never_a_500(staff_officer, case_a, endpoint, query):
    client = client_for(staff_officer)
    paths = [f"/api/v1/{endpoint}/?{query}"]
    if hasattr(router_viewset(endpoint), "export"):
        paths.append(f"/api/v1/{endpoint}/export/?format=csv&{query}")
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 400), (path, response.status_code)
        if response.status_code == 400:
            assert set(response.json()) == {"error"}, path
        elif path.split("?")[0].endswith("/export/"):
            b"".join(response.streaming_content)


@pytest.mark.parametrize("query", ["city=abc", "year=NaN", "updated_since=garbage", "stage=nowhere", "sdg=abc"])
def test_typical_bad_filters_are_a_400(staff_officer, query):
    endpoint = "training-programmes" if query.startswith("year") else "consultations"
    response = client_for(staff_officer).get(f"/api/v1/{endpoint}/?{query}")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


@pytest.mark.parametrize("endpoint", CURSOR_ENDPOINTS)
@pytest.mark.parametrize("pk", ["abc", "1e5", "99999999999999999999999", "-1", "%00", "0"])
def test_bad_ids_are_404_with_the_error_body(staff_officer, endpoint, pk):
    response = client_for(staff_officer).get(f"/api/v1/{endpoint}/{pk}/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
