"""Experts' workload: their seats on the task forces of active cases, and warnings when staff assign them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.access import case_records_visible_to
from consultations.models import TaskForceMember
from consultations.models.team import active_membership_q
from consultations.pipeline import ACTIVE_STAGE_KEYS
from experts.models import Expert
from experts.selectors import availability_warnings


def active_assignment_q(prefix: str = "") -> Q:
    """Q over task-force rows (or, with a prefix like "assignments__", over experts): current seats on active cases."""
    return active_membership_q(prefix) & Q(**{f"{prefix}consultation__stage__in": ACTIVE_STAGE_KEYS})


def expert_active_assignments(expert: Expert):
    """The expert's current task-force seats on active cases, with case and city."""
    return (
        expert.assignments.filter(active_assignment_q())
        .select_related("consultation__city")
        .order_by("consultation__stage_entered_at", "pk")
    )


def expert_workload_list(*, only_active_experts: bool = True, viewer=None) -> QuerySet[Expert]:
    """Every expert with `active_cases` annotated and `active_assignments` prefetched (two queries).

    With a `viewer`, `active_assignments` holds only the seats on cases the viewer may see (a consultant
    does not learn the titles of other teams' cases); the count stays the expert's whole workload.
    """
    seats = TaskForceMember.objects.filter(active_assignment_q())
    if viewer is not None:
        seats = case_records_visible_to(viewer, seats)
    experts = Expert.objects.all()
    if only_active_experts:
        experts = experts.filter(is_active=True)
    return (
        experts.select_related("organisation")
        .annotate(active_cases=Count("assignments", filter=active_assignment_q("assignments__"), distinct=True))
        .prefetch_related(
            Prefetch(
                "assignments",
                queryset=seats.select_related("consultation__city").order_by("consultation__stage_entered_at", "pk"),
                to_attr="active_assignments",
            )
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
