"""Exports above EXPORT_SYNC_MAX_ROWS: 202 with a job, the worker writes the file, only its owner downloads it."""

from __future__ import annotations

import codecs
import csv
import io
import json

import pytest
from django.test import override_settings

from core.models import ExportJob
from tests import factories

pytestmark = pytest.mark.django_db


def _cases(city, count: int) -> None:
    for n in range(count):
        factories.ConsultationFactory(city=city, title=f"=cmd case {n}" if n == 0 else f"Case {n}")


def test_every_csv_starts_with_a_bom_and_has_every_row(api, staff_officer, city_a):
    _cases(city_a, 7)
    response = api(staff_officer).get("/api/v1/consultations/export/?format=csv")
    body = b"".join(response.streaming_content)
    assert body.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == 7
    assert "'=cmd case 0" in {row["title"] for row in rows}
    assert list(rows[0])[0] == "id"


@override_settings(EXPORT_SYNC_MAX_ROWS=3)
@pytest.mark.parametrize("fmt", ["csv", "ndjson"])
def test_large_export_runs_as_a_job(api, staff_officer, official_b, city_a, django_capture_on_commit_callbacks, fmt):
    _cases(city_a, 5)
    factories.ConsultationFactory(city=city_a, title="Water reform")
    client = api(staff_officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(f"/api/v1/consultations/export/?format={fmt}&search=case")
    assert response.status_code == 202, response.content
    job = response.json()
    assert response["Location"] == job["url"]
    assert job["status"] == "pending" and job["download_url"] == ""

    polled = client.get(job["url"]).json()
    assert polled["status"] == "done", polled
    assert polled["progress"] == 100 and polled["total_rows"] == 5 and polled["done_rows"] == 5

    download = client.get(polled["download_url"])
    assert download.status_code == 200
    assert "attachment" in download["Content-Disposition"]
    body = b"".join(download.streaming_content)
    if fmt == "csv":
        assert body.startswith(codecs.BOM_UTF8)
        rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
        assert "'=cmd case 0" in {row["title"] for row in rows}
    else:
        rows = [json.loads(line) for line in body.decode().splitlines()]
    assert len(rows) == 5  # the search applied in the worker too ("Water reform" is not there)

    # Somebody else's job does not exist for them; anonymous callers must sign in.
    other = api(official_b)
    assert other.get(job["url"]).status_code == 404
    assert other.get(polled["download_url"]).status_code == 404
    assert api().get(job["url"]).status_code in (401, 403)
    assert [item["id"] for item in client.get("/api/v1/exports/").json()["results"]] == [job["id"]]


@override_settings(EXPORT_SYNC_MAX_ROWS=3)
def test_job_of_an_official_keeps_their_scope(api, official_a, city_a, city_b, django_capture_on_commit_callbacks):
    _cases(city_a, 4)
    _cases(city_b, 4)
    with django_capture_on_commit_callbacks(execute=True):
        response = api(official_a).get("/api/v1/consultations/export/?format=ndjson")
    assert response.status_code == 202
    job = ExportJob.objects.get()
    assert job.owner == official_a and job.status == "done"
    body = b"".join(api(official_a).get(f"/api/v1/exports/{job.pk}/download/").streaming_content)
    assert {json.loads(line)["city"] for line in body.decode().splitlines()} == {city_a.pk}


@override_settings(EXPORT_SYNC_MAX_ROWS=3)
def test_anonymous_large_export_is_a_clear_400(api, city_b):
    for _ in range(4):
        factories.ConsultationFactory(city=city_b, stage="closed", track="funding", is_published=True)
    response = api().get("/api/v1/consultations/export/?format=csv")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "export_too_large"
    assert not ExportJob.objects.exists()


@override_settings(EXPORT_SYNC_MAX_ROWS=3)
def test_small_exports_still_stream(api, staff_officer, city_a):
    _cases(city_a, 3)
    response = api(staff_officer).get("/api/v1/consultations/export/?format=csv")
    assert response.status_code == 200 and response.streaming


def test_cleanup_deletes_old_jobs_and_their_files_and_keeps_recent_ones(staff_officer, settings):
    from datetime import timedelta

    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from django.utils import timezone

    from core.export_jobs import export_jobs_cleanup
    from core.tasks import cleanup_export_jobs
    from policysharing.celery import build_beat_schedule

    settings.EXPORT_KEEP_DAYS = 7
    now = timezone.now()

    def job(age_days: int, *, with_file: bool = True, status: str = "done") -> ExportJob:
        name = (
            default_storage.save(f"exports/{staff_officer.pk}/t-{age_days}.csv", ContentFile(b"id\n1\n"))
            if with_file
            else ""
        )
        created = ExportJob.objects.create(
            owner=staff_officer, resource="consultations", format="csv", status=status, file_name=name
        )
        ExportJob.objects.filter(pk=created.pk).update(created_at=now - timedelta(days=age_days))
        return created

    old, old_failed, recent = job(8), job(30, with_file=False, status="failed"), job(2)
    assert default_storage.exists(old.file_name)

    assert cleanup_export_jobs.apply().get() == 2  # the beat task, run as a worker would
    assert set(ExportJob.objects.values_list("pk", flat=True)) == {recent.pk}
    assert not default_storage.exists(old.file_name)
    assert default_storage.exists(recent.file_name)
    assert export_jobs_cleanup(now=now + timedelta(days=6)) == 1  # the recent one, once it is old enough
    assert not default_storage.exists(recent.file_name)
    assert "core.tasks.cleanup_export_jobs" in {entry["task"] for entry in build_beat_schedule().values()}
    assert old_failed.pk not in set(ExportJob.objects.values_list("pk", flat=True))
