"""The initiative's results figures: one computation, the numbers every page and the API show."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from consultations.results import RESULT_KEYS, initiative_results
from tests import factories

pytestmark = pytest.mark.django_db


def test_empty_database_gives_zeroes():
    results = initiative_results()
    assert results.as_dict() == dict.fromkeys(RESULT_KEYS, 0)
    assert results.funds_eur == Decimal("0.00")


def test_counts_only_accepted_initiatives_and_their_cities(city_a, city_b):
    factories.ConsultationFactory(city=city_a, stage="analysis")
    factories.ConsultationFactory(city=city_a, stage="closed")
    factories.ConsultationFactory(city=city_b, stage="request")  # not accepted yet
    factories.ConsultationFactory(city=city_b, stage="declined")
    factories.ConsultationFactory(city=city_b, stage="draft")
    other_mn = factories.CityFactory(country="MN")
    factories.ConsultationFactory(city=other_mn, stage="on_hold", resume_stage="analysis", track="funding")

    results = initiative_results()
    assert results.initiatives == 3
    assert results.cities == 2
    assert results.countries == 1  # both consulted cities are in Mongolia


def test_reference_counts():
    factories.PolicyModuleFactory(is_published=True)
    factories.PolicyModuleFactory(is_published=False)
    factories.ExpertFactory(is_active=True)
    factories.ExpertFactory(is_active=False)
    programme = factories.TrainingProgrammeFactory()
    factories.TrainingParticipantFactory.create_batch(3, programme=programme)

    results = initiative_results()
    assert (results.policy_cases, results.experts, results.officials_trained) == (1, 1, 3)


def test_funds_converted_with_latest_rate_and_pledges_left_out(city_a, city_b):
    case_a = factories.ConsultationFactory(city=city_a, stage="implementation")
    case_b = factories.ConsultationFactory(city=city_b, stage="implementation")
    factories.ExchangeRateFactory(currency="USD", rate_to_eur=Decimal("0.5"), valid_from=datetime.date(2020, 1, 1))
    factories.ExchangeRateFactory(currency="USD", rate_to_eur=Decimal("0.9"), valid_from=datetime.date(2024, 1, 1))
    factories.FundingCommitmentFactory(consultation=case_a, amount=Decimal("1000"), currency="EUR", status="committed")
    factories.FundingCommitmentFactory(consultation=case_a, amount=Decimal("1000"), currency="USD", status="disbursed")
    factories.FundingCommitmentFactory(consultation=case_b, amount=Decimal("5000"), currency="EUR", status="pledged")
    factories.FundingCommitmentFactory(consultation=case_b, amount=Decimal("7"), currency="MNT", status="committed")

    results = initiative_results()
    assert results.funds_eur == Decimal("1900.00")
    assert results["funds_eur"] == Decimal("1900.00")
    # Peru's commitment is in a currency without a rate: not converted, but the country was funded.
    assert results.unconverted_currencies == ("MNT",)
    assert results.funded_countries == 2


def test_query_count_does_not_grow(django_assert_max_num_queries, city_a):
    for _ in range(20):
        case = factories.ConsultationFactory(city=factories.CityFactory(), stage="follow_up")
        factories.FundingCommitmentFactory(consultation=case, status="committed")
    with django_assert_max_num_queries(9):
        initiative_results()
