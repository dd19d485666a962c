"""The evaluation machinery behind benchmarks/matching.py (the figures themselves are printed there)."""

from __future__ import annotations

import pytest

from demo.data.policies import POLICIES
from matching.evaluation import (
    RANKERS,
    evaluate,
    hit_at,
    keyword_baseline,
    load_eval_set,
    ndcg_at,
    reciprocal_rank,
    sector_baseline,
    subsets,
)


def test_metrics():
    assert hit_at(["a", "b", "c", "d"], ["d"]) == 0.0
    assert hit_at(["a", "b", "d"], ["d"]) == 1.0
    assert reciprocal_rank(["a", "d"], ["d", "x"]) == 0.5
    assert reciprocal_rank(["a"], ["d"]) == 0.0
    assert ndcg_at(["d", "x"], ["d", "x"]) == pytest.approx(1.0)
    assert 0 < ndcg_at(["x", "d"], ["d", "x"]) < 1
    assert ndcg_at(["a", "b"], ["d"]) == 0.0


def test_the_evaluation_set_is_well_formed():
    requests = load_eval_set()
    published = {spec.slug for spec in POLICIES if spec.published}
    assert len(requests) >= 40
    assert {r["language"] for r in requests} == {"en", "ko", "es"}
    assert len({r["id"] for r in requests}) == len(requests)
    assert any(r["symptom"] for r in requests) and any(r["split"] == "held_out" for r in requests)
    for request in requests:
        assert request["relevant"] and set(request["relevant"]) <= published, request["id"]
        assert request["split"] in ("tuned", "held_out")
        assert request["title"] and request["challenge"]
    groups = subsets(requests)
    assert {"en", "ko", "es", "symptom", "tuned", "held-out"} <= set(groups)


def test_evaluate_scores_the_matcher_and_both_baselines(demo_policies):
    requests = [r for r in load_eval_set() if r["id"].startswith(("night-shift", "fare-card"))]
    report = evaluate(requests)
    assert set(RANKERS) <= set(report)
    for name in RANKERS:
        for label, scores in report[name].items():
            assert 0 <= scores.hit3 <= 1 and 0 <= scores.mrr <= 1 and 0 <= scores.ndcg5 <= 1, (name, label)
    # The Owl Bus case comes first in every language.
    for language in ("en", "ko", "es"):
        assert report["_rankings"]["matcher"][f"night-shift-{language}"][0] == "owl-bus"
    assert report["matcher"]["all"].mrr >= report["sector overlap"]["all"].mrr


def test_baselines_rank_every_published_module(demo_policies):
    request = load_eval_set()[0]
    count = sum(1 for module in demo_policies.values() if module.is_published)
    assert len(sector_baseline(request)) == count == len(keyword_baseline(request))
