"""Accounts in the admin: nobody but a superuser reads API tokens, groups, permissions or the superuser and
staff flags, opens another user's password form, or changes a superuser."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import NoReverseMatch, reverse
from rest_framework.test import APIClient

from accounts.backends import SUPERUSER_APPS
from tests import factories
from tests.audit.admin_forms import admin_change_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db):
    return factories.StaffFactory(username="root", is_superuser=True, email="root@example.org")


@pytest.fixture
def secret_key(superuser) -> str:
    """Whatever the token model, its key must never be readable; this is the superuser's."""
    return factories.api_key_for(superuser)


def user_form_data(page) -> dict:
    """The user change form's POST body (admin_change_data, plus the split date-time widget's two halves)."""
    from django.utils import timezone

    data = admin_change_data(page)
    joined = timezone.localtime(page.context["original"].date_joined)
    data.update({"date_joined_0": joined.date().isoformat(), "date_joined_1": joined.time().strftime("%H:%M:%S")})
    return data


def browser(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def every_admin_page(client) -> dict[str, object]:
    responses = {}
    for model in admin.site._registry:
        opts = model._meta
        urls = [reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")]
        for obj in model._default_manager.all()[:20]:
            for view in ("change", "history", "delete"):
                try:
                    urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[obj.pk]))
                except NoReverseMatch:
                    pass
        for url in urls:
            responses[url] = client.get(url)
    return responses


@pytest.mark.parametrize("persona", ["consultant", "staff_officer"])
def test_no_one_but_a_superuser_reads_a_token_key_anywhere(request, persona, secret_key, case_a):
    user = request.getfixturevalue(persona)
    client = browser(user)
    for model in admin.site._registry:
        if model._meta.app_label in SUPERUSER_APPS:
            opts = model._meta
            assert client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")).status_code == 403
    for url, response in every_admin_page(client).items():
        assert secret_key not in response.content.decode(errors="replace"), url
    api = APIClient()
    api.force_authenticate(user)
    for path in ("consultations", "cities", "experts", "policies", "funding-sources", "training-programmes"):
        assert secret_key not in api.get(f"/api/v1/{path}/").content.decode(), path
    for path in ("consultations", "cities", "policies"):
        export = api.get(f"/api/v1/{path}/export/?format=csv")
        assert secret_key not in b"".join(export.streaming_content).decode(), path
    # ... and the key of someone else does not open the API for them either
    thief = APIClient()
    thief.credentials(HTTP_AUTHORIZATION="Token " + "0" * 40)
    assert thief.patch(f"/api/v1/cities/{case_a.city_id}/", {"population": 1}, format="json").status_code == 401


def test_superusers_still_manage_tokens(superuser, secret_key):
    page = browser(superuser).get(reverse("admin:security_apitoken_changelist"))
    assert page.status_code == 200
    assert secret_key not in page.content.decode()  # not even a superuser reads a key: only its digest is kept


def test_staff_sees_no_superuser_fields_and_cannot_grant_them(staff_officer, official_a):
    client = browser(staff_officer)
    url = reverse("admin:accounts_user_change", args=[official_a.pk])
    page = client.get(url)
    fields = set(page.context["adminform"].form.fields)
    assert not fields & {"is_superuser", "is_staff", "groups", "user_permissions", "password"}
    data = user_form_data(page)
    data.update({"is_superuser": "on", "is_staff": "on", "first_name": "Batbayar"})
    assert client.post(url, data).status_code == 302
    official_a.refresh_from_db()
    assert official_a.first_name == "Batbayar"
    assert not official_a.is_superuser and not official_a.is_staff

    own = client.get(reverse("admin:accounts_user_change", args=[staff_officer.pk]))
    own_fields = set(own.context["adminform"].form.fields)
    assert "is_superuser" not in own_fields and "is_staff" not in own_fields
    data = user_form_data(own)
    data["is_superuser"] = "on"
    client.post(reverse("admin:accounts_user_change", args=[staff_officer.pk]), data)
    staff_officer.refresh_from_db()
    assert not staff_officer.is_superuser


def test_staff_cannot_change_a_superuser_or_set_anyone_elses_password(staff_officer, superuser, official_a):
    client = browser(staff_officer)
    for target in (superuser, official_a):
        password = reverse("admin:auth_user_password_change", args=[target.pk])
        assert client.get(password).status_code == 403
        assert client.post(password, {"password1": "Taken-over-42", "password2": "Taken-over-42"}).status_code == 403
    superuser.refresh_from_db()
    assert not superuser.check_password("Taken-over-42")
    assert client.get(reverse("admin:auth_user_password_change", args=[staff_officer.pk])).status_code == 200

    page = client.get(reverse("admin:accounts_user_change", args=[superuser.pk]))
    assert page.status_code == 200 and not page.context["has_change_permission"]
    response = client.post(reverse("admin:accounts_user_change", args=[superuser.pk]), {"email": "mine@example.org"})
    assert response.status_code == 403
    superuser.refresh_from_db()
    assert superuser.email == "root@example.org"
    assert client.post(reverse("admin:accounts_user_delete", args=[superuser.pk]), {"post": "yes"}).status_code == 403


def test_superuser_keeps_every_field(superuser, official_a):
    page = browser(superuser).get(reverse("admin:accounts_user_change", args=[official_a.pk]))
    assert {"is_superuser", "is_staff", "groups", "user_permissions", "password"} <= set(
        page.context["adminform"].form.fields
    )


def test_consultants_see_no_users(consultant, official_b):
    client = browser(consultant)
    assert client.get(reverse("admin:accounts_user_changelist")).status_code == 403
    assert client.get(reverse("admin:accounts_user_change", args=[official_b.pk])).status_code in (302, 403)
    assert client.get(reverse("admin:accounts_accessrequest_changelist")).status_code == 403
    for url, response in every_admin_page(client).items():
        assert official_b.email not in response.content.decode(errors="replace"), url
