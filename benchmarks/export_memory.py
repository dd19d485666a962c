"""Peak memory of the streamed consultation export: 1,000 vs 10,000 consultations.

    .venv/bin/python benchmarks/export_memory.py            # SQLite (in-memory test database)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ps_bench .venv/bin/python benchmarks/export_memory.py

Creates a throw-away test database, fills it, streams `GET /api/v1/consultations/export/` as staff in
both formats and prints the peak Python memory (tracemalloc) of each export and the 10k/1k ratio.
A ratio near 1 means memory does not grow with the row count.
"""

from __future__ import annotations

import os
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "policysharing.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402


def fill(total: int) -> None:
    """Bring the number of consultations up to `total` (bulk inserts, with sectors and SDGs)."""
    from cities.models import City
    from consultations.models import Consultation
    from policies.models import SDG, Sector

    city = City.objects.get_or_create(name="Benchmark City", country="MN", region="east_asia")[0]
    have = Consultation.objects.count()
    now = timezone.now()
    cases = Consultation.objects.bulk_create(
        [
            Consultation(
                city=city,
                title=f'=HYPERLINK("http://x") request {n}' if n % 100 == 0 else f"Request {n}",
                challenge="Severe congestion; buses are the only public transport. " * 4,
                stage="analysis",
                track="consultation",
                stage_entered_at=now,
            )
            for n in range(have, total)
        ],
        batch_size=1000,
    )
    sector = Sector.objects.get(key="transportation")
    sdg = SDG.objects.get(number=11)
    Consultation.sectors.through.objects.bulk_create(
        [Consultation.sectors.through(consultation_id=case.pk, sector_id=sector.pk) for case in cases], batch_size=1000
    )
    Consultation.sdgs.through.objects.bulk_create(
        [Consultation.sdgs.through(consultation_id=case.pk, sdg_id=sdg.pk) for case in cases], batch_size=1000
    )


def measure(client, fmt: str) -> tuple[int, int, float]:
    """(peak bytes, response bytes, seconds) of one streamed export."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    started = time.perf_counter()
    response = client.get(f"/api/v1/consultations/export/?format={fmt}")
    assert response.status_code == 200, response.status_code
    size = 0
    for piece in response.streaming_content:
        size += len(piece)
    elapsed = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, size, elapsed


def main() -> None:
    from rest_framework.test import APIClient

    from accounts.models import User

    setup_test_environment(debug=False)  # DEBUG would keep every SQL string in connection.queries
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        staff = User.objects.create(username="bench-staff", role="smg_staff", is_staff=True)
        client = APIClient()
        client.force_authenticate(staff)
        results = {}
        for total in (1_000, 10_000):
            fill(total)
            for fmt in ("csv", "ndjson"):
                measure(client, fmt)  # warm-up: imports and caches are not the export's memory
                results[(total, fmt)] = measure(client, fmt)
        print(f"database: {connection.vendor}")
        for fmt in ("csv", "ndjson"):
            small, large = results[(1_000, fmt)], results[(10_000, fmt)]
            print(
                f"{fmt:6}  1,000 cases: peak {small[0] / 1024:8.0f} KiB, {small[1] / 1024:7.0f} KiB out, {small[2]:5.2f} s"
                f" | 10,000 cases: peak {large[0] / 1024:8.0f} KiB, {large[1] / 1024:7.0f} KiB out, {large[2]:5.2f} s"
                f" | peak ratio 10k/1k: {large[0] / small[0]:.2f}"
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
