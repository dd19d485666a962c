"""factory_boy factories, one per domain model. Reference rows (sectors, SDGs) come from migrations."""

from __future__ import annotations

import datetime
from decimal import Decimal

import factory
from django.utils import timezone

from accounts.models import User
from accounts.roles import Role
from cities.models import City, Region
from consultations.models import (
    Activity,
    ActivityKind,
    Consultation,
    Document,
    DocumentKind,
    FundingAssessment,
    FundingCommitment,
    IndicatorMeasurement,
    Message,
    OutcomeIndicator,
    Recommendation,
    SiteVisit,
    TaskForceMember,
    TaskForceRole,
    Visibility,
)
from consultations.pipeline import StageKey
from experts.models import Expert, ExpertKind
from funding.models import Company, ExchangeRate, FundingSource, SourceKind
from policies.models import PolicyModule, Sector
from training.models import ProgrammeKind, TrainingParticipant, TrainingProgramme


class CityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = City

    name = factory.Sequence(lambda n: f"Testville {n}")
    country = factory.Iterator(["MN", "PE", "TH", "IN", "CO", "MZ", "ET", "VN", "PH"])
    region = Region.EAST_ASIA
    population = 500_000
    is_fictional = True


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = factory.Sequence(lambda n: f"First{n}")
    last_name = "Tester"
    role = Role.PUBLIC
    password = factory.PostGenerationMethodCall("set_password", "pw")

    @factory.post_generation
    def save_password(self, create, extracted, **kwargs):
        if create:
            self.save()


class StaffFactory(UserFactory):
    role = Role.SMG_STAFF
    is_staff = True


class ConsultantFactory(UserFactory):
    role = Role.SUSA_CONSULTANT
    is_staff = True


class OfficialFactory(UserFactory):
    role = Role.CITY_OFFICIAL
    city = factory.SubFactory(CityFactory)


class ExpertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Expert

    name = factory.Sequence(lambda n: f"Expert {n}")
    kind = ExpertKind.RESEARCHER
    affiliation = "Seoul Institute"


class ExpertUserFactory(UserFactory):
    role = Role.EXPERT


class PolicyModuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PolicyModule

    title = factory.Sequence(lambda n: f"Seoul policy {n}")
    slug = factory.Sequence(lambda n: f"seoul-policy-{n}")
    sector = factory.LazyFunction(lambda: Sector.objects.get(key="transportation"))
    summary = "A policy Seoul is known for."
    is_published = True


class ConsultationFactory(factory.django.DjangoModelFactory):
    """A consultation placed directly in a stage (tests of the move service start from here)."""

    class Meta:
        model = Consultation
        skip_postgeneration_save = True

    city = factory.SubFactory(CityFactory)
    title = factory.Sequence(lambda n: f"Request {n}")
    challenge = "Severe congestion; buses are the only public transport."
    budget_situation = "needs_funding"
    stage = StageKey.REQUEST
    stage_entered_at = factory.LazyFunction(timezone.now)
    track = factory.LazyAttribute(
        lambda case: (
            ""
            if case.stage
            in (StageKey.DRAFT, StageKey.REQUEST, StageKey.SCREENING, StageKey.DECLINED, StageKey.WITHDRAWN)
            else "consultation"
        )
    )

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create:
            self.sectors.set(extracted if extracted is not None else [Sector.objects.get(key="transportation")])


class TaskForceMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TaskForceMember

    consultation = factory.SubFactory(ConsultationFactory)
    role = TaskForceRole.EXPERT
    expert = factory.SubFactory(ExpertFactory)


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    consultation = factory.SubFactory(ConsultationFactory)
    file = factory.django.FileField(data=b"%PDF-1.4 test", filename="report.pdf")
    original_name = "report.pdf"
    content_type = "application/pdf"
    size = 13
    kind = DocumentKind.OTHER
    visibility = Visibility.SHARED


class SiteVisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SiteVisit

    consultation = factory.SubFactory(ConsultationFactory)
    starts_on = datetime.date(2024, 3, 1)
    ends_on = datetime.date(2024, 3, 5)
    location = "City hall"
    findings = "The bus network lacks a common fare system."


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recommendation

    consultation = factory.SubFactory(ConsultationFactory)
    title = factory.Sequence(lambda n: f"Recommendation {n}")
    body = "Introduce a smart card for bus fares."
    delivered_on = datetime.date(2024, 5, 1)


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity

    consultation = factory.SubFactory(ConsultationFactory)
    kind = ActivityKind.ADVISORY
    title = factory.Sequence(lambda n: f"Activity {n}")


class FundingSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FundingSource
        django_get_or_create = ("name",)

    name = "Korea International Cooperation Agency"
    acronym = "KOICA"
    kind = SourceKind.NATIONAL_PARTNER
    country = "KR"


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company

    name = factory.Sequence(lambda n: f"Company {n}")


class ExchangeRateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExchangeRate

    currency = "USD"
    rate_to_eur = Decimal("0.9")
    valid_from = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))


class FundingCommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FundingCommitment

    consultation = factory.SubFactory(ConsultationFactory)
    source = factory.SubFactory(FundingSourceFactory)
    amount = Decimal("270000.00")
    currency = "EUR"
    committed_on = datetime.date(2015, 6, 1)


class FundingAssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FundingAssessment

    consultation = factory.SubFactory(ConsultationFactory)
    in_house_capacity = "The utility cannot finance the plant upgrade."
    assessed_on = datetime.date(2015, 3, 1)


class OutcomeIndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutcomeIndicator

    consultation = factory.SubFactory(ConsultationFactory)
    name = factory.Sequence(lambda n: f"Indicator {n}")
    unit = "%"
    baseline = Decimal("0")
    target = Decimal("70")


class IndicatorMeasurementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IndicatorMeasurement

    indicator = factory.SubFactory(OutcomeIndicatorFactory)
    measured_on = factory.Sequence(lambda n: datetime.date(2016, 1, 1) + datetime.timedelta(days=n))
    value = Decimal("68")


class MessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Message

    consultation = factory.SubFactory(ConsultationFactory)
    body = "When can the task force visit?"


class TrainingProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingProgramme

    title = factory.Sequence(lambda n: f"Urban management course {n}")
    kind = ProgrammeKind.COURSE
    year = 2016


class TrainingParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingParticipant

    programme = factory.SubFactory(TrainingProgrammeFactory)
    name = factory.Sequence(lambda n: f"Participant {n}")
    country = "MN"


class NetworkMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "funding.NetworkMember"

    kind = "company"
    company = factory.SubFactory(CompanyFactory)
    joined_on = datetime.date(2014, 7, 1)


class CompanyRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "consultations.CompanyRole"

    consultation = factory.SubFactory(ConsultationFactory)
    company = factory.SubFactory(CompanyFactory)
    role = "consultant"


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "training.Event"

    title = factory.Sequence(lambda n: f"International Forum on Urban Policy for the SDGs {2016 + n}")
    kind = "forum"
    starts_on = factory.Sequence(lambda n: datetime.date(2016 + n % 20, 10, 16))
    place = "Seoul"
    country = "KR"
    co_hosts = "UNESCAP, CityNet"
    officials_attending = 40


def api_key_for(user, *, name: str = "test client", days: int | None = None) -> str:
    """A personal API key (the clear key: only its digest is stored) through the real service."""
    from security.services import api_token_create

    _token, key = api_token_create(user=user, name=name, days=days)
    return key
