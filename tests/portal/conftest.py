"""Signed-in clients for the personas of tests/conftest.py, and small file builders."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.test import Client

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def client_a(official_a):
    client = Client()
    client.force_login(official_a)
    return client


@pytest.fixture
def client_b(official_b):
    client = Client()
    client.force_login(official_b)
    return client


@pytest.fixture
def staff_client(staff_officer):
    client = Client()
    client.force_login(staff_officer)
    return client


def pdf_file(name: str = "plan.pdf", content: bytes = PDF_BYTES):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type="application/pdf")


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()
