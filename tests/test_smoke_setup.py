import pytest

from policies.models import SDG, Language, Sector
from tests import factories


@pytest.mark.django_db
def test_reference_data_comes_from_migrations():
    assert Sector.objects.count() == 11
    assert SDG.objects.count() == 17
    assert Language.objects.filter(code="ko").exists()


@pytest.mark.django_db
def test_factories_build_a_case_with_its_city():
    case = factories.ConsultationFactory()
    assert case.city.is_fictional
    assert list(case.sectors.values_list("key", flat=True)) == ["transportation"]
