"""Writes of the notifications app: the inbox, preferences, and delivery (see delivery.py)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.errors import ApplicationError, PermissionDeniedError
from notifications.delivery import digest_send_daily, event_deliver, outbox_sweep
from notifications.kinds import KIND_BY_KEY, Frequency
from notifications.models import Notification, NotificationPreference

__all__ = [
    "digest_send_daily",
    "event_deliver",
    "notification_mark_all_read",
    "notification_mark_read",
    "outbox_sweep",
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
