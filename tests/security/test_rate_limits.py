"""Password reset and /join/ are rate-limited (in the cache); /join/ never reveals whether an address has an account."""

from __future__ import annotations

import os

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import AccessRequest

pytestmark = pytest.mark.django_db


def join_data(**overrides):
    return {
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
        **overrides,
    }


def test_join_answers_the_same_for_a_known_address_and_tells_its_holder(
    client, official_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = client.post(reverse("portal:access_request"), join_data())
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post(reverse("portal:access_request"), join_data(email=official_a.email.upper()))
    assert (
        (new.status_code, new["Location"])
        == (known.status_code, known["Location"])
        == (
            302,
            reverse("portal:access_request_done"),
        )
    )
    # Only the new address became a request; the account holder got an e-mail instead (not the asker).
    assert list(AccessRequest.objects.values_list("email", flat=True)) == ["rosa@chanchamayo.example.pe"]
    assert len(mail.outbox) == 1
    notice = mail.outbox[0]
    assert notice.to == [official_a.email]
    assert official_a.username in notice.body and "/accounts/password/reset/" in notice.body


def test_join_form_never_says_an_account_exists(client, official_a):
    response = client.post(reverse("portal:access_request"), join_data(email=official_a.email, city_name=""))
    assert response.status_code == 200  # the other error is shown, not the account
    assert "already exists" not in response.content.decode()
    assert 'id="id_email_errors"' not in response.content.decode()


def test_join_is_rate_limited_per_address(client, settings):
    settings.ACCESS_REQUEST_RATE = "3/h"
    for n in range(3):
        assert client.post(reverse("portal:access_request"), join_data(email=f"a{n}@example.org")).status_code == 302
    refused = client.post(reverse("portal:access_request"), join_data(email="a9@example.org"))
    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert AccessRequest.objects.count() == 3
    # Another client address is not affected.
    other = client.post(reverse("portal:access_request"), join_data(email="b@example.org"), REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302


def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(client, settings):
    settings.ACCESS_REQUEST_RATE = "1/h"
    assert client.post(reverse("portal:access_request"), join_data(email="x1@example.org")).status_code == 302
    spoofed = client.post(
        reverse("portal:access_request"), join_data(email="x2@example.org"), HTTP_X_FORWARDED_FOR="192.0.2.1"
    )
    assert spoofed.status_code == 429
    settings.TRUST_PROXY_HEADERS = True
    behind_proxy = client.post(
        reverse("portal:access_request"), join_data(email="x3@example.org"), HTTP_X_FORWARDED_FOR="192.0.2.1"
    )
    assert behind_proxy.status_code == 302


def test_password_reset_is_rate_limited(client, settings, official_a, django_capture_on_commit_callbacks):
    settings.PASSWORD_RESET_RATE = "3/h"
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):  # the e-mail leaves through the outbox
            response = client.post(reverse("portal:password_reset"), {"email": official_a.email})
        assert response.status_code == 302
    assert len(mail.outbox) == 3
    refused = client.post(reverse("portal:password_reset"), {"email": official_a.email})
    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert len(mail.outbox) == 3


def test_password_reset_limit_per_mailbox_holds_across_addresses(
    client, settings, official_a, django_capture_on_commit_callbacks
):
    settings.PASSWORD_RESET_RATE = "2/h"
    for n in range(2):
        with django_capture_on_commit_callbacks(execute=True):  # the e-mail leaves through the outbox
            client.post(reverse("portal:password_reset"), {"email": official_a.email}, REMOTE_ADDR=f"203.0.113.{n}")
    refused = client.post(reverse("portal:password_reset"), {"email": official_a.email}, REMOTE_ADDR="203.0.113.50")
    assert refused.status_code == 429
    assert len(mail.outbox) == 2


@pytest.fixture
def redis_cache(settings):
    """Django's cache on the test Redis database (the one the worker tests use and flush)."""
    import redis

    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not reachable at {url}")
        pytest.skip(f"Redis is not reachable at {url}")
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url, "KEY_PREFIX": "rl-test"}
    }
    yield client
    for key in client.scan_iter("rl-test:*"):
        client.delete(key)
    client.close()


def test_rate_limit_counters_are_shared_through_redis(client, settings, redis_cache):
    settings.ACCESS_REQUEST_RATE = "2/h"
    assert client.post(reverse("portal:access_request"), join_data(email="r1@example.org")).status_code == 302
    # Another web process would read the same counter: it is in Redis, not in this process.
    keys = [key.decode() for key in redis_cache.scan_iter("rl-test:*ratelimit:access-request:*")]
    assert len(keys) == 1 and int(redis_cache.get(keys[0])) == 1
    redis_cache.incr(keys[0])  # a hit counted by another process
    assert client.post(reverse("portal:access_request"), join_data(email="r2@example.org")).status_code == 429


def test_client_address_is_validated(settings, rf):
    from core.ratelimit import client_ip

    assert client_ip(rf.get("/", REMOTE_ADDR="203.0.113.5")) == "203.0.113.5"
    assert client_ip(rf.get("/", REMOTE_ADDR="")) is None  # e.g. a request built in code: never "unknown" in the DB
    settings.TRUST_PROXY_HEADERS = True
    assert client_ip(rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.4")) == (
        "198.51.100.4"
    )
    assert client_ip(rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="<script>")) is None
