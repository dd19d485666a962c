"""Writes to accounts: inviting officials, access requests, password resets, a user's own profile.

Every e-mail these cause is an outbox event recorded in the same transaction (core.outbox): the
notifications app delivers it after commit, retries it, and staff see it if it fails.
"""

from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import AccessRequest, AccessRequestStatus, User
from accounts.roles import Role, is_staff_member
from core.errors import ApplicationError, ConflictError, PermissionDeniedError
from core.outbox import record_event
from core.tasks import enqueue_after_commit

# Event kinds written here (notifications.kinds and notifications.account_emails know them).
ACCOUNT_INVITED = "account.invited"
RESET_LINK_REQUESTED = "account.password_reset"
ACCESS_REQUESTED = "access_request.submitted"


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
        record_event(kind=ACCOUNT_INVITED, actor=actor, payload={"user": user.pk})
    return user


def official_reinvite(*, actor, user: User) -> None:
    """Send a fresh one-time link to an official who has not set a password yet."""
    if actor is not None and not is_staff_member(actor):
        raise PermissionDeniedError(_("Only SMG staff can invite officials."))
    if user.has_usable_password():
        raise ApplicationError(_("This official has already set a password."), code="already_active")
    with transaction.atomic():
        record_event(kind=ACCOUNT_INVITED, actor=actor, payload={"user": user.pk})


EXISTING_ACCOUNT_NOTICE_TASK = "accounts.tasks.send_existing_account_notice"


def access_request_create(*, data: dict) -> AccessRequest | None:
    """Record a public access request; the caller answers the same way whatever happens here.

    When the e-mail address already has an account, no request is recorded: the account holder is told by
    e-mail (how to sign in or reset the password), so the public form never reveals which addresses have
    accounts. Returns the request, or None in that case.
    """
    email = (data.get("email") or "").strip().lower()
    existing = User.objects.filter(email__iexact=email, is_active=True).first() if email else None
    with transaction.atomic():
        if existing is not None:
            enqueue_after_commit(EXISTING_ACCOUNT_NOTICE_TASK, existing.pk)
            return None
        request = AccessRequest(**{**data, "email": email})
        request.full_clean()
        request.save()
        record_event(kind=ACCESS_REQUESTED, payload={"access_request": request.pk})
    return request


def password_reset_email_send(
    *,
    user: User,
    to_email: str,
    domain: str,
    site_name: str,
    protocol: str,
    subject_template_name: str,
    email_template_name: str,
    html_email_template_name: str | None = None,
    language: str = "",
) -> None:
    """E-mail a password reset link through the outbox; the link's token is made when it is sent."""
    with transaction.atomic():
        record_event(
            kind=RESET_LINK_REQUESTED,
            payload={
                "user": user.pk,
                "to": to_email,
                "domain": domain,
                "site_name": site_name,
                "protocol": protocol,
                "subject_template_name": subject_template_name,
                "email_template_name": email_template_name,
                "html_email_template_name": html_email_template_name or "",
                "language": language,
            },
        )


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


def preferred_language_set(*, user: User, language: str) -> User:
    """The language chosen in the page header becomes the profile's, so the inbox and e-mails follow it."""
    codes = {code for code, _name in settings.LANGUAGES}
    if language in codes and user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
    return user
