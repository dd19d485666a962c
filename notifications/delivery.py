"""Turning outbox events into inbox entries and e-mails: at-least-once, with a stable Message-ID.

The steps, each safe to repeat:
1. `event_deliver` writes the inbox rows and one e-mail delivery row per recipient in a transaction
   (unique constraints make a second run a no-op), rendered in each recipient's language and
   following their preference for the kind (immediately / daily digest / off). Account e-mails
   (invitations, password resets) have a delivery and no inbox row.
2. Due e-mails are claimed one by one with a conditional UPDATE that counts the attempt, sent outside
   any transaction (a slow SMTP server never holds a lock), then marked sent. A failed send is due
   again after an exponential back-off (NOTIFICATIONS_RETRY_BACKOFF_SECONDS doubling, at most
   NOTIFICATIONS_RETRY_BACKOFF_MAX_SECONDS); after NOTIFICATIONS_MAX_ATTEMPTS it is `failed` and is
   tried again every NOTIFICATIONS_RETRY_FAILED_AFTER_SECONDS until it goes out or staff cancel it.
   A claim older than NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS (its worker died) may be taken again.
3. The event is marked processed once no delivery is left to send; until then its `next_attempt_at`
   is the earliest due retry, and the outbox relay (core.outbox) publishes it then. No other
   retry chain exists: Celery never retries a delivery run by itself.

At-least-once, not exactly once: a worker that dies after the SMTP server accepted a message and
before the row is marked sent sends it again after the claim timeout. Every copy carries the same
Message-ID (`<event-uuid.recipient-id@domain>`), so mail servers and clients drop the duplicate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Min, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.models import OutboxEvent
from core.outbox import record_event
from notifications.account_emails import EMAIL_ONLY_KINDS, render_account_email
from notifications.kinds import Frequency, default_frequency
from notifications.models import Channel, Delivery, DeliveryStatus, Notification, NotificationPreference
from notifications.recipients import recipients_for
from notifications.rendering import absolute_url, render_event

logger = logging.getLogger(__name__)

UNFINISHED = (DeliveryStatus.PENDING, DeliveryStatus.FAILED, DeliveryStatus.SENDING)


def backoff_seconds(attempts: int) -> int:
    """Wait before the next try after `attempts` failed ones: doubling from the base, capped."""
    base = settings.NOTIFICATIONS_RETRY_BACKOFF_SECONDS
    return int(min(base * 2 ** max(attempts - 1, 0), settings.NOTIFICATIONS_RETRY_BACKOFF_MAX_SECONDS))


def message_domain() -> str:
    if settings.EMAIL_MESSAGE_ID_DOMAIN:
        return settings.EMAIL_MESSAGE_ID_DOMAIN
    address = settings.DEFAULT_FROM_EMAIL.rsplit("<", 1)[-1].rstrip(">").strip()
    return address.rpartition("@")[2] or "policysharing.local"


def message_id(event: OutboxEvent, recipient_id: int) -> str:
    """The same for every copy of one event's e-mail to one person (make_msgid-like, but deterministic)."""
    return f"<{event.uuid}.{recipient_id}@{message_domain()}>"


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
    if event.kind == DIGEST_KIND:
        return _deliver_digest(event, result, now=now)
    OutboxEvent.objects.filter(pk=event.pk).update(attempts=F("attempts") + 1)
    result.notified = _record(event)
    for delivery in _claimable(Delivery.objects.filter(event=event), now=now).select_related(
        "recipient", "notification", "event"
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
    if event.kind in EMAIL_ONLY_KINDS:
        return _record_email_only(event, recipients)
    chosen = dict(
        NotificationPreference.objects.filter(user__in=recipients, kind=event.kind).values_list("user_id", "frequency")
    )
    count = 0
    with transaction.atomic():
        for user in recipients:
            frequency = chosen.get(user.pk, default_frequency(event.kind))
            if frequency == Frequency.OFF:
                continue
            language = language_of(user)
            with translation.override(language):
                rendered = render_event(event, user)
            notification, _created = Notification.objects.get_or_create(
                event=event,
                recipient=user,
                defaults={
                    "kind": event.kind,
                    "title": rendered.title,
                    "body": rendered.body,
                    "url": rendered.url,
                    "language": language,
                },
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


def _record_email_only(event: OutboxEvent, recipients: list) -> int:
    """An account e-mail: one delivery to the address the event names (or the user's), no inbox row."""
    address = (event.payload or {}).get("to", "")
    with transaction.atomic():
        for user in recipients:
            to = address or user.email
            Delivery.objects.get_or_create(
                event=event,
                recipient=user,
                channel=Channel.EMAIL,
                defaults={"status": DeliveryStatus.PENDING if to else DeliveryStatus.SKIPPED, "address": to},
            )
    return len(recipients)


def _due(now: datetime) -> Q:
    return Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)


def _claimable(queryset, *, now: datetime | None = None):
    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS)
    return queryset.filter(
        Q(status__in=[DeliveryStatus.PENDING, DeliveryStatus.FAILED]) & _due(now)
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
        sent = _send_one(delivery)
    except Exception as exc:  # any SMTP/backend failure is recorded and retried, never raised to the caller
        error = f"{exc.__class__.__name__}: {exc}"[:2000]
        attempts = Delivery.objects.filter(pk=delivery.pk).values_list("attempts", flat=True).first() or 0
        if attempts >= settings.NOTIFICATIONS_MAX_ATTEMPTS:
            status, wait = DeliveryStatus.FAILED, settings.NOTIFICATIONS_RETRY_FAILED_AFTER_SECONDS
        else:
            status, wait = DeliveryStatus.PENDING, backoff_seconds(attempts)
        logger.warning("e-mail delivery %s failed (attempt %s, next in %ss): %s", delivery.pk, attempts, wait, error)
        Delivery.objects.filter(pk=delivery.pk).update(
            status=status, last_error=error, next_attempt_at=timezone.now() + timedelta(seconds=wait)
        )
        return error
    if not sent:
        Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.SKIPPED, next_attempt_at=None)
        return None
    Delivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.SENT, sent_at=timezone.now(), last_error="", next_attempt_at=None
    )
    return True


