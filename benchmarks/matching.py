"""Matching, measured: policy matching against two baselines, and task-force proposals against a greedy one.

    .venv/bin/python benchmarks/matching.py            # everything (about a minute)
    .venv/bin/python benchmarks/matching.py --misses   # also list the requests whose first answer was missed

Creates a throw-away test database (SQLite by default, or DATABASE_URL's server) and seeds the demo data.
Policy matching: Hit@3, MRR and nDCG@5 over tests/matching/eval_set.json, per language, on the symptom-worded
requests, and on the tuned vs held-out parts, for the matcher and two baselines (sector overlap only; plain
keyword search over titles and summaries). Task forces: the proposal for the demo's waiting cases and for a
generated load of 200 cases and 300 experts: constraint violations, total fit vs a greedy assignment, solve time.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path


def policy_report(show_misses: bool) -> None:
    from matching.evaluation import evaluate, load_eval_set

    requests = load_eval_set()
    started = time.perf_counter()
    report = evaluate(requests)
    seconds = time.perf_counter() - started
    print(f"Policy matching: {len(requests)} requests ({seconds:.1f} s for all rankers)\n")
    header = f"{'subset':<12} {'n':>3}  " + "  ".join(f"{name:^23}" for name in report if name != "_rankings")
    print(header)
    print(f"{'':<12} {'':>3}  " + "  ".join(f"{'Hit@3   MRR   nDCG@5':^23}" for name in report if name != "_rankings"))
    labels = list(report["matcher"])
    for label in labels:
        count = report["matcher"][label].count
        cells = []
        for name, by_subset in report.items():
            if name == "_rankings":
                continue
            s = by_subset[label]
            cells.append(f"{s.hit3:5.2f}  {s.mrr:5.2f}  {s.ndcg5:5.2f}  ")
        print(f"{label:<12} {count:>3}  " + "  ".join(f"{cell:^23}" for cell in cells))
    if show_misses:
        print("\nRequests whose labelled first answer is not first:")
        for request in requests:
            ranking = report["_rankings"]["matcher"][request["id"]]
            if ranking[0] != request["relevant"][0]:
                print(f"  {request['id']:<24} got {ranking[:3]} want {request['relevant']}")


def generated_load(cases: int = 200, experts: int = 300, seed: int = 7):
    """A reproducible pool and queue: sectors, languages, past cases, workloads, availability and conflicts."""
    from experts.models import Availability
    from matching.expert_matching import CaseProfile, ExpertProfile
    from policies.reference import SECTORS

    rng = random.Random(seed)
    sectors = [key for key, _label in SECTORS]
    languages = ["en", "es", "fr", "pt", "ru", "mn", "vi", "id", "ar"]
    modules_by_sector = {sector: [index * 10 + n for n in range(4)] for index, sector in enumerate(sectors)}
    companies = [f"Company {n}" for n in range(30)]
    pool = []
    for n in range(experts):
        mine = set(rng.sample(sectors, rng.choice([1, 2, 2, 3])))
        case_sectors, case_modules = {}, {}
        for past in range(rng.randint(0, 6)):
            sector = rng.choice(sorted(mine))
            case_sectors[10_000 + n * 10 + past] = {sector}
            case_modules[10_000 + n * 10 + past] = set(rng.sample(modules_by_sector[sector], 2))
        pool.append(
            ExpertProfile(
                id=n + 1,
                name=f"Expert {n + 1}",
                affiliation=rng.choice(companies) if rng.random() < 0.1 else "The Seoul Institute",
                sectors=mine,
                languages={"ko", "en"} | ({rng.choice(languages)} if rng.random() < 0.5 else set()),
                case_sectors=case_sectors,
                case_modules=case_modules,
                active_cases=rng.choice([0, 0, 0, 1, 1, 2, 3]),
                availability=rng.choices(
                    [Availability.AVAILABLE, Availability.LIMITED, Availability.UNAVAILABLE], [0.8, 0.12, 0.08]
                )[0],
                unavailable_now=rng.random() < 0.03,
            )
        )
    queue = []
    for n in range(cases):
        mine = set(rng.sample(sectors, rng.choice([1, 1, 2])))
        modules = {m: f"Module {m}" for sector in mine for m in rng.sample(modules_by_sector[sector], 2)}
        city_languages = {rng.choice(languages)} | ({"en"} if rng.random() < 0.6 else set())
        involved = {c.lower(): c for c in rng.sample(companies, 1)} if rng.random() < 0.3 else {}
        queue.append(
            CaseProfile(
                id=n + 1,
                title=f"Case {n + 1}",
                city=f"City {n + 1}",
                sectors=mine,
                modules=modules,
                languages=city_languages,
                companies=involved,
            )
        )
    return queue, pool


def task_force_report() -> None:
    from django.conf import settings

    from matching.expert_matching import case_profiles, expert_profiles
    from matching.optimiser import greedy, propose, violations
    from matching.selectors import waiting_cases

    limit = settings.EXPERT_MAX_ACTIVE_CASES
    print(f"\nTask-force proposals (EXPERT_MAX_ACTIVE_CASES = {limit}; a lead expert and one expert per case)\n")
    demo_cases = case_profiles(list(waiting_cases()))
    demo_experts = expert_profiles()
    loads = [
        ("demo data", demo_cases, demo_experts),
        ("generated 200 x 300", *generated_load()),
    ]
    print(
        f"{'load':<22} {'method':<8} {'staffed':>8} {'violations':>10} {'total fit':>10} {'mean fit':>9} {'seconds':>8}"
    )
    for label, cases, experts in loads:
        for method, solve in (("MILP", propose), ("greedy", greedy)):
            solution = solve(cases, experts)
            broken = violations(solution, cases, experts)
            staffed = len({seat.case_id for seat in solution.seats})
            seats = len(solution.seats) or 1
            print(
                f"{label + f' ({len(cases)}/{len(experts)})':<22} {method:<8} {staffed:>4}/{len(cases):<3} "
                f"{len(broken):>10} {solution.total_fit:>10.2f} {solution.total_fit / seats:>9.3f} "
                f"{solution.seconds:>8.3f} {solution.solver_seconds:>8.3f}"
            )
            if method == "MILP" and solution.problems:
                reasons = Counter(message for message in solution.problems.values())
                for message, count in reasons.most_common(3):
                    print(f"{'':<22}   not staffed ({count}): {message[:100]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list requests whose first answer was missed")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "policysharing.settings.test")
    import django

    django.setup()
    from django.test.runner import DiscoverRunner
    from django.test.utils import setup_test_environment, teardown_test_environment

    from demo.seeding import seed_demo

    setup_test_environment()
    runner = DiscoverRunner(verbosity=0, interactive=False)
    old_config = runner.setup_databases()
    try:
        seed_demo(password="benchmark-password")  # noqa: S106 - a throw-away database
        policy_report(args.misses)
        task_force_report()
    finally:
        runner.teardown_databases(old_config)
        teardown_test_environment()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
