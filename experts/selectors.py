"""Reads about experts: their workload (current task forces, stages) and availability.

The pipeline's list of active stages comes from `consultations.pipeline` (a declaration module with no
models of its own); it is imported inside the functions so this lower app does not load the
consultations app at import time.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from experts.models import Availability, Expert


def _active_stage_keys() -> tuple[str, ...]:
    from consultations.pipeline import ACTIVE_STAGE_KEYS

    return ACTIVE_STAGE_KEYS


def active_assignment_q(prefix: str = "") -> Q:
    """Q over task-force rows (or, with a prefix like "assignments__", over experts) for active cases."""
    return Q(**{f"{prefix}released_on__isnull": True, f"{prefix}consultation__stage__in": _active_stage_keys()})


def expert_active_assignments(expert: Expert):
    """The expert's current task-force seats on active cases, with case and city."""
    return (
        expert.assignments.filter(active_assignment_q())
        .select_related("consultation__city")
        .order_by("consultation__stage_entered_at", "pk")
    )


def expert_workload_list(*, only_active_experts: bool = True) -> QuerySet[Expert]:
    """Every expert with `active_cases` annotated and `active_assignments` prefetched (two queries)."""
    from consultations.models import TaskForceMember

    experts = Expert.objects.all()
    if only_active_experts:
        experts = experts.filter(is_active=True)
    return experts.annotate(
        active_cases=Count("assignments", filter=active_assignment_q("assignments__"), distinct=True)
    ).prefetch_related(
        Prefetch(
            "assignments",
            queryset=TaskForceMember.objects.filter(active_assignment_q())
            .select_related("consultation__city")
            .order_by("consultation__stage_entered_at", "pk"),
            to_attr="active_assignments",
        )
    )


@dataclass(frozen=True)
class Workload:
    active_cases: int
    limit: int

    @property
    def over_limit(self) -> bool:
        return self.active_cases > self.limit


def expert_workload(expert: Expert) -> Workload:
    return Workload(active_cases=expert_active_assignments(expert).count(), limit=settings.EXPERT_MAX_ACTIVE_CASES)


def is_unavailable_on(expert: Expert, day: datetime.date) -> bool:
    """Inside the expert's declared unavailability window (an open end counts as open-ended)."""
    if expert.unavailable_from is None and expert.unavailable_until is None:
        return False
    starts = expert.unavailable_from or datetime.date.min
    ends = expert.unavailable_until or datetime.date.max
    return starts <= day <= ends


def availability_warnings(expert: Expert, day: datetime.date) -> list[str]:
    """Why the expert may not be free on `day` (no query)."""
    warnings: list[str] = []
    if not expert.is_active:
        warnings.append(_("%(expert)s is no longer active in the pool.") % {"expert": expert.name})
    if expert.availability == Availability.UNAVAILABLE:
        warnings.append(_("%(expert)s is marked as unavailable.") % {"expert": expert.name})
    elif expert.availability == Availability.LIMITED:
        warnings.append(_("%(expert)s has only limited availability.") % {"expert": expert.name})
    if is_unavailable_on(expert, day):
        warnings.append(
            _("%(expert)s is unavailable from %(start)s to %(end)s.")
            % {
                "expert": expert.name,
                "start": expert.unavailable_from or "…",
                "end": expert.unavailable_until or "…",
            }
        )
    return warnings


def workload_warnings(expert: Expert, active_cases: int, day: datetime.date) -> list[str]:
    """Over the configured limit of active cases, or not available (no query)."""
    limit = settings.EXPERT_MAX_ACTIVE_CASES
    warnings: list[str] = []
    if active_cases > limit:
        warnings.append(
            _("%(expert)s now has %(count)d active cases, more than the limit of %(limit)d.")
            % {"expert": expert.name, "count": active_cases, "limit": limit}
        )
    return warnings + availability_warnings(expert, day)


def expert_assignment_warnings(*, expert: Expert, on: datetime.date | None = None) -> list[str]:
    """Why assigning `expert` (again) may be unwise; warnings only, never a refusal.

    Counts the expert's current active cases (after the assignment, when called once it is saved)
    against `settings.EXPERT_MAX_ACTIVE_CASES`, and looks at the declared availability.
    """
    return workload_warnings(expert, expert_workload(expert).active_cases, on or timezone.localdate())
