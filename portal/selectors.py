"""Reads for the portal's pages, always through consultations.access."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from accounts.roles import Role
from consultations.access import (
    case_parts_for,
    consultations_visible_to,
    documents_visible_to,
    messages_visible_to,
    roles_on,
)
from consultations.models import (
    Activity,
    Consultation,
    Document,
    Recommendation,
    StageTransition,
)
from consultations.outcomes import indicator_series
from consultations.pipeline import PIPELINE_STAGES, STAGE_BY_KEY, Stage, StageKey
from consultations.selectors import consultation_list, consultation_search, stage_due_at
from core.search import search_terms
from policies import selectors as policy_selectors
from policies.models import PolicyModule
from policies.reference import SDG_LABELS
from policies.selectors import ArchiveFilters

PUBLIC = AnonymousUser()


# Public pages ------------------------------------------------------------------------------------


def policy_archive(*, filters: ArchiveFilters) -> QuerySet[PolicyModule]:
    return policy_selectors.policy_archive(filters=filters)


def policy_facets(*, filters: ArchiveFilters) -> list[policy_selectors.Facet]:
    return policy_selectors.policy_facets(filters=filters)


def policy_module(*, slug: str) -> PolicyModule:
    module = policy_selectors.policy_module(slug=slug)
    if module is None:
        raise Http404
    return module


def sdg_page(*, number: int) -> SDGPage:
    """One goal of the Urban SDG platform: Seoul's local actions toward it and the partner cities'
    published cases that work on it."""
    if number not in SDG_LABELS:
        raise Http404
    return SDGPage(
        number=number,
        name=str(SDG_LABELS[number]),
        modules=list(policy_selectors.sdg_actions(number=number)),
        cases=list(published_cases().filter(sdgs__number=number)),
        previous=number - 1 if number - 1 in SDG_LABELS else None,
        next=number + 1 if number + 1 in SDG_LABELS else None,
    )


def sdg_overview():
    return policy_selectors.sdg_overview()


@dataclass(frozen=True)
class SDGPage:
    number: int
    name: str
    modules: list[PolicyModule]
    cases: list[Consultation]
    previous: int | None
    next: int | None


def published_cases(*, query: str = "") -> QuerySet[Consultation]:
    """What anyone may read: the published case summaries (the access layer's public view), optionally
    searched (title, public summary, city name; index-backed on PostgreSQL)."""
    cases = consultations_visible_to(PUBLIC)
    terms = search_terms(query)
    if terms:
        cases = consultation_search(cases, terms=terms, full=False)
    return cases.select_related("city").prefetch_related("sectors", "sdgs").order_by("-submitted_at", "-id")


def published_case(*, pk: int) -> Consultation:
    return get_object_or_404(published_cases().prefetch_related("policy_modules"), pk=pk)


# An official's own cases -------------------------------------------------------------------------


def my_consultations(*, user) -> QuerySet[Consultation]:
    """The cases the user works on: an official's city's cases, a team member's assignments, all for SMG.

    Public users only ever read published summaries; the private pages have nothing for them.
    """
    if user.role == Role.PUBLIC and not user.is_superuser:
        return Consultation.objects.none()
    return consultation_list(viewer=user)


def consultation_for(*, user, pk: int) -> Consultation:
    """A case the user works on, or 404 (other cities' cases look exactly like missing ones)."""
    case = get_object_or_404(consultations_visible_to(user).select_related("city"), pk=pk)
    if not roles_on(user, case):
        raise Http404
    return case


def document_for(*, user, consultation: Consultation, pk: int) -> Document:
    return get_object_or_404(documents_visible_to(user, consultation), pk=pk)


def recommendation_for(*, user, consultation: Consultation, pk: int) -> Recommendation:
    return get_object_or_404(delivered_recommendations(consultation), pk=pk)


def delivered_recommendations(consultation: Consultation) -> QuerySet[Recommendation]:
    return consultation.recommendations.filter(delivered_on__isnull=False).select_related("acknowledged_by")


def consultation_page(*, user, consultation: Consultation) -> dict:
    """Everything the case page shows, each list scoped and with its related rows loaded.

    The parts of the work come from `case_parts_for`, as in the API: the page and the API's answer to the
    same reader always show the same thing.
    """
    history = list(consultation.history.select_related("actor").order_by("created_at", "id"))
    parts = case_parts_for(user)
    return {
        "history": history,
        "steps": progress_steps(consultation, history),
        "due_at": stage_due_at(consultation),
        "parts": parts,
        "task_force": list(
            parts.task_force.filter(consultation=consultation)
            .select_related("expert__organisation", "user__organisation")
            .order_by("role", "id")
        ),
        # Archived rows stay out: reverse relations use the default (all rows) manager, `objects` hides them.
        "activities": list(Activity.objects.filter(consultation=consultation).order_by("starts_on", "id")),
        "site_visits": list(consultation.site_visits.prefetch_related("experts").order_by("starts_on", "id")),
        "funding_commitments": list(
            parts.funding_commitments.filter(consultation=consultation)
            .select_related("source", "company")
            .order_by("committed_on", "id")
        ),
        "indicator_series": indicator_series(viewer=user, consultation=consultation),
        "documents": list(documents_visible_to(user, consultation).select_related("uploaded_by")),
        "recommendations": list(delivered_recommendations(consultation)),
        "thread": list(messages_visible_to(user, consultation).select_related("author")),
        "sectors": list(consultation.sectors.all()),
        "sdgs": list(consultation.sdgs.all()),
        "policy_modules": list(consultation.policy_modules.select_related("sector")),
        "phases": case_phases(consultation, viewer=user),
    }


# The progress tracker ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    stage: Stage
    status: str  # "done", "current", "stopped" or "next"
    due_at: datetime | None = None

    @property
    def is_current(self) -> bool:
        return self.status in ("current", "stopped")


def _reached_stage(consultation: Consultation, history: list[StageTransition]) -> Stage | None:
    """The pipeline stage the case is in, or was last in before it left the pipeline."""
    key = consultation.stage
    if key == StageKey.ON_HOLD:
        return STAGE_BY_KEY.get(consultation.resume_stage)
    if STAGE_BY_KEY[key].is_pipeline_stage:
        return STAGE_BY_KEY[key]
    last = None
    for transition in history:
        for key in (transition.from_stage, transition.to_stage):
            stage = STAGE_BY_KEY.get(key)
            if stage is not None and stage.is_pipeline_stage:
                last = stage
    return last


def progress_steps(consultation: Consultation, history: list[StageTransition]) -> list[Step]:
    """The eight stages read from the pipeline declaration: done, current (with its target date), next."""
    if consultation.stage == StageKey.CLOSED:
        return [Step(stage, "done") for stage in PIPELINE_STAGES]
    reached = _reached_stage(consultation, history)
    stopped = consultation.stage != (reached.key if reached else None)
    steps = []
    for stage in PIPELINE_STAGES:
        if reached is None or stage.order > reached.order:
            steps.append(Step(stage, "next"))
        elif stage.order < reached.order:
            steps.append(Step(stage, "done"))
        elif stopped:
            steps.append(Step(stage, "stopped"))
        else:
            steps.append(Step(stage, "current", stage_due_at(consultation)))
    return steps


# The initiative, its partners and events -----------------------------------------------------------


def initiative_profile():
    """The "About the initiative" content (None on a database without it), its lessons, its institutions."""
    from institutions.models import InitiativeProfile, Organisation

    profile = InitiativeProfile.objects.prefetch_related("lessons").filter(pk=InitiativeProfile.SINGLETON_PK).first()
    organisations = list(Organisation.objects.select_related("parent").order_by("kind", "name"))
    return profile, organisations


def public_events():
    from training.models import Event

    return Event.objects.prefetch_related("participating_cities").order_by("-starts_on", "id")


def company_references(*, pk: int):
    """A company and its roles on published cases (public), or 404."""
    from consultations.partners import companies_for

    return get_object_or_404(companies_for(PUBLIC), pk=pk)


def case_phases(consultation: Consultation, *, viewer) -> list[Consultation]:
    """The other phases of the case's programme that the viewer may see."""
    from consultations.selectors import programme_phases

    if consultation.continues_id is None and consultation.phase_number is None:
        if not Consultation.objects.filter(continues=consultation).exists():
            return []
    phases = programme_phases(consultation, visible=consultations_visible_to(viewer))
    return [phase for phase in phases if phase.pk != consultation.pk]


def company_roles_on(consultation: Consultation) -> list:
    from consultations.models import CompanyRole

    return list(
        CompanyRole.objects.filter(consultation=consultation).select_related("company").order_by("started_on", "id")
    )
