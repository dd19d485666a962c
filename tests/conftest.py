"""Named personas every permission test reuses, and shared fixtures."""

from __future__ import annotations

import pytest
from django.db import connection

from tests import factories


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (cached results figures, throttle counters)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _reference_rows(request):
    """Transactional tests flush every table, data-migration rows too; put the reference lists back."""
    marker = request.node.get_closest_marker("django_db")
    transactional = bool(marker and marker.kwargs.get("transaction")) or any(
        name in request.fixturenames for name in ("transactional_db", "live_server")
    )
    if not transactional:
        return
    request.getfixturevalue("transactional_db")
    from policies.models import SDG, Language, Sector
    from policies.reference import LANGUAGES, SDGS, SECTORS

    for order, (key, _label) in enumerate(SECTORS, start=1):
        Sector.objects.get_or_create(key=key, defaults={"order": order})
    for number, _label in SDGS:
        SDG.objects.get_or_create(number=number)
    for code, _label in LANGUAGES:
        Language.objects.get_or_create(code=code)


@pytest.fixture
def city_a(db):
    return factories.CityFactory(name="Ulaanbaatar", country="MN", is_fictional=False)


@pytest.fixture
def city_b(db):
    return factories.CityFactory(name="Chanchamayo", country="PE", region="latin_america", is_fictional=False)


@pytest.fixture
def staff_officer(db):
    return factories.StaffFactory(username="staff-officer", first_name="Min-ji", last_name="Kim")


@pytest.fixture
def consultant(db):
    return factories.ConsultantFactory(username="susa-consultant", first_name="Jae-won", last_name="Park")


@pytest.fixture
def expert_user(db):
    user = factories.ExpertUserFactory(username="assigned-expert")
    factories.ExpertFactory(user=user, name="Dr. Assigned Expert")
    return user


@pytest.fixture
def unassigned_expert_user(db):
    user = factories.ExpertUserFactory(username="unassigned-expert")
    factories.ExpertFactory(user=user, name="Dr. Unassigned Expert")
    return user


@pytest.fixture
def official_a(city_a):
    return factories.OfficialFactory(username="official-a", city=city_a, first_name="Bat", last_name="Erdene")


@pytest.fixture
def official_b(city_b):
    return factories.OfficialFactory(username="official-b", city=city_b, first_name="Rosa", last_name="Quispe")


@pytest.fixture
def anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


@pytest.fixture
def case_a(city_a, expert_user, consultant):
    """A case of city A in analysis, with the assigned expert and the consultant on its task force."""
    case = factories.ConsultationFactory(city=city_a, stage="analysis", track="consultation")
    factories.TaskForceMemberFactory(consultation=case, role="lead_expert", expert=expert_user.expert_profile)
    factories.TaskForceMemberFactory(consultation=case, role="susa_coordinator", expert=None, user=consultant)
    return case


@pytest.fixture
def released_expert_user(case_a):
    """An expert who was on case A's task force and was released from it today."""
    from django.utils import timezone

    user = factories.ExpertUserFactory(username="released-expert")
    expert = factories.ExpertFactory(user=user, name="Dr. Released Expert")
    factories.TaskForceMemberFactory(
        consultation=case_a, role="expert", expert=expert, released_on=timezone.localdate()
    )
    return user


@pytest.fixture
def is_postgres():
    return connection.vendor == "postgresql"
