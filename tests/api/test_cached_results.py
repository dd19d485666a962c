"""The public results figures come from the cache; a move turns the cache over after commit."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations.results import cached_initiative_results, initiative_results, refresh_cached_results
from consultations.services import consultation_move
from tests import factories

pytestmark = pytest.mark.django_db


def test_summary_is_served_from_the_cache(api, anonymous, city_a):
    factories.ConsultationFactory(city=city_a, stage="analysis", track="consultation")
    client = api(anonymous)
    first = client.get("/api/v1/summary/").json()
    assert first["initiatives"] == 1
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/api/v1/summary/").json()
    assert again == first
    assert len(queries) == 0


def test_a_move_turns_the_cache_over(staff_officer, city_a, django_capture_on_commit_callbacks):
    case = factories.ConsultationFactory(city=city_a, stage="screening")
    assert cached_initiative_results().initiatives == 0
    with django_capture_on_commit_callbacks(execute=True):
        consultation_move(consultation=case, target="declined", actor=staff_officer, note="out of scope")
    other = factories.ConsultationFactory(city=city_a, stage="screening", track="consultation")
    with django_capture_on_commit_callbacks(execute=True):
        consultation_move(consultation=other, target="task_force", actor=staff_officer)
    assert cached_initiative_results().initiatives == 1 == initiative_results().initiatives


def test_refresh_task_recomputes(city_a):
    assert cached_initiative_results().initiatives == 0
    factories.ConsultationFactory(city=city_a, stage="analysis", track="consultation")
    assert cached_initiative_results().initiatives == 0  # cached until a move, the task or the timeout
    refresh_cached_results()
    assert cached_initiative_results().initiatives == 1


def test_home_page_reads_the_cached_figures(client, city_a):
    factories.ConsultationFactory(city=city_a, stage="analysis", track="consultation")
    assert client.get("/").status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    assert not any("consultations_consultation" in query["sql"] for query in queries.captured_queries)
