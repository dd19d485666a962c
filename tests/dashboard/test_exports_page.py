"""The staff workspace's exports page: start a background export, see its progress, download the file."""

from __future__ import annotations

import pytest
from django.urls import reverse

from core.models import ExportJob
from tests import factories

pytestmark = pytest.mark.django_db


def test_staff_start_an_export_and_download_it(client, staff_officer, city_a, django_capture_on_commit_callbacks):
    for _ in range(3):
        factories.ConsultationFactory(city=city_a)
    client.force_login(staff_officer)
    assert client.get(reverse("dashboard:exports")).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("dashboard:exports"), {"format": "csv"})
    assert response.status_code == 302
    job = ExportJob.objects.get()
    assert job.status == "done" and job.total_rows == 3
    page = client.get(reverse("dashboard:exports")).content.decode()
    assert '<progress value="100" max="100"' in page
    download_url = reverse("api:export-job-download", args=[job.pk])
    assert download_url in page
    download = client.get(download_url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"\xef\xbb\xbf")


def test_exports_page_refuses_bad_format_and_other_roles(client, staff_officer, official_a):
    client.force_login(staff_officer)
    assert client.post(reverse("dashboard:exports"), {"format": "xlsx"}).status_code == 400
    client.force_login(official_a)
    assert client.get(reverse("dashboard:exports")).status_code == 403