def _send_one(delivery: Delivery) -> bool:
    """Send one delivery; False when there is nothing to send any more (an invitation already used)."""
    user = delivery.recipient
    notification = delivery.notification
    headers = {"Message-ID": message_id(delivery.event, user.pk), "X-Policysharing-Delivery": str(delivery.pk)}
    if notification is None:
        with translation.override(language_of(user)):
            content = render_account_email(delivery.event, user)
        if content is None:
            return False
        message = EmailMultiAlternatives(
            subject=" ".join(content.subject.split())[:250],
            body=content.text,
            to=[delivery.address or user.email],
            headers=headers,
        )
        if content.html:
            message.attach_alternative(content.html, "text/html")
        message.send(fail_silently=False)
        return True
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
        headers=headers,
    )
    message.attach_alternative(html, "text/html")
    message.send(fail_silently=False)
    return True


def _finish(event: OutboxEvent, *, errors: list[str]) -> bool:
    """Processed when nothing is left to send; otherwise due again when the earliest retry is."""
    unfinished = Delivery.objects.filter(event=event, status__in=UNFINISHED)
    if unfinished.exists():
        now = timezone.now()
        candidates = []
        waiting = unfinished.exclude(status=DeliveryStatus.SENDING)
        if waiting.filter(next_attempt_at__isnull=True).exists():
            candidates.append(now)
        elif waiting.exists():
            candidates.append(waiting.aggregate(at=Min("next_attempt_at"))["at"])
        claimed_at = unfinished.filter(status=DeliveryStatus.SENDING).aggregate(at=Min("claimed_at"))["at"]
        if claimed_at is not None:
            candidates.append(claimed_at + timedelta(seconds=settings.NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS))
        changes = {"next_attempt_at": max(min(candidates or [now]), now)}
        if errors:
            changes["last_error"] = "\n".join(errors)[:4000]
        OutboxEvent.objects.filter(pk=event.pk, processed_at__isnull=True).update(**changes)
        return False
    OutboxEvent.objects.filter(pk=event.pk, processed_at__isnull=True).update(
        processed_at=timezone.now(), last_error=""
    )
    return True


# The daily digest, as outbox events: one per recipient and digest date (key "digest:<user>:<date>").
DIGEST_KIND = "notifications.daily_digest"


def digest_key(user_id: int, day: date) -> str:
    return f"digest:{user_id}:{day.isoformat()}"


def _digest_waiting(now: datetime) -> Q:
    """Digest items not yet bound to a digest, and items whose unbound digest run died while sending."""
    stale = now - timedelta(seconds=settings.NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS)
    return Q(channel=Channel.EMAIL, digest__isnull=True) & (
        Q(status=DeliveryStatus.DIGEST)
        | Q(status=DeliveryStatus.SENDING, claimed_at__lt=stale, event__processed_at__isnull=False)
    )


def digest_record(*, day: date, now: datetime | None = None, created_before: datetime | None = None) -> int:
    """Record one digest event for `day` per user with waiting items; returns how many were recorded.

    Idempotent per (recipient, day): a user whose digest for that day exists gets no second one. Each
    new event takes the user's waiting items in the same transaction (`Delivery.digest`), and the
    outbox publishes it after commit (or the relay does): recording is all a digest run does.
    """
    now = now or timezone.now()
    waiting = Delivery.objects.filter(_digest_waiting(now))
    if created_before is not None:
        waiting = waiting.filter(created_at__lt=created_before)
    users = sorted(set(waiting.values_list("recipient_id", flat=True)))
    done = set(OutboxEvent.objects.filter(key__in=[digest_key(u, day) for u in users]).values_list("key", flat=True))
    recorded = 0
    for user_id in users:
        if digest_key(user_id, day) in done:
            continue
        with transaction.atomic():
            event = record_event(
                kind=DIGEST_KIND,
                key=digest_key(user_id, day),
                payload={"recipient": user_id, "date": day.isoformat()},
            )
            if not event.created:
                continue
            Delivery.objects.filter(_digest_waiting(now), recipient_id=user_id).update(digest=event)
        recorded += 1
    return recorded


