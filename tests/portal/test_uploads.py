"""Uploads are refused with a clear message: disguised HTML/SVG, oversized files, path-traversal names."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from consultations.models import Document
from tests.portal.conftest import PDF_BYTES

pytestmark = pytest.mark.django_db

BOUNDARY = "----portal-test-boundary"


def raw_multipart(filename: str, content: bytes, content_type: str = "application/pdf") -> bytes:
    """A multipart body with the file name exactly as a hostile client would send it."""
    return (
        (
            f"--{BOUNDARY}\r\n"
            f'Content-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        ).encode()
        + content
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )


def post_upload(client, case, upload):
    return client.post(reverse("portal:document_upload", args=[case.pk]), {"file": upload})


def upload_errors(response) -> str:
    assert response.status_code == 400
    assert not Document.objects.exists()
    return " ".join(response.context["upload_form"].errors["file"])


def test_html_renamed_to_pdf_is_refused(client_a, case_a):
    upload = SimpleUploadedFile("report.pdf", b"<!doctype html><script>alert(1)</script>", "application/pdf")
    errors = upload_errors(post_upload(client_a, case_a, upload))
    assert "This type of file is not accepted" in errors


def test_svg_renamed_to_pdf_is_refused(client_a, case_a):
    svg = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
    errors = upload_errors(post_upload(client_a, case_a, SimpleUploadedFile("map.pdf", svg, "application/pdf")))
    assert "This type of file is not accepted" in errors


def test_oversized_file_is_refused(client_a, case_a, settings):
    settings.DOCUMENT_MAX_UPLOAD_BYTES = 1024
    big = SimpleUploadedFile("big.pdf", PDF_BYTES + b"0" * 2048, "application/pdf")
    errors = upload_errors(post_upload(client_a, case_a, big))
    assert "too large" in errors and "1.0" in errors


def test_pdf_content_with_another_extension_is_refused(client_a, case_a):
    errors = upload_errors(post_upload(client_a, case_a, SimpleUploadedFile("photo.png", PDF_BYTES)))
    assert "must end in .pdf" in errors


@pytest.mark.parametrize(
    "hostile_name",
    ["../../../../etc/passwd", "..\\..\\windows\\system32\\config", "/etc/shadow", ".."],
)
def test_path_traversal_names_are_refused(client_a, case_a, hostile_name):
    response = client_a.post(
        reverse("portal:document_upload", args=[case_a.pk]),
        raw_multipart(hostile_name, PDF_BYTES),
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
    )
    errors = upload_errors(response)
    assert errors  # a message next to the field (e.g. "must end in .pdf", or "no file was submitted")


def test_traversal_prefix_never_reaches_the_file_system(client_a, case_a, settings, tmp_path):
    response = client_a.post(
        reverse("portal:document_upload", args=[case_a.pk]),
        raw_multipart("../../../outside.pdf", PDF_BYTES),
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
    )
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.original_name == "outside.pdf"
    assert document.file.name.startswith(f"documents/{case_a.pk}/")
    assert ".." not in document.file.name and "outside" not in document.file.name
    assert document.file.path.startswith(str(settings.MEDIA_ROOT))


def test_stored_files_are_outside_static(case_a, client_a, settings):
    post_upload(client_a, case_a, SimpleUploadedFile("plan.pdf", PDF_BYTES))
    document = Document.objects.get()
    for static_dir in [*settings.STATICFILES_DIRS, settings.STATIC_ROOT]:
        assert not document.file.path.startswith(str(static_dir))
