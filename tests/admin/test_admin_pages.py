"""Every admin change list and change form renders for SMG staff, with queries that do not grow per row."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from consultations.pipeline import StageKey
from tests import factories
from tests.pipeline.helpers import satisfy_every_guard


@pytest.fixture
def staff_client(client, staff_officer):
    client.force_login(staff_officer)
    return client


@pytest.fixture
def one_of_everything(staff_officer, official_a, expert_user):
    case = factories.ConsultationFactory(city=official_a.city, stage=StageKey.CONSULTING, track="funding")
    satisfy_every_guard(case, staff=staff_officer, expert=factories.ExpertFactory())
    factories.MessageFactory(consultation=case, author=official_a)
    factories.IndicatorMeasurementFactory(indicator=factories.OutcomeIndicatorFactory(consultation=case))
    factories.TrainingParticipantFactory(city=official_a.city)
    factories.PolicyModuleFactory()
    factories.CompanyFactory()
    factories.ExchangeRateFactory() if hasattr(factories, "ExchangeRateFactory") else None
    factories.CityContactFactory(city=official_a.city) if hasattr(factories, "CityContactFactory") else None
    from consultations.services import consultation_move

    consultation_move(consultation=case, target=StageKey.ON_HOLD, actor=staff_officer, note="elections")
    return case


def registered_models():
    return sorted(admin.site._registry, key=lambda model: model._meta.label)


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["staff", "superuser"])
def test_every_change_list_and_change_form_renders_for_staff(client, staff_officer, one_of_everything, who):
    """SMG staff open every page but the superusers' (tokens, groups and permissions, periodic tasks)."""
    from accounts.backends import SUPERUSER_APPS

    user = staff_officer if who == "staff" else factories.StaffFactory(is_superuser=True)
    client.force_login(user)
    for model in registered_models():
        opts = model._meta
        expected = 403 if who == "staff" and opts.app_label in SUPERUSER_APPS else 200
        changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        response = client.get(changelist)
        assert response.status_code == expected, f"{changelist}: {response.status_code}"
        obj = model._default_manager.order_by("pk").first()
        if obj is None:
            continue
        change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        response = client.get(change)
        assert response.status_code == expected, f"{change}: {response.status_code}"


@pytest.mark.django_db
def test_partner_city_officials_cannot_enter_the_admin(client, official_a):
    client.force_login(official_a)
    response = client.get(reverse("admin:consultations_consultation_changelist"))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


LISTS = [
    ("consultations", "consultation", lambda: factories.ConsultationFactory(stage=StageKey.ANALYSIS, track="funding")),
    ("cities", "city", factories.CityFactory),
    ("experts", "expert", factories.ExpertFactory),
    ("policies", "policymodule", factories.PolicyModuleFactory),
    ("consultations", "fundingcommitment", factories.FundingCommitmentFactory),
    ("training", "trainingparticipant", factories.TrainingParticipantFactory),
    ("training", "trainingprogramme", factories.TrainingProgrammeFactory),
    ("consultations", "document", factories.DocumentFactory),
    ("consultations", "outcomeindicator", factories.OutcomeIndicatorFactory),
]


@pytest.mark.django_db
@pytest.mark.parametrize("app_label,model_name,make", LISTS, ids=[f"{a}.{m}" for a, m, _ in LISTS])
def test_change_lists_run_a_constant_number_of_queries(staff_client, app_label, model_name, make):
    url = reverse(f"admin:{app_label}_{model_name}_changelist")
    for _ in range(2):
        make()
    few = count_queries(staff_client, url)
    for _ in range(15):
        make()
    many = count_queries(staff_client, url)
    assert many == few, f"{url}: {few} queries for 2 rows, {many} for 17"


