"""The kinds of events people can be notified about, declared once.

The preferences form, the admin's filters and the delivery code read this list. Each kind has a
translated label (for the form) and a default frequency (before the user chooses).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately")
    DAILY = "daily", _("Daily digest")
    OFF = "off", _("Off")


@dataclass(frozen=True)
class EventKind:
    key: str
    label: Promise
    default: str = Frequency.IMMEDIATELY


# Written by consultations' services (through core.outbox.record_event).
SUBMITTED = "consultation.submitted"
STAGE_CHANGED = "consultation.stage_changed"
DECLINED = "consultation.declined"
CLOSED = "consultation.closed"
PUT_ON_HOLD = "consultation.put_on_hold"
RESUMED = "consultation.resumed"
WITHDRAWN = "consultation.withdrawn"
DOCUMENT_SHARED = "document.shared"
MESSAGE_POSTED = "message.posted"
INFORMATION_REQUESTED = "message.information_requested"
RECOMMENDATION_ACKNOWLEDGED = "recommendation.acknowledged"
TASK_FORCE_ASSIGNED = "task_force.assigned"
# Written by consultations.services.reminders (periodic tasks and the automatic request check).
REQUEST_INCOMPLETE = "consultation.request_incomplete"
OVERDUE = "consultation.overdue"
ESCALATED = "consultation.escalated"
HOLD_CHECK_IN = "consultation.hold_check_in"
# Written by consultations.services.indicators (outcome monitoring).
MEASUREMENT_REPORTED = "measurement.reported"
MEASUREMENT_REVIEWED = "measurement.reviewed"
MEASUREMENT_DUE = "indicator.measurement_due"

# Written by accounts.services (the account e-mails themselves are in notifications.account_emails).
ACCESS_REQUESTED = "access_request.submitted"

EVENT_KINDS: tuple[EventKind, ...] = (
    EventKind(SUBMITTED, _("A request is submitted")),
    EventKind(REQUEST_INCOMPLETE, _("A submitted request is missing information")),
    EventKind(STAGE_CHANGED, _("A case moves to another stage")),
    EventKind(DECLINED, _("A request is declined")),
    EventKind(PUT_ON_HOLD, _("A case is put on hold")),
    EventKind(RESUMED, _("A case resumes")),
    EventKind(WITHDRAWN, _("A request is withdrawn")),
    EventKind(CLOSED, _("A case is closed")),
    EventKind(TASK_FORCE_ASSIGNED, _("Someone joins a task force")),
    EventKind(MESSAGE_POSTED, _("A new message")),
    EventKind(INFORMATION_REQUESTED, _("A request for information")),
    EventKind(DOCUMENT_SHARED, _("A new shared document")),
    EventKind(RECOMMENDATION_ACKNOWLEDGED, _("The city acknowledges a recommendation")),
    EventKind(OVERDUE, _("A case is past its stage's target duration")),
    EventKind(ESCALATED, _("An overdue case is escalated")),
    EventKind(HOLD_CHECK_IN, _("Check-in on a case on hold"), Frequency.DAILY),
    EventKind(MEASUREMENT_REPORTED, _("The city reports an outcome measurement")),
    EventKind(MEASUREMENT_REVIEWED, _("SMG accepts or returns a reported measurement")),
    EventKind(MEASUREMENT_DUE, _("An outcome measurement is due")),
    EventKind(ACCESS_REQUESTED, _("A city asks to join the portal")),
)
KIND_BY_KEY: dict[str, EventKind] = {kind.key: kind for kind in EVENT_KINDS}
KIND_CHOICES: list[tuple[str, Promise]] = [(kind.key, kind.label) for kind in EVENT_KINDS]


def default_frequency(kind: str) -> str:
    event_kind = KIND_BY_KEY.get(kind)
    return event_kind.default if event_kind else Frequency.IMMEDIATELY


# The settings page groups the kinds by topic (each kind in exactly one group).
KIND_GROUPS: tuple[tuple[Promise, tuple[str, ...]], ...] = (
    (
        _("Progress of requests and cases"),
        (
            SUBMITTED,
            REQUEST_INCOMPLETE,
            STAGE_CHANGED,
            PUT_ON_HOLD,
            RESUMED,
            HOLD_CHECK_IN,
            DECLINED,
            WITHDRAWN,
            CLOSED,
        ),
    ),
    (
        _("Messages, documents and recommendations"),
        (MESSAGE_POSTED, INFORMATION_REQUESTED, DOCUMENT_SHARED, RECOMMENDATION_ACKNOWLEDGED),
    ),
    (_("Task forces"), (TASK_FORCE_ASSIGNED,)),
    (_("Outcome monitoring"), (MEASUREMENT_DUE, MEASUREMENT_REPORTED, MEASUREMENT_REVIEWED)),
    (_("Deadlines"), (OVERDUE, ESCALATED)),
    (_("Access requests"), (ACCESS_REQUESTED,)),
)
