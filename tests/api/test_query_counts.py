"""Query counts stay constant as rows grow (10 vs 200 cases; 1 vs 20 history rows each)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations.models import StageTransition
from tests import factories

pytestmark = pytest.mark.django_db


def _cases(count: int, history_each: int, city) -> None:
    expert = factories.ExpertFactory()
    source = factories.FundingSourceFactory()
    for _ in range(count):
        case = factories.ConsultationFactory(city=city, stage="implementation", track="funding")
        StageTransition.objects.bulk_create(
            [StageTransition(consultation=case, from_stage="", to_stage="request") for _ in range(history_each)]
        )
        factories.TaskForceMemberFactory(consultation=case, role="lead_expert", expert=expert)
        factories.ActivityFactory(consultation=case)
        factories.SiteVisitFactory(consultation=case).experts.set([expert])
        factories.FundingCommitmentFactory(consultation=case, source=source)
        factories.IndicatorMeasurementFactory(indicator=factories.OutcomeIndicatorFactory(consultation=case))


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("persona", ["staff_officer", "official_a", "anonymous"])
def test_list_queries_do_not_grow(api, request, city_a, persona):
    client = api(request.getfixturevalue(persona))
    url = "/api/v1/consultations/?page_size=500"
    _cases(10, 1, city_a)
    small = _count(client, url)
    _cases(190, 20, city_a)
    large = _count(client, url)
    assert small == large, (small, large)
    assert large <= 16


def test_detail_queries_do_not_grow(api, staff_officer, city_a):
    client = api(staff_officer)
    _cases(1, 1, city_a)
    case = city_a.consultations.get()
    small = _count(client, f"/api/v1/consultations/{case.pk}/")
    StageTransition.objects.bulk_create(
        [StageTransition(consultation=case, from_stage="", to_stage="request") for _ in range(19)]
    )
    for _ in range(5):
        factories.DocumentFactory(consultation=case)
    assert _count(client, f"/api/v1/consultations/{case.pk}/") == small


@pytest.mark.parametrize(
    "url", ["/api/v1/cities/", "/api/v1/experts/", "/api/v1/policies/", "/api/v1/training-programmes/"]
)
def test_reference_lists_do_not_grow(api, staff_officer, url):
    from policies.models import Sector

    client = api(staff_officer)

    def add(n):
        for _ in range(n):
            factories.CityFactory()
            factories.ExpertFactory().sectors.set([Sector.objects.first()])
            factories.PolicyModuleFactory()
            programme = factories.TrainingProgrammeFactory()
            programme.sectors.set([Sector.objects.first()])
            factories.TrainingParticipantFactory(programme=programme)

    add(2)
    small = _count(client, url)
    add(20)
    assert _count(client, url) == small
