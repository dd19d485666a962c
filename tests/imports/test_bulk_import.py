"""Bulk import/export of cities, experts and policy modules in the admin: preview, plain per-row errors,
all-or-nothing, CSV and XLSX, and exports that import back unchanged."""

from __future__ import annotations

import io

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cities.models import City
from cities.resources import CityResource
from experts.models import Expert
from experts.resources import ExpertResource
from policies.models import PolicyModule
from policies.resources import PolicyModuleResource
from tests import factories

pytestmark = pytest.mark.django_db
CSV, XLSX = "0", "1"  # positions in SpreadsheetImportExportMixin.formats

CITY_HEADERS = ["name", "name_local", "country", "region", "population", "latitude", "longitude", "is_partner"]
GOOD_CITIES = [
    ["Lima", "Lima", "PE", "latin_america", "9750000", "-12.04637", "-77.04279", "yes"],
    ["Maputo", "", "MZ", "africa", "1100000", "-25.96553", "32.58322", "yes"],
]
BAD_CITY = ["Nowhere", "", "XX", "atlantis", "-5", "95", "0", "perhaps"]


def csv_file(headers, rows, name="cities.csv") -> SimpleUploadedFile:
    data = tablib.Dataset(*rows, headers=headers)
    return SimpleUploadedFile(name, data.export("csv").encode("utf-8"), content_type="text/csv")


def xlsx_file(headers, rows, name="experts.xlsx") -> SimpleUploadedFile:
    data = tablib.Dataset(*rows, headers=headers)
    return SimpleUploadedFile(
        name, data.export("xlsx"), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )


def import_through_admin(client, model_admin_prefix: str, upload, fmt: str):
    """Upload (dry run with preview), then confirm; returns (preview response, confirm response or None)."""
    preview = client.post(reverse(f"admin:{model_admin_prefix}_import"), {"import_file": upload, "format": fmt})
    assert preview.status_code == 200
    confirm_form = preview.context.get("confirm_form")
    if confirm_form is None:
        return preview, None
    confirmed = client.post(reverse(f"admin:{model_admin_prefix}_process_import"), confirm_form.initial)
    return preview, confirmed


def test_good_csv_imports_cities_after_a_preview(client, staff_officer):
    client.force_login(staff_officer)
    preview = client.post(
        reverse("admin:cities_city_import"), {"import_file": csv_file(CITY_HEADERS, GOOD_CITIES), "format": CSV}
    )
    assert "2 rows read: 2 new, 0 updated, 0 unchanged." in preview.content.decode()
    assert City.objects.count() == 0  # the preview saved nothing
    confirmed = client.post(reverse("admin:cities_city_process_import"), preview.context["confirm_form"].initial)
    assert confirmed.status_code == 302
    lima = City.objects.get(name="Lima")
    assert (lima.country.code, lima.region, lima.population, lima.is_partner) == ("PE", "latin_america", 9750000, True)
    assert City.objects.count() == 2


def test_one_bad_row_imports_nothing_and_says_why(client, staff_officer, city_a):
    client.force_login(staff_officer)
    before = list(City.objects.values_list("pk", "name", "population").order_by("pk"))
    rows = [*GOOD_CITIES, BAD_CITY, ["Ulaanbaatar", "", "MN", "east_asia", "1", "", "", "yes"]]
    preview, confirmed = import_through_admin(client, "cities_city", csv_file(CITY_HEADERS, rows), CSV)
    assert confirmed is None  # no confirm button is offered
    html = preview.content.decode()
    assert "1 row has errors, so nothing was imported." in html
    assert "“perhaps” is not yes or no." in html
    assert "The latitude must be between -90 and 90." in html
    # Written out in the page (not in a hover box), naming the values the column accepts.
    assert "“atlantis” is not accepted here. Use one of: east_asia," in html
    assert "“XX” is not a country code. Use a two-letter ISO 3166 code" in html
    assert list(City.objects.values_list("pk", "name", "population").order_by("pk")) == before


