"""Second factor for SMG staff and SUSA consultants: enrolment, TOTP sign-in (real codes), recovery codes, gating."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _mfa_required(settings):
    settings.STAFF_MFA_REQUIRED = True
    settings.OTP_TOTP_THROTTLE_FACTOR = settings.OTP_STATIC_THROTTLE_FACTOR = 0  # the delay has its own test


def code_for(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    """The code an authenticator app shows (RFC 6238), computed from the device's secret."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, drift=steps_ahead):0{device.digits}d}"


def sign_in(client: Client, user, next_url: str = "/admin/"):
    response = client.post(reverse("portal:login"), {"username": user.username, "password": "pw", "next": next_url})
    assert response.status_code == 302, response.content[:300]
    return response


def enrol(client: Client, user) -> tuple[TOTPDevice, list[str]]:
    page = client.get(reverse("security:mfa_setup"), {"next": "/admin/"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html and 'class="qrline"' in html  # the QR code, inline SVG
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', html).group(1)
    import base64

    assert base64.b32decode(secret) == device.bin_key  # the typed-in secret is the same key
    done = client.post(reverse("security:mfa_setup"), {"code": code_for(device), "next": "/admin/"})
    assert done.status_code == 200
    codes = done.context["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    for code in codes:
        assert code in done.content.decode()
    device.refresh_from_db()
    assert device.confirmed
    return device, codes


@pytest.mark.parametrize("persona", ["staff_officer", "consultant"])
def test_staff_must_enrol_before_the_admin_and_the_staff_workspace(request, client, persona):
    user = request.getfixturevalue(persona)
    sign_in(client, user)
    for url in ("/admin/", "/staff/", "/admin/consultations/consultation/"):
        blocked = client.get(url)
        assert blocked.status_code == 302
        assert blocked["Location"].startswith(reverse("security:mfa_setup"))
    api = client.get("/api/v1/consultations/")
    assert api.status_code == 403 and api.json()["error"]["code"] == "second_factor_required"

    device, _codes = enrol(client, user)
    assert client.get("/admin/").status_code == 200
    assert client.get("/staff/").status_code in (200, 403)  # consultants may not have the dashboard itself
    assert TOTPDevice.objects.filter(user=user).count() == 1 and device.confirmed


def test_sign_in_with_a_totp_code(client, staff_officer):
    sign_in(client, staff_officer)
    device, _codes = enrol(client, staff_officer)
    client.post(reverse("portal:logout"))

    sign_in(client, staff_officer)
    blocked = client.get("/admin/")
    assert blocked["Location"].startswith(reverse("security:mfa_verify"))
    wrong = client.post(reverse("security:mfa_verify"), {"code": "000000", "next": "/admin/"})
    assert wrong.status_code == 400
    # The code of the step just used at enrolment cannot be replayed; the app's next code works.
    replay = client.post(reverse("security:mfa_verify"), {"code": code_for(device), "next": "/admin/"})
    assert replay.status_code == 400
    ok = client.post(reverse("security:mfa_verify"), {"code": code_for(device, steps_ahead=1), "next": "/admin/"})
    assert ok.status_code == 302 and ok["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_admin_login_leads_to_the_second_factor_too(client, staff_officer):
    sign_in(client, staff_officer)
    enrol(client, staff_officer)
    client.post(reverse("portal:logout"))
    response = client.post(
        reverse("admin:login"), {"username": staff_officer.username, "password": "pw", "next": "/admin/"}
    )
    assert response.status_code == 302
    assert client.get("/admin/")["Location"].startswith(reverse("security:mfa_verify"))


def test_recovery_codes_work_once(client, staff_officer):
    sign_in(client, staff_officer)
    _device, codes = enrol(client, staff_officer)
    client.post(reverse("portal:logout"))

    sign_in(client, staff_officer)
    used = client.post(reverse("security:mfa_verify"), {"code": codes[0], "next": "/admin/"})
    assert used.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert StaticToken.objects.filter(device__user=staff_officer).count() == 9
    client.post(reverse("portal:logout"))

    sign_in(client, staff_officer)
    again = client.post(reverse("security:mfa_verify"), {"code": codes[0], "next": "/admin/"})
    assert again.status_code == 400
    # Typed with spaces instead of dashes, in capitals, another code works.
    other = client.post(reverse("security:mfa_verify"), {"code": codes[1].replace("-", " ").upper(), "next": "/admin/"})
    assert other.status_code == 302


def test_recovery_codes_are_stored_only_for_superusers_to_see(client, staff_officer, consultant):
    sign_in(client, staff_officer)
    _device, codes = enrol(client, staff_officer)
    for user in (staff_officer, consultant):
        viewer = Client()
        viewer.force_login(user)
        for url in ("/admin/otp_static/staticdevice/", "/admin/otp_static/statictoken/"):
            response = viewer.get(url)
            assert response.status_code in (302, 403, 404)
            assert codes[0] not in response.content.decode()


def test_new_recovery_codes_need_a_verified_session(client, staff_officer):
    sign_in(client, staff_officer)
    device, codes = enrol(client, staff_officer)
    fresh = client.post(reverse("security:mfa_recovery_codes"))
    assert fresh.status_code == 200
    new_codes = fresh.context["codes"]
    assert not set(new_codes) & set(codes)
    stored = set(StaticToken.objects.filter(device__user=staff_officer).values_list("token", flat=True))
    assert stored == {code.replace("-", "") for code in new_codes}

    unverified = Client()
    sign_in(unverified, staff_officer)
    refused = unverified.post(reverse("security:mfa_recovery_codes"))
    assert refused.status_code == 302 and refused["Location"].startswith(reverse("security:mfa_verify"))


def test_an_unverified_session_cannot_replace_the_authenticator(client, staff_officer):
    sign_in(client, staff_officer)
    enrol(client, staff_officer)
    other = Client()
    sign_in(other, staff_officer)
    response = other.get(reverse("security:mfa_setup"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("security:mfa_verify"))
    assert TOTPDevice.objects.filter(user=staff_officer).count() == 1


def test_wrong_codes_slow_down(client, settings, staff_officer):
    settings.OTP_TOTP_THROTTLE_FACTOR = 1
    sign_in(client, staff_officer)
    device, _codes = enrol(client, staff_officer)
    client.post(reverse("portal:logout"))
    sign_in(client, staff_officer)
    client.post(reverse("security:mfa_verify"), {"code": "000000"})
    client.post(reverse("security:mfa_verify"), {"code": "000001"})
    # Right after two failures even the right code waits (django-otp's growing delay).
    response = client.post(reverse("security:mfa_verify"), {"code": code_for(device, steps_ahead=1)})
    assert response.status_code == 400
    device.refresh_from_db()
    assert device.throttling_failure_count >= 1


def test_not_required_when_the_setting_is_off(client, settings, staff_officer):
    settings.STAFF_MFA_REQUIRED = False
    sign_in(client, staff_officer)
    assert client.get("/admin/").status_code == 200


def test_officials_are_not_asked(client, official_a):
    sign_in(client, official_a, next_url="/my/consultations/")
    assert client.get("/my/consultations/").status_code == 200
    assert client.get(reverse("security:mfa_setup")).status_code == 403


def test_default_follows_debug():
    import subprocess
    import sys

    def value(debug: str) -> str:
        env = {"DEBUG": debug, "SECRET_KEY": "x" * 60, "PATH": "/usr/bin:/bin"}
        code = "import policysharing.settings as s; print(s.STAFF_MFA_REQUIRED, s.STAFF_SESSION_IDLE_MINUTES)"
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()

    assert value("false") == "True 30"
    assert value("true") == "False 30"


def verified_client(user) -> Client:
    """A session that has passed the second factor (as django_otp.login leaves it)."""
    client = Client()
    client.force_login(user)
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    return client


def test_staff_reset_a_lost_second_factor_in_the_admin(client, staff_officer, consultant):
    sign_in(client, consultant)
    device, codes = enrol(client, consultant)
    staff = verified_client(staff_officer)
    listing = staff.get(reverse("admin:otp_totp_totpdevice_changelist"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert str(consultant) in html
    assert device.key not in html and codes[0] not in html
    done = staff.post(
        reverse("admin:otp_totp_totpdevice_changelist"), {"action": "reset", "_selected_action": [device.pk]}
    )
    assert done.status_code == 302
    assert not TOTPDevice.objects.filter(user=consultant).exists()
    assert not StaticToken.objects.filter(device__user=consultant).exists()
    # The consultant enrols again at the next sign-in.
    again = Client()
    sign_in(again, consultant)
    assert again.get("/admin/")["Location"].startswith(reverse("security:mfa_setup"))


def test_consultants_cannot_see_or_reset_second_factors(staff_officer, consultant):
    TOTPDevice.objects.create(user=staff_officer, name="app", confirmed=True)
    viewer = verified_client(consultant)
    assert viewer.get("/admin/").status_code == 200
    assert viewer.get(reverse("admin:otp_totp_totpdevice_changelist")).status_code == 403
