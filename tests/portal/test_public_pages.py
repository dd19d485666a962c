"""Public pages: the home page's live figures, the policy archive with search and filters, cases."""

from __future__ import annotations

import pytest
from django.urls import reverse

from policies.models import SDG, Sector
from tests import factories

pytestmark = pytest.mark.django_db


def test_home_shows_live_results(client):
    city = factories.CityFactory(country="MN")
    factories.ConsultationFactory(city=city, stage="analysis", track="consultation")
    factories.ConsultationFactory(stage="request")  # not an initiative yet
    factories.TrainingParticipantFactory.create_batch(3)
    response = client.get(reverse("portal:home"))
    assert response.status_code == 200
    figures = response.context["results"]
    assert figures.initiatives == 1
    assert figures.cities == 1
    assert figures.officials_trained == 3
    html = response.content.decode()
    assert "Results so far" in html
    assert 'href="#main"' in html  # the skip link


def test_home_in_korean_and_spanish(client):
    response = client.get(reverse("portal:home"), HTTP_ACCEPT_LANGUAGE="ko")
    assert '<html lang="ko"' in response.content.decode()
    client.cookies["django_language"] = "es"
    response = client.get(reverse("portal:home"))
    assert '<html lang="es"' in response.content.decode()


def test_policy_archive_lists_published_modules_only(client):
    factories.PolicyModuleFactory(title="Bus reform")
    factories.PolicyModuleFactory(title="Secret draft", is_published=False)
    response = client.get(reverse("portal:policy_list"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bus reform" in html
    assert "Secret draft" not in html


def test_policy_archive_search_and_filters(client):
    water = Sector.objects.get(key="water")
    clean_water = SDG.objects.get(number=6)
    pipe = factories.PolicyModuleFactory(title="Water purification", sector=water)
    pipe.sdgs.add(clean_water)
    factories.PolicyModuleFactory(title="Smart card fares", summary="Transit payments")
    url = reverse("portal:policy_list")

    assert [m.title for m in client.get(url, {"q": "fares"}).context["page"]] == ["Smart card fares"]
    assert [m.title for m in client.get(url, {"q": "payments"}).context["page"]] == ["Smart card fares"]
    assert [m.title for m in client.get(url, {"sector": "water"}).context["page"]] == ["Water purification"]
    assert [m.title for m in client.get(url, {"sdg": "6"}).context["page"]] == ["Water purification"]
    assert list(client.get(url, {"sdg": "6", "sector": "transportation"}).context["page"]) == []


def test_policy_archive_ignores_bad_filters_without_error(client):
    factories.PolicyModuleFactory(title="Bus reform")
    response = client.get(reverse("portal:policy_list"), {"sdg": "abc", "sector": "nope", "page": "x"})
    assert response.status_code == 200
    assert "Bus reform" in response.content.decode()


def test_policy_archive_query_count_is_constant(client, django_assert_max_num_queries):
    for n in range(3):
        factories.PolicyModuleFactory(title=f"Policy {n}").sdgs.add(SDG.objects.get(number=11))
    url = reverse("portal:policy_list")
    client.get(url)
    with django_assert_max_num_queries(10) as few:  # 5 facet counts, the page and its two prefetches
        client.get(url)
    baseline = len(few.captured_queries)
    for n in range(10):
        factories.PolicyModuleFactory(title=f"More {n}").sdgs.add(SDG.objects.get(number=11))
    with django_assert_max_num_queries(baseline):
        client.get(url)


def test_policy_detail(client):
    module = factories.PolicyModuleFactory(title="Bus reform", title_ko="버스 개혁", background="Congestion")
    response = client.get(reverse("portal:policy_detail", args=[module.slug]))
    assert response.status_code == 200
    assert "Congestion" in response.content.decode()
    client.cookies["django_language"] = "ko"
    assert "버스 개혁" in client.get(reverse("portal:policy_detail", args=[module.slug])).content.decode()


def test_unpublished_policy_is_404(client):
    module = factories.PolicyModuleFactory(is_published=False)
    assert client.get(reverse("portal:policy_detail", args=[module.slug])).status_code == 404


def test_published_cases_only(client):
    shown = factories.ConsultationFactory(
        title="U-Money", is_published=True, public_summary="68% of commuters", stage="follow_up"
    )
    hidden = factories.ConsultationFactory(title="Confidential", stage="analysis", track="consultation")
    response = client.get(reverse("portal:case_list"))
    html = response.content.decode()
    assert "U-Money" in html and "Confidential" not in html
    detail = client.get(reverse("portal:case_detail", args=[shown.pk]))
    assert "68% of commuters" in detail.content.decode()
    assert client.get(reverse("portal:case_detail", args=[hidden.pk])).status_code == 404


def test_language_switcher_sets_the_language(client):
    response = client.post(reverse("set_language"), {"language": "ko", "next": "/policies/"})
    assert response.status_code == 302
    assert '<html lang="ko"' in client.get(reverse("portal:policy_list")).content.decode()