def test_resource_import_is_all_or_nothing_even_without_the_preview(city_a):
    """The same file imported directly (as the skip-confirm mode or a script would) changes nothing."""
    data = tablib.Dataset(*GOOD_CITIES, BAD_CITY, headers=CITY_HEADERS)
    result = CityResource().import_data(data, dry_run=False, raise_errors=False, rollback_on_validation_errors=True)
    assert result.has_validation_errors()
    assert list(City.objects.values_list("name", flat=True)) == ["Ulaanbaatar"]


def test_good_xlsx_imports_experts_with_sectors_and_languages(client, staff_officer):
    client.force_login(staff_officer)
    headers = ["name", "kind", "affiliation", "sectors", "languages", "availability", "is_active"]
    rows = [
        [
            "Dr. Kim",
            "former_official",
            "Seoul Metropolitan Government",
            "transportation, urban_railway",
            "ko, en",
            "available",
            "yes",
        ],
        ["Dr. Park", "researcher", "The Seoul Institute", "water", "ko", "limited", "1"],
    ]
    preview, confirmed = import_through_admin(client, "experts_expert", xlsx_file(headers, rows), XLSX)
    assert confirmed is not None, preview.content.decode()
    assert confirmed.status_code == 302
    kim = Expert.objects.get(name="Dr. Kim")
    assert sorted(kim.sectors.values_list("key", flat=True)) == ["transportation", "urban_railway"]
    assert sorted(kim.languages.values_list("code", flat=True)) == ["en", "ko"]
    assert Expert.objects.get(name="Dr. Park").availability == "limited"


def test_unknown_sector_in_an_expert_row_is_named(client, staff_officer):
    client.force_login(staff_officer)
    headers = ["name", "kind", "sectors"]
    rows = [["Dr. Kim", "researcher", "transportation"], ["Dr. Lee", "researcher", "transportation, astrology"]]
    preview, confirmed = import_through_admin(client, "experts_expert", xlsx_file(headers, rows), XLSX)
    assert confirmed is None
    assert "Unknown sectors: astrology." in preview.content.decode()
    assert not Expert.objects.exists()


def test_policy_modules_import_by_slug_and_update(client, staff_officer):
    factories.PolicyModuleFactory(slug="tops", title="Old title")
    client.force_login(staff_officer)
    headers = ["slug", "title", "sector", "sdgs", "summary", "is_published"]
    rows = [
        [
            "tops",
            "Transport Operation & Information Service",
            "transportation",
            "9, 11",
            "Real-time bus management.",
            "yes",
        ],
        ["arisu", "Arisu tap water", "water", "6", "Safe tap water.", "no"],
    ]
    preview, confirmed = import_through_admin(client, "policies_policymodule", csv_file(headers, rows), CSV)
    assert "1 new, 1 updated" in preview.content.decode()
    assert confirmed.status_code == 302
    tops = PolicyModule.objects.get(slug="tops")
    assert tops.title == "Transport Operation & Information Service"
    assert sorted(tops.sdgs.values_list("number", flat=True)) == [9, 11]
    assert PolicyModule.objects.get(slug="arisu").sector.key == "water"


def test_unknown_sector_key_for_a_policy_is_plain(client, staff_officer):
    client.force_login(staff_officer)
    headers = ["slug", "title", "sector", "summary"]
    preview, confirmed = import_through_admin(
        client, "policies_policymodule", csv_file(headers, [["x", "X", "astrology", "s"]]), CSV
    )
    assert confirmed is None
    assert "Unknown sector “astrology”" in preview.content.decode()
    assert not PolicyModule.objects.exists()


