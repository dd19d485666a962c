"""Submitting a request: sections, drafts, validation next to the field, attachments, suggested track."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from consultations.models import Consultation, Document
from policies.models import SDG, Sector
from tests import factories
from tests.portal.conftest import docx_bytes, pdf_file

pytestmark = pytest.mark.django_db


def full_request(**overrides):
    data = {
        "title": "Smart card for bus fares",
        "challenge": "Severe congestion; buses are the only public transport.",
        "sectors": [Sector.objects.get(key="transportation").pk],
        "sdgs": [SDG.objects.get(number=11).pk],
        "expected_outcomes": "Transparent fare collection.",
        "budget_situation": "needs_funding",
        "contact_name": "Bat Erdene",
        "contact_email": "bat@ub.example.mn",
        "contact_phone": "+976 11 000000",
        "action": "submit",
    }
    data.update(overrides)
    return data


def test_form_renders_in_sections_with_labels(client_a):
    response = client_a.get(reverse("portal:consultation_create"))
    html = response.content.decode()
    assert response.status_code == 200
    for legend in ("1. The challenge", "5. Budget situation", "7. Attachments"):
        assert legend in html
    assert '<label for="id_title">' in html
    assert 'enctype="multipart/form-data"' in html
    assert "csrfmiddlewaretoken" in html
    # The budget choices say which track they suggest.
    assert "We need external funding (suggested: Funding track)" in html


def test_only_officials_may_open_the_form(staff_client, client):
    assert staff_client.get(reverse("portal:consultation_create")).status_code == 403
    response = client.get(reverse("portal:consultation_create"))
    assert response.status_code == 302 and reverse("portal:login") in response["Location"]


def test_save_a_draft_with_only_a_title_and_come_back(client_a, official_a):
    response = client_a.post(reverse("portal:consultation_create"), {"title": "Bus fares", "action": "save"})
    case = Consultation.objects.get(title="Bus fares")
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:consultation_edit", args=[case.pk])
    assert case.stage == "draft" and case.city == official_a.city and case.created_by == official_a

    page = client_a.get(response["Location"])
    assert 'value="Bus fares"' in page.content.decode()
    client_a.post(
        reverse("portal:consultation_edit", args=[case.pk]),
        {"title": "Bus fares", "challenge": "Congestion", "budget_situation": "self_financed", "action": "save"},
    )
    case.refresh_from_db()
    assert case.challenge == "Congestion" and case.stage == "draft"
    page = client_a.get(reverse("portal:consultation_edit", args=[case.pk]))
    assert "Suggested track: Consultation track" in page.content.decode()


def test_draft_needs_a_title_error_next_to_the_field(client_a):
    response = client_a.post(reverse("portal:consultation_create"), {"title": "", "action": "save"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_title_errors"' in html
    assert 'aria-invalid="true"' in html
    assert not Consultation.objects.exists()


def test_submitting_an_incomplete_request_explains_each_missing_field(client_a):
    response = client_a.post(reverse("portal:consultation_create"), {"title": "Bus fares", "action": "submit"})
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) >= {"challenge", "sectors", "budget_situation", "contact_name", "contact_email"}
    html = response.content.decode()
    assert 'id="id_challenge_errors"' in html and "There is a problem" in html
    assert not Consultation.objects.exists()


def test_invalid_email_is_explained(client_a):
    response = client_a.post(reverse("portal:consultation_create"), full_request(contact_email="not-an-email"))
    assert "contact_email" in response.context["form"].errors


def test_submit_with_attachments_moves_into_screening(client_a, official_a, django_capture_on_commit_callbacks):
    module = factories.PolicyModuleFactory(title="Seoul bus reform")
    data = full_request(
        policy_modules=[module.pk],
        attachments=[pdf_file("traffic-study.pdf"), SimpleUploadedFile("budget.docx", docx_bytes())],
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client_a.post(reverse("portal:consultation_create"), data)
    case = Consultation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:consultation_detail", args=[case.pk])
    case.refresh_from_db()
    # Submitted, then the system found it complete and accepted it for screening.
    assert case.stage == "screening"
    assert case.submitted_at is not None
    assert list(case.policy_modules.all()) == [module]
    names = sorted(Document.objects.filter(consultation=case).values_list("original_name", flat=True))
    assert names == ["budget.docx", "traffic-study.pdf"]
    assert set(Document.objects.values_list("kind", flat=True)) == {"request_attachment"}

    detail = client_a.get(response["Location"]).content.decode()
    assert "Screening" in detail and "traffic-study.pdf" in detail


def test_a_bad_attachment_saves_nothing_and_says_why(client_a):
    html = SimpleUploadedFile("report.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf")
    response = client_a.post(reverse("portal:consultation_create"), full_request(attachments=[html]))
    assert response.status_code == 200
    errors = response.context["form"].errors["attachments"]
    assert "report.pdf" in errors[0] and "not accepted" in errors[0]
    assert not Consultation.objects.exists()
    assert not Document.objects.exists()


def test_submitted_request_cannot_be_edited(client_a, official_a):
    case = factories.ConsultationFactory(city=official_a.city, stage="screening")
    response = client_a.get(reverse("portal:consultation_edit", args=[case.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:consultation_detail", args=[case.pk])
    response = client_a.post(reverse("portal:consultation_edit", args=[case.pk]), full_request(title="Changed"))
    case.refresh_from_db()
    assert case.title != "Changed"


def test_draft_submitted_later(client_a, official_a, django_capture_on_commit_callbacks):
    client_a.post(reverse("portal:consultation_create"), full_request(action="save"))
    case = Consultation.objects.get()
    assert case.stage == "draft"
    with django_capture_on_commit_callbacks(execute=True):
        response = client_a.post(reverse("portal:consultation_edit", args=[case.pk]), full_request())
    case.refresh_from_db()
    assert response.status_code == 302
    assert case.stage == "screening"
