"""The in-app inbox, e-mail deliveries and each user's preferences.

Idempotency lives in the schema: one inbox row per (event, recipient) and one delivery per
(event, recipient, channel), so a delivery run that happens twice (redelivered after a crash, or
published again by the outbox relay) writes each inbox row once. E-mail itself is at-least-once: a
crash between the SMTP server accepting a message and the row being marked sent sends it again,
with the same Message-ID (see notifications/delivery.py).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from notifications.kinds import KIND_CHOICES, Frequency


class Notification(models.Model):
    """One inbox entry, rendered in the recipient's language when the event was delivered."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    event = models.ForeignKey(
        "core.OutboxEvent", verbose_name=_("event"), on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=64, choices=KIND_CHOICES, db_index=True)
    title = models.CharField(_("title"), max_length=255)
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    # The language title and text were written in; the inbox renders the entry again in the page's language.
    language = models.CharField(_("language"), max_length=8, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "recipient"], name="notification_once_per_event_and_recipient"),
        ]
        indexes = [models.Index(fields=["recipient", "read_at"], name="notification_unread_idx")]

    def __str__(self) -> str:
        return self.title

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class Channel(models.TextChoices):
    EMAIL = "email", _("E-mail")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    DIGEST = "digest", _("Waiting for the daily digest")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed; retried now and then")
    SKIPPED = "skipped", _("Skipped (no address, or no longer needed)")
    CANCELLED = "cancelled", _("Cancelled by staff")


class Delivery(models.Model):
    """One message on one channel for one recipient of an event.

    `attempts` counts every try to send it. While it is `pending`, `next_attempt_at` is when the next
    try is due (exponential back-off); after NOTIFICATIONS_MAX_ATTEMPTS it is `failed` and tried again
    every NOTIFICATIONS_RETRY_FAILED_AFTER_SECONDS until it is sent or staff cancel it.
    """

    event = models.ForeignKey(
        "core.OutboxEvent", verbose_name=_("event"), on_delete=models.CASCADE, related_name="deliveries"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recipient"), on_delete=models.CASCADE, related_name="+"
    )
    notification = models.ForeignKey(
        Notification,
        verbose_name=_("notification"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    # The daily digest (an outbox event per recipient and date) that sends this e-mail, once it is bound to one.
    digest = models.ForeignKey(
        "core.OutboxEvent",
        verbose_name=_("daily digest"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="digest_items",
    )
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices, default=Channel.EMAIL)
    status = models.CharField(
        _("status"), max_length=16, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING, db_index=True
    )
    address = models.CharField(_("address"), max_length=254, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "recipient", "channel"], name="delivery_once_per_event_recipient_channel"
            ),
            models.CheckConstraint(name="delivery_status_valid", condition=Q(status__in=DeliveryStatus.values)),
            models.CheckConstraint(name="delivery_channel_valid", condition=Q(channel__in=Channel.values)),
        ]
        indexes = [models.Index(fields=["status", "recipient"], name="delivery_status_recipient_idx")]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} → {self.address or self.recipient_id} ({self.get_status_display()})"


class NotificationPreference(models.Model):
    """How often a user hears about one kind of event; no row means the kind's default."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notification_preferences",
    )
    kind = models.CharField(_("kind of event"), max_length=64, choices=KIND_CHOICES)
    frequency = models.CharField(_("frequency"), max_length=16, choices=Frequency.choices)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        ordering = ["user", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notification_preference_once_per_kind"),
            models.CheckConstraint(
                name="notification_preference_frequency_valid", condition=Q(frequency__in=Frequency.values)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.get_kind_display()} ({self.get_frequency_display()})"
