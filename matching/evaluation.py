"""Measuring the matcher: Hit@3, MRR and nDCG@5 over a labelled evaluation set, against two baselines.

Used by `benchmarks/matching.py` (which prints the figures) and by the tests (which check the machinery).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from matching.language import SPANISH_STOPWORDS, fold
from matching.policy_matching import PolicyRequest, match_policies
from policies.models import PolicyModule

EVAL_SET = Path(settings.BASE_DIR) / "tests" / "matching" / "eval_set.json"
_WORD = re.compile(r"[a-z0-9ñ]+")
_KO = re.compile(r"[\uac00-\ud7a3]{2,}")
_EN_STOP = frozenset(
    "the and of to in is are for with on our that this from by at as be it we not no have has after every there "
    "their they which when into more than its can cannot city".split()
)

Ranker = Callable[[dict], list[str]]  # an evaluation request -> module slugs, best first


def load_eval_set(path: Path = EVAL_SET) -> list[dict]:
    return json.loads(path.read_text())["requests"]


def hit_at(ranking: list[str], relevant: list[str], k: int = 3) -> float:
    return 1.0 if set(ranking[:k]) & set(relevant) else 0.0


def reciprocal_rank(ranking: list[str], relevant: list[str]) -> float:
    for position, slug in enumerate(ranking, start=1):
        if slug in relevant:
            return 1.0 / position
    return 0.0


def ndcg_at(ranking: list[str], relevant: list[str], k: int = 5) -> float:
    """Graded: the labelled first answer counts 2, the other labelled modules 1."""
    gains = {slug: (2.0 if position == 0 else 1.0) for position, slug in enumerate(relevant)}
    dcg = sum(gains.get(slug, 0.0) / math.log2(position + 2) for position, slug in enumerate(ranking[:k]))
    ideal = sorted(gains.values(), reverse=True)[:k]
    idcg = sum(gain / math.log2(position + 2) for position, gain in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


@dataclass
class Scores:
    count: int
    hit3: float
    mrr: float
    ndcg5: float


def score(rankings: dict[str, list[str]], requests: list[dict]) -> Scores:
    if not requests:
        return Scores(0, 0.0, 0.0, 0.0)
    hits = [hit_at(rankings[r["id"]], r["relevant"]) for r in requests]
    rrs = [reciprocal_rank(rankings[r["id"]], r["relevant"]) for r in requests]
    ndcgs = [ndcg_at(rankings[r["id"]], r["relevant"]) for r in requests]
    n = len(requests)
    return Scores(n, sum(hits) / n, sum(rrs) / n, sum(ndcgs) / n)


def matcher_ranker(request: dict) -> list[str]:
    matches = match_policies(
        request=PolicyRequest(
            title=request["title"], challenge=request["challenge"], sectors=request.get("sectors", [])
        ),
        limit=None,
        reader_language="en",
    )
    return [match.module.slug for match in matches]


def _modules() -> list[PolicyModule]:
    return list(PolicyModule.objects.published().select_related("sector").order_by("pk"))


def sector_baseline(request: dict) -> list[str]:
    """Baseline 1: modules of the request's sectors first (the order of the archive otherwise)."""
    sectors = set(request.get("sectors", []))
    modules = _modules()
    return [m.slug for m in sorted(modules, key=lambda m: (m.sector.key not in sectors, m.pk))]


def _keywords(text: str, language: str) -> set[str]:
    if language == "ko":
        return set(_KO.findall(text))
    stop = _EN_STOP if language == "en" else {fold(word) for word in SPANISH_STOPWORDS}
    return {word for word in _WORD.findall(fold(text)) if len(word) >= 3 and word not in stop}


def keyword_baseline(request: dict) -> list[str]:
    """Baseline 2: plain keyword search: how many of the request's words occur in a module's title and summary."""
    language = request["language"]
    words = _keywords(f"{request['title']} {request['challenge']}", language)
    ranked = []
    for module in _modules():
        text = f"{module.text_in('title', language)} {module.text_in('summary', language)}"
        haystack = text if language == "ko" else fold(text)
        hits = sum(1 for word in words if word in haystack)
        ranked.append((-hits, module.pk, module.slug))
    return [slug for _hits, _pk, slug in sorted(ranked)]


RANKERS: dict[str, Ranker] = {
    "matcher": matcher_ranker,
    "sector overlap": sector_baseline,
    "keyword search": keyword_baseline,
}


def subsets(requests: list[dict]) -> dict[str, list[dict]]:
    groups = {"all": requests}
    for language in ("en", "ko", "es"):
        groups[language] = [r for r in requests if r["language"] == language]
    groups["symptom"] = [r for r in requests if r["symptom"]]
    for language in ("en", "ko", "es"):
        groups[f"symptom {language}"] = [r for r in requests if r["symptom"] and r["language"] == language]
    groups["tuned"] = [r for r in requests if r["split"] == "tuned"]
    groups["held-out"] = [r for r in requests if r["split"] == "held_out"]
    return groups


def evaluate(requests: list[dict] | None = None, rankers: dict[str, Ranker] | None = None) -> dict:
    """{ranker: {subset: Scores}} plus the rankings themselves (under "_rankings")."""
    requests = load_eval_set() if requests is None else requests
    rankers = RANKERS if rankers is None else rankers
    report: dict = {"_rankings": {}}
    for name, ranker in rankers.items():
        rankings = {r["id"]: ranker(r) for r in requests}
        report["_rankings"][name] = rankings
        report[name] = {label: score(rankings, group) for label, group in subsets(requests).items()}
    return report
