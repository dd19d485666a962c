"""Every portal page's first view stays within 100 KB compressed and 10 requests (benchmarks/page_weight.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "page_weight.py"


@pytest.fixture(scope="module")
def page_weight():
    spec = importlib.util.spec_from_file_location("page_weight", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_every_portal_page_is_within_budget(client, page_weight):
    results = page_weight.measure_portal(client, page_weight.build_sample_data())
    assert len(results) >= 14
    over = [weight for weight in results if not weight.within_budget]
    assert not over, page_weight.report(results)
    # The page, its stylesheets (the portal's and the charts'), its script and its favicon (SVG, PNG fallback):
    # static files are really fetched and counted.
    assert all(weight.requests == 6 for weight in results), page_weight.report(results)
    assert all(size > 0 for weight in results for _url, size, _gz in weight.resources)


def test_the_script_exits_zero_within_budget(page_weight, monkeypatch, capsys):
    fake = [page_weight.PageWeight(path="/", status=200, requests=3, raw_bytes=10, compressed_bytes=10)]
    monkeypatch.setattr(page_weight, "run_in_process", lambda: fake)
    assert page_weight.main([]) == 0
    assert "budget" in capsys.readouterr().out
    fake[0].compressed_bytes = 200 * 1024
    assert page_weight.main([]) == 1
