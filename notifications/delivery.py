"""Turning outbox events into inbox entries and e-mails, exactly once per (event, recipient, channel).

The steps, each safe to repeat:
1. `event_deliver` writes the inbox rows and one e-mail delivery row per recipient in a transaction
   (unique constraints make a second run a no-op), rendered in each recipient's language and
   following their preference for the kind (immediately / daily digest / off).
2. Pending e-mails are claimed one by one with a conditional UPDATE, sent outside any transaction
   (a slow SMTP server never holds a lock), then marked sent. A claim older than
   NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS (its worker died) may be taken again.
3. The event is marked processed once no delivery is left to send; until then the sweeper
   re-queues it (with back-off from the task's retries in between).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.models import OutboxEvent
from core.tasks import send_task_now
from notifications.kinds import Frequency, default_frequency
from notifications.models import Channel, Delivery, DeliveryStatus, Notification, NotificationPreference
from notifications.recipients import recipients_for
from notifications.rendering import absolute_url, render_event

logger = logging.getLogger(__name__)

DISPATCH_TASK = "notifications.tasks.dispatch_event"
UNFINISHED = (DeliveryStatus.PENDING, DeliveryStatus.FAILED, DeliveryStatus.SENDING)


@dataclass
class DeliveryResult:
    event_id: int
    notified: int = 0
    sent: int = 0
    failed: list[str] = field(default_factory=list)
    done: bool = False

    def summary(self) -> str:
        state = "done" if self.done else "pending"
        return f"event {self.event_id}: {self.notified} recipients, {self.sent} e-mails sent, {len(self.failed)} failed ({state})"


def language_of(user) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    return user.preferred_language if user.preferred_language in codes else settings.LANGUAGE_CODE


def event_deliver(*, event_id: int, now: datetime | None = None) -> DeliveryResult:
    """Deliver one outbox event; idempotent, and safe to run concurrently with itself."""
    result = DeliveryResult(event_id=event_id)
    event = OutboxEvent.objects.select_related("consultation__city", "actor").filter(pk=event_id).first()
    if event is None:
        result.done = True
        return result
    if event.processed_at is not None:
        result.done = True
        return result
    OutboxEvent.objects.filter(pk=event.pk).update(attempts=F("attempts") + 1)
    result.notified = _record(event)
    for delivery in _claimable(Delivery.objects.filter(event=event), now=now).select_related(
        "recipient", "notification"
    ):
        outcome = _send_claimed(delivery, now=now)
        if outcome is True:
            result.sent += 1
        elif outcome is not None:
            result.failed.append(outcome)
    result.done = _finish(event, errors=result.failed)
    return result


def event_record_inbox_only(*, event_id: int) -> int:
    """Put an event in its recipients' inboxes without e-mailing anyone (back-filled history, demo data)."""
    event = OutboxEvent.objects.select_related("consultation__city", "actor").get(pk=event_id)
    count = _record(event)
    Delivery.objects.filter(event=event, status__in=UNFINISHED).update(status=DeliveryStatus.SKIPPED)
    _finish(event, errors=[])
    return count


def _record(event: OutboxEvent) -> int:
    recipients = recipients_for(event)
    chosen = dict(
        NotificationPreference.objects.filter(user__in=recipients, kind=event.kind).values_list("user_id", "frequency")
    )
    count = 0
    with transaction.atomic():
        for user in recipients:
            frequency = chosen.get(user.pk, default_frequency(event.kind))
            if frequency == Frequency.OFF:
                continue
            with translation.override(language_of(user)):
                rendered = render_event(event, user)
            notification, _created = Notification.objects.get_or_create(
                event=event,
                recipient=user,
                defaults={"kind": event.kind, "title": rendered.title, "body": rendered.body, "url": rendered.url},
            )
            if not user.email:
                status = DeliveryStatus.SKIPPED
            elif frequency == Frequency.DAILY:
                status = DeliveryStatus.DIGEST
            else:
                status = DeliveryStatus.PENDING
            Delivery.objects.get_or_create(
                event=event,
                recipient=user,
                channel=Channel.EMAIL,
                defaults={"notification": notification, "status": status, "address": user.email},
            )
            count += 1
    return count


def _claimable(queryset, *, now: datetime | None = None):
    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS)
    return queryset.filter(
        Q(status__in=[DeliveryStatus.PENDING, DeliveryStatus.FAILED])
        | Q(status=DeliveryStatus.SENDING, claimed_at__lt=stale)
    )


def _claim(delivery_ids, *, now: datetime | None = None, queryset=None) -> int:
    """Take deliveries for sending; only one worker's UPDATE can match a given row."""
    base = queryset if queryset is not None else Delivery.objects.all()
    return _claimable(base.filter(pk__in=delivery_ids), now=now).update(
        status=DeliveryStatus.SENDING, claimed_at=timezone.now(), attempts=F("attempts") + 1
    )


