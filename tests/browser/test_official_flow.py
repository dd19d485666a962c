"""The partner-city portal in a real headless Chromium (Debian's package; never `playwright install`).

An official signs in and submits a request with an attachment; SMG staff advance it in the admin;
the official sees the new stage and the inbox entry; the key pages render in Korean; the core flow
works without JavaScript and on a phone-sized window.
"""

from __future__ import annotations

import pytest
from django.utils import translation

from consultations.models import Consultation, Document
from consultations.pipeline import StageKey
from policies.models import Sector
from tests.browser.conftest import ARTIFACTS, PHONE, sign_in
from tests.portal.conftest import PDF_BYTES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def submit_request(page, base: str, title: str) -> None:
    page.goto(f"{base}/my/consultations/new/")
    page.fill("#id_title", title)
    page.fill("#id_challenge", "Severe congestion; buses are the only public transport.")
    transport = Sector.objects.get(key="transportation").pk
    page.check(f"input[name=sectors][value='{transport}']")
    page.check("input[name=budget_situation][value=needs_funding]")
    page.fill("#id_expected_outcomes", "Transparent fare collection for every bus.")
    page.fill("#id_contact_name", "Bat Erdene")
    page.fill("#id_contact_email", "bat@ub.example.mn")
    page.set_input_files(
        "#id_attachments", files=[{"name": "traffic-study.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES}]
    )
    with page.expect_navigation():
        page.click("button[name=action][value=submit]")


def test_official_submits_staff_advances_official_sees_it(new_page, live_server, official_a, staff_officer):
    base = live_server.url
    official = new_page(viewport=PHONE)
    sign_in(official, base, "official-a")
    assert "/accounts/login/" not in official.url

    submit_request(official, base, "Smart card for bus fares")
    case = Consultation.objects.get(title="Smart card for bus fares")
    assert official.url.endswith(f"/my/consultations/{case.pk}/")
    # Submitted, then accepted for screening by the system.
    assert official.locator("#current-stage").inner_text().strip() == "Screening"
    assert official.get_by_role("link", name="traffic-study.pdf").is_visible()
    assert Document.objects.filter(consultation=case, original_name="traffic-study.pdf").exists()
    # Phone-sized: nothing wider than the screen.
    assert official.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    official.screenshot(path=str(ARTIFACTS / "request-submitted-phone.png"), full_page=True)

    # SMG staff choose the track and accept the request in the admin, with its move buttons.
    staff = new_page()
    staff.goto(f"{base}/admin/login/")
    staff.fill("#id_username", "staff-officer")
    staff.fill("#id_password", "pw")
    with staff.expect_navigation():
        staff.click("input[type=submit]")
    staff.goto(f"{base}/admin/consultations/consultation/{case.pk}/change/")
    staff.select_option("#id_track", "consultation")
    with staff.expect_navigation():
        staff.click("input[name=_continue]")
    case.refresh_from_db()
    assert case.track == "consultation", staff.locator(".errornote, .errorlist").all_inner_texts()
    with staff.expect_navigation():
        staff.get_by_role("button", name="Accept and form a task force").click()
    case.refresh_from_db()
    assert case.stage == StageKey.TASK_FORCE

    # The official sees the new stage, and the inbox entry with the unread count in the header.
    official.goto(f"{base}/my/consultations/{case.pk}/")
    assert official.locator("#current-stage").inner_text().strip() == "Task force"
    assert official.locator("[aria-current=step]").inner_text().startswith("Task force")
    assert official.locator("#unread-count").is_visible() or official.locator("#unread-count").count() == 1
    official.goto(f"{base}/inbox/")
    entries = official.locator("#inbox-list > li")
    assert entries.count() >= 1
    assert "moved to Task force" in official.locator("#inbox-list").inner_text()
    official.screenshot(path=str(ARTIFACTS / "inbox-phone.png"), full_page=True)

    # The same pages in Korean, chosen with the language switcher and its Change button.
    official.select_option("#language-select", "ko")
    with official.expect_navigation():
        official.locator(".lang-switch button").click()
    assert official.locator("html").get_attribute("lang") == "ko"
    with translation.override("ko"):
        task_force_ko = str(StageKey.TASK_FORCE.label)
        inbox_ko = translation.gettext("Inbox")
    for path in (f"/my/consultations/{case.pk}/", "/my/consultations/", "/inbox/", "/my/consultations/new/", "/"):
        response = official.goto(f"{base}{path}")
        assert response.status == 200, path
        assert official.locator("html").get_attribute("lang") == "ko"
        assert official.locator("#language-select").input_value() == "ko"
        assert inbox_ko in official.locator("nav").inner_text()
        assert official.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    official.goto(f"{base}/my/consultations/{case.pk}/")
    assert official.locator("#current-stage").inner_text().strip() == task_force_ko
    official.screenshot(path=str(ARTIFACTS / "consultation-ko-phone.png"), full_page=True)


def test_core_flow_works_without_javascript(new_page, live_server, official_a):
    base = live_server.url
    page = new_page(java_script_enabled=False)
    sign_in(page, base, "official-a")
    submit_request(page, base, "Water purification plant")
    case = Consultation.objects.get(title="Water purification plant")
    assert page.locator("#current-stage").inner_text().strip() == "Screening"

    page.fill("#id_body", "We can host the site visit in May.")
    with page.expect_navigation():
        page.get_by_role("button", name="Send").click()
    assert "We can host the site visit in May." in page.locator("#messages").inner_text()

    # The language switcher has a button for browsers without JavaScript.
    page.select_option("#language-select", "es")
    with page.expect_navigation():
        page.locator(".lang-switch button").click()
    assert page.locator("html").get_attribute("lang") == "es"
    assert case.messages.count() == 1


def test_keyboard_skip_link_and_focus(new_page, live_server):
    page = new_page()
    page.goto(f"{live_server.url}/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
