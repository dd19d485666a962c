"""The thread between a partner city and SMG."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from accounts.roles import Role
from consultations.access import roles_on
from consultations.models import Consultation, Message
from core.audit import acting_as
from core.errors import ApplicationError, PermissionDeniedError
from core.outbox import record_event

MAX_MESSAGE_LENGTH = 10_000


def message_post(
    *,
    consultation: Consultation,
    author,
    body: str,
    is_internal: bool = False,
    is_information_request: bool = False,
) -> Message:
    roles = roles_on(author, consultation)
    if not roles & {Role.CITY_OFFICIAL, Role.SMG_STAFF, Role.SUSA_CONSULTANT, Role.EXPERT}:
        raise PermissionDeniedError(_("You may not write on this case."))
    body = (body or "").strip()
    if not body:
        raise ApplicationError(_("Write a message first."), code="empty_message")
    if len(body) > MAX_MESSAGE_LENGTH:
        raise ApplicationError(
            _("The message is too long (at most %(limit)d characters).") % {"limit": MAX_MESSAGE_LENGTH},
            code="message_too_long",
        )
    if Role.CITY_OFFICIAL in roles:
        # The city can neither write internal notes nor ask itself for information.
        is_internal = False
        is_information_request = False
    if is_internal:
        is_information_request = False
    with acting_as(author), transaction.atomic():
        message = Message.objects.create(
            consultation=consultation,
            author=author,
            body=body,
            is_internal=is_internal,
            is_information_request=is_information_request,
        )
        kind = "message.information_requested" if is_information_request else "message.posted"
        record_event(
            kind=kind,
            consultation=consultation,
            actor=author,
            payload={"message": message.pk, "internal": is_internal},
        )
    return message
