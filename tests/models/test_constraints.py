"""Database constraints hold even when code forgets a rule."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from accounts.roles import Role
from consultations.models import StageTransition, TaskForceMember
from consultations.pipeline import StageKey
from tests import factories


def refused(create) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


@pytest.mark.django_db
def test_stage_track_and_status_values_are_checked():
    case = factories.ConsultationFactory()
    from consultations.models import Consultation

    refused(lambda: Consultation.objects.filter(pk=case.pk).update(stage="teleported"))
    refused(lambda: Consultation.objects.filter(pk=case.pk).update(track="fast"))
    refused(lambda: factories.FundingCommitmentFactory(status="promised"))
    refused(lambda: factories.FundingCommitmentFactory(amount=Decimal("0")))
    refused(lambda: factories.FundingCommitmentFactory(currency="XXX"))


@pytest.mark.django_db
def test_on_hold_must_know_where_to_resume():
    refused(lambda: factories.ConsultationFactory(stage=StageKey.ON_HOLD, resume_stage=""))
    refused(lambda: factories.ConsultationFactory(stage=StageKey.ANALYSIS, resume_stage=StageKey.REQUEST))
    assert factories.ConsultationFactory(stage=StageKey.ON_HOLD, resume_stage=StageKey.ANALYSIS, track="funding")


@pytest.mark.django_db
def test_track_is_set_once_past_screening():
    refused(lambda: factories.ConsultationFactory(stage=StageKey.ANALYSIS, track=""))


@pytest.mark.django_db
def test_task_force_has_one_lead_expert_one_smg_lead_and_no_duplicates():
    case = factories.ConsultationFactory(stage=StageKey.TASK_FORCE, track="consultation")
    expert = factories.ExpertFactory()
    factories.TaskForceMemberFactory(consultation=case, role="lead_expert", expert=expert)
    refused(lambda: factories.TaskForceMemberFactory(consultation=case, role="lead_expert"))
    refused(lambda: factories.TaskForceMemberFactory(consultation=case, role="expert", expert=expert))
    staff = factories.StaffFactory()
    factories.TaskForceMemberFactory(consultation=case, role="smg_lead", expert=None, user=staff)
    refused(
        lambda: factories.TaskForceMemberFactory(
            consultation=case, role="smg_lead", expert=None, user=factories.StaffFactory()
        )
    )
    refused(
        lambda: factories.TaskForceMemberFactory(consultation=case, role="susa_coordinator", expert=None, user=staff)
    )
    # expert roles name an expert, staff roles a user; never both
    refused(
        lambda: factories.TaskForceMemberFactory(
            consultation=case, role="expert", expert=None, user=factories.StaffFactory()
        )
    )
    refused(
        lambda: TaskForceMember.objects.create(consultation=case, role="smg_lead", expert=factories.ExpertFactory())
    )


@pytest.mark.django_db
def test_officials_belong_to_exactly_one_city():
    refused(lambda: factories.UserFactory(role=Role.CITY_OFFICIAL, city=None))
    refused(lambda: factories.UserFactory(role=Role.SMG_STAFF, city=factories.CityFactory()))


@pytest.mark.django_db
def test_dates_are_ordered_and_measurements_unique_per_day():
    refused(lambda: factories.SiteVisitFactory(starts_on=datetime.date(2024, 3, 5), ends_on=datetime.date(2024, 3, 1)))
    measurement = factories.IndicatorMeasurementFactory()
    refused(
        lambda: factories.IndicatorMeasurementFactory(
            indicator=measurement.indicator, measured_on=measurement.measured_on
        )
    )
    refused(lambda: factories.RecommendationFactory(delivered_on=None, acknowledged_at="2024-01-01T00:00:00Z"))


@pytest.mark.django_db
def test_city_names_are_unique_per_country_and_sdgs_are_1_to_17():
    factories.CityFactory(name="Lima", country="PE")
    refused(lambda: factories.CityFactory(name="Lima", country="PE"))
    from policies.models import SDG

    refused(lambda: SDG.objects.create(number=18))


@pytest.mark.django_db
def test_stage_history_is_append_only():
    case = factories.ConsultationFactory()
    entry = StageTransition.objects.create(consultation=case, from_stage="draft", to_stage="request")
    entry.note = "rewritten"
    with pytest.raises(ValueError):
        entry.save()
    with pytest.raises(ValueError):
        entry.delete()
