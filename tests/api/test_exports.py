"""Streamed exports: same scope and filters as the lists, neutralised CSV, memory flat in the row count."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc

import pytest
from django.utils import timezone

from consultations.models import Consultation
from core.exports import neutralise_cell
from policies.models import Sector
from tests import factories

pytestmark = pytest.mark.django_db


def _body(response) -> str:
    assert response.status_code == 200, response.content if not response.streaming else ""
    return b"".join(response.streaming_content).decode()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+49 30 123", "'+49 30 123"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\t=1", "'\t=1"),
        ("Ulaanbaatar", "Ulaanbaatar"),
        ("", ""),
        (None, ""),
        (["water", "=x"], "water;=x"),
    ],
)
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected


def test_csv_export_neutralises_formulas_and_keeps_columns(api, staff_officer, city_a):
    factories.ConsultationFactory(city=city_a, title='=HYPERLINK("http://evil")', challenge="@SUM(1)")
    factories.ConsultationFactory(city=city_a, title="Bus reform")
    response = api(staff_officer).get("/api/v1/consultations/export/", {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(_body(response))))
    titles = {row["title"] for row in rows}
    assert titles == {'\'=HYPERLINK("http://evil")', "Bus reform"}
    assert {row["challenge"] for row in rows} >= {"'@SUM(1)"}
    assert rows[0]["sectors"] == "transportation"
    assert rows[0]["country"] == "MN"


def test_ndjson_export_honours_filters(api, staff_officer, city_a, city_b):
    water = factories.ConsultationFactory(city=city_b, sectors=[Sector.objects.get(key="water")])
    factories.ConsultationFactory(city=city_a)
    response = api(staff_officer).get("/api/v1/consultations/export/", {"format": "ndjson", "sector": "water"})
    assert response["Content-Type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in _body(response).splitlines()]
    assert [row["id"] for row in rows] == [water.pk]
    assert rows[0]["sectors"] == ["water"]
    since = api(staff_officer).get(
        "/api/v1/consultations/export/", {"format": "ndjson", "updated_since": timezone.now().isoformat()}
    )
    assert _body(since) == ""


def test_anonymous_export_has_public_columns_only(api, anonymous, city_b):
    factories.ConsultationFactory(city=city_b, stage="closed", track="funding", is_published=True)
    factories.ConsultationFactory(city=city_b, stage="analysis", track="funding", is_published=False)
    rows = list(csv.DictReader(io.StringIO(_body(api(anonymous).get("/api/v1/consultations/export/?format=csv")))))
    assert len(rows) == 1
    assert "challenge" not in rows[0] and "contact_email" not in rows[0]


def test_cities_and_policies_exports(api, staff_officer, official_a, city_a):
    factories.PolicyModuleFactory(title="-Negative title", is_published=True)
    factories.PolicyModuleFactory(is_published=False)
    policies = list(csv.DictReader(io.StringIO(_body(api(official_a).get("/api/v1/policies/export/?format=csv")))))
    assert [row["title"] for row in policies] == ["'-Negative title"]
    assert len(policies) == 1  # unpublished modules stay with staff
    assert len(_body(api(staff_officer).get("/api/v1/policies/export/?format=ndjson")).splitlines()) == 2
    cities = [
        json.loads(line)
        for line in _body(api(official_a).get("/api/v1/cities/export/?format=ndjson&country=MN")).splitlines()
    ]
    assert [row["name"] for row in cities] == ["Ulaanbaatar"]
    assert "notes" not in cities[0]


def _fill(total: int, city) -> None:
    now = timezone.now()
    have = Consultation.objects.count()
    cases = Consultation.objects.bulk_create(
        [
            Consultation(city=city, title=f"Request {n}", stage="analysis", track="consultation", stage_entered_at=now)
            for n in range(have, total)
        ],
        batch_size=1000,
    )
    sector = Sector.objects.get(key="transportation")
    Consultation.sectors.through.objects.bulk_create(
        [Consultation.sectors.through(consultation_id=case.pk, sector_id=sector.pk) for case in cases],
        batch_size=1000,
    )


def _peak(client) -> tuple[int, int]:
    tracemalloc.start()
    tracemalloc.reset_peak()
    response = client.get("/api/v1/consultations/export/?format=csv")
    lines = sum(piece.count(b"\n") for piece in response.streaming_content)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, lines


def test_export_memory_does_not_grow_with_rows(api, staff_officer, city_a):
    client = api(staff_officer)
    _fill(1_000, city_a)
    _peak(client)  # warm-up
    small, lines = _peak(client)
    assert lines == 1_001
    _fill(10_000, city_a)
    large, lines = _peak(client)
    assert lines == 10_001
    # Ten times the rows; memory bounded by a chunk, not the result (measured ratio ~1.0; see benchmarks/).
    assert large < small * 1.5, (small, large)
