"""Funds as the case study counts them: the PPP network's headline beside the full breakdown by kind."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from consultations.results import initiative_results
from funding.models import PPP_NETWORK_KINDS, SourceKind
from tests import factories

pytestmark = pytest.mark.django_db


def source(kind: str, name: str):
    return factories.FundingSourceFactory(name=name, kind=kind)


@pytest.fixture
def funded(city_a, city_b):
    """One initiative per city, commitments of every kind, before and after the network's launch."""
    case_a = factories.ConsultationFactory(city=city_a, stage="implementation", track="funding")
    case_b = factories.ConsultationFactory(city=city_b, stage="follow_up", track="funding")
    koica = source(SourceKind.NATIONAL_PARTNER, "KOICA")
    gggi = source(SourceKind.INTERNATIONAL_ORGANISATION, "GGGI")
    adb = source(SourceKind.DEVELOPMENT_BANK, "ADB")
    smg = source(SourceKind.SMG_FUND, "SMG fund")
    make = factories.FundingCommitmentFactory
    make(consultation=case_a, source=koica, amount=Decimal(1000), status="committed")  # counts
    make(consultation=case_b, source=gggi, amount=Decimal(500), status="disbursed")  # counts
    make(
        consultation=case_a,
        source=koica,
        amount=Decimal(300),
        status="disbursed",
        committed_on=datetime.date(2013, 9, 1),
    )
    make(consultation=case_a, source=koica, amount=Decimal(700), status="pledged")  # a pledge: never secured
    make(consultation=case_b, source=adb, amount=Decimal(2000), status="committed")  # a bank: not the network
    make(consultation=case_b, source=smg, amount=Decimal(270), status="disbursed")  # SMG's own fund
    return case_a, case_b


def test_headline_counts_national_partners_and_international_organisations_since_launch(funded):
    results = initiative_results()
    assert results.ppp_network_funds_eur == Decimal("1500.00")
    assert results.ppp_network_countries == 2
    assert results.funds_eur == Decimal("4070.00")  # every secured commitment, the 2013 one included
    by_kind = {item.kind: item for item in results.funds_by_kind}
    assert list(by_kind) == list(SourceKind.values)  # every kind listed, even with nothing
    assert by_kind["national_partner"].funds_eur == Decimal("1300.00")
    assert by_kind["private"].funds_eur == Decimal("0.00")
    assert sum(item.funds_eur for item in results.funds_by_kind) == results.funds_eur
    assert {item.kind for item in results.funds_by_kind if item.in_ppp_network} == set(PPP_NETWORK_KINDS)
    assert all(item.definition for item in results.funds_by_kind)


def test_launch_date_is_a_setting(funded, settings):
    settings.PPP_NETWORK_LAUNCH_DATE = datetime.date(2013, 1, 1)
    assert initiative_results().ppp_network_funds_eur == Decimal("1800.00")


def test_archived_commitment_is_left_out(funded, staff_officer):
    from consultations.models import FundingCommitment
    from core.archiving import record_archive

    record_archive(record=FundingCommitment.objects.get(amount=1000), actor=staff_officer)
    assert initiative_results().ppp_network_funds_eur == Decimal("500.00")


def test_summary_and_pages_show_headline_beside_breakdown(funded, client, staff_officer):
    data = client.get("/api/v1/summary/").json()
    assert data["ppp_network_funds_eur"] == 1500.0
    assert data["ppp_network_since"] == "2014-07-01"
    assert sum(Decimal(str(item["funds_eur"])) for item in data["funds_by_kind"]) == Decimal(str(data["funds_eur"]))
    assert "national partners" in data["definitions"]["ppp_network_funds_eur"]
    home = client.get(reverse("portal:home")).content.decode()
    assert "secured through the PPP network" in home and 'data-kind="development_bank"' in home
    client.force_login(staff_officer)
    report = client.get(reverse("dashboard:results")).content.decode()
    assert 'data-key="ppp_network_funds_eur"' in report and 'data-kind="smg_fund"' in report
    csv_text = client.get(reverse("dashboard:results_csv")).content.decode()
    assert "ppp_network_funds_eur,Secured through the PPP network (EUR),1500.00," in csv_text


def test_seed_demo_gives_the_case_study_figure():
    from django.core.management import call_command

    call_command("seed_demo", force=True, stdout=__import__("io").StringIO())
    results = initiative_results()
    assert (results.ppp_network_funds_eur, results.ppp_network_countries) == (Decimal("3200000.00"), 12)
    assert results.funds_eur == sum(item.funds_eur for item in results.funds_by_kind)
    chanchamayo = {item.kind: item for item in results.funds_by_kind}["smg_fund"]
    assert chanchamayo.funds_eur >= Decimal("270000")  # San Ramon's ~270,000 EUR from SMG's own fund
    assert results.initiatives == 39  # Chanchamayo's two phases are one programme
    # The rest of the seed's partners story, in the same seeded database.
    from consultations.models import CompanyRole, IndicatorMeasurement, MeasurementStatus, OutcomeIndicator

    roles = set(
        CompanyRole.objects.filter(
            company__name="Korean Smart Card Company", consultation__city__name="Ulaanbaatar"
        ).values_list("role", flat=True)
    )
    assert roles == {"consultant", "bidder", "implementer", "operator"}
    umoney = OutcomeIndicator.objects.get(name="Share of commuters paying with U-Money")
    assert umoney.baseline == 0 and umoney.baseline_on.year == 2015
    assert [(m.measured_on, m.value) for m in umoney.measurements.all()] == [(datetime.date(2016, 10, 31), 68)]
    storage = OutcomeIndicator.objects.get(unit="t/day", consultation__city__name="Chanchamayo")
    assert (storage.baseline, storage.target) == (3000, 7000)
    assert OutcomeIndicator.objects.get(name="Water intake pipeline replaced").measurements.get().value == 3
    # The case study's figures are accepted; only the demo's latest monthly figures wait for SMG's review.
    pending = IndicatorMeasurement.objects.filter(status=MeasurementStatus.PENDING)
    assert pending.exists() and set(pending.values_list("note", flat=True)) == {"Latest monthly figure (demo)."}
    assert not pending.filter(indicator__in=[umoney, storage]).exists()
