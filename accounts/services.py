"""Writes to accounts: inviting officials, access requests, a user's own profile."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import AccessRequest, AccessRequestStatus, User
from accounts.roles import Role, is_staff_member
from core.errors import ApplicationError, ConflictError, PermissionDeniedError
from core.tasks import enqueue_after_commit

INVITE_TASK = "accounts.tasks.send_invitation"


def _unique_username(email: str) -> str:
    base = (email.split("@")[0] or "official")[:140]
    candidate, n = base, 1
    while User.objects.filter(username__iexact=candidate).exists():
        n += 1
        candidate = f"{base}{n}"
    return candidate


def official_invite(
    *,
    actor,
    city,
    email: str,
    first_name: str = "",
    last_name: str = "",
    job_title: str = "",
    preferred_language: str = "en",
) -> User:
    """Create a partner-city official without a password and e-mail a one-time link to set one.

    The link is a password-reset token: it stops working once the password is set (or after
    PASSWORD_RESET_TIMEOUT), so it can be used once.
    """
    if actor is not None and not is_staff_member(actor):
        raise PermissionDeniedError(_("Only SMG staff can invite officials."))
    email = (email or "").strip().lower()
    if not email:
        raise ApplicationError(_("Give the official's e-mail address."), code="email_required")
    if User.objects.filter(email__iexact=email).exists():
        raise ConflictError(_("An account with this e-mail address already exists."), code="duplicate_email")
    with transaction.atomic():
        user = User(
            username=_unique_username(email),
            email=email,
            first_name=first_name.strip(),
            last_name=last_name.strip(),
            job_title=job_title.strip(),
            role=Role.CITY_OFFICIAL,
            city=city,
            preferred_language=preferred_language or "en",
        )
        user.set_unusable_password()
        try:
            user.save()
        except IntegrityError as clash:
            raise ConflictError(_("This account could not be created; try again."), code="duplicate_user") from clash
        enqueue_after_commit(INVITE_TASK, user.pk)
    return user


def official_reinvite(*, actor, user: User) -> None:
    """Send a fresh one-time link to an official who has not set a password yet."""
    if actor is not None and not is_staff_member(actor):
        raise PermissionDeniedError(_("Only SMG staff can invite officials."))
    if user.has_usable_password():
        raise ApplicationError(_("This official has already set a password."), code="already_active")
    with transaction.atomic():
        enqueue_after_commit(INVITE_TASK, user.pk)


def access_request_create(*, data: dict) -> AccessRequest:
    request = AccessRequest(**data)
    request.full_clean()
    request.save()
    return request


def access_request_approve(*, access_request: AccessRequest, actor, note: str = "") -> AccessRequest:
    """Create the city (as a partner) and its official, and invite the official."""
    from cities.models import City

    if not is_staff_member(actor):
        raise PermissionDeniedError(_("Only SMG staff can approve access requests."))
    with transaction.atomic():
        locked = AccessRequest.objects.select_for_update().get(pk=access_request.pk)
        if locked.status != AccessRequestStatus.PENDING:
            raise ConflictError(_("This access request has already been reviewed."), code="already_reviewed")
        city = City.objects.filter(name__iexact=locked.city_name, country=locked.country).first()
        if city is None:
            city = City.objects.create(
                name=locked.city_name,
                name_local=locked.city_name_local,
                country=locked.country,
                region=locked.region,
                is_partner=True,
            )
        elif not city.is_partner:
            city.is_partner = True
            city.save(update_fields=["is_partner", "updated_at"])
        user = official_invite(
            actor=actor,
            city=city,
            email=locked.email,
            first_name=locked.first_name,
            last_name=locked.last_name,
            job_title=locked.job_title,
            preferred_language=locked.preferred_language,
        )
        locked.status = AccessRequestStatus.APPROVED
        locked.reviewed_at = timezone.now()
        locked.reviewed_by = actor
        locked.review_note = note
        locked.city = city
        locked.user = user
        locked.save()
    return locked


def access_request_reject(*, access_request: AccessRequest, actor, note: str = "") -> AccessRequest:
    if not is_staff_member(actor):
        raise PermissionDeniedError(_("Only SMG staff can review access requests."))
    with transaction.atomic():
        locked = AccessRequest.objects.select_for_update().get(pk=access_request.pk)
        if locked.status != AccessRequestStatus.PENDING:
            raise ConflictError(_("This access request has already been reviewed."), code="already_reviewed")
        locked.status = AccessRequestStatus.REJECTED
        locked.reviewed_at = timezone.now()
        locked.reviewed_by = actor
        locked.review_note = note
        locked.save(update_fields=["status", "reviewed_at", "reviewed_by", "review_note"])
    return locked


PROFILE_FIELDS = ("first_name", "last_name", "email", "job_title", "phone", "preferred_language")


def profile_update(*, user: User, data: dict) -> User:
    for field in PROFILE_FIELDS:
        if field in data:
            setattr(user, field, data[field])
    user.full_clean(exclude=["password", "username"])
    user.save(update_fields=[*[f for f in PROFILE_FIELDS if f in data]])
    return user


# Personal fields replaced when a person is anonymised (core.archiving explains why).
USER_PERSONAL_FIELDS = ("username", "first_name", "last_name", "email", "phone", "job_title")


def user_anonymise(*, user: User, actor, reason: str = "") -> User:
    """Anonymise a person who left, on request: name, e-mail and phone replaced, the account deactivated.

    The row stays, so the case history (stage moves, messages, uploads) keeps pointing at it. Contact
    details that the person's cases copied (their name or e-mail as the case contact) are replaced too.
    """
    from consultations.models import Consultation
    from core.archiving import ANONYMISED_MARK, mask_audit_history
    from core.audit import acting_as

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
