"""The portal tells the person, on the page they land on, which stage the case is now in and why; a refused
message or upload lands on its form (the action's #anchor), not at the top of the page."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from consultations.models import Consultation
from consultations.pipeline import StageKey
from tests import factories
from tests.portal.test_requests import full_request

pytestmark = pytest.mark.django_db


def flash(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


# Real commits (as in a running portal, no ATOMIC_REQUESTS): the automatic move queued after commit runs (eagerly
# here) before the view reads the stage back.
committed = pytest.mark.django_db(transaction=True)


@committed
def test_submission_says_the_case_is_in_screening_and_why(client_a):
    response = client_a.post(reverse("portal:consultation_create"), full_request())
    case = Consultation.objects.get()
    assert case.stage == StageKey.SCREENING
    page = client_a.get(response["Location"]).content.decode()
    assert "The case is now in the Screening stage: your request is complete" in page
    assert "in a few minutes" not in page


def test_submission_says_the_case_will_move_when_the_worker_has_not_run_yet(client_a):
    response = client_a.post(reverse("portal:consultation_create"), full_request())  # tasks not run yet
    assert Consultation.objects.get().stage == StageKey.REQUEST
    messages = flash(response)
    assert any(message.startswith("The case is now in the Request stage") for message in messages), messages
    assert any(message.startswith("It moves on to Screening in a few minutes") for message in messages), messages


@committed
def test_submission_message_in_korean(client_a, official_a):
    official_a.preferred_language = "ko"
    official_a.save(update_fields=["preferred_language"])
    response = client_a.post(reverse("portal:consultation_create"), full_request())
    page = client_a.get(response["Location"]).content.decode()
    with translation.override("ko"):
        expected = translation.gettext("The case is now in the %(stage)s stage: %(reason)s").split("%(")[0]
        screening = str(StageKey.SCREENING.label)
    assert expected.strip() and expected.strip() in page and screening in page
    assert "The case is now" not in page


@committed
def test_acknowledging_the_last_recommendation_says_the_case_moved_to_implementation(client_a, official_a):
    case = factories.ConsultationFactory(city=official_a.city, stage=StageKey.CONSULTING, track="consultation")
    first = factories.RecommendationFactory(consultation=case, title="Smart card")
    last = factories.RecommendationFactory(consultation=case, title="Bus lanes")
    response = client_a.post(
        reverse("portal:recommendation_acknowledge", args=[case.pk, first.pk]), {f"r{first.pk}-response": "accepted"}
    )
    assert response["Location"].endswith(f"#recommendation-{first.pk}")
    assert not any("now in the" in message for message in flash(response))
    response = client_a.post(
        reverse("portal:recommendation_acknowledge", args=[case.pk, last.pk]), {f"r{last.pk}-response": "accepted"}
    )
    case.refresh_from_db()
    assert case.stage == StageKey.IMPLEMENTATION
    # It lands on the messages at the top of the page, beside the stage.
    assert response["Location"].endswith("#flash")
    page = client_a.get(response["Location"]).content.decode()
    assert 'id="flash"' in page
    assert "The case is now in the Implementation stage: every recommendation is acknowledged" in page


@pytest.mark.parametrize(
    ("route", "form_id", "data"),
    [("portal:message_post", "message-form", {"body": "  "}), ("portal:document_upload", "upload-form", {})],
)
def test_a_refused_message_or_upload_lands_on_its_form(client_a, case_a, route, form_id, data):
    page = client_a.get(reverse("portal:consultation_detail", args=[case_a.pk])).content.decode()
    action = reverse(route, args=[case_a.pk]) + f"#{form_id}"
    assert f'action="{action}" id="{form_id}"' in page  # without JavaScript the browser scrolls to the form
    response = client_a.post(reverse(route, args=[case_a.pk]), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert f'id="{form_id}"' in html and 'aria-invalid="true"' in html