def _send_claimed(delivery: Delivery, *, now: datetime | None = None) -> bool | str | None:
    """True when sent, an error text when it failed, None when another worker has it."""
    if not _claim([delivery.pk], now=now):
        return None
    try:
        _send_one(delivery)
    except Exception as exc:  # any SMTP/backend failure is recorded and retried, never raised to the caller
        error = f"{exc.__class__.__name__}: {exc}"[:2000]
        logger.warning("e-mail delivery %s failed: %s", delivery.pk, error)
        Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.FAILED, last_error=error)
        return error
    Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.SENT, sent_at=timezone.now(), last_error="")
    return True


def _send_one(delivery: Delivery) -> None:
    user = delivery.recipient
    notification = delivery.notification
    with translation.override(language_of(user)):
        context = {
            "recipient": user,
            "notification": notification,
            "url": absolute_url(notification.url if notification else ""),
            "site_name": _("Seoul Policy Sharing"),
            "preferences_url": absolute_url("/"),
        }
        subject = f"[{context['site_name']}] {notification.title}"
        text = render_to_string("notifications/email/notification.txt", context)
        html = render_to_string("notifications/email/notification.html", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split())[:250],
        body=text,
        to=[delivery.address or user.email],
        headers={"X-Policysharing-Delivery": str(delivery.pk)},
    )
    message.attach_alternative(html, "text/html")
    message.send(fail_silently=False)


def _finish(event: OutboxEvent, *, errors: list[str]) -> bool:
    if Delivery.objects.filter(event=event, status__in=UNFINISHED).exists():
        if errors:
            OutboxEvent.objects.filter(pk=event.pk).update(last_error="\n".join(errors)[:4000])
        return False
    OutboxEvent.objects.filter(pk=event.pk, processed_at__isnull=True).update(
        processed_at=timezone.now(), last_error=""
    )
    return True


def digest_send_daily(*, now: datetime | None = None) -> int:
    """Send each user one e-mail listing what waited for the digest; returns the number of e-mails."""
    stale = (now or timezone.now()) - timedelta(seconds=settings.NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS)
    # Digest items, and items of finished events whose digest run died while sending.
    takeable = Q(status=DeliveryStatus.DIGEST) | Q(
        status=DeliveryStatus.SENDING, claimed_at__lt=stale, event__processed_at__isnull=False
    )
    waiting = Delivery.objects.filter(channel=Channel.EMAIL).filter(takeable)
    sent = 0
    for user_id in sorted(set(waiting.values_list("recipient_id", flat=True))):
        ids = list(waiting.filter(recipient_id=user_id).values_list("pk", flat=True))
        claimed_at = timezone.now()
        claimed = (
            Delivery.objects.filter(pk__in=ids)
            .filter(takeable)
            .update(status=DeliveryStatus.SENDING, claimed_at=claimed_at, attempts=F("attempts") + 1)
        )
        if not claimed:
            continue
        batch = list(
            Delivery.objects.filter(pk__in=ids, status=DeliveryStatus.SENDING, claimed_at=claimed_at)
            .select_related("recipient", "notification")
            .order_by("created_at", "id")
        )
        if not batch:
            continue
        try:
            _send_digest(batch)
        except Exception as exc:  # back to the digest queue; tomorrow's run (or a manual one) retries
            error = f"{exc.__class__.__name__}: {exc}"[:2000]
            logger.warning("digest for user %s failed: %s", user_id, error)
            Delivery.objects.filter(pk__in=[d.pk for d in batch]).update(status=DeliveryStatus.DIGEST, last_error=error)
            continue
        Delivery.objects.filter(pk__in=[d.pk for d in batch]).update(
            status=DeliveryStatus.SENT, sent_at=timezone.now(), last_error=""
        )
        sent += 1
    return sent


def _send_digest(batch: list[Delivery]) -> None:
    user = batch[0].recipient
    with translation.override(language_of(user)):
        items = [
            {"notification": d.notification, "url": absolute_url(d.notification.url if d.notification else "")}
            for d in batch
            if d.notification is not None
        ]
        context = {"recipient": user, "items": items, "site_name": _("Seoul Policy Sharing")}
        subject = _("[%(site)s] Your daily digest: %(count)d updates") % {
            "site": context["site_name"],
            "count": len(items),
        }
        text = render_to_string("notifications/email/digest.txt", context)
        html = render_to_string("notifications/email/digest.html", context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[batch[0].address or user.email])
    message.attach_alternative(html, "text/html")
    message.send(fail_silently=False)


def outbox_sweep(*, older_than_seconds: int | None = None, limit: int = 500) -> int:
    """Re-queue events still unprocessed after a while (the broker was down, a worker died)."""
    if older_than_seconds is None:
        older_than_seconds = settings.NOTIFICATIONS_SWEEP_AFTER_SECONDS
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    pending = (
        OutboxEvent.objects.filter(
            processed_at__isnull=True, created_at__lte=cutoff, attempts__lt=settings.NOTIFICATIONS_MAX_ATTEMPTS
        )
        .order_by("created_at", "id")
        .values_list("pk", flat=True)[:limit]
    )
    queued = 0
    for event_id in list(pending):
        if not send_task_now(DISPATCH_TASK, event_id):
            break  # the broker is still down; the next sweep tries again
        queued += 1
    return queued
