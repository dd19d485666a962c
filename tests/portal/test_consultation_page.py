"""My consultations: the list (stage, what is awaited) and a case page (tracker, history, team, documents,
recommendations, messages, withdrawing)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import Message, Recommendation
from consultations.services import consultation_move
from tests import factories
from tests.portal.conftest import pdf_file

pytestmark = pytest.mark.django_db


def test_list_shows_stage_and_what_is_awaited(client_a, official_a):
    factories.ConsultationFactory(city=official_a.city, title="Bus fares", stage="site_visit", track="consultation")
    factories.ConsultationFactory(city=official_a.city, title="Water plant", stage="draft")
    response = client_a.get(reverse("portal:consultation_list"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bus fares" in html and "Site visit" in html
    assert "Host the site visit and arrange meetings." in html
    assert "Complete and submit the request." in html


def test_list_query_count_does_not_grow_with_cases(client_a, official_a, django_assert_max_num_queries):
    factories.ConsultationFactory(city=official_a.city)
    url = reverse("portal:consultation_list")
    client_a.get(url)
    with django_assert_max_num_queries(12) as first:
        client_a.get(url)
    factories.ConsultationFactory.create_batch(8, city=official_a.city)
    with django_assert_max_num_queries(len(first.captured_queries)):
        client_a.get(url)


def test_public_users_have_no_private_list(client):
    user = factories.UserFactory()
    factories.ConsultationFactory(is_published=True, title="Published case")
    client.force_login(user)
    response = client.get(reverse("portal:consultation_list"))
    assert response.status_code == 200
    assert "Published case" not in response.content.decode()


def test_anonymous_is_sent_to_sign_in(client, case_a):
    for url in (
        reverse("portal:consultation_list"),
        reverse("portal:consultation_detail", args=[case_a.pk]),
        reverse("portal:inbox"),
        reverse("portal:profile"),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("portal:login"))


def test_case_page_tracker_history_team_documents(client_a, case_a, staff_officer):
    case_a.stage_entered_at = timezone.now() - timedelta(days=5)
    case_a.save(update_fields=["stage_entered_at"])
    factories.DocumentFactory(consultation=case_a, title="Shared plan", visibility="shared")
    factories.DocumentFactory(consultation=case_a, title="Internal memo", visibility="internal")
    factories.MessageFactory(consultation=case_a, body="Visible question", author=staff_officer)
    factories.MessageFactory(consultation=case_a, body="Internal note", author=staff_officer, is_internal=True)
    factories.RecommendationFactory(consultation=case_a, title="Draft advice", delivered_on=None)
    response = client_a.get(reverse("portal:consultation_detail", args=[case_a.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    steps = {step.stage.key: step.status for step in response.context["steps"]}
    assert steps == {
        "request": "done",
        "screening": "done",
        "task_force": "done",
        "analysis": "current",
        "site_visit": "next",
        "consulting": "next",
        "implementation": "next",
        "follow_up": "next",
    }
    current = next(step for step in response.context["steps"] if step.status == "current")
    assert current.due_at == case_a.stage_entered_at + timedelta(days=60)
    assert 'aria-current="step"' in html
    assert "Share data and documents the task force asks for." in html
    assert "Dr. Assigned Expert" in html and "Lead expert" in html
    assert "Shared plan" in html and "Internal memo" not in html
    assert "Visible question" in html and "Internal note" not in html
    assert "Draft advice" not in html  # not delivered yet


def test_case_page_query_count_is_bounded(client_a, case_a, staff_officer, django_assert_max_num_queries):
    url = reverse("portal:consultation_detail", args=[case_a.pk])
    client_a.get(url)
    with django_assert_max_num_queries(30) as first:
        client_a.get(url)
    factories.DocumentFactory.create_batch(5, consultation=case_a)
    factories.MessageFactory.create_batch(5, consultation=case_a, author=staff_officer)
    factories.RecommendationFactory.create_batch(3, consultation=case_a)
    with django_assert_max_num_queries(len(first.captured_queries)):
        client_a.get(url)


def test_history_lists_moves_with_dates_and_notes(
    client_a, official_a, staff_officer, django_capture_on_commit_callbacks
):
    case = factories.ConsultationFactory(city=official_a.city, stage="screening")
    case.track = "funding"
    case.save(update_fields=["track"])
    consultation_move(consultation=case, target="on_hold", actor=staff_officer, note="A new mayor takes office")
    response = client_a.get(reverse("portal:consultation_detail", args=[case.pk]))
    html = response.content.decode()
    assert "A new mayor takes office" in html
    assert "On hold" in html
    steps = {step.stage.key: step.status for step in response.context["steps"]}
    assert steps["screening"] == "stopped" and steps["request"] == "done"


def test_upload_a_document(client_a, case_a):
    response = client_a.post(
        reverse("portal:document_upload", args=[case_a.pk]), {"file": pdf_file("minutes.pdf"), "title": "Minutes"}
    )
    assert response.status_code == 302
    document = case_a.documents.get()
    assert document.title == "Minutes" and document.visibility == "shared"
    assert document.file.name.startswith(f"documents/{case_a.pk}/")
    assert "minutes" not in document.file.name


def test_download_is_an_attachment_with_nosniff(client_a, case_a):
    document = factories.DocumentFactory(consultation=case_a, original_name="plan <v2>.pdf")
    response = client_a.get(reverse("portal:document_download", args=[case_a.pk, document.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_internal_document_cannot_be_downloaded_by_the_city(client_a, case_a):
    document = factories.DocumentFactory(consultation=case_a, visibility="internal")
    assert client_a.get(reverse("portal:document_download", args=[case_a.pk, document.pk])).status_code == 404


def test_post_a_message(client_a, case_a, official_a):
    response = client_a.post(reverse("portal:message_post", args=[case_a.pk]), {"body": "We can host in May."})
    assert response.status_code == 302
    message = Message.objects.get()
    assert message.author == official_a and not message.is_internal


def test_empty_message_is_refused_next_to_the_field(client_a, case_a):
    response = client_a.post(reverse("portal:message_post", args=[case_a.pk]), {"body": "   "})
    assert response.status_code == 400
    assert 'id="id_body_errors"' in response.content.decode()
    assert not Message.objects.exists()


def test_acknowledge_a_recommendation(client_a, case_a, official_a):
    recommendation = factories.RecommendationFactory(consultation=case_a, title="Smart card")
    page = client_a.get(reverse("portal:consultation_detail", args=[case_a.pk])).content.decode()
    assert "Acknowledge this recommendation" in page
    response = client_a.post(
        reverse("portal:recommendation_acknowledge", args=[case_a.pk, recommendation.pk]),
        {f"r{recommendation.pk}-response": "accepted"},
    )
    assert response.status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.acknowledged_by == official_a


def test_undelivered_recommendation_cannot_be_acknowledged(client_a, case_a):
    recommendation = factories.RecommendationFactory(consultation=case_a, delivered_on=None)
    url = reverse("portal:recommendation_acknowledge", args=[case_a.pk, recommendation.pk])
    assert client_a.post(url).status_code == 404
    assert Recommendation.objects.get().acknowledged_at is None


def test_withdraw_with_a_reason(client_a, case_a):
    url = reverse("portal:consultation_withdraw", args=[case_a.pk])
    assert client_a.get(url).status_code == 200
    response = client_a.post(url, {"reason": "", "expected_stage": "analysis"})
    assert response.status_code == 400
    assert 'id="id_reason_errors"' in response.content.decode()
    response = client_a.post(url, {"reason": "The budget was frozen.", "expected_stage": "analysis"})
    assert response.status_code == 302
    case_a.refresh_from_db()
    assert case_a.stage == "withdrawn"
    assert case_a.history.last().note == "The budget was frozen."
    page = client_a.get(reverse("portal:consultation_detail", args=[case_a.pk]))
    assert not page.context["can_withdraw"]
    steps = {step.stage.key: step.status for step in page.context["steps"]}
    assert steps["request"] == "done"


def test_withdraw_of_a_case_moved_meanwhile_is_a_clear_conflict(client_a, case_a):
    url = reverse("portal:consultation_withdraw", args=[case_a.pk])
    response = client_a.post(url, {"reason": "No longer needed", "expected_stage": "screening"})
    assert response.status_code == 400
    assert "in the meantime" in response.content.decode()
    case_a.refresh_from_db()
    assert case_a.stage == "analysis"
