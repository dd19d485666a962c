"""Reads about an expert alone: declared availability (no query)."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _

from experts.models import Availability, Expert


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
