"""`search=` on PostgreSQL lists the most relevant cases first (full-text rank: title, then public summary, then
the challenge for readers who may see it) when no `ordering=` is asked for; SQLite keeps plain `icontains`,
newest first. The cursor pages through a ranked search without losing or repeating a case."""

from __future__ import annotations

import pytest
from django.db import connection

from consultations import selectors
from tests import factories

pytestmark = pytest.mark.django_db

POSTGRES = connection.vendor == "postgresql"


@pytest.fixture
def flood_cases(city_a):
    # Created in this order, so newest first is challenge, summary, title: the opposite of relevance.
    in_title = factories.ConsultationFactory(
        city=city_a, title="Flood defence", stage="closed", track="consultation", is_published=True
    )
    in_summary = factories.ConsultationFactory(
        city=city_a,
        title="River works",
        stage="closed",
        track="consultation",
        is_published=True,
        public_summary="Seoul shared its flood warning system.",
    )
    in_challenge = factories.ConsultationFactory(
        city=city_a,
        title="Drainage",
        stage="closed",
        track="consultation",
        is_published=True,
        challenge="Every monsoon brings a flood to the old town.",
    )
    factories.ConsultationFactory(city=city_a, title="Bus lanes", stage="closed", is_published=True)
    return in_title, in_summary, in_challenge


def _ids(client, **params) -> list[int]:
    response = client.get("/api/v1/consultations/", params)
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_search_ranks_by_relevance_on_postgres_and_stays_newest_first_elsewhere(api, staff_officer, flood_cases):
    in_title, in_summary, in_challenge = flood_cases
    client = api(staff_officer)
    if POSTGRES:
        assert _ids(client, search="flood") == [in_title.pk, in_summary.pk, in_challenge.pk]
    else:
        assert _ids(client, search="flood") == [in_challenge.pk, in_summary.pk, in_title.pk]
    # An explicit ordering wins over the rank.
    assert _ids(client, search="flood", ordering="title") == [in_challenge.pk, in_title.pk, in_summary.pk]
    assert _ids(client, search="FLOO") == [in_challenge.pk, in_summary.pk, in_title.pk]  # a substring: no rank


def test_public_readers_are_not_ranked_by_the_challenge_they_cannot_see(api, flood_cases):
    in_title, in_summary, _in_challenge = flood_cases
    expected = [in_title.pk, in_summary.pk] if POSTGRES else [in_summary.pk, in_title.pk]
    assert _ids(api(), search="flood") == expected


def test_the_cursor_pages_through_a_ranked_search(api, staff_officer, flood_cases):
    client = api(staff_officer)
    seen, url = [], "/api/v1/consultations/?search=flood&page_size=1"
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        seen += [row["id"] for row in response.json()["results"]]
        url = response.json()["next"]
    assert seen == _ids(client, search="flood")
    assert sorted(seen) == sorted(case.pk for case in flood_cases)
    # A cursor whose position is not a number is bad input, not a server error.
    if POSTGRES:
        from base64 import b64encode

        bad = b64encode(b"p=abc").decode()
        assert client.get(f"/api/v1/consultations/?search=flood&cursor={bad}").status_code == 400


def test_broad_searches_are_not_ranked(staff_officer, flood_cases, monkeypatch):
    from consultations.access import consultations_visible_to

    monkeypatch.setattr(selectors, "SEARCH_RANK_MAX_MATCHES", 2)
    visible = consultations_visible_to(staff_officer)
    assert not selectors.is_ranked(selectors.consultation_search_ranked(visible, terms=["flood"], full=True))
    monkeypatch.setattr(selectors, "SEARCH_RANK_MAX_MATCHES", 3)
    ranked = selectors.consultation_search_ranked(visible, terms=["flood"], full=True)
    assert selectors.is_ranked(ranked) == POSTGRES
