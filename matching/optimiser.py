"""The task-force proposal: which experts to put on which waiting cases, solved exactly as a MILP (SciPy's
`milp`, i.e. the HiGHS solver).

Variables: for every eligible (case, expert) pair, `lead[c,e]` and `member[c,e]` (a plain expert seat), binary.
Hard constraints:
  - a case is either staffed completely or not at all (`staffed[c]`, binary): one lead expert (unless it has
    one) and `experts_per_case` plain experts (minus those it already has);
  - nobody holds two seats on one case;
  - nobody goes over `EXPERT_MAX_ACTIVE_CASES`, counting the cases they are on now;
  - unavailable, inactive and conflicted experts are not eligible (no variable at all);
  - at least one member shares a working language with the city (unless a current member already does, or the
    city's languages are unknown).
Objective: first staff as many cases as possible (a large weight per staffed case), then maximise the total
fit (a lead seat counts its fit times LEAD_WEIGHT, so the best-fitting member leads). A case that cannot be
staffed is reported with the reason, never silently dropped.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
from django.conf import settings
from django.utils.translation import gettext as _
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

from matching.expert_matching import CaseProfile, ExpertFit, ExpertProfile, expert_fit

LEAD_WEIGHT = 1.05
STAFFED_WEIGHT = 100.0
TIME_LIMIT_SECONDS = 60.0


@dataclass
class Seat:
    case_id: int
    expert_id: int
    role: str  # "lead_expert" | "expert"
    fit: ExpertFit


@dataclass
class Solution:
    seats: list[Seat]
    problems: dict[int, str]  # case id -> why it could not be staffed
    total_fit: float
    status: str
    seconds: float
    notes: list[str] = field(default_factory=list)
    solver_seconds: float = 0.0


def seats_needed(case: CaseProfile, experts_per_case: int) -> tuple[int, int]:
    return (0 if case.has_lead else 1), max(0, experts_per_case - case.expert_count)


def _why_not(case: CaseProfile, fits: list[ExpertFit], leads: int, plain: int) -> str | None:
    """A reason the case cannot be staffed on its own (before the other cases compete for the same experts)."""
    eligible = [fit for fit in fits if fit.eligible]
    if len(eligible) < leads + plain:
        return _(
            "Only %(count)d eligible expert(s) for %(seats)d seat(s): the others are unavailable, over the workload limit or in a conflict of interest."
        ) % {
            "count": len(eligible),
            "seats": leads + plain,
        }
    if case.languages and not any(fit.shares_language for fit in fits if fit.expert.id in case.members):
        if not any(fit.shares_language for fit in eligible):
            return _("No eligible expert speaks a language of the city (%(languages)s).") % {
                "languages": ", ".join(sorted(case.languages))
            }
    return None


def propose(
    cases: list[CaseProfile],
    experts: list[ExpertProfile],
    *,
    experts_per_case: int = 1,
    limit: int | None = None,
) -> Solution:
    limit = settings.EXPERT_MAX_ACTIVE_CASES if limit is None else limit
    started = time.perf_counter()
    problems: dict[int, str] = {}
    notes: list[str] = []
    fits: dict[tuple[int, int], ExpertFit] = {}
    columns: list[tuple[str, int, int]] = []  # ("lead"|"member"|"staffed", case index, expert index)
    for c, case in enumerate(cases):
        case_fits = [expert_fit(case, expert, limit=limit, explain=False) for expert in experts]
        leads, plain = seats_needed(case, experts_per_case)
        if leads + plain == 0:
            notes.append(_("%(case)s already has its experts.") % {"case": case.title})
            continue
        reason = _why_not(case, case_fits, leads, plain)
        if reason:
            problems[case.id] = reason
            continue
        columns.append(("staffed", c, -1))
        for e, fit in enumerate(case_fits):
            if not fit.eligible:
                continue
            fits[(c, e)] = fit
            if leads:
                columns.append(("lead", c, e))
            if plain:
                columns.append(("member", c, e))
    if not columns:
        return Solution([], problems, 0.0, "nothing_to_solve", time.perf_counter() - started, notes)

    n = len(columns)
    objective = np.zeros(n)
    for j, (kind, c, e) in enumerate(columns):
        if kind == "staffed":
            objective[j] = -STAFFED_WEIGHT
        else:
            objective[j] = -fits[(c, e)].score * (LEAD_WEIGHT if kind == "lead" else 1.0)

    rows, cols, values, lower, upper = [], [], [], [], []
    row = 0

    def add(entries: list[tuple[int, float]], lo: float, hi: float) -> None:
        nonlocal row
        for column, value in entries:
            rows.append(row)
            cols.append(column)
            values.append(value)
        lower.append(lo)
        upper.append(hi)
        row += 1

    by_case: dict[int, dict[str, list[int]]] = {}
    by_pair: dict[tuple[int, int], list[int]] = {}
    by_expert: dict[int, list[int]] = {}
    for j, (kind, c, e) in enumerate(columns):
        by_case.setdefault(c, {"lead": [], "member": [], "staffed": []})[kind].append(j)
        if kind != "staffed":
            by_pair.setdefault((c, e), []).append(j)
            by_expert.setdefault(e, []).append(j)
    for c, groups in by_case.items():
        case = cases[c]
        leads, plain = seats_needed(case, experts_per_case)
        staffed = groups["staffed"][0]
        if leads:
            add([(j, 1.0) for j in groups["lead"]] + [(staffed, -1.0)], 0, 0)
        if plain:
            add([(j, 1.0) for j in groups["member"]] + [(staffed, -float(plain))], 0, 0)
        members_share = any(
            expert_fit(case, experts[e], limit=limit, explain=False).shares_language
            for e in range(len(experts))
            if experts[e].id in case.members
        )
        if case.languages and not members_share:
            speakers = [j for j in groups["lead"] + groups["member"] if fits[(c, columns[j][2])].shares_language]
            add([(j, 1.0) for j in speakers] + [(staffed, -1.0)], 0, np.inf)
    for columns_of_pair in by_pair.values():
        if len(columns_of_pair) > 1:
            add([(j, 1.0) for j in columns_of_pair], 0, 1)
    for e, columns_of_expert in by_expert.items():
        add([(j, 1.0) for j in columns_of_expert], 0, max(0, limit - experts[e].active_cases))

    matrix = coo_array((values, (rows, cols)), shape=(row, n)).tocsr()
    solve_started = time.perf_counter()
    result = milp(
        objective,
        constraints=LinearConstraint(matrix, lower, upper),
        integrality=np.ones(n),
        bounds=Bounds(0, 1),
        options={"time_limit": TIME_LIMIT_SECONDS},
    )
    solver_seconds = time.perf_counter() - solve_started
    seconds = time.perf_counter() - started
    notes.append(f"solver: {solver_seconds:.3f} s for {n} variables and {row} constraints")
    if result.x is None:
        for c in by_case:
            problems[cases[c].id] = _("The solver found no assignment (%(message)s).") % {"message": result.message}
        return Solution([], problems, 0.0, "failed", seconds, notes)
    chosen = np.round(result.x).astype(int)
    seats: list[Seat] = []
    for j, (kind, c, e) in enumerate(columns):
        if chosen[j] and kind != "staffed":
            fit = expert_fit(cases[c], experts[e], limit=limit)  # with the reasons, for the chosen seats only
            seats.append(Seat(cases[c].id, experts[e].id, "lead_expert" if kind == "lead" else "expert", fit))
    staffed_cases = {seat.case_id for seat in seats}
    for c in by_case:
        if cases[c].id not in staffed_cases:
            problems[cases[c].id] = _(
                "Not enough free experts for this case once the other cases are staffed: the pool's free seats run out."
            )
    seats.sort(key=lambda seat: (seat.case_id, seat.role != "lead_expert", -seat.fit.score))
    total = round(sum(seat.fit.score for seat in seats), 4)
    status = "optimal" if result.status == 0 else ("time_limit" if result.status == 1 else str(result.status))
    return Solution(seats, problems, total, status, seconds, notes, solver_seconds)


def greedy(
    cases: list[CaseProfile], experts: list[ExpertProfile], *, experts_per_case: int = 1, limit: int | None = None
) -> Solution:
    """The baseline: case by case, take the best eligible experts still free (a language speaker first if needed)."""
    limit = settings.EXPERT_MAX_ACTIVE_CASES if limit is None else limit
    started = time.perf_counter()
    used = {expert.id: expert.active_cases for expert in experts}
    seats: list[Seat] = []
    problems: dict[int, str] = {}
    for case in cases:
        leads, plain = seats_needed(case, experts_per_case)
        fits = sorted(
            (
                fit
                for fit in (expert_fit(case, expert, limit=limit, explain=False) for expert in experts)
                if fit.eligible
            ),
            key=lambda fit: -fit.score,
        )
        fits = [fit for fit in fits if used[fit.expert.id] < limit]
        needed = leads + plain
        if needed == 0:
            continue
        team: list[ExpertFit] = []
        if case.languages:
            speaker = next((fit for fit in fits if fit.shares_language), None)
            if speaker is None:
                problems[case.id] = "no speaker"
                continue
            team.append(speaker)
        team += [fit for fit in fits if fit not in team][: needed - len(team)]
        if len(team) < needed:
            problems[case.id] = "not enough experts"
            continue
        team.sort(key=lambda fit: -fit.score)
        for position, fit in enumerate(team):
            used[fit.expert.id] += 1
            role = "lead_expert" if leads and position == 0 else "expert"
            seats.append(Seat(case.id, fit.expert.id, role, expert_fit(case, fit.expert, limit=limit)))
    total = round(sum(seat.fit.score for seat in seats), 4)
    return Solution(seats, problems, total, "greedy", time.perf_counter() - started)


def violations(
    solution: Solution,
    cases: list[CaseProfile],
    experts: list[ExpertProfile],
    *,
    experts_per_case: int = 1,
    limit: int | None = None,
) -> list[str]:
    """Every hard constraint the solution breaks (the benchmark and the tests count them)."""
    limit = settings.EXPERT_MAX_ACTIVE_CASES if limit is None else limit
    by_id = {expert.id: expert for expert in experts}
    cases_by_id = {case.id: case for case in cases}
    found: list[str] = []
    load = {expert.id: expert.active_cases for expert in experts}
    per_case: dict[int, list[Seat]] = {}
    for seat in solution.seats:
        per_case.setdefault(seat.case_id, []).append(seat)
        load[seat.expert_id] += 1
        fit = expert_fit(cases_by_id[seat.case_id], by_id[seat.expert_id], limit=limit, explain=False)
        for blocker in sorted(fit.blockers - {"over_limit"}):
            found.append(f"case {seat.case_id}: expert {seat.expert_id} is {blocker}")
    for expert_id, count in load.items():
        if count > max(limit, by_id[expert_id].active_cases):
            found.append(f"expert {expert_id}: {count} active cases > {limit}")
    for case_id, seats in per_case.items():
        case = cases_by_id[case_id]
        leads, plain = seats_needed(case, experts_per_case)
        if sum(seat.role == "lead_expert" for seat in seats) != leads:
            found.append(f"case {case_id}: lead expert count")
        if sum(seat.role == "expert" for seat in seats) != plain:
            found.append(f"case {case_id}: expert count")
        if len({seat.expert_id for seat in seats}) != len(seats):
            found.append(f"case {case_id}: one expert in two seats")
        team = [by_id[seat.expert_id] for seat in seats] + [by_id[pk] for pk in case.members if pk in by_id]
        if case.languages and not any(expert.languages & case.languages for expert in team):
            found.append(f"case {case_id}: nobody shares a language with the city")
    return found
