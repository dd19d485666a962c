"""Writes to the expert pool that are more than a form save: anonymising an expert who left."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import is_staff_member
from accounts.services import note_anonymised, user_anonymise
from core.archiving import mask_audit_history
from core.audit import acting_as
from core.errors import PermissionDeniedError
from experts.models import Expert

EXPERT_PERSONAL_FIELDS = ("name", "name_ko", "email", "phone", "bio", "position")


def expert_anonymise(*, expert: Expert, actor, reason: str = "") -> Expert:
    """Anonymise an expert who left: name, e-mail, phone and biography replaced, out of the pool.

    Assignments, site visits and recommendations keep pointing at the same row ("Former expert 12").
    """
    if not is_staff_member(actor):
        raise PermissionDeniedError(_("Only SMG staff can anonymise a person."))
    if expert.anonymised_at is not None:
        return expert
    with transaction.atomic(), acting_as(actor):
        expert.name = str(_("Former expert %(id)s") % {"id": expert.pk})
        expert.name_ko = ""
        expert.email = ""
        expert.phone = ""
        expert.bio = ""
        expert.position = ""
        expert.is_active = False
        expert.anonymised_at = timezone.now()
        expert.save()
        mask_audit_history(record=expert, fields=EXPERT_PERSONAL_FIELDS, object_repr=expert.name)
        note_anonymised(expert, actor=actor, reason=reason)
        if expert.user_id is not None and expert.user.anonymised_at is None and not expert.user.is_superuser:
            user_anonymise(user=expert.user, actor=actor, reason=reason)
    return expert
