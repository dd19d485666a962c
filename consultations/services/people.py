"""People who leave: anonymised on request (Korea's Personal Information Protection Act), history kept.

Here, in the consultations layer, because anonymising a person also scrubs the contact details their cases
copied; see core.archiving for the rules.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.roles import is_staff_member
from consultations.models import Consultation
from core.archiving import ANONYMISED_MARK, mask_audit_history
from core.audit import acting_as
from core.errors import ApplicationError, PermissionDeniedError
from experts.models import Expert

# Personal fields replaced when a person is anonymised (core.archiving explains why).
USER_PERSONAL_FIELDS = ("username", "first_name", "last_name", "email", "phone", "job_title")


def user_anonymise(*, user: User, actor, reason: str = "") -> User:
    """Anonymise a person who left, on request: name, e-mail and phone replaced, the account deactivated.

    The row stays, so the case history (stage moves, messages, uploads) keeps pointing at it. Contact
    details that the person's cases copied (their name or e-mail as the case contact) are replaced too.
    """
    if not is_staff_member(actor):
        raise PermissionDeniedError(_("Only SMG staff can anonymise a person."))
    if user.is_superuser:
        raise ApplicationError(_("A superuser cannot be anonymised; remove the superuser status first."))
    if user.anonymised_at is not None:
        return user
    label = _("Former user %(id)s") % {"id": user.pk}
    old_email = (user.email or "").strip()
    old_name = user.get_full_name().strip()
    with transaction.atomic(), acting_as(actor):
        user.username = f"anonymised-{user.pk}"
        user.first_name = str(label)
        user.last_name = ""
        user.email = ""
        user.phone = ""
        user.job_title = ""
        user.is_active = False
        user.anonymised_at = timezone.now()
        user.set_unusable_password()
        user.save()
        cases = Consultation.objects.none()
        if old_email:
            cases = Consultation.objects.filter(contact_email__iexact=old_email)
        if old_name:
            cases = cases | Consultation.objects.filter(contact_name=old_name, city_id=user.city_id)
        for case in cases.distinct():
            case.contact_name = str(label)
            case.contact_email = ""
            case.contact_phone = ""
            case.save(update_fields=["contact_name", "contact_email", "contact_phone", "updated_at"])
            mask_audit_history(
                record=case, fields=("contact_name", "contact_email", "contact_phone"), object_repr=str(case)
            )
        mask_audit_history(record=user, fields=USER_PERSONAL_FIELDS, object_repr=str(user))
        note_anonymised(user, actor=actor, reason=reason or ANONYMISED_MARK)
    return user


def note_anonymised(record, *, actor, reason: str) -> None:
    """Say in the record's history that it was anonymised, by whom and why (no personal value kept)."""
    from auditlog.models import LogEntry

    entry = LogEntry.objects.get_for_object(record).order_by("-timestamp", "-pk").first()
    if entry is not None:
        LogEntry.objects.filter(pk=entry.pk).update(
            additional_data={"action": "anonymised", "reason": reason, "by": getattr(actor, "pk", None)}
        )


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
