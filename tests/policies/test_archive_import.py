"""Bulk import of the policy archive through the admin: 200 cases with every section in three languages,
in one step, from CSV, XLSX or JSON; all or nothing on a bad row, with the row's error in the reader's
language; the downloadable template."""

from __future__ import annotations

import io
import json

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from policies.models import TRANSLATED_FIELDS, PolicyModule
from policies.reference import SECTORS
from policies.resources import PolicyModuleResource, import_template

pytestmark = pytest.mark.django_db

FORMATS = {"csv": "0", "xlsx": "1", "json": "2"}  # positions in PolicyModuleAdmin.formats
CONTENT_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}
SECTION_COLUMNS = [f"{field}{suffix}" for field in TRANSLATED_FIELDS for suffix in ("", "_ko", "_es")]


def generated_cases(count: int = 200) -> list[dict]:
    """`count` policy cases, each with every section in English, Korean and Spanish."""
    sector_keys = [key for key, _label in SECTORS]
    rows = []
    for n in range(1, count + 1):
        row = {
            "slug": f"case-{n:03d}",
            "title": f"Seoul policy case {n}",
            "title_ko": f"서울 정책 사례 {n}",
            "title_es": f"Caso de política de Seúl {n}",
            "sector": sector_keys[n % len(sector_keys)],
            "sdgs": "11, 13" if n % 2 else "6",
            "period_start": 1990 + n % 30,
            "period_end": 1995 + n % 30 if n % 3 else "",
            "budget_amount": str(1000 * n),
            "budget_currency": "KRW",
            "responsible_department": f"Division {n % 7}",
            "languages": "en, ko, es",
            "is_published": "yes",
        }
        for field in TRANSLATED_FIELDS[1:]:
            row[field] = f"{field} of case {n}: what Seoul did and learned."
            row[f"{field}_ko"] = f"사례 {n}의 {field}: 서울이 한 일과 배운 점."
            row[f"{field}_es"] = f"{field} del caso {n}: lo que hizo y aprendió Seúl."
        rows.append(row)
    return rows


def upload(rows: list[dict], fmt: str) -> SimpleUploadedFile:
    headers = list(PolicyModuleResource._meta.fields)
    data = tablib.Dataset(*[[row[column] for column in headers] for row in rows], headers=headers)
    if fmt == "json":
        payload = json.dumps(rows, ensure_ascii=False).encode("utf-8")
    else:
        payload = data.export(fmt)
        payload = payload.encode("utf-8") if isinstance(payload, str) else payload
    return SimpleUploadedFile(f"policy-cases.{fmt}", payload, content_type=CONTENT_TYPES[fmt])


def preview_and_confirm(client, file, fmt):
    preview = client.post(reverse("admin:policies_policymodule_import"), {"import_file": file, "format": FORMATS[fmt]})
    assert preview.status_code == 200
    confirm_form = preview.context.get("confirm_form")
    if confirm_form is None:
        return preview, None
    return preview, client.post(reverse("admin:policies_policymodule_process_import"), confirm_form.initial)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_two_hundred_cases_with_every_section_import_in_one_step(client, staff_officer, fmt):
    client.force_login(staff_officer)
    preview = client.post(
        reverse("admin:policies_policymodule_import"),
        {"import_file": upload(generated_cases(), fmt), "format": FORMATS[fmt]},
    )
    assert "200 rows read: 200 new, 0 updated, 0 unchanged." in preview.content.decode()
    assert not PolicyModule.objects.exists()  # the preview saved nothing
    confirmed = client.post(
        reverse("admin:policies_policymodule_process_import"), preview.context["confirm_form"].initial
    )
    assert confirmed.status_code == 302

    assert PolicyModule.objects.count() == 200
    case = PolicyModule.objects.get(slug="case-137")
    expected = generated_cases()[136]
    for column in SECTION_COLUMNS:
        assert getattr(case, column) == expected[column], column
    assert (case.sector.key, case.period_start, case.period_end) == (expected["sector"], 2007, 2012)
    assert sorted(case.sdgs.values_list("number", flat=True)) == [11, 13]
    assert sorted(case.languages.values_list("code", flat=True)) == ["en", "es", "ko"]
    assert PolicyModule.objects.published().count() == 200
    # Every case has every section in every language.
    for column in SECTION_COLUMNS:
        assert not PolicyModule.objects.filter(**{column: ""}).exists(), column


def test_json_lists_are_accepted_for_sdgs_and_languages(client, staff_officer):
    client.force_login(staff_officer)
    rows = generated_cases(2)
    rows[0]["sdgs"], rows[0]["languages"] = [9, 11], ["en", "mn"]
    _preview, confirmed = preview_and_confirm(client, upload(rows, "json"), "json")
    assert confirmed is not None
    case = PolicyModule.objects.get(slug="case-001")
    assert sorted(case.sdgs.values_list("number", flat=True)) == [9, 11]
    assert sorted(case.languages.values_list("code", flat=True)) == ["en", "mn"]


