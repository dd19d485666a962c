"""Reads of a user's inbox and preferences."""

from __future__ import annotations

from django.db.models import QuerySet

from notifications.kinds import EVENT_KINDS
from notifications.models import Notification, NotificationPreference


def inbox_for(user) -> QuerySet[Notification]:
    """The user's notifications, newest first (empty for anonymous users)."""
    if user is None or not user.is_authenticated:
        return Notification.objects.none()
    return Notification.objects.filter(recipient=user).order_by("-created_at", "-id")


def unread_count(user) -> int:
    if user is None or not user.is_authenticated:
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def preferences_for(user) -> dict[str, str]:
    """Every event kind mapped to the user's frequency (the kind's default where none is chosen)."""
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "frequency"))
    return {kind.key: chosen.get(kind.key, kind.default) for kind in EVENT_KINDS}


def failed_delivery_count(viewer) -> int:
    """E-mails that ran out of quick retries (SMG staff only; 0 for everyone else)."""
    from accounts.roles import is_staff_member
    from notifications.models import Delivery, DeliveryStatus

    if viewer is None or not viewer.is_authenticated or not is_staff_member(viewer):
        return 0
    return Delivery.objects.filter(status=DeliveryStatus.FAILED).count()


def in_language(notifications, language: str) -> list[Notification]:
    """The entries as the person reads them now: one written in another language is rendered again in `language`.

    The inbox follows the page's language (a Korean session shows Korean entries, whatever the profile said when
    the event was delivered); entries of unknown language (written before it was recorded) stay as they are.
    """
    from django.utils import translation

    from notifications import kinds
    from notifications.rendering import render_event

    entries = list(notifications)
    for entry in entries:
        gone = entry.event.consultation_id is None and entry.kind != kinds.ACCESS_REQUESTED  # nothing to render from
        if entry.language and entry.language != language and not gone:
            with translation.override(language):
                rendered = render_event(entry.event, entry.recipient)
            entry.title, entry.body, entry.language = rendered.title, rendered.body, language
    return entries
