"""benchmarks/scale.py keeps working: a small run (2,000 cases) builds its data set and prints every figure.

Figures only, no timed assertions. PostgreSQL only: the data set is built with generate_series and the
exports are compared with COPY, neither of which SQLite has.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import override_settings

pytestmark = pytest.mark.django_db(transaction=True)


def test_scale_benchmark_runs_small():
    if connection.vendor != "postgresql":
        pytest.skip("benchmarks/scale.py needs PostgreSQL (generate_series, COPY); run the suite with DATABASE_URL")
    from benchmarks import scale

    lines: list[str] = []
    with override_settings(DEBUG=False):
        result = scale.main(["--cases", "2000", "--reps", "1", "--broker", ""], in_test=True, log=lines.append)
    text = "\n".join(lines)
    assert "API list, 500 rows, per row" in text
    assert "CSV    export" in text and "NDJSON export" in text
    assert "one move (tasks in-process)" in text
    from consultations.models import Consultation, StageTransition

    assert Consultation.objects.count() == 2000
    assert StageTransition.objects.count() >= 4000  # ~2 history rows per case (plus the timed moves)
    assert all(status == 200 for status in result["statuses"].values()), result["statuses"]
    assert result["sizes"]["Admin training programme"] < 300 * 1024
