"""Staff in a real Chromium: the admin's language switch (without JavaScript too), sign-in landing in the admin,
move buttons that explain themselves, a documents inline and an import page that fit 1280 px, and funnel
labels that stay inside their bars or beside them."""

from __future__ import annotations

import pytest

from consultations.pipeline import StageKey
from tests import factories
from tests.browser.conftest import ARTIFACTS, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}


def admin_sign_in(page, base: str, username: str) -> None:
    page.set_default_timeout(45_000)  # admin pages with many inlines are slow to render on a busy machine
    page.goto(f"{base}/admin/login/", timeout=60_000)
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    with page.expect_navigation():
        page.click("#login-form [type=submit]")


def no_sideways_scroll(page) -> tuple[int, int]:
    return page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")


def test_admin_language_switch_works_without_javascript(new_page, live_server, staff_officer):
    base = live_server.url
    page = new_page(java_script_enabled=False, viewport=DESKTOP)
    admin_sign_in(page, base, staff_officer.username)
    assert page.url.endswith("/admin/")
    page.select_option("#admin-language-select", "ko")
    with page.expect_navigation():
        page.click(".admin-lang-switch button")
    assert page.url.endswith("/admin/")
    assert page.locator("html").get_attribute("lang") == "ko"
    assert page.locator("#user-tools").get_by_role("link", name="포털").is_visible()
    # Back to the portal and, from its header, to the staff workspace.
    with page.expect_navigation():
        page.locator("#user-tools").get_by_role("link", name="포털").click()
    assert page.url == f"{base}/"
    page.screenshot(path=str(ARTIFACTS / "portal-header-for-staff-ko.png"))
    with page.expect_navigation():
        page.locator("header").get_by_role("link", name="직원 업무 공간").click()
    assert page.url.endswith("/staff/")


def test_staff_signing_in_on_the_portal_land_in_the_admin(new_page, live_server, staff_officer, official_a):
    base = live_server.url
    page = new_page(viewport=DESKTOP)
    sign_in(page, base, staff_officer.username)
    assert page.url == f"{base}/admin/"
    official = new_page(viewport=DESKTOP)
    sign_in(official, base, official_a.username)
    assert official.url == f"{base}/my/consultations/"


def test_move_buttons_explain_themselves_and_a_reason_is_checked_by_the_server(new_page, live_server, staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.SCREENING, track="", title="Bus reform in Lima")
    base = live_server.url
    page = new_page(viewport=DESKTOP)
    admin_sign_in(page, base, staff_officer.username)
    page.goto(f"{base}/admin/consultations/consultation/{case.pk}/change/")
    forward = page.locator("#move-task_force button")
    assert forward.is_disabled()
    reason = page.locator("#move-task_force .move-blocked-reasons")
    assert reason.is_visible() and "Choose the track" in reason.inner_text()
    # The reason sits beside the button, not far below it.
    button_box, reason_box = forward.bounding_box(), reason.bounding_box()
    assert abs(reason_box["y"] - (button_box["y"] + button_box["height"])) < 60
    reason.get_by_role("link").click()
    assert page.evaluate("() => location.hash") == "#id_track"
    # Decline looks different from the other moves (a distinct, "danger" style).
    decline = page.locator("#move-declined button")
    background = "(el) => getComputedStyle(el).backgroundColor"
    assert page.evaluate(background, decline.element_handle()) == "rgb(166, 27, 27)"
    hold = page.locator("#move-on_hold button")
    assert page.evaluate(background, hold.element_handle()) != page.evaluate(background, decline.element_handle())
    # Spaces pass the browser's "required" but not the server: the error stands beside the field, text kept.
    page.fill("#move-declined textarea", "   ")
    with page.expect_navigation():
        decline.click()
    error = page.locator("#move-declined .move-note .errorlist")
    assert error.is_visible() and "Give a reason" in error.inner_text()
    field_box, error_box = page.locator("#move-declined textarea").bounding_box(), error.bounding_box()
    assert 0 <= error_box["y"] - (field_box["y"] + field_box["height"]) < 40
    page.screenshot(path=str(ARTIFACTS / "admin-moves.png"), full_page=True)
    case.refresh_from_db()
    assert case.stage == StageKey.SCREENING


