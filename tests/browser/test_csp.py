"""The Content-Security-Policy in a real Chromium: no `securitypolicyviolation` on the main pages, the admin
(change page included), the staff workspace, the API docs and the two-step sign-in pages."""

from __future__ import annotations

import base64
from urllib.parse import urlparse

import pytest
from django_otp.oath import totp

from tests.browser.conftest import ARTIFACTS, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline") + " @" + event.sourceFile
    + ":" + event.lineNumber);
});
"""


def watched(make_page, **options):
    # No axe here: axe-core adds its own <style> while it runs, which the strict policy reports as a violation.
    # These pages are audited by test_accessibility.py (and every other browser test).
    page = make_page(axe=False, **options)
    page.add_init_script(RECORD_VIOLATIONS)
    console = []
    page.on(
        "console", lambda message: console.append(message.text) if "Content Security Policy" in message.text else None
    )
    page.console_csp = console
    errors = []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))  # a moved script that broke
    page.js_errors = errors
    return page


def visit(page, url: str, *, wait_for: str | None = None) -> list[str]:
    response = page.goto(url)
    assert response is not None and response.status < 500, url
    assert urlparse(page.url).path == urlparse(url).path, f"{url} ended at {page.url}"  # not sent to a sign-in
    assert response.headers.get("content-security-policy"), url
    if wait_for:
        page.wait_for_selector(wait_for)
    page.wait_for_load_state("load")
    return [f"{url}: {v}" for v in page.evaluate("window.__cspViolations || []")]


def test_no_policy_violations_on_the_main_pages(new_page, live_server, official_a, staff_officer, case_a):  # noqa: F811
    base = live_server.url
    violations: list[str] = []

    anonymous = watched(new_page)
    for path in ("/", "/policies/", "/cases/", "/join/", "/accounts/login/", "/accounts/password/reset/"):
        violations += visit(anonymous, base + path)
    violations += visit(anonymous, base + "/api/v1/docs/", wait_for=".swagger-ui .information-container")
    anonymous.screenshot(path=str(ARTIFACTS / "api-docs.png"))

    official = watched(new_page)
    sign_in(official, base, "official-a")
    for path in (
        "/my/consultations/",
        "/my/consultations/new/",
        f"/my/consultations/{case_a.pk}/",
        "/inbox/",
        "/accounts/profile/",
    ):
        violations += visit(official, base + path)
    violations += visit(official, base + "/accounts/api-access/")
    official.fill("#id_name", "browser test")
    with official.expect_navigation():
        official.get_by_role("button", name="Create key").click()
    assert official.locator("#new-key").inner_text().startswith("sps_")
    violations += [f"api-access: {v}" for v in official.evaluate("window.__cspViolations")]

    staff = watched(new_page)
    sign_in(staff, base, "staff-officer")
    for path in (
        "/admin/",
        "/admin/consultations/consultation/",
        f"/admin/consultations/consultation/{case_a.pk}/change/",
        f"/admin/consultations/consultation/{case_a.pk}/history/",
        "/admin/accounts/user/",
        f"/admin/accounts/user/{official_a.pk}/change/",
        "/admin/security/apitoken/",
        "/admin/axes/accessattempt/",
        "/admin/cities/city/export/",
        "/admin/cities/city/import/",
        "/admin/django_celery_beat/periodictask/add/",
        "/staff/",
        "/staff/results/",
        "/staff/experts/",
    ):
        violations += visit(staff, base + path)
    staff.screenshot(path=str(ARTIFACTS / "admin-under-csp.png"))

    console = anonymous.console_csp + official.console_csp + staff.console_csp
    assert not violations, violations
    assert not console, console
    errors = anonymous.js_errors + official.js_errors + staff.js_errors
    assert not errors, errors


def test_two_step_sign_in_in_the_browser(new_page, live_server, settings, staff_officer):  # noqa: F811
    settings.STAFF_MFA_REQUIRED = True
    base = live_server.url
    page = watched(new_page)
    page.goto(f"{base}/accounts/login/?next=/admin/")
    page.fill("#id_username", "staff-officer")
    page.fill("#id_password", "pw")
    with page.expect_navigation():
        page.locator("main").get_by_role("button").first.click()
    page.wait_for_url("**/accounts/two-factor/setup/**")
    assert page.locator(".qr svg").is_visible()
    secret = page.locator("#totp-secret").inner_text().strip()
    code = f"{totp(base64.b32decode(secret)):06d}"
    page.fill("#id_code", code)
    with page.expect_navigation():
        page.get_by_role("button", name="Confirm").click()
    codes = page.locator("#recovery-codes li").all_inner_texts()
    assert len(codes) == 10
    page.screenshot(path=str(ARTIFACTS / "recovery-codes.png"))
    with page.expect_navigation():
        page.get_by_role("link", name="I have saved them; continue").click()
    assert page.url.endswith("/admin/")
    assert page.evaluate("window.__cspViolations") == []
    assert page.console_csp == []
