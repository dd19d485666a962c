"""Writes of the notifications app: the inbox, preferences, and delivery (see delivery.py)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import is_staff_member
from core.errors import ApplicationError, PermissionDeniedError
from core.models import OutboxEvent
from core.outbox import outbox_relay
from notifications.delivery import digest_send_daily, event_deliver
from notifications.kinds import KIND_BY_KEY, Frequency
from notifications.models import Delivery, DeliveryStatus, Notification, NotificationPreference

__all__ = [
    "delivery_cancel",
    "delivery_resend",
    "digest_send_daily",
    "event_deliver",
    "notification_mark_all_read",
    "notification_mark_read",
    "outbox_relay",
    "preference_set",
]


class NotificationNotFoundError(ApplicationError):
    status_code = 404
    code = "not_found"


def _require_user(user) -> None:
    if user is None or not user.is_authenticated:
        raise PermissionDeniedError(_("Sign in to manage your notifications."))


def notification_mark_read(*, notification_id: int, user) -> Notification:
    """Mark one of the user's own notifications read (reading it twice changes nothing)."""
    _require_user(user)
    try:
        notification_id = int(notification_id)
    except (TypeError, ValueError) as invalid:
        raise NotificationNotFoundError(_("Unknown notification.")) from invalid
    notification = Notification.objects.filter(pk=notification_id, recipient=user).first()
    if notification is None:
        # Someone else's notification is indistinguishable from a missing one.
        raise NotificationNotFoundError(_("Unknown notification."))
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(read_at=notification.read_at)
    return notification


def notification_mark_all_read(*, user) -> int:
    """Mark all the user's unread notifications read; returns how many changed."""
    _require_user(user)
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(read_at=timezone.now())


def preference_set(*, user, kind: str, frequency: str) -> NotificationPreference:
    """Choose how often the user hears about one kind of event: immediately, daily digest, or off."""
    _require_user(user)
    if kind not in KIND_BY_KEY:
        raise ApplicationError(_("Unknown kind of notification."), code="invalid_kind")
    if frequency not in Frequency.values:
        raise ApplicationError(_("Choose how often: immediately, daily digest or off."), code="invalid_frequency")
    with transaction.atomic():
        preference, _created = NotificationPreference.objects.update_or_create(
            user=user, kind=kind, defaults={"frequency": frequency}
        )
    return preference


def _require_staff(actor) -> None:
    if actor is None or not is_staff_member(actor):
        raise PermissionDeniedError(_("Only SMG staff can resend or cancel e-mails."))


def delivery_resend(*, actor, delivery_ids: Iterable[int]) -> int:
    """Send failed or cancelled e-mails again, with a fresh set of attempts; returns how many.

    The outbox relay publishes their events within OUTBOX_RELAY_INTERVAL_SECONDS (the same
    Message-ID as before, so a copy that did arrive is dropped by the mail client).
    """
    _require_staff(actor)
    now = timezone.now()
    with transaction.atomic():
        chosen = Delivery.objects.filter(
            pk__in=list(delivery_ids), status__in=[DeliveryStatus.FAILED, DeliveryStatus.CANCELLED]
        )
        event_ids = set(chosen.values_list("event_id", flat=True))
        count = chosen.update(status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=now, last_error="")
        OutboxEvent.objects.filter(pk__in=event_ids).update(processed_at=None, next_attempt_at=now)
    return count


def delivery_cancel(*, actor, delivery_ids: Iterable[int]) -> int:
    """Stop retrying e-mails that are waiting or failed (not one being sent right now); returns how many."""
    _require_staff(actor)
    with transaction.atomic():
        chosen = Delivery.objects.filter(
            Q(status=DeliveryStatus.FAILED) | Q(status=DeliveryStatus.PENDING), pk__in=list(delivery_ids)
        )
        event_ids = set(chosen.values_list("event_id", flat=True))
        count = chosen.update(status=DeliveryStatus.CANCELLED, next_attempt_at=None)
        finished = (
            OutboxEvent.objects.filter(pk__in=event_ids, processed_at__isnull=True)
            .exclude(deliveries__status__in=[DeliveryStatus.PENDING, DeliveryStatus.FAILED, DeliveryStatus.SENDING])
            .values_list("pk", flat=True)
        )
        OutboxEvent.objects.filter(pk__in=list(finished)).update(processed_at=timezone.now())
    return count
