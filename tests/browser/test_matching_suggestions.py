"""The request form's "Seoul policies that may help" in a real Chromium: with JavaScript (the API, as the
city types) and without it (the Suggest button's round trip)."""

from __future__ import annotations

import pytest
from django.utils import timezone

from consultations.models import Consultation
from matching import engine
from tests.browser.conftest import ARTIFACTS, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHALLENGE = "Night-shift workers are stranded after midnight: hospital staff have no way home."


@pytest.fixture
def archive(transactional_db):
    from demo.seeding import Seeder

    seeder = Seeder(password="unused", now=timezone.now())  # noqa: S106
    seeder.seed_languages()
    seeder.seed_policies()
    engine.clear_cache()
    yield seeder.modules
    engine.clear_cache()


def test_suggestions_appear_as_the_city_types_and_a_tick_adds_the_policy(new_page, live_server, official_a, archive):
    base = live_server.url
    page = new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    sign_in(page, base, "official-a")
    page.goto(f"{base}/my/consultations/new/")
    page.fill("#id_title", "Night buses")
    page.fill("#id_challenge", CHALLENGE)
    first = page.locator("#policy-suggestions .suggestion-list li").first
    first.wait_for()
    assert "Owl Bus" in first.inner_text()
    assert first.locator(".reasons li").count() >= 1
    first.locator("input[type=checkbox]").check()
    owl = archive["owl-bus"]
    # The same policy's box in the full list follows the tick.
    assert page.locator(
        f"#id_policy_modules input[value='{owl.pk}'], input[name=policy_modules][value='{owl.pk}']"
    ).last.is_checked()
    page.screenshot(path=str(ARTIFACTS / "request-form-suggestions.png"), full_page=True)
    with page.expect_navigation():
        page.click("button[name=action][value=save]")
    assert list(Consultation.objects.get(title="Night buses").policy_modules.all()) == [owl]
    assert not errors, errors


def test_without_javascript_the_suggest_button_round_trips(new_page, live_server, official_a, archive):
    base = live_server.url
    page = new_page(java_script_enabled=False)
    sign_in(page, base, "official-a")
    page.goto(f"{base}/my/consultations/new/")
    page.fill("#id_title", "Night buses")
    page.fill("#id_challenge", CHALLENGE)
    with page.expect_navigation():
        page.click("button[name=action][value=suggest]")
    assert page.input_value("#id_title") == "Night buses"
    assert page.input_value("#id_challenge") == CHALLENGE
    first = page.locator("#policy-suggestions .suggestion-list li").first
    assert "Owl Bus" in first.inner_text()
    first.locator("input[type=checkbox]").check()
    with page.expect_navigation():
        page.click("button[name=action][value=save]")
    assert list(Consultation.objects.get(title="Night buses").policy_modules.all()) == [archive["owl-bus"]]
