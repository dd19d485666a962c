"""Phases of a programme: a case continues an earlier one; both pages link each other; counted once."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from consultations.results import initiative_results
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def phases(city_b):
    first = factories.ConsultationFactory(
        city=city_b,
        stage="closed",
        track="funding",
        title="San Ramon plant",
        is_published=True,
        phase_number=1,
        phase_count=3,
    )
    second = factories.ConsultationFactory(
        city=city_b,
        stage="consulting",
        track="funding",
        title="Distribution network",
        is_published=True,
        continues=first,
        phase_number=2,
        phase_count=3,
    )
    return first, second


def test_public_case_pages_link_each_other(phases, client):
    first, second = phases
    page_one = client.get(reverse("portal:case_detail", args=[first.pk])).content.decode()
    page_two = client.get(reverse("portal:case_detail", args=[second.pk])).content.decode()
    assert "Phase 1 of 3 of a programme" in page_one
    assert reverse("portal:case_detail", args=[second.pk]) in page_one
    assert "Phase 2 of 3 of a programme" in page_two
    assert reverse("portal:case_detail", args=[first.pk]) in page_two


def test_unpublished_phase_is_not_linked_publicly(phases, client):
    first, second = phases
    second.is_published = False
    second.save()
    page_one = client.get(reverse("portal:case_detail", args=[first.pk])).content.decode()
    assert "Phase 1 of 3 of a programme" in page_one
    assert reverse("portal:case_detail", args=[second.pk]) not in page_one


def test_portal_case_page_of_the_city_links_each_phase(phases, client, official_b):
    first, second = phases
    client.force_login(official_b)
    page = client.get(reverse("portal:consultation_detail", args=[second.pk])).content.decode()
    assert reverse("portal:consultation_detail", args=[first.pk]) in page
    page = client.get(reverse("portal:consultation_detail", args=[first.pk])).content.decode()
    assert reverse("portal:consultation_detail", args=[second.pk]) in page


def test_admin_links_each_phase(phases, client, staff_officer):
    first, second = phases
    client.force_login(staff_officer)
    page = client.get(reverse("admin:consultations_consultation_change", args=[first.pk])).content.decode()
    assert reverse("admin:consultations_consultation_change", args=[second.pk]) in page
    assert "Phase 2 of 3: Distribution network" in page


def test_programme_counts_once(phases, city_a):
    factories.ConsultationFactory(city=city_a, stage="analysis", track="consultation")
    assert initiative_results().initiatives == 2


def test_a_phase_continues_a_case_of_the_same_city(phases, city_a):
    first, second = phases
    other = factories.ConsultationFactory(city=city_a, stage="analysis", track="consultation")
    other.continues = first
    with pytest.raises(ValidationError):
        other.full_clean()
    first.continues = second  # a loop
    with pytest.raises(ValidationError):
        first.full_clean()
