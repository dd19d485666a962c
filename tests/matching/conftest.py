from __future__ import annotations

import pytest
from django.utils import timezone

from matching import engine
from policies.models import Language
from tests import factories


@pytest.fixture(autouse=True)
def _fresh_matcher_cache():
    engine.clear_cache()
    yield
    engine.clear_cache()


@pytest.fixture
def demo_policies(db):
    """The demo archive's policy modules (with their en/ko/es content), as seed_demo loads them."""
    from demo.seeding import Seeder

    seeder = Seeder(password="unused", now=timezone.now())  # noqa: S106
    seeder.seed_languages()
    seeder.seed_policies()
    return seeder.modules


@pytest.fixture
def pool(db):
    english = Language.objects.get_or_create(code="en")[0]
    experts = []
    for n in range(4):
        expert = factories.ExpertFactory(name=f"Pool expert {n}")
        expert.languages.set([english])
        expert.sectors.set([1])
        experts.append(expert)
    return experts


@pytest.fixture
def waiting_case(city_a, staff_officer, pool):
    """A case waiting for its task force, whose SMG lead is already named."""
    case = factories.ConsultationFactory(
        city=city_a, stage="task_force", track="consultation", title="Night buses", challenge="Night-shift workers"
    )
    factories.TaskForceMemberFactory(consultation=case, role="smg_lead", expert=None, user=staff_officer)
    return case
