"""Writes for matching: task-force proposals (create, edit, accept, discard). Only SMG staff."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import is_staff_member
from consultations.models import Consultation, TaskForceMember
from consultations.services.task_force import task_force_assign
from core.errors import ApplicationError, PermissionDeniedError
from experts.models import Expert
from matching.expert_matching import case_profiles, case_queryset, expert_fit, expert_profiles
from matching.models import ProposalRole, ProposalStatus, ProposedMember, TaskForceProposal
from matching.optimiser import propose
from matching.policy_matching import PolicyRequest, match_policies
from matching.selectors import FALLBACK_MODULES, WAITING_STAGES

MAX_CASES_PER_PROPOSAL = 500


def _require_staff(actor) -> None:
    if not is_staff_member(actor):
        raise PermissionDeniedError(_("Only SMG staff can propose and accept task forces."))


def _fallback_modules(cases: list[Consultation], actor) -> dict[int, dict[int, str]]:
    """For cases that name no Seoul policy, the best policy matches stand in (what the experts should know)."""
    fallback = {}
    for case in cases:
        if not case.policy_modules.all():
            matches = match_policies(
                request=PolicyRequest.from_consultation(case), viewer=actor, limit=FALLBACK_MODULES
            )
            fallback[case.pk] = {match.module.pk: match.module.localized_title for match in matches}
    return fallback


def task_force_proposal_create(
    *, consultations: list[int] | None, actor, experts_per_case: int = 1
) -> TaskForceProposal:
    """Solve the assignment for the given cases (default: every case waiting in screening or task force)."""
    _require_staff(actor)
    if experts_per_case < 1 or experts_per_case > 5:
        raise ApplicationError(_("A task force has between one and five experts besides its lead."), code="invalid")
    queryset = case_queryset().prefetch_related("sdgs")
    if consultations is None:
        cases = list(queryset.filter(stage__in=WAITING_STAGES).order_by("stage_entered_at", "pk"))
    else:
        ids = list(dict.fromkeys(consultations))
        if not ids:
            raise ApplicationError(_("Choose at least one case."), code="no_cases")
        if len(ids) > MAX_CASES_PER_PROPOSAL:
            raise ApplicationError(_("Too many cases for one proposal."), code="too_many_cases")
        cases = list(queryset.filter(pk__in=ids).order_by("stage_entered_at", "pk"))
        missing = sorted(set(ids) - {case.pk for case in cases})
        if missing:
            raise ApplicationError(
                _("No such case: %(ids)s.") % {"ids": ", ".join(map(str, missing))},
                code="unknown_case",
                extra={"consultations": missing},
            )
        closed = [case.pk for case in cases if case.stage not in WAITING_STAGES]
        if closed:
            raise ApplicationError(
                _("Only cases in screening or waiting for their task force get a proposal: %(ids)s.")
                % {"ids": ", ".join(map(str, closed))},
                code="not_waiting",
                extra={"consultations": closed},
            )
    if not cases:
        raise ApplicationError(_("No case is waiting for a task force."), code="no_cases")
    profiles = case_profiles(cases, fallback_modules=_fallback_modules(cases, actor))
    solution = propose(profiles, expert_profiles(), experts_per_case=experts_per_case)
    with transaction.atomic():
        proposal = TaskForceProposal.objects.create(
            created_by=actor,
            total_fit=solution.total_fit,
            solver_status=solution.status,
            solve_seconds=round(solution.seconds, 4),
            problems=[{"consultation": pk, "message": message} for pk, message in sorted(solution.problems.items())],
        )
        proposal.consultations.set(cases)
        ProposedMember.objects.bulk_create(
            ProposedMember(
                proposal=proposal,
                consultation_id=seat.case_id,
                expert_id=seat.expert_id,
                role=seat.role,
                score=seat.fit.score,
                reasons=seat.fit.reasons,
                warnings=seat.fit.warnings,
            )
            for seat in solution.seats
        )
    return proposal


def _editable(proposal: TaskForceProposal) -> TaskForceProposal:
    locked = TaskForceProposal.objects.select_for_update().get(pk=proposal.pk)
    if locked.status != ProposalStatus.PROPOSED:
        raise ApplicationError(_("This proposal was already accepted or discarded."), code="proposal_closed")
    return locked


def task_force_proposal_set_member(
    *, proposal: TaskForceProposal, actor, consultation: Consultation, expert: Expert, role: str
) -> ProposedMember:
    """Staff's edit: make `expert` the case's lead expert (replacing the proposed one) or add them as an expert."""
    _require_staff(actor)
    if role not in ProposalRole.values:
        raise ApplicationError(_("Unknown task-force role."), code="invalid_role")
    with transaction.atomic():
        proposal = _editable(proposal)
        if not proposal.consultations.filter(pk=consultation.pk).exists():
            raise ApplicationError(_("This case is not part of the proposal."), code="unknown_case")
        case = case_profiles(list(case_queryset().filter(pk=consultation.pk)))[0]
        profile = next((p for p in expert_profiles() if p.id == expert.pk), None)
        fit = expert_fit(case, profile)
        members = proposal.members.filter(consultation=consultation)
        if role == ProposalRole.LEAD_EXPERT:
            members.filter(role=ProposalRole.LEAD_EXPERT).exclude(expert=expert).update(role=ProposalRole.EXPERT)
        member, _created = ProposedMember.objects.update_or_create(
            proposal=proposal,
            consultation=consultation,
            expert=expert,
            defaults={"role": role, "score": fit.score, "reasons": fit.reasons, "warnings": fit.warnings},
        )
    return member


def task_force_proposal_remove_member(*, proposal: TaskForceProposal, actor, member_id: int) -> None:
    _require_staff(actor)
    with transaction.atomic():
        proposal = _editable(proposal)
        deleted, _rows = proposal.members.filter(pk=member_id).delete()
        if not deleted:
            raise ApplicationError(_("No such member in this proposal."), code="unknown_member")


def proposal_violations(proposal: TaskForceProposal) -> list[str]:
    """The hard rules the (possibly edited) proposal breaks today, in the reader's language."""
    members = list(proposal.members.select_related("expert", "consultation"))
    case_ids = {member.consultation_id for member in members}
    cases = {case.id: case for case in case_profiles(list(case_queryset().filter(pk__in=case_ids)))}
    experts = {profile.id: profile for profile in expert_profiles()}
    limit = settings.EXPERT_MAX_ACTIVE_CASES
    problems: list[str] = []
    seats: dict[int, int] = {}
    for member in members:
        seats[member.expert_id] = seats.get(member.expert_id, 0) + 1
        fit = expert_fit(cases[member.consultation_id], experts[member.expert_id], limit=limit)
        for blocker in sorted(fit.blockers - {"over_limit"}):
            message = {
                "member": _("%(expert)s is already on the task force of “%(case)s”."),
                "unavailable": _("%(expert)s is not available for “%(case)s”."),
                "conflict": _("%(expert)s has a conflict of interest on “%(case)s”."),
            }[blocker]
            problems.append(message % {"expert": member.expert.name, "case": member.consultation.title})
    for expert_id, count in seats.items():
        if experts[expert_id].active_cases + count > limit:
            problems.append(
                _("%(expert)s would have %(count)d active cases, more than the limit of %(limit)d.")
                % {"expert": experts[expert_id].name, "count": experts[expert_id].active_cases + count, "limit": limit}
            )
    for case_id, case in cases.items():
        mine = [member for member in members if member.consultation_id == case_id]
        title = mine[0].consultation.title
        if not case.has_lead and not any(member.role == ProposalRole.LEAD_EXPERT for member in mine):
            problems.append(_("“%(case)s” has no lead expert.") % {"case": title})
        if case.expert_count == 0 and not any(member.role == ProposalRole.EXPERT for member in mine):
            problems.append(_("“%(case)s” needs at least one expert besides the lead.") % {"case": title})
        team = [experts[member.expert_id] for member in mine] + [experts[pk] for pk in case.members if pk in experts]
        if case.languages and not any(expert.languages & case.languages for expert in team):
            problems.append(
                _("Nobody on the task force of “%(case)s” speaks a language of the city.") % {"case": title}
            )
    return problems