def digest_due(now: datetime | None = None) -> datetime:
    """The latest digest time (NOTIFICATIONS_DIGEST_HOUR, local time) at or before `now`."""
    local = timezone.localtime(now or timezone.now())
    due = local.replace(hour=settings.NOTIFICATIONS_DIGEST_HOUR, minute=0, second=0, microsecond=0)
    return due if due <= local else due - timedelta(days=1)


def digest_record_due(*, now: datetime | None = None) -> int:
    """The beat run (every NOTIFICATIONS_DIGEST_CHECK_MINUTES): record the digests due at the last digest
    time, for what waited before it. Repeating it is harmless, so a lost run only delays by one interval."""
    now = now or timezone.now()
    due = digest_due(now)
    return digest_record(day=due.date(), now=now, created_before=due)


def digest_send_daily(*, now: datetime | None = None) -> int:
    """Record today's digest now for every user with waiting items (a manual run); returns how many.

    The e-mails leave through the outbox like any event: after commit, or by the relay."""
    now = now or timezone.now()
    return digest_record(day=timezone.localdate(now), now=now)


def _deliver_digest(event: OutboxEvent, result: DeliveryResult, *, now: datetime | None = None) -> DeliveryResult:
    """Send one digest (its bound items, one e-mail); idempotent: a second run finds nothing to send."""
    OutboxEvent.objects.filter(pk=event.pk).update(attempts=F("attempts") + 1)
    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS)
    items = Delivery.objects.filter(digest=event)
    takeable = Q(status=DeliveryStatus.DIGEST) | Q(status=DeliveryStatus.SENDING, claimed_at__lt=stale)
    claimed_at = timezone.now()
    claimed = items.filter(takeable).update(
        status=DeliveryStatus.SENDING, claimed_at=claimed_at, attempts=F("attempts") + 1
    )
    if claimed:
        batch = list(
            items.filter(status=DeliveryStatus.SENDING, claimed_at=claimed_at)
            .select_related("recipient", "notification")
            .order_by("created_at", "id")
        )
        ids = [d.pk for d in batch]
        result.notified = 1
        try:
            _send_digest(batch, event)
        except Exception as exc:  # back to waiting; the relay publishes the digest again after the back-off
            error = f"{exc.__class__.__name__}: {exc}"[:2000]
            attempts = OutboxEvent.objects.filter(pk=event.pk).values_list("attempts", flat=True).first() or 1
            wait = backoff_seconds(attempts)
            logger.warning("digest %s failed (attempt %s, next in %ss): %s", event.pk, attempts, wait, error)
            Delivery.objects.filter(pk__in=ids).update(status=DeliveryStatus.DIGEST, last_error=error)
            OutboxEvent.objects.filter(pk=event.pk, processed_at__isnull=True).update(
                next_attempt_at=timezone.now() + timedelta(seconds=wait), last_error=error
            )
            result.failed.append(error)
            return result
        Delivery.objects.filter(pk__in=ids).update(
            status=DeliveryStatus.SENT, sent_at=timezone.now(), last_error="", next_attempt_at=None
        )
        result.sent = 1
    left = items.filter(status__in=[DeliveryStatus.DIGEST, DeliveryStatus.SENDING])
    if left.exists():  # another run is sending it: due again once that run's claim expires
        claimed_at = left.filter(status=DeliveryStatus.SENDING).aggregate(at=Min("claimed_at"))["at"]
        due = claimed_at + timedelta(seconds=settings.NOTIFICATIONS_CLAIM_TIMEOUT_SECONDS) if claimed_at else now
        OutboxEvent.objects.filter(pk=event.pk, processed_at__isnull=True).update(next_attempt_at=max(due, now))
        return result
    OutboxEvent.objects.filter(pk=event.pk, processed_at__isnull=True).update(
        processed_at=timezone.now(), last_error=""
    )
    result.done = True
    return result


def _send_digest(batch: list[Delivery], event: OutboxEvent) -> None:
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
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[batch[0].address or user.email],
        # One digest per (recipient, date), so every copy of it (a resend after a crash) has this Message-ID.
        headers={"Message-ID": f"<digest-{event.uuid.hex}.{user.pk}@{message_domain()}>"},
    )
    message.attach_alternative(html, "text/html")
    message.send(fail_silently=False)