@pytest.mark.django_db
def test_consultation_change_form_queries_do_not_grow_with_its_rows(staff_client, staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.ANALYSIS, track="funding")
    url = reverse("admin:consultations_consultation_change", args=[case.pk])

    def add_rows():
        factories.MessageFactory(consultation=case, author=staff_officer)
        factories.DocumentFactory(consultation=case, uploaded_by=staff_officer)
        factories.FundingCommitmentFactory(consultation=case)
        factories.TaskForceMemberFactory(consultation=case)
        factories.ActivityFactory(consultation=case)

    add_rows()
    few = count_queries(staff_client, url)
    for _ in range(6):
        add_rows()
    many = count_queries(staff_client, url)
    assert many == few


@pytest.mark.django_db
def test_training_programme_form_queries_do_not_grow_with_its_participants(staff_client, city_a):
    programme = factories.TrainingProgrammeFactory()
    url = reverse("admin:training_trainingprogramme_change", args=[programme.pk])
    factories.TrainingParticipantFactory(programme=programme, city=city_a)
    few = count_queries(staff_client, url)
    for _ in range(10):
        factories.TrainingParticipantFactory(programme=programme, city=factories.CityFactory())
    many = count_queries(staff_client, url)
    assert many == few


@pytest.mark.django_db
def test_training_programme_page_stays_small_with_many_participants(staff_client):
    """The programme page summarises its participants; they are managed on their own changelist."""
    from training.models import TrainingParticipant

    programme = factories.TrainingProgrammeFactory()
    city = factories.CityFactory()
    TrainingParticipant.objects.bulk_create(
        [
            TrainingParticipant(
                programme=programme,
                name=f"Participant {n}",
                position="Urban planner" * 5,
                city=city,
                country=["MN", "PE", "KE", "VN"][n % 4],
            )
            for n in range(3000)
        ]
    )
    page = staff_client.get(reverse("admin:training_trainingprogramme_change", args=[programme.pk]))
    assert page.status_code == 200
    assert len(page.content) < 300 * 1024, len(page.content)
    html = page.content.decode()
    assert "3000 participants" in html
    assert f"programme__id__exact={programme.pk}" in html
    assert "Participant 1" not in html  # no inline row per participant

    changelist = staff_client.get(
        reverse("admin:training_trainingparticipant_changelist"), {"programme__id__exact": programme.pk}
    )
    assert changelist.status_code == 200
    assert len(changelist.content) < 300 * 1024, len(changelist.content)
    assert changelist.content.decode().count("Participant ") >= 100


@pytest.mark.django_db
def test_consultation_changelist_stays_small_and_cheap(staff_client, django_assert_max_num_queries):
    from consultations.models import Consultation

    city = factories.CityFactory()
    Consultation.objects.bulk_create(
        [Consultation(city=city, title=f"Case {n}", challenge="x" * 200) for n in range(600)]
    )
    url = reverse("admin:consultations_consultation_changelist")
    with django_assert_max_num_queries(13):  # PostgreSQL: +1 for the row estimate (core.pagination)
        page = staff_client.get(url, {"p": 5})
    assert page.status_code == 200
    assert len(page.content) < 300 * 1024
    for params in ({"q": "Case 59"}, {"created_at__year": "2026"}, {"stage__exact": "draft"}, {"o": "2"}):
        assert staff_client.get(url, params).status_code == 200


@pytest.mark.django_db
def test_consultation_changelist_sector_and_country_filters(staff_client):
    from policies.models import SDG, Sector

    water = Sector.objects.get(key="water")
    wet = factories.ConsultationFactory(title="Wet case", sectors=[water])
    wet.sdgs.set([SDG.objects.get(number=6)])
    factories.ConsultationFactory(title="Dry case")
    url = reverse("admin:consultations_consultation_changelist")
    for params in ({"sectors__id__exact": water.pk}, {"sdgs__id__exact": SDG.objects.get(number=6).pk}):
        html = staff_client.get(url, params).content.decode()
        assert "Wet case" in html and "Dry case" not in html
    html = staff_client.get(url, {"city__country": wet.city.country.code}).content.decode()
    assert "Wet case" in html
