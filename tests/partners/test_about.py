"""The public "About the initiative" page: Seoul's profile and the lessons for replication, editable by staff."""

from __future__ import annotations

import pytest
from django.urls import reverse

from institutions.models import InitiativeProfile, ReplicationLesson

pytestmark = pytest.mark.django_db
URL = reverse("portal:about")


def test_profile_and_lessons_from_the_case_study(client):
    html = client.get(URL).content.decode()
    for fact in ("10.02", "605", "1999", "2012", "Seoul Urban Solutions Agency", "Seoul Policy Consulting Group"):
        assert fact in html, fact
    assert "Lessons learned for replication" in html
    assert "A flexible time scale is required" in html
    assert ReplicationLesson.objects.count() == 5


@pytest.mark.parametrize(
    ("language", "phrase"), [("ko", "유연한 일정이 필요하다"), ("es", "Se necesita un calendario flexible")]
)
def test_lessons_in_korean_and_spanish(client, language, phrase):
    html = client.get(URL, HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert phrase in html


def test_staff_edit_it_in_the_admin(client, staff_officer, official_a):
    url = reverse("admin:institutions_initiativeprofile_change", args=[InitiativeProfile.SINGLETON_PK])
    client.force_login(official_a)
    assert client.get(url).status_code in (302, 403)
    client.force_login(staff_officer)
    assert client.get(url).status_code == 200
    profile = InitiativeProfile.objects.get()
    assert client.get(reverse("admin:institutions_initiativeprofile_add")).status_code == 403
    assert profile.population == 10_020_000


def test_query_count_does_not_grow_with_lessons(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    client.get(URL)  # the results figures come from the cache once computed
    few = count()
    profile = InitiativeProfile.objects.get()
    for number in range(10):
        ReplicationLesson.objects.create(profile=profile, order=10 + number, title=f"Lesson {number}", body="Text")
    assert count() == few
