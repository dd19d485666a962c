"""Personal API keys: shown once, stored hashed (only a prefix readable), expiring, revocable, staff see no key."""

from __future__ import annotations

import datetime
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from security.authentication import LAST_USED_RESOLUTION
from security.models import ApiToken
from tests.factories import api_key_for

pytestmark = pytest.mark.django_db


def api(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def database_dump() -> str:
    """Every value of every column of the token table, as text."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {ApiToken._meta.db_table}")  # noqa: S608 - our own table name
        return repr(cursor.fetchall())


def create_on_page(client, name="results dashboard", days=90):
    response = client.post(reverse("security:api_access"), {"name": name, "days": days})
    assert response.status_code == 200, response.content[:500]
    key = response.context["new_key"]
    assert key and key in response.content.decode()
    return response, key


def test_the_page_is_linked_from_the_profile(client_a):
    profile = client_a.get(reverse("portal:profile")).content.decode()
    assert reverse("security:api_access") in profile


def test_create_shows_the_key_once_and_stores_only_a_digest(client_a, official_a):
    response, key = create_on_page(client_a)
    assert key.startswith("sps_") and len(key) > 40
    assert response["Cache-Control"].startswith("max-age=0")  # never_cache: not kept by the browser
    token = ApiToken.objects.get(user=official_a)
    assert token.name == "results dashboard"
    # Hashed at rest: the key appears nowhere in the table, only its first characters.
    assert key not in database_dump()
    assert key[15:] not in database_dump()
    assert key.startswith(token.token_key) and len(token.token_key) == 15
    # The list shows the prefix, never the key again.
    again = client_a.get(reverse("security:api_access")).content.decode()
    assert key not in again and f"{token.token_key}…" in again
    assert token.expiry.date() == (timezone.now() + datetime.timedelta(days=90)).date()
    # And the key works with the usual header.
    assert api(key).get("/api/v1/consultations/").status_code == 200


def test_key_acts_as_its_owner_and_records_last_use(official_a, city_a, city_b):
    key = api_key_for(official_a)
    token = ApiToken.objects.get(user=official_a)
    assert token.last_used_at is None
    assert api(key).get("/api/v1/consultations/").status_code == 200
    token.refresh_from_db()
    first = token.last_used_at
    assert first is not None
    # A second call within the minute does not write again; one after it does.
    api(key).get("/api/v1/consultations/")
    token.refresh_from_db()
    assert token.last_used_at == first
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - LAST_USED_RESOLUTION)
    api(key).get("/api/v1/consultations/")
    token.refresh_from_db()
    assert token.last_used_at > first - LAST_USED_RESOLUTION
    # The official's key cannot change a city, as the official cannot.
    assert api(key).patch(f"/api/v1/cities/{city_b.pk}/", {"population": 1}, format="json").status_code in (403, 404)


def test_expired_key_is_refused(official_a):
    key = api_key_for(official_a, days=1)
    ApiToken.objects.filter(user=official_a).update(expiry=timezone.now() - datetime.timedelta(seconds=1))
    response = api(key).get("/api/v1/consultations/")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_failed"


def test_revoke_on_the_page(client_a, official_a, official_b):
    _response, key = create_on_page(client_a)
    token = ApiToken.objects.get(user=official_a)
    other = ApiToken.objects.get(pk=ApiToken.objects.create(official_b, name="b")[0].pk)
    # Someone else's key is not found from this page.
    assert client_a.post(reverse("security:api_token_revoke", args=[other.pk])).status_code == 404
    revoked = client_a.post(reverse("security:api_token_revoke", args=[token.pk]))
    assert revoked.status_code == 302
    assert not ApiToken.objects.filter(pk=token.pk).exists()
    assert api(key).get("/api/v1/consultations/").status_code == 401
    assert ApiToken.objects.filter(pk=other.pk).exists()


def test_bad_input_is_a_clear_400(client_a, official_a):
    response = client_a.post(reverse("security:api_access"), {"name": "", "days": 9999})
    assert response.status_code == 400
    assert "new_key" not in response.context or not response.context["new_key"]
    assert not ApiToken.objects.filter(user=official_a).exists()


def test_staff_see_who_has_keys_and_last_use_never_the_key(client, staff_officer, official_a):
    key = api_key_for(official_a, name="partner platform")
    api(key).get("/api/v1/consultations/")
    token = ApiToken.objects.get(user=official_a)
    client.force_login(staff_officer)
    listing = client.get(reverse("admin:security_apitoken_changelist"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "partner platform" in html and str(official_a) in html and f"{token.token_key}…" in html
    assert key not in html and token.digest not in html
    change = client.get(reverse("admin:security_apitoken_change", args=[token.pk])).content.decode()
    assert key not in change and token.digest not in change
    # Staff revoke with the admin action.
    done = client.post(
        reverse("admin:security_apitoken_changelist"), {"action": "revoke", "_selected_action": [token.pk]}
    )
    assert done.status_code == 302
    assert not ApiToken.objects.exists()


def test_consultants_and_officials_cannot_list_keys(client, consultant, official_a):
    api_key_for(official_a)
    client.force_login(consultant)
    assert client.get(reverse("admin:security_apitoken_changelist")).status_code == 403
    index = client.get(reverse("admin:index")).content.decode()
    assert "/admin/security/" not in index
    assert "/admin/authtoken/" not in index
    assert client.get("/admin/authtoken/tokenproxy/").status_code == 404


def test_create_api_token_command_prints_the_key_last(official_a):
    out = StringIO()
    call_command("create_api_token", official_a.username, "--name", "nightly sync", "--days", "7", stdout=out)
    key = out.getvalue().strip().splitlines()[-1].split()[-1]
    assert re.fullmatch(r"sps_[0-9a-f]{64}", key)
    token = ApiToken.objects.get(user=official_a)
    assert token.name == "nightly sync"
    assert token.expiry.date() == (timezone.now() + datetime.timedelta(days=7)).date()
    assert key not in database_dump()
    assert api(key).get("/api/v1/consultations/").status_code == 200


def test_create_api_token_command_refuses_unknown_users(db):
    from django.core.management import CommandError

    with pytest.raises(CommandError):
        call_command("create_api_token", "nobody-here")


def test_a_consultant_cannot_read_a_key_anywhere(client, consultant, staff_officer, official_a):
    keys = [api_key_for(user) for user in (staff_officer, official_a, consultant)]
    client.force_login(consultant)
    pages = [
        reverse("admin:index"),
        reverse("admin:accounts_user_changelist"),
        reverse("admin:accounts_user_change", args=[staff_officer.pk]),
        reverse("admin:accounts_user_change", args=[official_a.pk]),
        reverse("security:api_access"),
        "/api/v1/consultations/",
        "/api/v1/consultations/export/?format=csv",
    ]
    for url in pages:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        for key in keys:
            assert key.encode() not in body, url
            assert key[:20].encode() not in body, url  # not even more than the stored prefix
    # Their own page lists only their own key, by prefix.
    own = client.get(reverse("security:api_access")).context["tokens"]
    assert [token.user_id for token in own] == [consultant.pk]