@pytest.mark.parametrize(
    ("fmt", "language", "row_error", "summary"),
    [
        ("csv", "en", "Unknown Sustainable Development Goals: 18.", "1 row has errors, so nothing was imported."),
        ("json", "ko", "알 수 없는 지속가능발전목표: 18.", "1개 행에 오류가 있어 아무것도 가져오지 않았습니다."),
        (
            "xlsx",
            "es",
            "Valores de Objetivos de Desarrollo Sostenible desconocidos: 18.",
            "1 fila tiene errores, por lo que no se importó nada.",
        ),
    ],
)
def test_one_bad_row_among_two_hundred_imports_nothing_and_says_why_in_the_readers_language(
    client, staff_officer, fmt, language, row_error, summary
):
    PolicyModule.objects.create(slug="case-005", title="Already here", summary="Kept as it is.", sector_id=1)
    staff_officer.preferred_language = language
    staff_officer.save(update_fields=["preferred_language"])
    client.force_login(staff_officer)
    rows = generated_cases()
    rows[136]["sdgs"] = "11, 18"
    preview, confirmed = preview_and_confirm(client, upload(rows, fmt), fmt)
    assert confirmed is None  # no confirm button is offered
    html = preview.content.decode()
    assert row_error in html and summary in html
    assert "case-137" in html  # the row is shown with its values
    assert list(PolicyModule.objects.values_list("slug", "title")) == [("case-005", "Already here")]


def test_a_period_that_ends_before_it_starts_is_a_plain_row_error(client, staff_officer):
    client.force_login(staff_officer)
    rows = generated_cases(3)
    rows[1]["period_start"], rows[1]["period_end"] = 2010, 2001
    preview, confirmed = preview_and_confirm(client, upload(rows, "csv"), "csv")
    assert confirmed is None
    assert "The period must not end before it starts." in preview.content.decode()
    assert not PolicyModule.objects.exists()


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_the_template_downloads_and_imports_as_it_is(client, staff_officer, fmt):
    client.force_login(staff_officer)
    response = client.get(reverse("admin:policies_policymodule_import_template", args=[fmt]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith(CONTENT_TYPES[fmt])
    assert f"policy-cases-template.{fmt}" in response["Content-Disposition"]
    data = tablib.Dataset().load(
        io.BytesIO(response.content) if fmt == "xlsx" else response.content.decode("utf-8"), format=fmt
    )
    assert set(SECTION_COLUMNS) <= set(data.headers)
    assert len(data) == 1
    # The template itself is a valid file: its example row previews without errors (and is unpublished).
    file = SimpleUploadedFile(f"template.{fmt}", response.content, content_type=CONTENT_TYPES[fmt])
    _preview, confirmed = preview_and_confirm(client, file, fmt)
    assert confirmed is not None
    example = PolicyModule.objects.get(slug="example-owl-bus")
    assert not example.is_published and example.title_es.startswith("Ejemplo")


def test_the_import_page_links_the_template_in_every_format(client, staff_officer):
    client.force_login(staff_officer)
    html = client.get(reverse("admin:policies_policymodule_import")).content.decode()
    for fmt in ("csv", "xlsx", "json"):
        assert reverse("admin:policies_policymodule_import_template", args=[fmt]) in html
    assert "JSON" in html


def test_the_template_needs_the_import_permission(client, consultant, staff_officer):
    url = reverse("admin:policies_policymodule_import_template", args=["csv"])
    client.force_login(consultant)
    assert client.get(url).status_code == 403
    client.force_login(staff_officer)
    assert client.get(reverse("admin:policies_policymodule_import_template", args=["pdf"])).status_code == 404


def test_the_template_has_every_column_of_the_resource():
    assert list(import_template().headers) == list(PolicyModuleResource._meta.fields)


def test_reference_rows_are_read_once_per_import_and_never_kept_stale():
    from policies.models import Language

    headers = list(PolicyModuleResource._meta.fields)
    rows = generated_cases(2)
    rows[0]["languages"] = "en, tl"
    data = tablib.Dataset(*[[row[column] for column in headers] for row in rows], headers=headers)
    first = PolicyModuleResource().import_data(data, dry_run=False, rollback_on_validation_errors=True)
    assert first.has_validation_errors() and not PolicyModule.objects.exists()

    Language.objects.create(code="tl")  # added between two imports: the next import knows it
    second = PolicyModuleResource().import_data(data, dry_run=False, rollback_on_validation_errors=True)
    assert not second.has_validation_errors() and not second.has_errors()
    assert sorted(PolicyModule.objects.get(slug="case-001").languages.values_list("code", flat=True)) == ["en", "tl"]