@pytest.mark.parametrize(
    ("resource_class", "make", "key"),
    [
        (CityResource, lambda: factories.CityFactory(latitude="37.56650", longitude="126.97800"), "name"),
        (ExpertResource, lambda: factories.ExpertFactory(), "name"),
        (PolicyModuleResource, lambda: factories.PolicyModuleFactory(), "slug"),
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_round_trip(resource_class, make, key, fmt):
    for _ in range(3):
        make()
    exported = resource_class().export()
    payload = exported.export(fmt)
    model = resource_class._meta.model
    before = sorted(resource_class().export().dict, key=lambda row: str(row[key]))
    model.objects.all().delete()

    data = tablib.Dataset().load(io.BytesIO(payload) if fmt == "xlsx" else payload, format=fmt)
    result = resource_class().import_data(data, dry_run=False, raise_errors=True)
    assert result.totals["new"] == 3
    after = sorted(resource_class().export().dict, key=lambda row: str(row[key]))
    assert after == before


def test_admin_export_downloads_csv(client, staff_officer, city_a):
    client.force_login(staff_officer)
    fields = {f"cityresource_{name}": "on" for name in CityResource().get_export_order()}
    response = client.post(reverse("admin:cities_city_export"), {"format": CSV, "resource": "0", **fields})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "Ulaanbaatar" in response.content.decode()


def test_consultants_neither_import_nor_export_in_the_admin(client, consultant):
    """The admin's files carry staff-only columns (a city's notes); consultants export through the API."""
    client.force_login(consultant)
    assert client.get(reverse("admin:cities_city_import")).status_code == 403
    assert client.get(reverse("admin:cities_city_export")).status_code == 403


def test_row_problems_are_listed_as_visible_cells_with_the_value_found(client, staff_officer):
    import re

    client.force_login(staff_officer)
    preview, confirmed = import_through_admin(client, "cities_city", csv_file(CITY_HEADERS, [BAD_CITY]), CSV)
    assert confirmed is None
    html = preview.content.decode()
    table = re.search(r'<table class="import-problems">.*?</table>', html, re.S).group(0)
    row = re.search(r"<tr class=\"import-problem\">\s*<th[^>]*>\s*1\b.*?</th>.*?</tr>", table, re.S)
    assert row is not None, table
    assert re.search(r"<td>region</td>\s*<td class=\"import-value\">atlantis</td>", table)
    assert "validation-error-container" not in html  # the stock hover-only box is gone


@pytest.mark.parametrize("model_admin_prefix", ["cities_city", "experts_expert", "policies_policymodule"])
def test_import_page_offers_csv_and_xlsx_templates(client, staff_officer, model_admin_prefix):
    client.force_login(staff_officer)
    page = client.get(reverse(f"admin:{model_admin_prefix}_import")).content.decode()
    csv_url = reverse(f"admin:{model_admin_prefix}_import_template", args=["csv"])
    xlsx_url = reverse(f"admin:{model_admin_prefix}_import_template", args=["xlsx"])
    assert f'href="{csv_url}"' in page and f'href="{xlsx_url}"' in page
    csv_response = client.get(csv_url)
    assert csv_response.status_code == 200
    assert csv_response.content.startswith("\ufeff".encode())  # Excel reads UTF-8 only with the BOM
    headers = csv_response.content.decode("utf-8-sig").splitlines()[0].split(",")
    assert {"name", "title"} & set(headers)
    workbook = tablib.Dataset().load(client.get(xlsx_url).content, format="xlsx")
    assert workbook.headers == headers


def test_the_csv_template_imports_back_once_filled_in(client, staff_officer):
    client.force_login(staff_officer)
    template = client.get(reverse("admin:cities_city_import_template", args=["csv"])).content.decode("utf-8-sig")
    headers = template.splitlines()[0].split(",")
    row = {"name": "Lima", "country": "PE", "region": "latin_america", "is_partner": "yes"}
    filled = tablib.Dataset([row.get(h, "") for h in headers], headers=headers)
    upload = SimpleUploadedFile("cities.csv", ("\ufeff" + filled.export("csv")).encode(), content_type="text/csv")
    preview, confirmed = import_through_admin(client, "cities_city", upload, CSV)
    assert confirmed is not None, preview.content.decode()
    assert City.objects.filter(name="Lima", country="PE").exists()


def test_templates_need_the_import_permission(client, consultant):
    client.force_login(consultant)
    assert client.get(reverse("admin:cities_city_import_template", args=["csv"])).status_code == 403
