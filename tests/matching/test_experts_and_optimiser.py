"""Expert fit (reasons and warnings) and the task-force optimiser's hard constraints."""

from __future__ import annotations

import pytest
from django.utils import translation

from experts.models import Availability
from matching.expert_matching import (
    CaseProfile,
    ExpertProfile,
    case_profiles,
    case_queryset,
    expert_fit,
    expert_profiles,
)
from matching.optimiser import greedy, propose, violations
from tests import factories


def expert(pk, *, sectors=("transportation",), languages=("en",), active=0, availability="available", **extra):
    return ExpertProfile(
        id=pk,
        name=f"Expert {pk}",
        affiliation=extra.pop("affiliation", "The Seoul Institute"),
        sectors=set(sectors),
        languages=set(languages),
        case_sectors=extra.pop("case_sectors", {}),
        case_modules=extra.pop("case_modules", {}),
        active_cases=active,
        availability=availability,
        **extra,
    )


def case(pk, *, sectors=("transportation",), languages=("en",), companies=(), modules=None, **extra):
    return CaseProfile(
        id=pk,
        title=f"Case {pk}",
        city=f"City {pk}",
        sectors=set(sectors),
        modules=modules or {},
        languages=set(languages),
        companies={name.lower(): name for name in companies},
        **extra,
    )


# ---- expert fit -------------------------------------------------------------------------------------


def test_fit_reasons_state_what_the_expert_shares_with_the_case():
    target = case(1, modules={7: "Owl Bus"})
    veteran = expert(1, case_sectors={99: {"transportation"}}, case_modules={99: {7}})
    with translation.override("en"):
        fit = expert_fit(target, veteran, limit=3)
    assert fit.eligible and 0 < fit.score <= 1
    assert any("Transportation" in reason for reason in fit.reasons)
    assert any("Owl Bus" in reason for reason in fit.reasons)
    assert any("English" in reason for reason in fit.reasons)
    assert any("1 other case" in reason for reason in fit.reasons)
    newcomer = expert(2, sectors=("water",), languages=("ko",))
    assert expert_fit(target, newcomer, limit=3).score < fit.score


def test_the_case_itself_does_not_count_as_experience():
    target = case(1, modules={7: "Owl Bus"})
    member = expert(1, case_sectors={1: {"transportation"}}, case_modules={1: {7}})
    fit = expert_fit(target, member, limit=3)
    assert not any("Owl Bus" in reason for reason in fit.reasons)


@pytest.mark.parametrize(
    ("profile", "blocker", "words"),
    [
        (expert(1, active=3), "over_limit", "limit of 3"),
        (expert(1, availability=Availability.UNAVAILABLE), "unavailable", "Unavailable"),
        (expert(1, unavailable_now=True), "unavailable", "Unavailable"),
        (expert(1, is_active=False), "unavailable", "no longer active"),
        (expert(1, affiliation="Korea Smart Card Co."), "conflict", "Conflict of interest"),
    ],
)
def test_warnings_and_blockers(profile, blocker, words):
    with translation.override("en"):
        fit = expert_fit(case(1, companies=["Korea Smart Card"]), profile, limit=3)
    assert blocker in fit.blockers and not fit.eligible
    assert any(words.lower() in warning.lower() for warning in fit.warnings)


def test_limited_availability_warns_but_does_not_block():
    with translation.override("en"):
        fit = expert_fit(case(1), expert(1, availability=Availability.LIMITED), limit=3)
    assert fit.eligible and any("limited" in warning for warning in fit.warnings)


def test_warnings_are_translated():
    with translation.override("ko"):
        fit = expert_fit(case(1), expert(1, active=5), limit=3)
    assert "한도" in " ".join(fit.warnings)


def test_profiles_from_the_database_see_conflicts_and_workload(db, settings):
    settings.EXPERT_MAX_ACTIVE_CASES = 1
    company = factories.CompanyFactory(name="Korea Smart Card")
    busy = factories.ExpertFactory(name="Busy")
    factories.ExpertFactory(name="Conflicted", affiliation="Korea Smart Card Co., Ltd.")
    factories.TaskForceMemberFactory(expert=busy, consultation=factories.ConsultationFactory(stage="analysis"))
    waiting = factories.ConsultationFactory(stage="screening")
    factories.FundingCommitmentFactory(consultation=waiting, company=company)
    [profile] = case_profiles(list(case_queryset().filter(pk=waiting.pk)))
    experts = {p.name: p for p in expert_profiles()}
    assert experts["Busy"].active_cases == 1
    assert "over_limit" in expert_fit(profile, experts["Busy"]).blockers
    assert "conflict" in expert_fit(profile, experts["Conflicted"]).blockers


