"""Sign-in lockout after LOGIN_FAILURE_LIMIT failures per user name and address; failures are logged."""

from __future__ import annotations

import logging

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

WRONG = "not-the-password"


def fail(client, url, username, times, **extra):
    responses = [
        client.post(url, {"username": username, "password": WRONG, "next": "/"}, **extra) for _ in range(times)
    ]
    return responses


@pytest.mark.parametrize("url_name", ["portal:login", "admin:login"])
def test_right_password_after_too_many_failures_is_refused(client, settings, staff_officer, url_name):
    settings.LOGIN_FAILURE_LIMIT = settings.AXES_FAILURE_LIMIT = 5
    url = reverse(url_name)
    responses = fail(client, url, staff_officer.username, 4)
    assert all(response.status_code == 200 for response in responses)  # "wrong user name or password"
    fifth = fail(client, url, staff_officer.username, 1)[0]
    assert fifth.status_code == 429
    right = client.post(url, {"username": staff_officer.username, "password": "pw"})
    assert right.status_code == 429
    assert SESSION_KEY not in client.session
    page = right.content.decode()
    assert "Too many failed sign-in attempts" in page and "15 minutes" in page


def test_lockout_message_is_translated(client, staff_officer):
    client.cookies["django_language"] = "ko"
    responses = fail(client, reverse("portal:login"), staff_officer.username, 5)
    assert responses[-1].status_code == 429
    assert "로그인" in responses[-1].content.decode()


def test_lockout_is_per_user_and_address(client, staff_officer, official_a):
    fail(client, reverse("portal:login"), staff_officer.username, 5)
    # The same address may still sign in another user...
    ok = client.post(reverse("portal:login"), {"username": official_a.username, "password": "pw"})
    assert ok.status_code == 302
    client.logout()
    # ...and the same user from another address.
    other = client.post(
        reverse("portal:login"), {"username": staff_officer.username, "password": "pw"}, REMOTE_ADDR="198.51.100.7"
    )
    assert other.status_code == 302


def test_lockout_lifts_after_the_cool_off(client, staff_officer):
    fail(client, reverse("portal:login"), staff_officer.username, 5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timezone.timedelta(minutes=16))
    ok = client.post(reverse("portal:login"), {"username": staff_officer.username, "password": "pw"})
    assert ok.status_code == 302


def test_user_name_case_does_not_dodge_the_count(client, staff_officer):
    name = staff_officer.username
    for variant in (name.upper(), name, name.title(), name.upper(), name):
        client.post(reverse("portal:login"), {"username": variant, "password": WRONG})
    right = client.post(reverse("portal:login"), {"username": name, "password": "pw"})
    assert right.status_code == 429


def test_failed_sign_ins_are_logged_without_the_password(client, caplog, staff_officer):
    with caplog.at_level(logging.WARNING, logger="security.signin"):
        client.post(reverse("portal:login"), {"username": staff_officer.username, "password": "Secret-Guess-42"})
        client.post(reverse("admin:login"), {"username": "nobody", "password": "Secret-Guess-43"})
    records = [record for record in caplog.records if record.name == "security.signin"]
    assert len(records) == 2
    assert staff_officer.username in records[0].getMessage() and "127.0.0.1" in records[0].getMessage()
    assert "nobody" in records[1].getMessage()
    everything = "\n".join(record.getMessage() for record in caplog.records)
    assert "Secret-Guess" not in everything
    # Nor in what staff can read in the admin (axes keeps the form data of each attempt, masked).
    assert "Secret-Guess" not in repr(list(AccessAttempt.objects.values()))


def test_staff_see_lockouts_in_the_admin_consultants_do_not(client, staff_officer, consultant, official_a):
    fail(client, reverse("portal:login"), official_a.username, 5)
    client.force_login(staff_officer)
    listing = client.get(reverse("admin:axes_accessattempt_changelist"))
    assert listing.status_code == 200
    assert official_a.username in listing.content.decode()
    client.force_login(consultant)
    assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403


def test_staff_lift_a_lockout_by_deleting_the_attempt(client, staff_officer, official_a):
    fail(client, reverse("portal:login"), official_a.username, 5)
    attempt = AccessAttempt.objects.get()
    staff = type(client)()
    staff.force_login(staff_officer)
    assert staff.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"}).status_code == 302
    ok = client.post(reverse("portal:login"), {"username": official_a.username, "password": "pw"})
    assert ok.status_code == 302
