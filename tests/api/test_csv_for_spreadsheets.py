"""Every CSV the portal produces starts with a UTF-8 byte-order mark (Excel on Windows garbles Korean without it):
the API's exports, the admin's exports, the import template, the staff workspace's results and background exports.

The lists are enumerated from the code (the API router, the admin registry, URL names ending in .csv), so a new
CSV added later is checked too."""

from __future__ import annotations

import codecs

import pytest
from django.contrib import admin
from django.core.files.storage import default_storage
from django.test import RequestFactory
from django.urls import reverse
from rest_framework.test import APIClient

from core.api import ExportMixin
from core.export_jobs import export_job_run, export_job_start
from core.models import ExportJob
from tests import factories

pytestmark = pytest.mark.django_db
BOM = codecs.BOM_UTF8


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def api_csv_exports() -> list[str]:
    """Every router prefix with an `export/` route (ExportMixin or its own export action)."""
    from policysharing.api import router

    prefixes = []
    for prefix, viewset, _basename in router.registry:
        if issubclass(viewset, ExportMixin) or any(
            getattr(getattr(viewset, name, None), "url_path", None) == "export" for name in dir(viewset)
        ):
            prefixes.append(prefix)
    return prefixes


def test_there_are_exports_to_check():
    assert {"consultations", "cities", "policies"} <= set(api_csv_exports())


def test_every_api_csv_export_starts_with_a_bom(staff_officer, case_a):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token " + factories.api_key_for(staff_officer))
    for prefix in api_csv_exports():
        response = client.get(f"/api/v1/{prefix}/export/?format=csv")
        assert response.status_code == 200, prefix
        assert response["Content-Type"].startswith("text/csv"), prefix
        content = body(response)
        assert content.startswith(BOM), prefix
        assert not content[len(BOM) :].startswith(BOM), prefix  # exactly one


def test_every_admin_csv_export_starts_with_a_bom(staff_officer, case_a):
    from core.import_widgets import CSVFormat

    request = RequestFactory().get("/admin/")
    request.user = staff_officer
    exporting = [
        model_admin for model_admin in admin.site._registry.values() if hasattr(model_admin, "get_export_formats")
    ]
    assert len(exporting) >= 4
    for model_admin in exporting:
        assert CSVFormat in model_admin.get_export_formats()
        response = model_admin._do_file_export(CSVFormat(), request, model_admin.get_queryset(request))
        assert body(response).startswith(BOM), model_admin
        # ... and a file exported that way imports again (the import reads utf-8-sig).
        assert model_admin.from_encoding == "utf-8-sig"


def test_import_template_csv_starts_with_a_bom(client, staff_officer):
    client.force_login(staff_officer)
    response = client.get(reverse("admin:policies_policymodule_import_template", args=["csv"]))
    assert response.status_code == 200
    assert body(response).startswith(BOM)


def test_staff_workspace_csvs_start_with_a_bom(client, staff_officer, case_a):
    from dashboard import urls as dashboard_urls

    client.force_login(staff_officer)
    csv_routes = [pattern.name for pattern in dashboard_urls.urlpatterns if str(pattern.pattern).endswith(".csv")]
    assert csv_routes
    for name in csv_routes:
        response = client.get(reverse(f"dashboard:{name}"))
        assert response.status_code == 200, name
        assert body(response).startswith(BOM), name
    # The background export of the workspace's Exports page.
    job = export_job_start(actor=staff_officer, resource="consultations", params={}, fmt="csv")
    export_job_run(job_id=job.pk)
    job = ExportJob.objects.get(pk=job.pk)
    assert job.file_name
    with default_storage.open(job.file_name, "rb") as handle:
        assert handle.read(len(BOM)) == BOM