def test_documents_inline_fits_1280_and_downloads_by_the_original_name(new_page, live_server, staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.ANALYSIS, track="consultation")
    long_name = "Ulaanbaatar bus-rapid-transit feasibility study, final report with annexes (revised 2026).pdf"
    factories.DocumentFactory(
        consultation=case,
        original_name=long_name,
        title="Feasibility study",
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    base = live_server.url
    page = new_page(viewport=DESKTOP, accept_downloads=True)
    admin_sign_in(page, base, staff_officer.username)
    page.goto(f"{base}/admin/consultations/consultation/{case.pk}/change/")
    link = page.locator("#documents-group a.document-download")
    assert link.inner_text() == long_name
    width, viewport = no_sideways_scroll(page)
    page.locator("#documents-group").screenshot(path=str(ARTIFACTS / "admin-documents-inline.png"))
    assert width <= viewport, f"the page scrolls sideways: {width} > {viewport}"
    table = page.locator("#documents-group table").bounding_box()
    assert table["x"] + table["width"] <= 1280
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename == long_name


def test_funnel_labels_stay_inside_their_bars_or_beside_them(new_page, live_server, staff_officer):
    for _ in range(30):
        factories.ConsultationFactory(stage=StageKey.REQUEST)
    factories.ConsultationFactory(stage=StageKey.FOLLOW_UP, track="consultation")
    base = live_server.url
    for language in ("en", "ko", "es"):
        staff_officer.preferred_language = language
        staff_officer.save(update_fields=["preferred_language"])
        page = new_page(viewport=DESKTOP)
        admin_sign_in(page, base, staff_officer.username)
        page.goto(f"{base}/staff/")
        boxes = page.evaluate(
            """() => [...document.querySelectorAll('#funnel-heading ~ svg g')].map(g => {
                const bar = g.querySelector('rect').getBoundingClientRect();
                const label = g.querySelector('text');
                const text = label.getBoundingClientRect();
                const svg = g.ownerSVGElement.getBoundingClientRect();
                return {inside: label.classList.contains('inside'), bar: [bar.left, bar.right],
                        text: [text.left, text.right], svg: [svg.left, svg.right], words: label.textContent};
            })"""
        )
        assert len(boxes) == 8
        for box in boxes:
            assert box["svg"][0] - 0.5 <= box["text"][0] and box["text"][1] <= box["svg"][1] + 0.5, box
            if box["inside"]:
                assert box["bar"][0] - 0.5 <= box["text"][0] and box["text"][1] <= box["bar"][1] + 0.5, box
            else:
                assert box["text"][0] >= box["bar"][1] or box["text"][1] <= box["bar"][0], box
        if language == "en":
            assert page.locator(".breadcrumbs").inner_text().count("Staff dashboard") == 1
        page.locator("#funnel-heading").locator("..").screenshot(path=str(ARTIFACTS / f"funnel-{language}.png"))


def test_import_problems_are_visible_without_hovering_and_the_page_fits_1280(
    new_page, live_server, staff_officer, tmp_path
):
    headers = "name,name_local,country,region,population,latitude,longitude,is_partner,notes\n"
    rows = "Nowhere,,XX,atlantis,-5,95,0,perhaps," + "a very long note without spaces " * 12 + "\n"
    upload = tmp_path / "cities.csv"
    upload.write_text(headers + rows, encoding="utf-8")
    base = live_server.url
    page = new_page(viewport=DESKTOP)
    admin_sign_in(page, base, staff_officer.username)
    page.goto(f"{base}/admin/cities/city/import/")
    assert page.get_by_role("link", name="CSV template").is_visible()
    page.set_input_files("#id_import_file", str(upload))
    page.select_option("#id_format", label="csv")
    with page.expect_navigation():
        page.click(".submit-row input[type=submit]")
    message = page.locator(".import-problems td.import-error-message", has_text="Use one of:").first
    assert message.is_visible()
    assert "east_asia" in message.inner_text()
    width, viewport = no_sideways_scroll(page)
    page.screenshot(path=str(ARTIFACTS / "import-problems.png"), full_page=True)
    assert width <= viewport, f"the page scrolls sideways: {width} > {viewport}"


def test_import_preview_of_good_rows_fits_1280(new_page, live_server, staff_officer, tmp_path):
    import csv
    import io

    note = "Partner since the 2019 forum; transport and water consultations, follow-up visits every year. " * 3
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "name",
            "name_local",
            "country",
            "region",
            "population",
            "latitude",
            "longitude",
            "is_partner",
            "website",
            "notes",
        ]
    )
    for n in range(5):
        writer.writerow(
            [
                f"City {n}",
                f"도시 {n}",
                "PE",
                "latin_america",
                100000 + n,
                "-12.0",
                "-77.0",
                "yes",
                f"https://example.org/a-very-long-path/{n}",
                note,
            ]
        )
    upload = tmp_path / "cities.csv"
    upload.write_text(buffer.getvalue(), encoding="utf-8")
    base = live_server.url
    page = new_page(viewport=DESKTOP)
    admin_sign_in(page, base, staff_officer.username)
    page.goto(f"{base}/admin/cities/city/import/")
    page.set_input_files("#id_import_file", str(upload))
    page.select_option("#id_format", label="csv")
    with page.expect_navigation():
        page.click(".submit-row input[type=submit]")
    assert page.locator("input[name=confirm]").is_visible()
    width, viewport = no_sideways_scroll(page)
    page.screenshot(path=str(ARTIFACTS / "import-preview.png"), full_page=True)
    assert width <= viewport, f"the page scrolls sideways: {width} > {viewport}"
