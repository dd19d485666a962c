"""Reads for matching, scoped to the viewer (`consultations.access` decides who sees a case and its team)."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from accounts.roles import Role, is_staff_member
from consultations.access import consultations_visible_to, roles_on
from consultations.models import Consultation
from consultations.pipeline import StageKey
from matching.expert_matching import ExpertFit, case_profiles, case_queryset, expert_profiles, rank_experts
from matching.models import ProposedMember, TaskForceProposal
from matching.policy_matching import PolicyMatch, PolicyRequest, match_policies

WAITING_STAGES = (StageKey.SCREENING, StageKey.TASK_FORCE)
EXPERT_LIMIT = 10
FALLBACK_MODULES = 3


def may_see_experts(viewer, consultation: Consultation) -> bool:
    """Expert matches are for SMG staff and the case team (SUSA coordinator, experts), never for the city."""
    return bool(roles_on(viewer, consultation) & {Role.SMG_STAFF, Role.SUSA_CONSULTANT, Role.EXPERT})


def consultation_for_matching(*, viewer, pk) -> Consultation:
    """The case if the viewer may see it (404 otherwise), loaded for matching."""
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        case_queryset().prefetch_related("sdgs").filter(pk__in=consultations_visible_to(viewer).values("pk")), pk=pk
    )


def consultation_policy_matches(
    *, consultation: Consultation, viewer, limit: int | None = 10, reader_language: str | None = None
) -> list[PolicyMatch]:
    return match_policies(
        request=PolicyRequest.from_consultation(consultation),
        viewer=viewer,
        limit=limit,
        reader_language=reader_language,
    )


def consultation_expert_matches(
    *, consultation: Consultation, policies: list[PolicyMatch] | None = None, limit: int | None = EXPERT_LIMIT
) -> list[ExpertFit]:
    """The pool ranked for this case (eligible experts first); no permission check: callers ask may_see_experts."""
    fallback = {}
    if policies:
        fallback = {consultation.pk: {m.module.pk: m.module.localized_title for m in policies[:FALLBACK_MODULES]}}
    case = case_profiles([consultation], fallback_modules=fallback)[0]
    fits = rank_experts(case, expert_profiles())
    return fits[:limit] if limit is not None else fits


def consultation_matches(*, consultation: Consultation, viewer, reader_language: str | None = None) -> dict:
    policies = consultation_policy_matches(consultation=consultation, viewer=viewer, reader_language=reader_language)
    experts = (
        consultation_expert_matches(consultation=consultation, policies=policies)
        if may_see_experts(viewer, consultation)
        else None
    )
    return {"policies": policies, "experts": experts}


def waiting_cases() -> QuerySet[Consultation]:
    """Cases in screening or waiting for their task force, oldest first."""
    return case_queryset().filter(stage__in=WAITING_STAGES).order_by("stage_entered_at", "pk")


def proposals_visible_to(viewer) -> QuerySet[TaskForceProposal]:
    if not is_staff_member(viewer):
        return TaskForceProposal.objects.none()
    return TaskForceProposal.objects.select_related("created_by", "decided_by").prefetch_related(
        Prefetch(
            "members",
            queryset=ProposedMember.objects.select_related("expert", "consultation__city").order_by(
                "consultation_id", "role", "-score"
            ),
        ),
        Prefetch("consultations", queryset=Consultation.objects.select_related("city")),
    )
