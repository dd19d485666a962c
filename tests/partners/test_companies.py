"""Companies, their roles on cases and the project-references page; /api/v1/companies/ and its filters."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from tests import factories

pytestmark = pytest.mark.django_db
URL = "/api/v1/companies/"


@pytest.fixture
def kscc(city_a, city_b):
    """The Korean Smart Card Company's Ulaanbaatar story, plus a role on an unpublished case."""
    transport = factories.Sector.objects.get(key="transportation") if hasattr(factories, "Sector") else None
    company = factories.CompanyFactory(name="Korean Smart Card Company", is_sme=False)
    if transport is not None:
        company.sectors.add(transport)
    factories.NetworkMemberFactory(company=company, joined_on=datetime.date(2014, 7, 1))
    published = factories.ConsultationFactory(
        city=city_a, stage="closed", track="consultation", is_published=True, title="U-Money"
    )
    hidden = factories.ConsultationFactory(city=city_b, stage="analysis", track="funding", title="Unpublished")
    for role in ("consultant", "bidder", "implementer"):
        factories.CompanyRoleFactory(consultation=published, company=company, role=role)
    factories.CompanyRoleFactory(
        consultation=published, company=company, role="operator", started_on=datetime.date(2015, 1, 1)
    )
    factories.CompanyRoleFactory(consultation=hidden, company=company, role="ppp_partner")
    sme = factories.CompanyFactory(name="Hanbit Water", is_sme=True)
    factories.CompanyRoleFactory(consultation=hidden, company=sme, role="implementer")
    return company, published, hidden, sme


def client_for(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [row["name"] for row in response.json()["results"]]


def test_public_sees_roles_on_published_cases_only(kscc):
    company, published, hidden, _sme = kscc
    rows = client_for().get(URL).json()["results"]
    smart = next(row for row in rows if row["name"] == company.name)
    assert {role["role"] for role in smart["roles"]} == {"consultant", "bidder", "implementer", "operator"}
    assert all(role["consultation"] == published.pk for role in smart["roles"])
    assert smart["network_member"] is True and smart["network_joined_on"] == "2014-07-01"


def test_staff_see_every_role(kscc, staff_officer):
    company, _published, hidden, _sme = kscc
    rows = client_for(staff_officer).get(URL).json()["results"]
    smart = next(row for row in rows if row["name"] == company.name)
    assert hidden.pk in {role["consultation"] for role in smart["roles"]}


def test_filters(kscc, staff_officer):
    assert names(client_for().get(URL, {"role": "operator"})) == ["Korean Smart Card Company"]
    # A role on an unpublished case is not a public reference: the public filter does not find it.
    assert names(client_for().get(URL, {"role": "ppp_partner"})) == []
    assert names(client_for(staff_officer).get(URL, {"role": "ppp_partner"})) == ["Korean Smart Card Company"]
    assert names(client_for().get(URL, {"is_sme": "true"})) == ["Hanbit Water"]
    assert names(client_for().get(URL, {"network_member": "true"})) == ["Korean Smart Card Company"]
    assert names(client_for().get(URL, {"network_member": "false"})) == ["Hanbit Water"]
    assert client_for().get(URL, {"role": "sponsor"}).status_code == 400
    assert client_for().get(URL, {"sector": "nowhere"}).status_code == 400


def test_sector_filter(kscc):
    from policies.models import Sector

    company = kscc[0]
    company.sectors.add(Sector.objects.get(key="transportation"))
    assert names(client_for().get(URL, {"sector": "transportation"})) == ["Korean Smart Card Company"]


def test_read_only_for_everyone(kscc, staff_officer):
    assert client_for().post(URL, {"name": "X"}).status_code in (401, 403, 405)
    assert client_for(staff_officer).post(URL, {"name": "X"}).status_code == 405
    assert client_for(staff_officer).delete(f"{URL}{kscc[0].pk}/").status_code == 405


def test_archived_company_is_hidden(kscc, staff_officer):
    from core.archiving import record_archive

    record_archive(record=kscc[3], actor=staff_officer)
    assert "Hanbit Water" not in names(client_for(staff_officer).get(URL))
    assert client_for().get(f"{URL}{kscc[3].pk}/").status_code == 404


def test_in_the_schema_with_its_filters():
    schema = client_for().get("/api/v1/schema/", {"format": "json"}).json()
    parameters = {parameter["name"] for parameter in schema["paths"]["/api/v1/companies/"]["get"]["parameters"]}
    assert {"sector", "role", "is_sme", "network_member"} <= parameters


def test_query_count_is_constant(kscc, django_assert_max_num_queries):
    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert client_for().get(URL).status_code == 200
        return len(captured)

    few = count()
    for _ in range(15):
        company = factories.CompanyFactory()
        factories.NetworkMemberFactory(company=company)
        factories.CompanyRoleFactory(consultation=kscc[1], company=company, role="bidder")
    assert count() == few


def test_project_references_page(kscc, client):
    company, published, hidden, _sme = kscc
    page = client.get(reverse("portal:company_detail", args=[company.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Project references" in html and "U-Money" in html and "Operator" in html and "from 2015" in html
    assert "Unpublished" not in html
    case_page = client.get(reverse("portal:case_detail", args=[published.pk])).content.decode()
    assert reverse("portal:company_detail", args=[company.pk]) in case_page
    assert client.get(reverse("portal:company_detail", args=[999999])).status_code == 404


def test_project_references_page_query_count_is_constant(kscc, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    company, published = kscc[0], kscc[1]
    url = reverse("portal:company_detail", args=[company.pk])

    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    few = count()
    for _ in range(10):
        case = factories.ConsultationFactory(
            city=published.city, stage="closed", track="consultation", is_published=True
        )
        factories.CompanyRoleFactory(consultation=case, company=company, role="implementer")
    assert count() == few
