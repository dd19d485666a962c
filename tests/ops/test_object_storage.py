"""Documents in an S3 bucket (moto's server): stored there, downloaded only after the access check (streamed or
through a short-lived signed URL), a store that is down answers 503, and `move_files` moves them both ways."""

from __future__ import annotations

import io

import pytest
import requests
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from consultations.models import Document
from core.storage import disk_storage, s3_storage
from tests import factories
from tests.ops.conftest import s3_client
from tests.portal.conftest import PDF_BYTES

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def upload(client, case, content: bytes = PDF_BYTES, name: str = "plan.pdf"):
    response = client.post(
        reverse("portal:document_upload", args=[case.pk]),
        {"file": SimpleUploadedFile(name, content, "application/pdf"), "title": "Plan"},
    )
    assert response.status_code == 302, response.content[:500]
    return Document.objects.get(consultation=case)


def download_url(document) -> str:
    return reverse("portal:document_download", args=[document.consultation_id, document.pk])


def streamed(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def case_of_a(official_a):
    return factories.ConsultationFactory(city=official_a.city, stage="analysis", track="consultation")


def test_an_upload_lands_in_the_bucket_not_on_disk(use_bucket, s3_endpoint, official_a, case_of_a, settings):
    content = PDF_BYTES + b"% bucket\n"
    document = upload(signed_in(official_a), case_of_a, content)
    stored = s3_client(s3_endpoint).get_object(Bucket=use_bucket, Key=document.file.name)["Body"].read()
    assert stored == content
    assert not (settings.MEDIA_ROOT / document.file.name).exists()


def test_streamed_download_checks_access_first(use_bucket, official_a, official_b, case_of_a, settings):
    settings.DOCUMENT_DOWNLOAD_MODE = "stream"
    content = PDF_BYTES + b"% streamed\n"
    document = upload(signed_in(official_a), case_of_a, content)

    response = signed_in(official_a).get(download_url(document))
    assert response.status_code == 200
    assert streamed(response) == content
    assert response["Content-Length"] == str(len(content))
    assert response["Content-Disposition"].startswith("attachment;") and "plan.pdf" in response["Content-Disposition"]
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"

    assert signed_in(official_b).get(download_url(document)).status_code == 404
    assert Client().get(download_url(document)).status_code == 302  # to the sign-in page


def test_presigned_download_redirects_to_a_short_lived_url(use_bucket, official_a, official_b, case_of_a, settings):
    settings.DOCUMENT_DOWNLOAD_MODE = "presign"
    settings.DOCUMENT_PRESIGN_SECONDS = 30
    content = PDF_BYTES + b"% signed\n"
    document = upload(signed_in(official_a), case_of_a, content)

    response = signed_in(official_a).get(download_url(document))
    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"
    url = response["Location"]
    assert "X-Amz-Expires=30" in url and "X-Amz-Signature=" in url
    fetched = requests.get(url, timeout=10)
    assert fetched.status_code == 200 and fetched.content == content
    assert "attachment" in fetched.headers["Content-Disposition"]
    assert fetched.headers["Content-Type"] == "application/pdf"
    # The unsigned object is not public.
    assert requests.get(url.split("?", 1)[0], timeout=10).status_code == 403

    assert signed_in(official_b).get(download_url(document)).status_code == 404


def test_a_missing_object_is_404_and_a_store_that_is_down_is_503(use_bucket, official_a, case_of_a, settings):
    document = upload(signed_in(official_a), case_of_a)
    s3_storage().delete(document.file.name)
    assert signed_in(official_a).get(download_url(document)).status_code == 404

    from tests.ops.conftest import free_port

    closed = free_port()
    settings.S3_STORAGE_OPTIONS = {**settings.S3_STORAGE_OPTIONS, "endpoint_url": f"http://127.0.0.1:{closed}"}
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": settings.S3_STORAGE_OPTIONS},
    }
    document = Document.objects.get(pk=document.pk)
    response = signed_in(official_a).get(download_url(document))
    assert response.status_code == 503
    assert "try again" in response.content.decode()


def test_move_files_to_the_bucket_and_back_is_idempotent(bucket, s3_endpoint, settings, official_a, case_of_a):
    from tests.ops.conftest import s3_options

    name, url = bucket
    settings.S3_STORAGE_OPTIONS = s3_options(url)
    # Documents uploaded while the site still kept them on disk.
    documents = [
        factories.DocumentFactory(
            consultation=case_of_a, file__data=PDF_BYTES + bytes([i]) * 50, file__filename=f"d{i}"
        )
        for i in range(3)
    ]
    names = {document.file.name: document.file.read() for document in documents}
    for document in documents:
        document.file.close()

    def move(*args) -> str:
        out = io.StringIO()
        call_command("move_files", *args, stdout=out)
        return out.getvalue()

    assert "copied 3, already there 0" in move("--to", "bucket")
    assert "copied 0, already there 3" in move("--to", "bucket")  # a second run changes nothing
    client = s3_client(s3_endpoint)
    for key, content in names.items():
        assert client.get_object(Bucket=name, Key=key)["Body"].read() == content

    # Back to disk after the disk copy was lost: same names, same bytes, nothing in the database changed.
    for key in names:
        disk_storage().delete(key)
    assert "copied 3, already there 0, deleted from the source 3" in move("--to", "disk", "--delete-source")
    assert "copied 0, already there 0" in move("--to", "disk")
    for key, content in names.items():
        with disk_storage().open(key, "rb") as handle:
            assert handle.read() == content
    assert client.list_objects_v2(Bucket=name).get("KeyCount", 0) == 0
