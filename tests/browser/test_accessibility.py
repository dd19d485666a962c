"""axe-core finds no critical or serious WCAG 2.1 A/AA violation on any significant page, for each role, with the
demo data in place: the public portal and the city's portal in English and Korean (and on a phone), the admin
(every changelist on the index, the main change pages, filters) and the staff workspace.

The check itself lives in conftest.py (`new_page` runs axe after each navigation and fails the test at teardown);
these tests make sure every page is visited in a populated state."""

from __future__ import annotations

import re

import pytest

from consultations.models import Consultation
from tests.browser.conftest import ARTIFACTS, PHONE, axe_check, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db, settings):
    from demo.seeding import seed_demo
    from matching import engine

    settings.STAFF_MFA_REQUIRED = False
    engine.clear_cache()
    seed_demo(password="pw")  # noqa: S106 - test personas
    yield
    engine.clear_cache()


def in_language(page, base: str, code: str) -> None:
    page.context.add_cookies([{"name": "django_language", "value": code, "url": base}])


def lang_of(page) -> str:
    return page.locator("html").get_attribute("lang")


def test_public_pages_in_english_and_korean(new_page, live_server, demo):
    base = live_server.url
    from policies.models import PolicyModule
    from portal.selectors import published_cases

    case = published_cases().first()

    policy = PolicyModule.objects.order_by("pk").first()
    paths = [
        "/",
        "/cases/",
        "/policies/",
        f"/policies/{policy.slug}/",
        "/policies/sdg/",
        "/about/",
        "/events/",
        "/join/",
        "/accounts/login/",
        "/accounts/password/reset/",
    ]
    if case is not None:
        paths.insert(2, f"/cases/{case.pk}/")
    for code in ("en", "ko"):
        page = new_page()
        in_language(page, base, code)
        for path in paths:
            response = page.goto(base + path)
            assert response.status == 200, path
            assert lang_of(page) == code, path
        # The form with its errors: the join form sent empty.
        page.goto(base + "/join/")
        with page.expect_navigation():
            page.locator("main form button[type=submit], main form input[type=submit]").last.click()
        page.screenshot(path=str(ARTIFACTS / f"a11y-join-errors-{code}.png"), full_page=True)
    phone = new_page(viewport=PHONE)
    for path in paths[:4]:
        phone.goto(base + path)
    phone.screenshot(path=str(ARTIFACTS / "a11y-home-phone.png"), full_page=True)


def test_city_portal_in_english_and_korean(new_page, live_server, demo):
    base = live_server.url
    from django.contrib.auth import get_user_model

    from portal.selectors import my_consultations

    official = get_user_model().objects.get(username="official-ulaanbaatar")
    case = my_consultations(user=official).order_by("pk").first()
    paths = [
        "/my/consultations/",
        f"/my/consultations/{case.pk}/",
        "/my/consultations/new/",
        "/inbox/",
        "/inbox/settings/",
        "/accounts/profile/",
        "/accounts/api-access/",
        "/accounts/password/",
    ]
    for code, viewport in (("en", None), ("ko", None), ("en", PHONE)):
        page = new_page(viewport=viewport) if viewport else new_page()
        sign_in(page, base, "official-ulaanbaatar")
        if lang_of(page) != code:  # the choice is saved to the profile, so a later sign-in starts in it
            page.select_option("#language-select", code)
            with page.expect_navigation():
                page.locator(".lang-switch button").click()
        for path in paths:
            response = page.goto(base + path)
            assert response.status == 200, path
            assert lang_of(page) == code, path
        # The request form sent empty: its error summary and invalid fields.
        page.goto(base + "/my/consultations/new/")
        with page.expect_navigation():
            page.click("button[name=action][value=submit]")
        assert page.locator(".errorlist, .error-summary").count() >= 1
        page.screenshot(path=str(ARTIFACTS / f"a11y-request-errors-{code}-{'phone' if viewport else 'desktop'}.png"))
        # The request form as the city types: suggestions drawn by script.
        page.goto(base + "/my/consultations/new/")
        page.fill("#id_title", "Night buses")
        page.fill("#id_challenge", "Night-shift workers are stranded after midnight: no bus runs.")
        page.locator("#policy-suggestions .suggestion-list li").first.wait_for()
        axe_check(page, label="suggestions shown")


# The models staff work in daily: their change page and a filtered list are checked too (every list is).
MAIN_MODELS = {
    "/admin/accounts/user/",
    "/admin/cities/city/",
    "/admin/consultations/consultation/",
    "/admin/consultations/document/",
    "/admin/experts/expert/",
    "/admin/policies/policymodule/",
    "/admin/training/trainingprogramme/",
}


def test_admin_and_staff_workspace(new_page, live_server, demo):
    base = live_server.url
    page = new_page()
    sign_in(page, base, "staff")
    page.goto(base + "/admin/")
    index_links = page.eval_on_selector_all(
        "#content-main a[href$='/']", "links => links.map(a => a.getAttribute('href'))"
    )
    changelists = sorted({href for href in index_links if re.fullmatch(r"/admin/\w+/\w+/", href)})
    assert "/admin/consultations/consultation/" in changelists
    for href in changelists:
        response = page.goto(base + href)
        assert response.status == 200, href
        if href not in MAIN_MODELS:
            continue
        # The first row's change page, as staff open it from the list.
        first = page.locator("#result_list tbody tr th a, #result_list tbody tr td a").first
        if first.count():
            with page.expect_navigation():
                first.click()
        # A filter applied, when the list has filters.
        page.goto(base + href)
        choice = page.locator("#changelist-filter li:not(.selected) a").nth(1)
        if choice.count():
            with page.expect_navigation():
                choice.click()
    page.screenshot(path=str(ARTIFACTS / "a11y-admin-filtered.png"))
    # A consultation's change page early, in the middle and at the end of the pipeline (move buttons, guards and
    # inlines differ; axe takes seconds on each, so not every stage).
    stages = ["request", "task_force", "follow_up"]
    for stage in stages:
        case = Consultation.objects.filter(stage=stage).order_by("pk").first()
        if case is not None:
            response = page.goto(f"{base}/admin/consultations/consultation/{case.pk}/change/")
            assert response.status == 200
    page.screenshot(path=str(ARTIFACTS / "a11y-consultation-change.png"), full_page=True)
    # Add pages of the main models.
    for path in ("/admin/consultations/consultation/add/", "/admin/experts/expert/add/"):
        page.goto(base + path)
    # The staff workspace.
    for path in ("/staff/", "/staff/results/", "/staff/experts/", "/staff/matching/", "/staff/exports/"):
        response = page.goto(base + path)
        assert response.status == 200, path
    page.goto(base + "/staff/")
    page.screenshot(path=str(ARTIFACTS / "a11y-staff-dashboard.png"), full_page=True)
    page.goto(base + "/staff/matching/")
    matching = page.locator("#content-main a[href^='/staff/matching/cases/']").first
    if matching.count():
        with page.expect_navigation():
            matching.click()
