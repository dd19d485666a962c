"""Content-Security-Policy on every page, no inline script or style left, security headers, production settings."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]

PUBLIC_PAGES = ["/", "/policies/", "/cases/", "/join/", "/accounts/login/", "/accounts/password/reset/", "/nope/"]
OFFICIAL_PAGES = [
    "/my/consultations/",
    "/my/consultations/new/",
    "/inbox/",
    "/accounts/profile/",
    "/accounts/api-access/",
]
STAFF_PAGES = [
    "/admin/",
    "/admin/consultations/consultation/",
    "/admin/accounts/user/",
    "/admin/security/apitoken/",
    "/admin/axes/accessattempt/",
    "/admin/cities/city/export/",
    "/admin/django_celery_beat/periodictask/add/",
    "/staff/",
    "/staff/results/",
    "/accounts/two-factor/",
    "/accounts/two-factor/setup/",
]
API = ["/api/v1/docs/", "/api/v1/docs/?script=", "/api/v1/schema/", "/api/v1/consultations/", "/api/v1/nothing/"]


def policy_of(response) -> dict[str, list[str]]:
    header = response.headers.get("Content-Security-Policy")
    assert header, f"{response.request['PATH_INFO']} has no Content-Security-Policy"
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def assert_strict(response):
    policy = policy_of(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "geolocation=()" in response.headers["Permissions-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_every_page_has_a_strict_policy(client, official_a, staff_officer, case_a):
    for url in [*PUBLIC_PAGES, *API]:
        assert_strict(client.get(url))
    client.force_login(official_a)
    for url in OFFICIAL_PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict(response)
    staff_officer.is_superuser = True  # the periodic-task pages are for superusers only
    staff_officer.save(update_fields=["is_superuser"])
    staff = Client()
    staff.force_login(staff_officer)
    for url in [*STAFF_PAGES, f"/admin/consultations/consultation/{case_a.pk}/change/"]:
        response = staff.get(url)
        assert response.status_code == 200, url
        assert_strict(response)


def test_api_docs_load_their_script_from_a_url(client):
    page = client.get("/api/v1/docs/").content.decode()
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, re.S)
    assert scripts and all("src=" in attrs and not body.strip() for attrs, body in scripts)
    assert "<style" not in page
    script = client.get("/api/v1/docs/?script=")
    assert script.status_code == 200 and script["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle" in script.content.decode()


TEMPLATE_DIRS = [ROOT / "templates", *ROOT.glob("*/templates")]
INLINE_HANDLER = re.compile(r"\son[a-z]+\s*=", re.I)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)
STYLE_ATTRIBUTE = re.compile(r"\sstyle\s*=", re.I)


def test_no_inline_script_handler_or_style_in_templates_and_admin_code():
    offenders = []
    for directory in TEMPLATE_DIRS:
        for path in directory.rglob("*.html"):
            if "email" in path.parts:  # e-mails are not web pages: mail clients need inline styles
                continue
            text = path.read_text()
            for pattern in (INLINE_HANDLER, INLINE_SCRIPT, STYLE_ATTRIBUTE, re.compile(r"<style", re.I)):
                if pattern.search(text):
                    offenders.append(f"{path.relative_to(ROOT)}: {pattern.pattern}")
    apps = [d for d in ROOT.iterdir() if (d / "__init__.py").exists() and d.name not in ("tests", "benchmarks")]
    for path in (path for app in apps for path in app.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        if STYLE_ATTRIBUTE.search(path.read_text()) and "format_html" in path.read_text():
            offenders.append(f"{path.relative_to(ROOT)}: style= in generated HTML")
    assert not offenders, offenders


def production_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DEBUG", "SECURE_", "TRUST_", "SESSION_", "CSRF_"))
    }
    env.update(
        {
            "DEBUG": "false",
            "SECRET_KEY": "k" + "Zq8-vN3_xW7pL2rT9yB4mC6dF1hJ5kS0aE" * 2,
            "ALLOWED_HOSTS": "policysharing.example.org",
            "DATABASE_URL": f"sqlite:///{ROOT / 'test-artifacts' / 'deploy-check.sqlite3'}",
            "CACHE_URL": "redis://127.0.0.1:6379/1",  # production shares its cache (throttles, rate limits)
            **extra,
        }
    )
    return env


def run_python(code: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=production_env(**extra), capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_settings():
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='policysharing.settings'; django.setup();"
        "from django.conf import settings as s; from rest_framework.settings import api_settings as a;"
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS,"
        " getattr(s, 'SECURE_PROXY_SSL_HEADER', None), s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " [r.__name__ for r in a.DEFAULT_RENDERER_CLASSES])"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "True 31536000 True None True True ['ORJSONRenderer']"
    behind_proxy = run_python(code, TRUST_PROXY_HEADERS="true")
    assert "('HTTP_X_FORWARDED_PROTO', 'https')" in behind_proxy.stdout
    development = run_python(code, DEBUG="true")
    assert development.stdout.split("\n")[-2].endswith("['ORJSONRenderer', 'BrowsableAPIRenderer']")


def test_production_serves_https_only(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    plain = client.get("/policies/")
    assert plain.status_code == 301 and plain["Location"].startswith("https://")
    assert client.get("/health/").status_code in (200, 503)  # container health checks stay on plain HTTP
    secure = client.get("/policies/", secure=True)
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    # A forwarded "https" from the client is not believed unless TRUST_PROXY_HEADERS set the proxy header.
    spoofed = client.get("/policies/", HTTP_X_FORWARDED_PROTO="https")
    assert spoofed.status_code == 301
