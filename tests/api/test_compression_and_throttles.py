"""HTML pages are gzipped for clients that accept it (streamed exports and API answers are not); API throttles
count in the shared cache (Redis when configured), so the limit is per caller, not per worker process."""

from __future__ import annotations

import gzip
import os

import pytest
from django.core.cache import caches
from django.test import override_settings

from tests import factories

pytestmark = pytest.mark.django_db

REDIS_TEST_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def test_html_pages_are_gzipped(client, city_b):
    factories.ConsultationFactory(city=city_b, stage="closed", track="funding", is_published=True)
    for url in ("/", "/cases/", "/policies/"):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, br")
        assert response.status_code == 200, url
        assert response["Content-Encoding"] == "gzip", url
        assert "Accept-Encoding" in response["Vary"]
        assert gzip.decompress(response.content)
    plain = client.get("/")
    assert "Content-Encoding" not in plain
    api = client.get("/api/v1/consultations/", HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in api  # API clients (and schemathesis) get plain JSON


def test_streamed_exports_are_not_recompressed(client, city_b):
    factories.ConsultationFactory(city=city_b, stage="closed", track="funding", is_published=True)
    response = client.get("/api/v1/consultations/export/?format=csv", HTTP_ACCEPT_ENCODING="gzip")
    assert response.streaming
    assert "Content-Encoding" not in response


def test_deploy_check_warns_about_a_per_process_throttle_cache(settings):
    from core.checks import throttle_cache_is_shared

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [warning.id for warning in throttle_cache_is_shared(None)] == ["core.W001"]
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "x"}}
    assert throttle_cache_is_shared(None) == []


def test_throttles_count_in_the_shared_redis_cache(api, anonymous):
    import redis

    client = redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not reachable at {REDIS_TEST_URL}")
        pytest.skip(f"Redis is not reachable at {REDIS_TEST_URL}")
    client.flushdb()
    shared = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "shared": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_TEST_URL,
            "KEY_PREFIX": "throttle-test",
        },
    }
    rates = {
        "EXCEPTION_HANDLER": "core.api.exception_handler",
        "DEFAULT_THROTTLE_RATES": {"anon": "3/min", "user": "5/min", "writes": "2/min"},
    }
    try:
        with override_settings(CACHES=shared, API_THROTTLE_CACHE="shared", REST_FRAMEWORK=rates):
            anon = api(anonymous)
            assert [anon.get("/api/v1/summary/").status_code for _ in range(4)] == [200, 200, 200, 429]
            # The count lives in Redis, where every worker process reads it.
            assert any(b"throttle_anon" in key for key in client.keys("*"))
            caches["shared"].clear()
            assert anon.get("/api/v1/summary/").status_code == 200
    finally:
        client.flushdb()
        client.close()
