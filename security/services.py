"""Writes of the sign-in security area: personal API tokens and the second factor."""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.roles import is_staff_member
from core.errors import ApplicationError, PermissionDeniedError
from security.models import ApiToken

MAX_ACTIVE_TOKENS_PER_USER = 10

logger = logging.getLogger("security.tokens")


# --- API tokens --------------------------------------------------------------------------------------


def api_token_create(*, user, name: str, days: int | None = None) -> tuple[ApiToken, str]:
    """Create a personal API key for `user`; returns the row and the key, which is never stored or shown again."""
    if user is None or not user.is_authenticated or not user.is_active:
        raise PermissionDeniedError(_("Sign in to create an API key."))
    name = (name or "").strip()
    if not name:
        raise ApplicationError(_("Give the key a name."), code="name_required")
    if len(name) > 100:
        raise ApplicationError(_("The name is too long (100 characters at most)."), code="name_too_long")
    days = settings.API_TOKEN_DEFAULT_DAYS if days is None else days
    if not 1 <= days <= settings.API_TOKEN_MAX_DAYS:
        raise ApplicationError(
            _("A key is valid for 1 to %(max)d days.") % {"max": settings.API_TOKEN_MAX_DAYS}, code="invalid_days"
        )
    with transaction.atomic():
        active = ApiToken.objects.select_for_update().filter(user=user)
        if sum(1 for token in active if not token.is_expired) >= MAX_ACTIVE_TOKENS_PER_USER:
            raise ApplicationError(
                _("You have %(count)d active keys already; revoke one first.") % {"count": MAX_ACTIVE_TOKENS_PER_USER},
                code="too_many_tokens",
            )
        token, key = ApiToken.objects.create(user, expiry=timedelta(days=days), name=name)
    logger.info(
        "API key created: user=%s name=%r prefix=%s expires=%s", user.username, name, token.token_key, token.expiry
    )
    return token, key


def api_token_revoke(*, token: ApiToken, actor) -> None:
    """The owner or SMG staff revoke a key; it stops working at once."""
    if actor is None or not actor.is_authenticated or (actor.pk != token.user_id and not is_staff_member(actor)):
        raise PermissionDeniedError(_("You cannot revoke this key."))
    ApiToken.objects.filter(pk=token.pk).delete()
    logger.info("API key revoked: prefix=%s owner=%s by=%s", token.token_key, token.user_id, actor.username)


# --- Second factor (TOTP + recovery codes, django-otp) -------------------------------------------------


def mfa_needed_for(user) -> bool:
    """SMG staff, SUSA consultants and anyone who may enter the admin need a second factor."""
    from accounts.roles import Role

    return bool(
        user is not None
        and user.is_authenticated
        and (user.is_staff or user.is_superuser or user.role in (Role.SMG_STAFF, Role.SUSA_CONSULTANT))
    )


def totp_device_of(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def totp_enrolment_start(*, user) -> TOTPDevice:
    """An unconfirmed authenticator for `user` (reused while enrolment is unfinished)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    return device


def totp_enrolment_confirm(*, user, device: TOTPDevice, code: str) -> list[str]:
    """Confirm the authenticator with a current code; returns new recovery codes (shown once)."""
    if device.user_id != user.pk or device.confirmed:
        raise PermissionDeniedError(_("This enrolment is not yours or is already finished."))
    if not device.verify_token((code or "").strip().replace(" ", "")):
        raise ApplicationError(_("That code is not right; check your device's clock and try again."), code="bad_code")
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        return recovery_codes_regenerate(user=user)


def recovery_codes_regenerate(*, user) -> list[str]:
    """Replace the user's recovery codes with fresh ones; each works once."""
    count = settings.MFA_RECOVERY_CODE_COUNT
    stored = [secrets.token_hex(8) for _ in range(count)]  # 64 bits each; django-otp keeps 16 characters
    with transaction.atomic():
        device, _created = StaticDevice.objects.get_or_create(user=user, name="recovery", defaults={"confirmed": True})
        device.token_set.all().delete()
        StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in stored])
    return ["-".join(code[i : i + 4] for i in range(0, 16, 4)) for code in stored]  # shown as xxxx-xxxx-xxxx-xxxx


def second_factor_verify(*, user, code: str) -> TOTPDevice | StaticDevice | None:
    """The device that accepts `code` (a 6-digit TOTP code, or a recovery code, which is then used up).

    Each device applies django-otp's growing delay after failures; TOTP codes cannot be replayed.
    """
    code = "".join((code or "").split()).replace("-", "").lower()
    if code.isdigit() and len(code) <= 8:
        device = totp_device_of(user)
    else:
        device = StaticDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        return None
    with transaction.atomic():
        return device if device.verify_token(code) else None


def recovery_codes_left(*, user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def mfa_reset(*, user, actor) -> None:
    """Remove a user's authenticator and recovery codes (staff, e.g. after a lost phone): they enrol again."""
    if not is_staff_member(actor):
        raise PermissionDeniedError(_("Only SMG staff can reset a second factor."))
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    logger.warning("second factor reset: user=%s by=%s", user.username, actor.username)
