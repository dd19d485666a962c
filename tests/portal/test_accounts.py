"""Accounts in the browser: sign-in, invitation link (once), access requests approved in the admin,
password reset and change, the profile's language."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.urls import reverse

from accounts.models import AccessRequest, User
from accounts.roles import Role
from cities.models import City
from tests import factories

pytestmark = pytest.mark.django_db


def link_in(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def test_login_page_and_sign_in(client, official_a):
    page = client.get(reverse("portal:login"))
    assert page.status_code == 200
    assert '<label for="id_username">' in page.content.decode()
    response = client.post(reverse("portal:login"), {"username": "official-a", "password": "pw"})
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(official_a.pk)


def test_wrong_password_is_explained(client, official_a):
    response = client.post(reverse("portal:login"), {"username": "official-a", "password": "nope"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_logout_is_a_post(client_a):
    response = client_a.post(reverse("portal:logout"))
    assert response.status_code == 302
    assert SESSION_KEY not in client_a.session


def test_staff_invite_an_official_from_the_admin(staff_client, city_a, client, django_capture_on_commit_callbacks):
    page = staff_client.get(reverse("admin:accounts_user_invite"))
    assert page.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:accounts_user_invite"),
            {"city": city_a.pk, "email": "Ganbold@UB.example.mn", "first_name": "Ganbold", "preferred_language": "ko"},
        )
    assert response.status_code == 302
    user = User.objects.get(email="ganbold@ub.example.mn")
    assert user.role == Role.CITY_OFFICIAL and user.city == city_a and not user.has_usable_password()
    assert len(mail.outbox) == 1
    invitation = mail.outbox[0]
    assert invitation.to == ["ganbold@ub.example.mn"]
    assert "포털" in invitation.subject or "Seoul" in invitation.subject

    url = link_in(invitation)
    landing = client.get(url, follow=True)
    assert landing.status_code == 200 and landing.context["validlink"]
    response = client.post(
        landing.redirect_chain[-1][0], {"new_password1": "Ulaan-baatar-2015", "new_password2": "Ulaan-baatar-2015"}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:consultation_list")
    assert client.session[SESSION_KEY] == str(user.pk)
    user.refresh_from_db()
    assert user.check_password("Ulaan-baatar-2015")

    # The link works once.
    client.logout()
    again = client.get(url, follow=True)
    assert not again.context["validlink"]


def test_invite_refuses_a_known_email(staff_client, city_a, official_a):
    response = staff_client.post(
        reverse("admin:accounts_user_invite"),
        {"city": city_a.pk, "email": official_a.email, "preferred_language": "en"},
    )
    assert response.status_code == 200
    assert "already exists" in response.content.decode()


def test_officials_cannot_reach_the_invite_page(client_a):
    response = client_a.get(reverse("admin:accounts_user_invite"))
    assert response.status_code == 302  # sent to the admin's login


def test_access_request_then_staff_approve_in_admin(client, staff_client, django_capture_on_commit_callbacks):
    page = client.get(reverse("portal:access_request"))
    assert page.status_code == 200
    data = {
        "city_name": "Chanchamayo",
        "country": "PE",
        "region": "latin_america",
        "first_name": "Rosa",
        "last_name": "Quispe",
        "email": "rosa@chanchamayo.example.pe",
        "job_title": "Water engineer",
        "organisation": "Municipalidad de Chanchamayo",
        "preferred_language": "es",
        "message": "Our water utilities are 60 years old.",
    }
    response = client.post(reverse("portal:access_request"), data)
    assert response.status_code == 302
    access_request = AccessRequest.objects.get()
    assert access_request.status == "pending"

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:accounts_accessrequest_changelist"),
            {"action": "approve", "_selected_action": [access_request.pk]},
        )
    assert response.status_code == 302
    access_request.refresh_from_db()
    assert access_request.status == "approved"
    city = City.objects.get(name="Chanchamayo")
    official = User.objects.get(email="rosa@chanchamayo.example.pe")
    assert official.city == city and official.role == Role.CITY_OFFICIAL and official.preferred_language == "es"
    assert access_request.city == city and access_request.user == official
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [official.email]


def test_access_request_validation_next_to_fields(client):
    response = client.post(reverse("portal:access_request"), {"city_name": "", "email": "nope"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_city_name_errors"' in html and 'id="id_email_errors"' in html
    assert not AccessRequest.objects.exists()


def test_password_reset_sends_a_link(client, official_a, django_capture_on_commit_callbacks):
    assert client.get(reverse("portal:password_reset")).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):  # the e-mail leaves through the outbox
        response = client.post(reverse("portal:password_reset"), {"email": official_a.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].extra_headers["Message-ID"].endswith("@policysharing.local>")
    landing = client.get(link_in(mail.outbox[0]), follow=True)
    assert landing.context["validlink"]
    response = client.post(
        landing.redirect_chain[-1][0], {"new_password1": "Another-pass-77", "new_password2": "Another-pass-77"}
    )
    assert response["Location"] == reverse("portal:password_reset_complete")
    official_a.refresh_from_db()
    assert official_a.check_password("Another-pass-77")


def test_password_change(client_a, official_a):
    assert client_a.get(reverse("portal:password_change")).status_code == 200
    response = client_a.post(
        reverse("portal:password_change"),
        {"old_password": "pw", "new_password1": "Fresh-password-9", "new_password2": "Fresh-password-9"},
    )
    assert response["Location"] == reverse("portal:password_change_done")
    assert client_a.get(response["Location"]).status_code == 200


def test_profile_sets_preferred_language(client_a, official_a):
    assert client_a.get(reverse("portal:profile")).status_code == 200
    response = client_a.post(
        reverse("portal:profile"),
        {
            "first_name": "Bat",
            "last_name": "Erdene",
            "email": official_a.email,
            "job_title": "Transport planner",
            "phone": "",
            "preferred_language": "ko",
        },
    )
    assert response.status_code == 302
    official_a.refresh_from_db()
    assert official_a.preferred_language == "ko" and official_a.job_title == "Transport planner"
    page = client_a.get(reverse("portal:consultation_list"))
    assert '<html lang="ko"' in page.content.decode()


def test_profile_refuses_another_users_email(client_a, official_b):
    response = client_a.post(
        reverse("portal:profile"), {"first_name": "x", "email": official_b.email, "preferred_language": "en"}
    )
    assert response.status_code == 200
    assert "email" in response.context["form"].errors


def test_user_admin_lists_officials(staff_client, official_a):
    response = staff_client.get(reverse("admin:accounts_user_changelist"))
    assert response.status_code == 200
    assert "official-a" in response.content.decode()
    assert "Invite a partner-city official" in response.content.decode()


def test_resend_invitation_action(staff_client, city_a, django_capture_on_commit_callbacks):
    invited = factories.OfficialFactory(city=city_a, email="new@ub.example.mn")
    invited.set_unusable_password()
    invited.save()
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(
            reverse("admin:accounts_user_changelist"),
            {"action": "resend_invitation", "_selected_action": [invited.pk]},
        )
    assert [m.to for m in mail.outbox] == [["new@ub.example.mn"]]
