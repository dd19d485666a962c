"""The rough edges a person notices, in a real Chromium: header labels and figures on one line in Korean,
Spanish and English at 1280 px, tracker labels inside their step, the language changing only on the Change
button, a favicon (no 404), a refused message landing on its form with the focus and a red border, and the
stage the case is now in said after submitting."""

from __future__ import annotations

import pytest
from django.utils import translation

from consultations.pipeline import StageKey
from tests import factories
from tests.browser.conftest import ARTIFACTS, sign_in
from tests.browser.test_official_flow import submit_request

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DESKTOP = {"width": 1280, "height": 900}

# The number of lines each element's text takes (distinct line boxes of its text).
LINES_OF = """(selector) => Array.from(document.querySelectorAll(selector)).map((element) => {
  const range = document.createRange();
  range.selectNodeContents(element);
  const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return {text: element.innerText.trim(), lines: tops.size, words: element.innerText.trim().split(/\\s+/).length};
})"""

# Tracker steps: text that overflows its step, or steps whose boxes overlap.
TRACKER_PROBLEMS = """() => {
  const steps = Array.from(document.querySelectorAll(".tracker li"));
  const problems = [];
  steps.forEach((step, index) => {
    if (step.scrollWidth > step.clientWidth + 1) { problems.push("overflows: " + step.innerText); }
    const range = document.createRange();
    range.selectNodeContents(step);
    const text = range.getBoundingClientRect();
    const box = step.getBoundingClientRect();
    if (text.right > box.right + 1 || text.left < box.left - 1) { problems.push("sticks out: " + step.innerText); }
    steps.slice(index + 1).forEach((other) => {
      const b = other.getBoundingClientRect();
      if (box.left < b.right - 1 && b.left < box.right - 1 && box.top < b.bottom - 1 && b.top < box.bottom - 1) {
        problems.push("overlaps: " + step.innerText + " / " + other.innerText);
      }
    });
  });
  return problems;
}"""


def choose_language(page, code: str) -> None:
    page.select_option("#language-select", code)
    with page.expect_navigation():
        page.locator(".lang-switch button").click()
    assert page.locator("html").get_attribute("lang") == code


@pytest.mark.parametrize("language", ["ko", "es", "en"])
def test_header_labels_figures_and_tracker_stay_whole(new_page, live_server, official_a, language):
    case = factories.ConsultationFactory(city=official_a.city, stage=StageKey.IMPLEMENTATION, track="consultation")
    factories.FundingCommitmentFactory(consultation=case, amount=3200000)
    base = live_server.url
    page = new_page(viewport=DESKTOP)
    sign_in(page, base, "official-a")
    choose_language(page, language)
    for path in ("/", f"/my/consultations/{case.pk}/", "/my/consultations/", "/inbox/settings/"):
        page.goto(f"{base}{path}")
        header = page.evaluate(LINES_OF, ".site-header a, .site-header label, .site-header button, .brand")
        assert header, path
        wrapped = [item["text"] for item in header if item["lines"] != 1]
        assert wrapped == [], f"{language} {path}: header labels on more than one line: {wrapped}"
        figures = page.evaluate(LINES_OF, ".figures strong, .nowrap")
        assert [item["text"] for item in figures if item["lines"] > 1] == [], path
        headers = page.evaluate(LINES_OF, "th")
        broken = [item["text"] for item in headers if item["lines"] > item["words"]]
        assert broken == [], f"{language} {path}: table headers broken inside words: {broken}"
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    page.goto(f"{base}/my/consultations/{case.pk}/")
    assert page.evaluate(TRACKER_PROBLEMS) == []
    if language == "es":
        assert "Implementación" in page.locator(".tracker").inner_text()
    if language == "ko":
        assert page.evaluate("getComputedStyle(document.body).wordBreak") == "keep-all"
    page.screenshot(path=str(ARTIFACTS / f"header-tracker-{language}-1280.png"), full_page=False)
    # On a phone the tracker still fits its steps.
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"{base}/my/consultations/{case.pk}/")
    assert page.evaluate(TRACKER_PROBLEMS) == []