# ---- the optimiser ----------------------------------------------------------------------------------


def _check(solution, cases, experts, **options):
    assert violations(solution, cases, experts, **options) == []


def test_each_case_gets_a_lead_and_an_expert_and_the_best_fit_leads():
    cases = [case(1), case(2)]
    experts = [expert(n, case_sectors={100 + n: {"transportation"}} if n < 3 else {}) for n in range(1, 6)]
    solution = propose(cases, experts, limit=3)
    _check(solution, cases, experts, limit=3)
    for pk in (1, 2):
        seats = [seat for seat in solution.seats if seat.case_id == pk]
        assert sorted(seat.role for seat in seats) == ["expert", "lead_expert"]
        lead = next(seat for seat in seats if seat.role == "lead_expert")
        assert lead.fit.score >= max(seat.fit.score for seat in seats)
        assert lead.fit.reasons  # the chosen seats carry their reasons
    assert solution.status == "optimal" and not solution.problems


def test_the_workload_limit_counts_current_cases():
    cases = [case(1), case(2), case(3)]
    star = expert(1, case_sectors={90: {"transportation"}, 91: {"transportation"}}, active=1)
    others = [expert(n, sectors=("water",)) for n in range(2, 8)]
    solution = propose(cases, [star, *others], limit=2)
    _check(solution, cases, [star, *others], limit=2)
    assert sum(seat.expert_id == 1 for seat in solution.seats) == 1


def test_unavailable_and_conflicted_experts_are_never_proposed():
    cases = [case(1, companies=["Acme"])]
    experts = [
        expert(1, affiliation="Acme Transit", case_sectors={90: {"transportation"}}),
        expert(2, availability=Availability.UNAVAILABLE, case_sectors={91: {"transportation"}}),
        expert(3, sectors=("water",)),
        expert(4, sectors=("water",)),
    ]
    solution = propose(cases, experts, limit=3)
    assert {seat.expert_id for seat in solution.seats} == {3, 4}


def test_someone_speaks_the_citys_language():
    cases = [case(1, languages=("es",))]
    experts = [expert(1), expert(2), expert(3, sectors=("water",), languages=("es",))]
    solution = propose(cases, experts, limit=3)
    _check(solution, cases, experts, limit=3)
    assert 3 in {seat.expert_id for seat in solution.seats}


def test_infeasible_cases_are_reported_with_the_reason():
    with translation.override("en"):
        no_speaker = propose([case(1, languages=("am",))], [expert(1), expert(2)], limit=3)
        too_few = propose([case(2)], [expert(1), expert(2, active=3)], limit=3)
        crowded = propose([case(3), case(4)], [expert(1), expert(2), expert(3)], limit=1)
    assert not no_speaker.seats and "speaks a language" in no_speaker.problems[1]
    assert not too_few.seats and "eligible expert" in too_few.problems[2]
    assert len({seat.case_id for seat in crowded.seats}) == 1
    [(unstaffed, message)] = crowded.problems.items()
    assert "Not enough free experts" in message
    _check(crowded, [case(3), case(4)], [expert(1), expert(2), expert(3)], limit=1)


def test_a_case_that_has_its_experts_needs_nothing():
    full = case(1, members={1, 2}, has_lead=True, expert_count=1)
    solution = propose([full], [expert(1), expert(2), expert(3)], limit=3)
    assert solution.seats == [] and not solution.problems


def test_the_optimum_is_at_least_as_good_as_greedy_on_a_generated_load():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.matching import generated_load

    cases, experts = generated_load(cases=25, experts=40, seed=3)
    best = propose(cases, experts, limit=3)
    baseline = greedy(cases, experts, limit=3)
    _check(best, cases, experts, limit=3)
    assert violations(baseline, cases, experts, limit=3) == []
    staffed = len({seat.case_id for seat in best.seats})
    assert staffed >= len({seat.case_id for seat in baseline.seats})
    if staffed == len({seat.case_id for seat in baseline.seats}):
        assert best.total_fit >= baseline.total_fit - 1e-6
