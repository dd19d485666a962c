"""The portal speaks the reader's language everywhere: the switch is saved to the profile, the inbox follows the
page's language, policy titles use their translations, the Korean admin shows no English app names and no
superuser-only periodic tasks, and country names are the ones Koreans use."""

from __future__ import annotations

import re

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django_countries import countries

from consultations.pipeline import StageKey
from core.outbox import record_event
from notifications.models import Notification
from tests import factories

pytestmark = pytest.mark.django_db

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def switch(client, language: str, next_url: str = "/"):
    return client.post(reverse("set_language"), {"language": language, "next": next_url})


def test_switching_the_language_saves_it_to_the_profile(client, official_a):
    client.force_login(official_a)
    assert official_a.preferred_language == "en"
    response = switch(client, "ko", "/inbox/")
    assert response.status_code == 302 and response["Location"] == "/inbox/"
    official_a.refresh_from_db()
    assert official_a.preferred_language == "ko"
    switch(client, "xx")  # not a language of the portal: nothing changes
    official_a.refresh_from_db()
    assert official_a.preferred_language == "ko"


def test_a_korean_session_shows_no_english_inbox_entries(
    client, case_a, official_a, staff_officer, django_capture_on_commit_callbacks
):
    """An entry delivered while the profile said English is read in Korean once the page is Korean."""
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        record_event(
            kind="consultation.stage_changed",
            consultation=case_a,
            actor=staff_officer,
            payload={"from": "screening", "to": "task_force"},
        )
    entry = Notification.objects.get(recipient=official_a)
    assert entry.language == "en" and "moved to Task force" in entry.title
    client.force_login(official_a)
    switch(client, "ko")
    html = client.get(reverse("portal:inbox")).content.decode()
    with translation.override("ko"):
        korean_stage = str(StageKey.TASK_FORCE.label)
    assert 'lang="ko"' in html[:300], html[:300]
    assert "moved to" not in html and "From Screening" not in html
    assert korean_stage in html
    # And back in English, the same entry reads in English again.
    switch(client, "en")
    assert "moved to Task force" in client.get(reverse("portal:inbox")).content.decode()
    # A new event is now delivered in the language last chosen.
    official_a.refresh_from_db()
    assert official_a.preferred_language == "en"


def test_inbox_in_another_language_takes_a_bounded_number_of_queries(
    client, case_a, official_a, staff_officer, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    for target in ("task_force", "analysis", "consulting"):
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            record_event(
                kind="consultation.stage_changed",
                consultation=case_a,
                actor=staff_officer,
                payload={"from": "screening", "to": target},
            )
    client.force_login(official_a)
    switch(client, "es")
    with django_assert_max_num_queries(12):
        html = client.get(reverse("portal:inbox")).content.decode()
    assert "moved to" not in html


def test_spanish_pages_use_the_spanish_policy_titles(client, official_a):
    module = factories.PolicyModuleFactory(title="Bus reform", title_es="Reforma de autobuses", slug="bus-reform")
    from policies.models import SDG

    sdg = SDG.objects.filter(number=11).first()
    if sdg is not None:
        module.sdgs.add(sdg)
    case = factories.ConsultationFactory(city=official_a.city, stage=StageKey.SCREENING)
    case.policy_modules.add(module)
    client.force_login(official_a)
    switch(client, "es")
    pages = [
        reverse("portal:policy_list"),
        reverse("portal:policy_detail", args=[module.slug]),
        reverse("portal:consultation_detail", args=[case.pk]),
        reverse("portal:consultation_create"),
    ]
    if sdg is not None:
        pages.append(reverse("portal:sdg_detail", args=[sdg.number]))
    for url in pages:
        html = client.get(url).content.decode()
        assert "Reforma de autobuses" in html, url
        assert "Bus reform" not in html, url


def test_country_names_as_koreans_say_them(client):
    with translation.override("ko"):
        assert countries.name("MN") == "몽골"
        assert countries.name("TH") == "태국"
    with translation.override("en"):
        assert countries.name("MN") == "Mongolia"
        assert countries.name("TH") == "Thailand"
    with translation.override("es"):
        assert countries.name("TH") == "Tailandia"
    switch(client, "ko")
    html = client.get(reverse("portal:access_request")).content.decode()
    assert "몽골" in html and "태국" in html
    assert "몽골리아" not in html and ">타이<" not in html


def test_korean_admin_index_for_smg_staff(client, staff_officer):
    """No periodic tasks (superusers only), and every app and model name the staff see is Korean."""
    client.force_login(staff_officer)
    switch(client, "ko", "/admin/")
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "django_celery_beat" not in html
    for english in ("Periodic tasks", "Clocked", "Crontabs", "Intervals", "Solar events", "Periodic Tasks"):
        assert english not in html
    names = []
    for app in response.context["app_list"]:
        assert app["app_label"] != "django_celery_beat"
        names.append(app["name"])
        names.extend(model["name"] for model in app["models"])
    assert len(names) > 20
    untranslated = [str(name) for name in names if not HANGUL.search(str(name))]
    assert untranslated == [], "; ".join(untranslated)
