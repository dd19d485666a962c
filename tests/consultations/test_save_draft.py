import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from consultations.models import Consultation, Document
from consultations.services.requests import consultation_save_draft
from core.errors import ApplicationError
from policies.models import Sector


@pytest.mark.django_db
def test_a_draft_with_a_refused_attachment_saves_nothing(official_a):
    disguised = SimpleUploadedFile(
        "plan.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf"
    )
    with pytest.raises(ApplicationError):
        consultation_save_draft(
            city=official_a.city,
            actor=official_a,
            data={"title": "Smart card", "sectors": [Sector.objects.get(key="transportation")]},
            attachments=[disguised],
        )
    assert not Consultation.objects.exists()
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_draft_and_its_attachments_are_saved_together(official_a):
    pdf = SimpleUploadedFile("plan.pdf", b"%PDF-1.4 plan", content_type="application/pdf")
    case = consultation_save_draft(
        city=official_a.city, actor=official_a, data={"title": "Smart card"}, attachments=[pdf]
    )
    assert case.stage == "draft"
    assert list(case.documents.values_list("kind", "original_name")) == [("request_attachment", "plan.pdf")]
