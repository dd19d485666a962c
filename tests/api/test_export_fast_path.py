"""The consultation export's fast path (PostgreSQL: cells formatted by the database, rows written a chunk at a
time) writes the same bytes as the reference rendering (a dict per case through core.exports' generic encoders):
formula cells, quotes, newlines, Unicode, empty and null values, several sectors, SDGs and policy modules,
datetimes with and without microseconds, booleans. On SQLite there is no fast path: the same checks hold for
the generic one. Run on both (DATABASE_URL=postgres://... for PostgreSQL)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection

from consultations.exports import ConsultationRows, consultation_export_queryset
from consultations.models import Consultation
from core.exports import stream_export
from policies.models import SDG, Sector
from tests import factories

pytestmark = pytest.mark.django_db

TRICKY_TITLES = [
    "=1+2",
    "+49 30 123",
    "-2+3",
    "@SUM(A1)",
    "\tTabbed",
    "\rReturned",
    'He said "hi", then left',
    "Line one\nline two\r\nline three",
    "서울 버스 — café 🚌",
    " leading space, trailing space ",
    "'already quoted",
    "Controls \x01\x08\x0c\x1f\x7f, backslash \\ slash / \u2028 \ufeff end",
]


def _link(through, case, **values) -> None:
    through.objects.create(consultation=case, **values)  # one at a time: the export keeps this order


@pytest.fixture
def tricky_cases(city_a):
    city = factories.CityFactory(name="=Formula City", country="PE", region="latin_america", is_fictional=False)
    odd = Sector.objects.create(key="-odd", order=99)
    water = Sector.objects.get(key="water")
    first = factories.PolicyModuleFactory(slug="-first-module")
    second = factories.PolicyModuleFactory(slug="bus-reform")
    cases = []
    for n, title in enumerate(TRICKY_TITLES):
        case = factories.ConsultationFactory(
            city=city if n % 2 else city_a,
            title=title,
            challenge="@challenge" if n == 0 else ("" if n == 1 else f'Challenge {n}, with "quotes"\nand lines'),
            expected_outcomes="-less congestion" if n == 2 else "",
            public_summary='=HYPERLINK("http://x")' if n == 3 else f"요약 {n}",
            stage="closed",
            track="funding",
            is_published=n != 4,
            sectors=[],
        )
        if n % 3 == 0:
            _link(Consultation.sectors.through, case, sector=odd)
            _link(Consultation.sectors.through, case, sector=water)
            _link(Consultation.sdgs.through, case, sdg=SDG.objects.get(number=11))
            _link(Consultation.sdgs.through, case, sdg=SDG.objects.get(number=6))
            _link(Consultation.policy_modules.through, case, policymodule=first)
            _link(Consultation.policy_modules.through, case, policymodule=second)
        elif n % 3 == 1:
            _link(Consultation.sectors.through, case, sector=water)
        cases.append(case)
    # Datetimes: whole seconds, microseconds, another time zone, and none.
    Consultation.objects.filter(pk=cases[0].pk).update(
        submitted_at=datetime(2024, 3, 1, 2, 3, 4, tzinfo=UTC),
        closed_at=datetime(2024, 3, 1, 2, 3, 4, 500, tzinfo=UTC),
        stage_entered_at=datetime(2025, 12, 31, 23, 59, 59, 999999, tzinfo=ZoneInfo("Asia/Seoul")),
        created_at=datetime(1999, 1, 2, 3, 4, 5, 120000, tzinfo=UTC),
        updated_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    Consultation.objects.filter(pk=cases[1].pk).update(submitted_at=None, closed_at=None)
    return cases


def _reference(user, fmt: str, *, full: bool) -> bytes:
    rows = ConsultationRows(consultation_export_queryset(user, {}, full=full), full=full)
    return b"".join(stream_export(list(rows), rows.columns, fmt))  # a list: dicts through the generic encoders


def _api(api, user, fmt: str) -> bytes:
    response = api(user).get("/api/v1/consultations/export/", {"format": fmt})
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_the_fast_path_is_taken_on_postgresql_only(tricky_cases, staff_officer):
    rows = ConsultationRows(consultation_export_queryset(staff_officer, {}, full=True), full=True)
    for fmt in ("csv", "ndjson"):
        chunks = rows.chunks(fmt)
        assert (chunks is not None) == (connection.vendor == "postgresql")
        if chunks is not None:
            assert sum(len(chunk) for chunk in chunks) == len(TRICKY_TITLES)


@pytest.mark.parametrize("fmt", ["csv", "ndjson"])
def test_staff_export_bytes_equal_the_reference(api, tricky_cases, staff_officer, fmt):
    expected = _reference(staff_officer, fmt, full=True)
    assert _api(api, staff_officer, fmt) == expected
    # The background job's rows (no single transaction) write the same bytes.
    rows = ConsultationRows(consultation_export_queryset(staff_officer, {}, full=True), full=True)
    assert b"".join(stream_export(rows, rows.columns, fmt)) == expected


@pytest.mark.parametrize("fmt", ["csv", "ndjson"])
def test_public_export_bytes_equal_the_reference(api, tricky_cases, anonymous, fmt):
    expected = _reference(anonymous, fmt, full=False)
    assert expected.count(b"\n") >= len(TRICKY_TITLES) - 1  # the published ones at least
    assert _api(api, anonymous, fmt) == expected


def test_filtered_export_bytes_equal_the_reference(api, tricky_cases, staff_officer):
    params = {"sector": ["water"], "search": ["="]}
    rows = ConsultationRows(consultation_export_queryset(staff_officer, params, full=True), full=True)
    expected = b"".join(stream_export(list(rows), rows.columns, "csv"))
    response = api(staff_officer).get(
        "/api/v1/consultations/export/", {"format": "csv", "sector": "water", "search": "="}
    )
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == expected
    assert b"".join(stream_export(rows, rows.columns, "csv")) == expected
    found = list(csv.DictReader(io.StringIO(expected.decode("utf-8-sig"), newline="")))
    assert 0 < len(found) < len(TRICKY_TITLES)  # the filters apply


@pytest.mark.parametrize("fmt", ["csv", "ndjson"])
def test_a_filter_that_matches_nothing_exports_no_rows(api, tricky_cases, staff_officer, fmt):
    """An unknown policy module can match no case (the filter answers with an empty queryset, which has no
    SQL): the export is the header alone (CSV) or empty (NDJSON), never a server error."""
    response = api(staff_officer).get("/api/v1/consultations/export/", {"format": fmt, "policy_module": "no-such"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    if fmt == "csv":
        assert body.decode("utf-8-sig").count("\r\n") == 1 and body.decode("utf-8-sig").startswith("id,")
    else:
        assert body == b""


def test_csv_cells(api, tricky_cases, staff_officer):
    body = _api(api, staff_officer, "csv")
    assert body.startswith(b"\xef\xbb\xbfid,title,")
    assert b"\r\n" in body
    rows = {int(row["id"]): row for row in csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline=""))}
    first, second, third = (rows[case.pk] for case in tricky_cases[:3])
    assert [rows[case.pk]["title"] for case in tricky_cases] == [
        "'=1+2",
        "'+49 30 123",
        "'-2+3",
        "'@SUM(A1)",
        "'\tTabbed",
        "'\rReturned",
        'He said "hi", then left',
        "Line one\nline two\r\nline three",
        "서울 버스 — café 🚌",
        " leading space, trailing space ",
        "'already quoted",
        "Controls \x01\x08\x0c\x1f\x7f, backslash \\ slash / \u2028 \ufeff end",
    ]
    assert first["challenge"] == "'@challenge" and second["challenge"] == ""
    assert third["expected_outcomes"] == "'-less congestion"
    assert rows[tricky_cases[3].pk]["public_summary"] == '\'=HYPERLINK("http://x")'
    assert second["city_name"] == "'=Formula City" and first["city_name"] == "Ulaanbaatar"
    assert (first["sectors"], first["sdgs"], first["policy_modules"]) == (
        "'-odd;water",
        "11;6",
        "'-first-module;bus-reform",
    )
    assert (second["sectors"], second["sdgs"], second["policy_modules"]) == ("water", "", "")
    assert third["sectors"] == ""
    assert first["submitted_at"] == "2024-03-01T02:03:04+00:00"
    assert first["closed_at"] == "2024-03-01T02:03:04.000500+00:00"
    assert first["stage_entered_at"] == "2025-12-31T14:59:59.999999+00:00"
    assert first["created_at"] == "1999-01-02T03:04:05.120000+00:00"
    assert first["updated_at"] == "2026-01-01T00:00:00+00:00"
    assert second["submitted_at"] == "" and second["closed_at"] == ""
    assert first["is_published"] == "true" and rows[tricky_cases[4].pk]["is_published"] == "false"
    assert first["country"] == "MN" and first["city"] == str(tricky_cases[0].city_id)


def test_ndjson_values(api, tricky_cases, staff_officer):
    lines = _api(api, staff_officer, "ndjson").decode().split("\n")
    assert lines[-1] == ""
    rows = {row["id"]: row for row in map(json.loads, lines[:-1])}
    first, second = rows[tricky_cases[0].pk], rows[tricky_cases[1].pk]
    assert first["title"] == "=1+2" and first["challenge"] == "@challenge"  # JSON is not neutralised
    assert first["sectors"] == ["-odd", "water"] and first["sdgs"] == [11, 6]
    assert first["policy_modules"] == ["-first-module", "bus-reform"]
    assert second["sdgs"] == [] and second["submitted_at"] is None
    assert first["closed_at"] == "2024-03-01T02:03:04.000500+00:00"
    assert first["is_published"] is True and rows[tricky_cases[4].pk]["is_published"] is False
    assert rows[tricky_cases[8].pk]["title"] == "서울 버스 — café 🚌"
