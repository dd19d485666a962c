"""The staff dashboard: who may open it, what it shows, and that its queries do not grow with the data."""

from __future__ import annotations

import datetime
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from dashboard import selectors
from dashboard.selectors import DashboardFilters
from policies.models import Sector
from tests import factories

pytestmark = pytest.mark.django_db
URL = reverse("dashboard:index")


def test_anonymous_is_sent_to_the_admin_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("persona", ["official_a", "expert_user"])
def test_other_roles_are_refused(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(URL).status_code == 403
    assert client.get(reverse("dashboard:results")).status_code == 403


def test_staff_sees_every_chart_with_its_table(client, staff_officer, city_a):
    city_a.latitude, city_a.longitude = Decimal("47.92"), Decimal("106.92")
    city_a.save()
    case = factories.ConsultationFactory(city=city_a, stage="analysis")
    factories.FundingCommitmentFactory(consultation=case, status="committed")
    factories.TrainingParticipantFactory(country="MN")
    client.force_login(staff_officer)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for table in ("funnel-table", "map-table", "funds-table", "training-table"):
        assert f'id="{table}"' in html
        assert f'aria-describedby="{table}"' in html
    assert "<circle" in html and "Ulaanbaatar" in html
    # Each pipeline stage appears once in the funnel's table.
    assert html.count('<th scope="row">4. Analysis &amp; research</th>') == 1


def test_consultant_sees_only_their_cases_read_only(client, consultant, case_a, city_b):
    factories.ConsultationFactory(city=city_b, stage="analysis")
    client.force_login(consultant)
    response = client.get(URL)
    assert response.status_code == 200
    assert response.context["read_only"] is True
    assert response.context["funnel"].total == 1


def test_bad_filter_is_a_clear_400(client, staff_officer):
    client.force_login(staff_officer)
    response = client.get(URL, {"track": "nonsense", "year": "abc"})
    assert response.status_code == 400
    assert "were not understood" in response.content.decode()


def test_funnel_counts_now_and_reached(city_a):
    factories.ConsultationFactory(city=city_a, stage="request")
    factories.ConsultationFactory(city=city_a, stage="analysis")
    factories.ConsultationFactory(city=city_a, stage="on_hold", resume_stage="site_visit", track="funding")
    factories.ConsultationFactory(city=city_a, stage="closed")
    factories.ConsultationFactory(city=city_a, stage="draft")
    cases = selectors.filtered_cases(viewer=factories.StaffFactory(), filters=DashboardFilters())
    funnel = selectors.stage_funnel(cases)
    rows = {row.key: row for row in funnel.rows}
    assert [row.key for row in funnel.rows] == [
        "request",
        "screening",
        "task_force",
        "analysis",
        "site_visit",
        "consulting",
        "implementation",
        "follow_up",
    ]
    assert funnel.total == 4  # the draft is the city's own
    assert (rows["request"].now, rows["request"].reached) == (1, 4)
    assert (rows["analysis"].now, rows["analysis"].reached) == (1, 3)
    assert rows["site_visit"].reached == 2  # the on-hold case left from the site visit
    assert rows["follow_up"].reached == 1
    assert {row.key: row.now for row in funnel.side}["on_hold"] == 1


def test_filters_narrow_cases(city_a, city_b):
    water = Sector.objects.get(key="water")
    factories.ConsultationFactory(city=city_a, stage="analysis", track="consultation")
    factories.ConsultationFactory(city=city_b, stage="analysis", track="funding", sectors=[water])
    staff = factories.StaffFactory()

    def count(**kwargs):
        return selectors.filtered_cases(viewer=staff, filters=DashboardFilters(**kwargs)).count()

    assert count() == 2
    assert count(track="funding") == 1
    assert count(sector="water") == 1
    assert count(region="latin_america") == 1
    assert count(year=timezone.localdate().year) == 2
    assert count(year=2001) == 0


def test_overdue_cases_are_listed_with_days_over_target(city_a):
    late = factories.ConsultationFactory(
        city=city_a, stage="screening", stage_entered_at=timezone.now() - timedelta(days=40)
    )
    factories.ConsultationFactory(city=city_a, stage="screening")
    total, listed = selectors.overdue_cases(
        selectors.filtered_cases(viewer=factories.StaffFactory(), filters=DashboardFilters())
    )
    assert total == 1
    assert listed[0].consultation == late
    assert listed[0].days_over == 10  # screening's target is 30 days


def test_funds_in_eur_by_source_and_status(city_a):
    case = factories.ConsultationFactory(city=city_a, stage="implementation")
    koica = factories.FundingSourceFactory()
    city_budget = factories.FundingSourceFactory(name="City budget", acronym="", kind="city_budget")
    factories.ExchangeRateFactory(currency="USD", rate_to_eur=Decimal("0.5"))
    factories.FundingCommitmentFactory(consultation=case, source=koica, amount=Decimal("1000"), status="pledged")
    factories.FundingCommitmentFactory(
        consultation=case, source=koica, amount=Decimal("1000"), currency="USD", status="disbursed"
    )
    factories.FundingCommitmentFactory(consultation=case, source=city_budget, amount=Decimal("300"), status="committed")
    factories.FundingCommitmentFactory(
        consultation=case, source=city_budget, amount=Decimal("9"), currency="MNT", status="committed"
    )
    funds = selectors.funds_by_source_and_status(
        selectors.filtered_cases(viewer=factories.StaffFactory(), filters=DashboardFilters())
    )
    by_source = {row.source: row for row in funds.rows}
    assert by_source["KOICA"].by_status == {
        "pledged": Decimal("1000.00"),
        "committed": Decimal("0.00"),
        "disbursed": Decimal("500.00"),
    }
    assert by_source["City budget"].total == Decimal("300.00")
    assert funds.grand_total == Decimal("1800.00")
    assert funds.unconverted == ["MNT"]


def test_officials_trained_by_year_and_country():
    programme_2016 = factories.TrainingProgrammeFactory(year=2016)
    programme_2018 = factories.TrainingProgrammeFactory(year=2018)
    factories.TrainingParticipantFactory.create_batch(2, programme=programme_2016, country="MN")
    factories.TrainingParticipantFactory(programme=programme_2016, country="PE")
    factories.TrainingParticipantFactory(programme=programme_2018, country="PE")
    years = selectors.officials_trained(DashboardFilters())
    assert [(y.year, y.total) for y in years] == [(2016, 3), (2018, 1)]
    assert years[0].by_country == [("Mongolia", 2), ("Peru", 1)]
    assert [y.year for y in selectors.officials_trained(DashboardFilters(year=2018))] == [2018]


def test_indicator_progress_uses_latest_measurement(city_a):
    case = factories.ConsultationFactory(city=city_a, stage="follow_up")
    indicator = factories.OutcomeIndicatorFactory(
        consultation=case, name="Storage", unit="t/day", baseline=Decimal(3000), target=Decimal(7000)
    )
    factories.IndicatorMeasurementFactory(indicator=indicator, measured_on=datetime.date(2016, 1, 1), value=4000)
    factories.IndicatorMeasurementFactory(indicator=indicator, measured_on=datetime.date(2017, 1, 1), value=6000)
    factories.OutcomeIndicatorFactory(consultation=case, name="No data yet")
    total, rows = selectors.indicator_progress(
        selectors.filtered_cases(viewer=factories.StaffFactory(), filters=DashboardFilters())
    )
    by_name = {row.indicator.name: row for row in rows}
    assert total == 2
    assert by_name["Storage"].latest_value == Decimal(6000)
    assert by_name["Storage"].percent == 75.0
    assert by_name["No data yet"].percent is None


def _populate(n: int) -> None:
    source = factories.FundingSourceFactory()
    stages = ["request", "screening", "analysis", "site_visit", "implementation", "follow_up", "closed"]
    for i in range(n):
        city = factories.CityFactory(latitude=Decimal("10.5"), longitude=Decimal(str(i % 180)))
        case = factories.ConsultationFactory(
            city=city, stage=stages[i % len(stages)], stage_entered_at=timezone.now() - timedelta(days=i)
        )
        if i % 2 == 0:
            factories.FundingCommitmentFactory(consultation=case, source=source, status="committed")
            indicator = factories.OutcomeIndicatorFactory(consultation=case)
            factories.IndicatorMeasurementFactory(indicator=indicator)
        factories.TrainingParticipantFactory(city=city, programme=factories.TrainingProgrammeFactory(year=2010 + i % 5))
        factories.TaskForceMemberFactory(consultation=case)


def _count_queries(client, django_assert_max_num_queries, query):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(URL, query)  # warm: the admin sidebar is cached after a user's first page (policysharing.admin_site)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL, query)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("query", [{}, {"track": "consultation", "region": "east_asia", "sector": "transportation"}])
def test_queries_do_not_grow_with_consultations(client, staff_officer, django_assert_max_num_queries, query):
    client.force_login(staff_officer)
    _populate(20)
    with_20 = _count_queries(client, django_assert_max_num_queries, query)
    _populate(180)
    with_200 = _count_queries(client, django_assert_max_num_queries, query)
    assert with_200 == with_20
    assert with_20 <= 21  # 21: the count of failed e-mails (the staff panel)
