"""Who sees which experts and which of their fields: the whole pool and every field for SMG staff; the
active experts' public profiles for everyone else signed in (the API, the admin and the portal agree).
"""

from __future__ import annotations

from django.db.models import QuerySet

from accounts.roles import is_staff_member
from experts.models import Expert

# What anyone signed in may read of a member of the consulting group (no e-mail, account link or pool status).
PUBLIC_EXPERT_FIELDS = (
    "name",
    "name_ko",
    "kind",
    "affiliation",
    "position",
    "sectors",
    "languages",
    "bio",
    "availability",
)


def experts_visible_to(user, queryset: QuerySet[Expert] | None = None) -> QuerySet[Expert]:
    queryset = Expert.objects.all() if queryset is None else queryset
    if is_staff_member(user):
        return queryset
    if user is None or not user.is_authenticated or not user.is_active:
        return queryset.none()
    return queryset.filter(is_active=True)
