"""Who sees which policy modules: the published archive for everyone, drafts for SMG staff only.

The API, the portal's archive and the admin read this, so a draft module never shows up for a role that
cannot see it in one of them.
"""

from __future__ import annotations

from django.db.models import QuerySet

from accounts.roles import is_staff_member
from policies.models import PolicyModule


def policy_modules_visible_to(user, queryset: QuerySet[PolicyModule] | None = None) -> QuerySet[PolicyModule]:
    queryset = PolicyModule.objects.all() if queryset is None else queryset
    return queryset if is_staff_member(user) else queryset.published()
