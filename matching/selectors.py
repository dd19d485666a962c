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
from policies.models import SDG, Sector

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


MIN_CHALLENGE_LENGTH = 20
SUGGESTIONS = 5


def draft_policy_suggestions(*, viewer, data, limit: int = SUGGESTIONS) -> list[PolicyMatch] | None:
    """Suggestions for a request being written (the portal form's POST data); None while the challenge is short."""
    challenge = (data.get("challenge") or "").strip()
    if len(challenge) < MIN_CHALLENGE_LENGTH:
        return None
    sector_ids = [value for value in data.getlist("sectors") if str(value).isdigit()]
    sdg_ids = [value for value in data.getlist("sdgs") if str(value).isdigit()]
    city = getattr(viewer, "city", None)
    request = PolicyRequest(
        title=(data.get("title") or "")[:200],
        challenge=challenge[:10000],
        expected_outcomes=(data.get("expected_outcomes") or "")[:10000],
        sectors=list(Sector.objects.filter(pk__in=sector_ids).values_list("key", flat=True)),
        sdgs=list(SDG.objects.filter(pk__in=sdg_ids).values_list("number", flat=True)),
        budget_situation=data.get("budget_situation") or "",
        region=city.region if city is not None else "",
    )
    return match_policies(request=request, viewer=viewer, limit=limit)