def task_force_proposal_accept(*, proposal: TaskForceProposal, actor) -> list[TaskForceMember]:
    """Assign every proposed member through the task-force service (history, notifications, automatic move)."""
    _require_staff(actor)
    with transaction.atomic():
        proposal = _editable(proposal)
        if not proposal.members.exists():
            raise ApplicationError(_("The proposal has nobody to assign."), code="empty_proposal")
        problems = proposal_violations(proposal)
        if problems:
            raise ApplicationError(
                _("The proposal breaks a rule: %(problems)s") % {"problems": " ".join(problems)},
                code="proposal_invalid",
                extra={"problems": problems},
            )
        assigned = [
            task_force_assign(consultation=member.consultation, actor=actor, role=member.role, expert=member.expert)
            for member in proposal.members.select_related("consultation", "expert").order_by("consultation_id", "role")
        ]
        proposal.status = ProposalStatus.ACCEPTED
        proposal.decided_by = actor
        proposal.decided_at = timezone.now()
        proposal.save(update_fields=["status", "decided_by", "decided_at", "updated_at"])
    return assigned


def task_force_proposal_discard(*, proposal: TaskForceProposal, actor) -> TaskForceProposal:
    _require_staff(actor)
    with transaction.atomic():
        proposal = _editable(proposal)
        proposal.status = ProposalStatus.DISCARDED
        proposal.decided_by = actor
        proposal.decided_at = timezone.now()
        proposal.save(update_fields=["status", "decided_by", "decided_at", "updated_at"])
    return proposal