def test_arrow_keys_do_not_switch_the_language(new_page, live_server):
    page = new_page(viewport=DESKTOP)
    page.goto(f"{live_server.url}/policies/")
    page.focus("#language-select")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(700)
    assert page.url.endswith("/policies/")
    assert page.locator("html").get_attribute("lang") == "en"
    with page.expect_navigation():
        page.locator(".lang-switch button").click()
    assert page.locator("html").get_attribute("lang") != "en"
    assert page.url.endswith("/policies/")


def test_a_favicon_everywhere_and_no_404(new_page, live_server, staff_officer):
    base = live_server.url
    page = new_page(viewport=DESKTOP)
    missing = []
    page.on("response", lambda response: missing.append(response.url) if response.status == 404 else None)
    icon = page.request.get(f"{base}/favicon.ico")
    assert icon.status == 200 and icon.headers["content-type"].startswith("image/")
    page.goto(f"{base}/")
    links = [page.locator("link[rel=icon]").first.get_attribute("href")]
    page.goto(f"{base}/admin/login/")
    links.append(page.locator("link[rel=icon]").first.get_attribute("href"))
    page.fill("#id_username", "staff-officer")
    page.fill("#id_password", "pw")
    with page.expect_navigation():
        page.click("input[type=submit]")
    page.goto(f"{base}/staff/")
    links.append(page.locator("link[rel=icon]").first.get_attribute("href"))
    assert all(link and link.endswith("favicon.svg") for link in links), links
    svg = page.request.get(f"{base}{links[0]}")
    assert svg.status == 200 and "svg" in svg.headers["content-type"]
    assert missing == []


def test_refused_message_lands_on_the_form_with_focus_and_a_red_border(new_page, live_server, official_a, case_a):
    base = live_server.url
    for javascript in (True, False):
        page = new_page(viewport=DESKTOP, java_script_enabled=javascript)
        sign_in(page, base, "official-a")
        page.goto(f"{base}/my/consultations/{case_a.pk}/")
        with page.expect_navigation():
            page.get_by_role("button", name="Send").click()
        assert page.url.endswith("#message-form")
        body = page.locator("#id_body")
        # The form and its error are on screen, not above it.
        box = body.bounding_box()
        assert box is not None and 0 <= box["y"] < DESKTOP["height"], box
        assert page.locator("#id_body_errors").is_visible()
        assert body.evaluate("(element) => getComputedStyle(element).borderTopColor") == "rgb(200, 16, 46)"
        if javascript:
            assert page.evaluate("document.activeElement.id") == "id_body"
    # The same red border on a text input in error as on a select in error.
    page = new_page(viewport=DESKTOP)
    sign_in(page, base, "official-a")
    page.goto(f"{base}/my/consultations/new/")
    page.fill("#id_contact_email", "not an address")
    with page.expect_navigation():
        page.click("button[name=action][value=submit]")
    email = page.locator("#id_contact_email")
    assert email.get_attribute("aria-invalid") == "true"
    assert email.evaluate("(element) => getComputedStyle(element).borderTopColor") == "rgb(200, 16, 46)"
    assert email.evaluate("(element) => getComputedStyle(element).borderTopWidth") == "2px"


def test_after_submitting_the_page_says_the_case_is_in_screening(new_page, live_server, official_a):
    base = live_server.url
    page = new_page(viewport=DESKTOP)
    sign_in(page, base, "official-a")
    choose_language(page, "ko")
    submit_request(page, base, "Smart card for bus fares")
    with translation.override("ko"):
        screening = str(StageKey.SCREENING.label)
    flash = page.locator("#flash").inner_text()
    assert screening in flash and page.locator("#current-stage").inner_text().strip() == screening
    assert "The case is now" not in flash
