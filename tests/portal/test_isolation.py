"""City B's official gets 404 for everything of city A, whichever URL they guess."""

from __future__ import annotations

import pytest
from django.urls import reverse

from consultations.models import Message
from tests import factories
from tests.portal.conftest import pdf_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def a_things(case_a, staff_officer):
    return {
        "document": factories.DocumentFactory(consultation=case_a, visibility="shared"),
        "recommendation": factories.RecommendationFactory(consultation=case_a),
        "message": factories.MessageFactory(consultation=case_a, author=staff_officer, body="Secret of A"),
    }


@pytest.fixture
def case_b(city_b):
    return factories.ConsultationFactory(city=city_b, stage="analysis", track="consultation")


def test_list_shows_only_own_city(client_b, case_a, case_b):
    response = client_b.get(reverse("portal:consultation_list"))
    cases = list(response.context["page"])
    assert cases == [case_b]


def test_every_page_of_city_a_is_404_for_city_b(client_b, case_a, a_things):
    pk = case_a.pk
    gets = [
        reverse("portal:consultation_detail", args=[pk]),
        reverse("portal:consultation_edit", args=[pk]),
        reverse("portal:consultation_withdraw", args=[pk]),
        reverse("portal:document_download", args=[pk, a_things["document"].pk]),
    ]
    for url in gets:
        assert client_b.get(url).status_code == 404, url
    posts = [
        (reverse("portal:document_upload", args=[pk]), {"file": pdf_file()}),
        (reverse("portal:message_post", args=[pk]), {"body": "hello"}),
        (reverse("portal:recommendation_acknowledge", args=[pk, a_things["recommendation"].pk]), {}),
        (reverse("portal:consultation_withdraw", args=[pk]), {"reason": "mine now"}),
        (reverse("portal:consultation_edit", args=[pk]), {"title": "hijack", "action": "save"}),
    ]
    for url, data in posts:
        assert client_b.post(url, data).status_code == 404, url
    case_a.refresh_from_db()
    assert case_a.stage == "analysis" and case_a.title != "hijack"
    assert Message.objects.count() == 1
    assert case_a.documents.count() == 1
    a_things["recommendation"].refresh_from_db()
    assert a_things["recommendation"].acknowledged_at is None


def test_guessing_a_document_through_own_case_is_404(client_b, case_b, a_things):
    """City A's document id under city B's own case URL."""
    url = reverse("portal:document_download", args=[case_b.pk, a_things["document"].pk])
    assert client_b.get(url).status_code == 404
    url = reverse("portal:recommendation_acknowledge", args=[case_b.pk, a_things["recommendation"].pk])
    assert client_b.post(url).status_code == 404


def test_city_b_never_sees_city_a_messages(client_b, case_b, a_things):
    html = client_b.get(reverse("portal:consultation_detail", args=[case_b.pk])).content.decode()
    assert "Secret of A" not in html


def test_unknown_ids_are_404(client_b):
    assert client_b.get(reverse("portal:consultation_detail", args=[999999])).status_code == 404
    assert client_b.get(reverse("portal:document_download", args=[999999, 1])).status_code == 404


def test_expert_sees_only_assigned_case(client, case_a, unassigned_expert_user, expert_user):
    client.force_login(unassigned_expert_user)
    assert client.get(reverse("portal:consultation_detail", args=[case_a.pk])).status_code == 404
    client.force_login(expert_user)
    assert client.get(reverse("portal:consultation_detail", args=[case_a.pk])).status_code == 200
