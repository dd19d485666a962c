"""Staff and consultant sessions end after STAFF_SESSION_IDLE_MINUTES without a request."""

from __future__ import annotations

import time

import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from security.middleware import LAST_ACTIVITY_KEY

pytestmark = pytest.mark.django_db


def age_session(client, seconds: float) -> None:
    session = client.session
    session[LAST_ACTIVITY_KEY] = time.time() - seconds
    session.save()


@pytest.mark.parametrize("persona", ["staff_officer", "consultant"])
def test_idle_staff_are_signed_out(request, client, settings, persona):
    settings.STAFF_SESSION_IDLE_MINUTES = 30
    client.force_login(request.getfixturevalue(persona))
    assert client.get("/admin/").status_code == 200
    assert LAST_ACTIVITY_KEY in client.session

    age_session(client, 29 * 60)  # still active
    assert client.get("/admin/").status_code == 200

    age_session(client, 31 * 60)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("portal:login"))
    assert SESSION_KEY not in client.session
    page = client.get(response["Location"]).content.decode()
    assert "signed out after 30 minutes without activity" in page


def test_activity_keeps_the_session(client, settings, staff_officer):
    settings.STAFF_SESSION_IDLE_MINUTES = 30
    client.force_login(staff_officer)
    client.get("/admin/")
    age_session(client, 20 * 60)
    client.get("/admin/")  # moves the timestamp
    assert time.time() - client.session[LAST_ACTIVITY_KEY] < 120
    age_session(client, 20 * 60)
    assert client.get("/admin/").status_code == 200


def test_api_by_session_after_idle_is_401(client, staff_officer):
    client.force_login(staff_officer)
    client.get("/api/v1/consultations/")
    age_session(client, 31 * 60)
    response = client.get("/api/v1/consultations/")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "session_expired"


def test_officials_are_not_timed_out(client, official_a):
    client.force_login(official_a)
    client.get("/my/consultations/")
    session = client.session
    session[LAST_ACTIVITY_KEY] = time.time() - 10 * 3600
    session.save()
    assert client.get("/my/consultations/").status_code == 200
