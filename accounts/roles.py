"""Who a user is to the portal. Permission checks and the pipeline's move table speak these names."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    SMG_STAFF = "smg_staff", _("SMG staff")
    SUSA_CONSULTANT = "susa_consultant", _("SUSA consultant")
    EXPERT = "expert", _("Expert")
    CITY_OFFICIAL = "city_official", _("Partner-city official")
    PUBLIC = "public", _("Public user")


# The pipeline also knows the system itself as an actor (automatic moves have no user).
SYSTEM = "system"


def is_staff_member(user) -> bool:
    """SMG staff and superusers run the initiative."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.role == Role.SMG_STAFF)
    )


def is_consultant(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active and user.role == Role.SUSA_CONSULTANT)


def is_city_official(user) -> bool:
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.role == Role.CITY_OFFICIAL
        and user.city_id is not None
    )


def works_in_admin(user) -> bool:
    """SMG staff and SUSA consultants run cases in the admin and the staff workspace (/staff/)."""
    return is_staff_member(user) or is_consultant(user)
