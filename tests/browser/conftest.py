"""Shared fixtures of the browser tests: Debian's headless Chromium driven by Playwright (never `playwright install`).

Every page a test opens with `new_page` is checked with axe-core (vendored under `vendor/axe-core/`) after each
navigation the test waits for, before the action of an `expect_navigation` and when the test ends: a critical or serious violation of WCAG 2.1 A/AA fails the test at teardown, listing the rule,
its impact, the elements and the URL. `axe_check(page)` checks a state reached without navigation (after a script
changed the page). Each distinct URL and state is checked once per test.
"""

from __future__ import annotations

import contextlib
import functools
import os
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
PHONE = {"width": 375, "height": 740}
AXE_SOURCE = (Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_FAILING = ("critical", "serious")
# Runs in the page (evaluated over the DevTools protocol, so the strict CSP neither blocks it nor reports it).
AXE_RUN = """async (tags) => {
  const result = await window.axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.filter((n) => ["critical", "serious"].includes(n.impact)).map((n) => n.target.join(" ")),
  }));
}"""
# What makes two visits of one URL different states: the form errors shown, the title, the language.
AXE_STATE = """() => [document.documentElement.lang, document.title,
  document.querySelectorAll(".errorlist li, .errornote, [aria-invalid=true]").length].join("|")"""


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; CI must install Debian's chromium package")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium chromium-driver fonts-noto-cjk)")
    # Playwright's sync API runs an event loop in this thread; the ORM calls of the test itself are
    # ordinary synchronous code, so Django's async-safety guard must let them through.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def axe_check(page, *, label: str = "") -> list[str]:
    """Run axe-core on the page as it is now; record (and return) its critical and serious violations.

    `new_page` calls it after every navigation; call it yourself after a script changed the page.
    A state already checked in this test (same URL, title, language and number of form errors) is not re-run."""
    audit = getattr(page, "axe_audit", None)
    if audit is None:  # a page not made by new_page
        audit = page.axe_audit = {"checked": set(), "violations": []}
    url = page.url
    if not url.startswith("http"):
        return []
    try:
        key = (url.split("#")[0], label, page.evaluate(AXE_STATE))
        if key in audit["checked"]:
            return []
        if not page.evaluate("() => typeof window.axe === 'object'"):
            page.evaluate(AXE_SOURCE)
        started = time.monotonic()
        violations = page.evaluate(AXE_RUN, AXE_TAGS)
        if os.environ.get("AXE_VERBOSE"):
            print(f"axe {time.monotonic() - started:.1f}s {len(violations)} {url}", flush=True)  # noqa: T201
    except Exception as error:  # noqa: BLE001 - the page navigated away while axe ran; its next load is checked
        if "context was destroyed" in str(error) or "navigat" in str(error) or "closed" in str(error):
            return []
        raise
    audit["checked"].add(key)
    found = [
        f"{v['impact']} {v['id']} ({v['help']}) on {url}{' [' + label + ']' if label else ''}: {', '.join(v['targets'])}"
        for v in violations
        if v["impact"] in AXE_FAILING
    ]
    audit["violations"] += found
    return found


def watch(page) -> None:
    """Check the page with axe after each navigation the test waits for (goto, reload, back, wait_for_url, the
    end of `expect_navigation`) and, before `expect_navigation` lets the action run, the state being left."""

    def after(method):
        @functools.wraps(method)
        def wrapped(*args, **kwargs):
            result = method(*args, **kwargs)
            axe_check(page)
            return result

        return wrapped

    for name in ("goto", "reload", "go_back", "go_forward", "wait_for_url"):
        setattr(page, name, after(getattr(page, name)))
    expect_navigation = page.expect_navigation

    @contextlib.contextmanager
    def checked_navigation(*args, **kwargs):
        axe_check(page)
        with expect_navigation(*args, **kwargs) as info:
            yield info
        page.wait_for_load_state("load")
        axe_check(page)

    page.expect_navigation = checked_navigation


@pytest.fixture
def new_page(browser):
    contexts = []
    pages = []

    def make(*, axe: bool = True, **options):
        context = browser.new_context(**options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        page.axe_audit = {"checked": set(), "violations": []}
        # axe-core is JavaScript: in a context with JavaScript off, page.evaluate never returns. Those tests check
        # that the flows work without scripts; the same pages are audited with scripts on (test_accessibility).
        if axe and options.get("java_script_enabled", True):
            pages.append(page)
            watch(page)
        return page

    yield make
    violations = []
    for page in pages:
        if not page.is_closed():
            # The state the test ended in (after clicks and scripts that no navigation followed).
            with contextlib.suppress(Exception):  # a page stuck mid-navigation was checked at its last load
                axe_check(page)
        violations += page.axe_audit["violations"]
    for context in contexts:
        context.close()
    if violations:
        pytest.fail("axe-core: critical/serious accessibility violations:\n" + "\n".join(dict.fromkeys(violations)))


def sign_in(page, base: str, username: str, password: str = "pw") -> None:  # noqa: S107 - test persona
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.locator("main").get_by_role("button").first.click()
