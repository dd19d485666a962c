"""Reads for the portal's pages, always through consultations.access."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from accounts.roles import Role
from consultations.access import consultations_visible_to, documents_visible_to, messages_visible_to, roles_on
from consultations.models import Consultation, Document, Recommendation, StageTransition
from consultations.pipeline import PIPELINE_STAGES, STAGE_BY_KEY, Stage, StageKey
from consultations.selectors import consultation_list, consultation_search, stage_due_at
from core.search import contains_any, search_terms
from policies.models import PolicyModule

PUBLIC = AnonymousUser()


# Public pages ------------------------------------------------------------------------------------


POLICY_SEARCH_FIELDS = (
    "title",
    "title_ko",
    "title_es",
    "summary",
    "summary_ko",
    "summary_es",
    "responsible_department",
)


def policy_archive(*, query: str = "", sector: str = "", sdg: int | None = None) -> QuerySet[PolicyModule]:
    modules = PolicyModule.objects.published().select_related("sector").prefetch_related("sdgs")
    query = (query or "").strip()
    if query:
        # Index-backed on PostgreSQL (trigram indexes on these columns, core.search).
        modules = modules.filter(contains_any(POLICY_SEARCH_FIELDS, query))
    if sector:
        modules = modules.filter(sector__key=sector)
    if sdg:
        modules = modules.filter(sdgs__number=sdg)
    return modules.distinct().order_by("sector__order", "title")


def policy_module(*, slug: str) -> PolicyModule:
    return get_object_or_404(
        PolicyModule.objects.published().select_related("sector").prefetch_related("sdgs", "languages"), slug=slug
    )


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
    """Everything the case page shows, each list scoped and with its related rows loaded."""
    history = list(consultation.history.select_related("actor").order_by("created_at", "id"))
    return {
        "history": history,
        "steps": progress_steps(consultation, history),
        "due_at": stage_due_at(consultation),
        "task_force": list(
            consultation.task_force.filter(released_on__isnull=True)
            .select_related("expert", "user")
            .order_by("role", "id")
        ),
        "documents": list(documents_visible_to(user, consultation).select_related("uploaded_by")),
        "recommendations": list(delivered_recommendations(consultation)),
        "thread": list(messages_visible_to(user, consultation).select_related("author")),
        "sectors": list(consultation.sectors.all()),
        "sdgs": list(consultation.sdgs.all()),
        "policy_modules": list(consultation.policy_modules.select_related("sector")),
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
