"""E-mails about an account rather than a case: one delivery to one person, no inbox entry."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.utils import translation

from accounts.emails import EmailContent, invitation_email, password_reset_email
from core.models import OutboxEvent

# Written by accounts.services.
ACCOUNT_INVITED = "account.invited"
RESET_LINK_REQUESTED = "account.password_reset"
EMAIL_ONLY_KINDS = frozenset({ACCOUNT_INVITED, RESET_LINK_REQUESTED})


def account_recipients(event: OutboxEvent) -> list:
    user_id = (event.payload or {}).get("user")
    return list(get_user_model().objects.filter(pk=user_id, is_active=True).select_related("city"))


def render_account_email(event: OutboxEvent, user) -> EmailContent | None:
    """The e-mail's content, or None when there is nothing to send any more."""
    payload = event.payload or {}
    if event.kind == ACCOUNT_INVITED:
        return invitation_email(user)
    if event.kind == RESET_LINK_REQUESTED:
        with translation.override(payload.get("language") or translation.get_language()):
            return password_reset_email(user, payload)
    raise ValueError(f"no account e-mail for events of kind {event.kind!r}")
