"""Reads of the sign-in security area, scoped to the viewer."""

from __future__ import annotations

from django.db.models import QuerySet

from accounts.roles import is_staff_member
from security.models import ApiToken


def api_tokens_of(*, user) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user).order_by("-created", "-id")


def api_tokens_visible_to(*, viewer) -> QuerySet[ApiToken]:
    """Staff see every key's owner, name, prefix and dates (never the key: it is not stored); others their own."""
    if is_staff_member(viewer):
        return ApiToken.objects.select_related("user").order_by("-created", "-id")
    if viewer is None or not viewer.is_authenticated:
        return ApiToken.objects.none()
    return api_tokens_of(user=viewer).select_related("user")
