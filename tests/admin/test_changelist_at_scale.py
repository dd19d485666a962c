"""The consultation changelist stays cheap on a large table, and what it shows does not change for it:

- the navigation sidebar is rendered once per user, role, language and section, then read from the cache:
  one user never receives another's list (a consultant's sidebar is not the superuser's);
- the date hierarchy's bounds are read along the index (ORDER BY ... LIMIT 1), never as MIN()/MAX() over
  the filtered list, and still follow the filters;
- the country filter offers the countries of the cases the user may see;
- a search word found in every city's name filters nothing instead of listing every city id.
"""

from __future__ import annotations

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation
from policies.models import Sector
from tests import factories

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/consultations/consultation/"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def sidebar_links(html: str) -> set[str]:
    nav = html.split('id="nav-sidebar"', 1)[1].split("</nav>", 1)[0]
    return {part.split('"', 1)[0] for part in nav.split('href="')[1:]}


def test_sidebar_is_cached_per_user_and_role(case_a, consultant, staff_officer):
    superuser = factories.UserFactory(username="root", is_superuser=True, is_staff=True)
    root_links = sidebar_links(signed_in(superuser).get(CHANGELIST).content.decode())
    consultant_links = sidebar_links(signed_in(consultant).get(CHANGELIST).content.decode())
    staff_links = sidebar_links(signed_in(staff_officer).get(CHANGELIST).content.decode())
    assert reverse("admin:auth_group_changelist") in root_links
    assert reverse("admin:auth_group_changelist") not in staff_links  # superusers only (accounts.backends)
    assert reverse("admin:training_trainingprogramme_changelist") in staff_links
    assert reverse("admin:training_trainingprogramme_changelist") not in consultant_links
    assert CHANGELIST in consultant_links
    # Served again from the cache: the same lists, each to its own user.
    assert sidebar_links(signed_in(consultant).get(CHANGELIST).content.decode()) == consultant_links
    assert sidebar_links(signed_in(superuser).get(CHANGELIST).content.decode()) == root_links


def test_sidebar_follows_the_role_when_it_changes(staff_officer):
    from accounts.roles import Role

    client = signed_in(staff_officer)
    assert reverse("admin:training_trainingprogramme_changelist") in sidebar_links(
        client.get(CHANGELIST).content.decode()
    )
    staff_officer.role = Role.SUSA_CONSULTANT
    staff_officer.save()
    links = sidebar_links(client.get(CHANGELIST).content.decode())
    assert reverse("admin:training_trainingprogramme_changelist") not in links


def test_sidebar_marks_the_current_model(staff_officer):
    client = signed_in(staff_officer)
    on_cases = client.get(CHANGELIST).content.decode()
    on_cities = client.get(reverse("admin:cities_city_changelist")).content.decode()
    assert f'<a href="{CHANGELIST}" aria-current="page">' in on_cases
    assert f'<a href="{CHANGELIST}" aria-current="page">' not in on_cities


def test_sidebar_without_a_working_cache_still_renders(staff_officer, settings, caplog):
    settings.CACHES = {  # Django's setting_changed handler gives the thread new cache handles
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    with caplog.at_level("WARNING", logger="policysharing.admin_site"):
        response = signed_in(staff_officer).get(CHANGELIST)
    assert response.status_code == 200
    assert CHANGELIST in sidebar_links(response.content.decode())
    assert "admin sidebar cache unavailable" in caplog.text


def _case(city, created: datetime.datetime, sector_key: str) -> Consultation:
    case = factories.ConsultationFactory(city=city, sectors=[Sector.objects.get(key=sector_key)])
    Consultation.objects.filter(pk=case.pk).update(created_at=created)
    return case


def test_date_hierarchy_bounds_follow_filters_without_min_max(staff_officer, city_a):
    tz = timezone.get_current_timezone()
    _case(city_a, datetime.datetime(2021, 3, 5, tzinfo=tz), "water")
    _case(city_a, datetime.datetime(2023, 7, 1, tzinfo=tz), "water")
    _case(city_a, datetime.datetime(2025, 1, 9, tzinfo=tz), "housing")
    water = Sector.objects.get(key="water")
    client = signed_in(staff_officer)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{CHANGELIST}?sectors__id__exact={water.pk}")
    html = response.content.decode()
    assert "created_at__year=2021" in html and "created_at__year=2023" in html
    assert "created_at__year=2025" not in html  # the housing case is filtered out
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert "MIN(" not in sql and "MAX(" not in sql


def test_date_hierarchy_with_one_year_offers_its_months(staff_officer, city_a):
    tz = timezone.get_current_timezone()
    _case(city_a, datetime.datetime(2024, 2, 5, tzinfo=tz), "water")
    _case(city_a, datetime.datetime(2024, 4, 1, tzinfo=tz), "water")
    html = signed_in(staff_officer).get(CHANGELIST).content.decode()
    assert "created_at__month=2" in html and "created_at__month=4" in html


def test_country_filter_offers_only_countries_of_visible_cases(consultant, case_a, city_b):
    factories.ConsultationFactory(city=city_b)  # a Peruvian case the consultant does not work on
    response = signed_in(consultant).get(CHANGELIST)
    html = response.content.decode()
    assert "city__country=MN" in html
    assert "city__country=PE" not in html


def test_a_word_in_every_city_name_filters_nothing(staff_officer):
    first = factories.CityFactory(name="Riverside Town")
    second = factories.CityFactory(name="Hilltown")
    cases = [factories.ConsultationFactory(city=first), factories.ConsultationFactory(city=second)]
    response = signed_in(staff_officer).get(f"{CHANGELIST}?q=town")
    assert {case.pk for case in response.context["cl"].result_list} >= {case.pk for case in cases}


def test_a_search_by_city_name_lists_that_citys_cases(staff_officer, city_a, city_b):
    mine = factories.ConsultationFactory(city=city_a, title="Bus lanes")
    other = factories.ConsultationFactory(city=city_b, title="Bus lanes")
    response = signed_in(staff_officer).get(f"{CHANGELIST}?q=Ulaanbaatar")
    listed = {case.pk for case in response.context["cl"].result_list}
    assert mine.pk in listed and other.pk not in listed


def test_sidebar_follows_a_new_group_permission(consultant, case_a):
    from django.contrib.auth.models import Group, Permission

    client = signed_in(consultant)
    training = reverse("admin:training_trainingprogramme_changelist")
    assert training not in sidebar_links(client.get(CHANGELIST).content.decode())
    group = Group.objects.create(name="Training desk")
    group.permissions.add(Permission.objects.get(codename="view_trainingprogramme"))
    consultant.groups.add(group)
    assert training in sidebar_links(client.get(CHANGELIST).content.decode())
    group.delete()
    assert training not in sidebar_links(client.get(CHANGELIST).content.decode())


def test_index_and_app_index_still_list_their_models(staff_officer):
    """The app list is lazy now (policysharing.admin_site): the pages that show it whole still do."""
    client = signed_in(staff_officer)
    index = client.get(reverse("admin:index"))
    assert index.status_code == 200 and reverse("admin:cities_city_changelist") in index.content.decode()
    app_index = client.get(reverse("admin:app_list", args=["cities"]))
    assert app_index.status_code == 200 and reverse("admin:cities_city_changelist") in app_index.content.decode()
    assert client.get(reverse("admin:app_list", args=["auth"])).status_code == 404  # superusers only
