"""What a notification says: title, text and link of an event, for one recipient.

Always called inside `translation.override(recipient.preferred_language)`, so every string and
date comes out in the recipient's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from accounts.roles import Role, is_staff_member
from consultations import pipeline
from core.models import OutboxEvent
from notifications import kinds

EXCERPT_LENGTH = 300


@dataclass(frozen=True)
class Rendered:
    title: str
    body: str
    url: str


def consultation_url(consultation, recipient) -> str:
    """The case's page for this recipient: the portal's detail page, or the admin for staff."""
    if consultation is None:
        return ""
    try:
        return reverse("portal:consultation_detail", kwargs={"pk": consultation.pk})
    except NoReverseMatch:
        pass
    if is_staff_member(recipient) or recipient.role == Role.SUSA_CONSULTANT:
        try:
            return reverse("admin:consultations_consultation_change", args=[consultation.pk])
        except NoReverseMatch:
            return ""
    return ""


def absolute_url(url: str) -> str:
    if not url or url.startswith(("http://", "https://")):
        return url
    return settings.PORTAL_BASE_URL.rstrip("/") + url


def render_event(event: OutboxEvent, recipient) -> Rendered:
    case = event.consultation
    payload = event.payload or {}
    values = {
        "case": case.title if case else "",
        "city": case.city.name if case else "",
        "actor": _actor_name(event),
    }
    renderer = _RENDERERS.get(event.kind, _render_generic)
    title, body = renderer(event, recipient, payload, values)
    url = consultation_url(case, recipient)
    if event.kind == kinds.ACCESS_REQUESTED:
        url = _admin_url("admin:accounts_accessrequest_change", payload.get("access_request"))
    return Rendered(title=title[:255], body=body, url=url)


def _admin_url(name: str, pk) -> str:
    try:
        return reverse(name, args=[pk]) if pk else ""
    except NoReverseMatch:
        return ""


def _actor_name(event: OutboxEvent) -> str:
    if event.actor is None:
        return _("the system")
    return str(event.actor)


def _stage(key: str | None) -> str:
    stage = pipeline.STAGE_BY_KEY.get(key or "")
    return str(stage.label) if stage else (key or "")


def _date(value: datetime | None) -> str:
    if value is None:
        return ""
    return formats.date_format(timezone.localtime(value), "DATE_FORMAT")


def _lines(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


def _note(payload: dict) -> str:
    note = (payload.get("note") or "").strip()
    return _("Reason: %(note)s") % {"note": note} if note else ""


def _excerpt(text: str) -> str:
    text = (text or "").strip()
    return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1] + "…"


def _render_submitted(event, recipient, payload, values):
    if recipient.role == Role.CITY_OFFICIAL:
        title = _("Your city's request “%(case)s” was submitted") % values
        body = _("%(actor)s submitted the request. SMG checks it and starts the screening.") % values
    else:
        title = _("New request from %(city)s: “%(case)s”") % values
        body = _("%(actor)s submitted the request; it is checked for completeness and goes to screening.") % values
    return title, body


def _render_request_incomplete(event, recipient, payload, values):
    from consultations import guards

    missing = guards.request_complete(event.consultation) if event.consultation else []
    missing = missing or payload.get("missing") or []
    title = _("The request “%(case)s” is missing information") % values
    body = _lines(_("Before SMG can screen the request, please complete:"), "\n".join(f"- {item}" for item in missing))
    return title, body


def _render_stage_changed(event, recipient, payload, values):
    values = {**values, "from": _stage(payload.get("from")), "to": _stage(payload.get("to"))}
    title = _("“%(case)s” moved to %(to)s") % values
    awaited = ""
    stage = pipeline.STAGE_BY_KEY.get(payload.get("to") or "")
    if recipient.role == Role.CITY_OFFICIAL and stage is not None and stage.awaited_from_city:
        awaited = _("What SMG needs from you now: %(awaited)s") % {"awaited": stage.awaited_from_city}
    body = _lines(_("From %(from)s to %(to)s, by %(actor)s.") % values, _note(payload), awaited)
    return title, body


def _render_declined(event, recipient, payload, values):
    return _("The request “%(case)s” was declined") % values, _note(payload)


def _render_closed(event, recipient, payload, values):
    return _("“%(case)s” is closed") % values, _lines(_("%(actor)s closed the case.") % values, _note(payload))


def _render_put_on_hold(event, recipient, payload, values):
    values = {**values, "stage": _stage(payload.get("from"))}
    title = _("“%(case)s” is on hold") % values
    return title, _lines(_("The case was paused in %(stage)s by %(actor)s.") % values, _note(payload))


def _render_resumed(event, recipient, payload, values):
    values = {**values, "stage": _stage(payload.get("to"))}
    return _("“%(case)s” resumes at %(stage)s") % values, _note(payload)


def _render_withdrawn(event, recipient, payload, values):
    return _("The request “%(case)s” was withdrawn") % values, _lines(
        _("%(actor)s withdrew the request.") % values, _note(payload)
    )


def _render_task_force_assigned(event, recipient, payload, values):
    from consultations.models import TaskForceMember, TaskForceRole

    member = TaskForceMember.objects.select_related("expert", "user").filter(pk=payload.get("member")).first()
    role = payload.get("role") or (member.role if member else "")
    values = {
        **values,
        "role": str(TaskForceRole(role).label) if role in TaskForceRole.values else role,
        "member": member.member_name if member else "",
    }
    is_member = member is not None and recipient.pk in (member.user_id, getattr(member.expert, "user_id", None))
    if is_member:
        title = _("You joined the task force of “%(case)s” as %(role)s") % values
    else:
        title = _("%(member)s joined the task force of “%(case)s” as %(role)s") % values
    return title, _("Assigned by %(actor)s.") % values


def _render_message(event, recipient, payload, values):
    from consultations.models import Message

    message = Message.objects.filter(pk=payload.get("message")).first()
    if event.kind == kinds.INFORMATION_REQUESTED:
        title = _("SMG asks for information on “%(case)s”") % values
    elif payload.get("internal"):
        title = _("New internal note on “%(case)s”") % values
    else:
        title = _("New message on “%(case)s”") % values
    body = _lines(_("%(actor)s wrote:") % values, _excerpt(message.body) if message else "")
    return title, body


def _render_document_shared(event, recipient, payload, values):
    from consultations.models import Document

    document = Document.objects.filter(pk=payload.get("document")).first()
    values = {**values, "document": str(document) if document else ""}
    title = _("New document on “%(case)s”: %(document)s") % values
    return title, _("%(actor)s shared the document.") % values


def _render_recommendation_acknowledged(event, recipient, payload, values):
    from consultations.models import Recommendation

    recommendation = Recommendation.objects.filter(pk=payload.get("recommendation")).first()
    values = {**values, "recommendation": recommendation.title if recommendation else ""}
    title = _("%(city)s acknowledged a recommendation on “%(case)s”") % values
    return title, _("%(actor)s acknowledged “%(recommendation)s”.") % values


def _overdue_values(event, payload, values):
    case = event.consultation
    entered = case.stage_entered_at if case else None
    return {
        **values,
        "stage": _stage(payload.get("stage") or (case.stage if case else "")),
        "date": _date(entered),
        "days": int(payload.get("target_days") or 0),
        "over": int(payload.get("days_over") or 0),
    }


def _render_overdue(event, recipient, payload, values):
    values = _overdue_values(event, payload, values)
    title = _("“%(case)s” is overdue in %(stage)s") % values
    body = _(
        "The case entered %(stage)s on %(date)s; the target is %(days)d days and it is %(over)d days late. "
        "Please move it on or record why it is waiting."
    )
    return title, body % values


def _render_escalated(event, recipient, payload, values):
    values = _overdue_values(event, payload, values)
    title = _("Escalation: “%(case)s” is overdue in %(stage)s") % values
    body = _(
        "The case entered %(stage)s on %(date)s and is %(over)d days past its target of %(days)d days, "
        "despite reminders to the responsible staff."
    )
    return title, body % values


def _render_hold_check_in(event, recipient, payload, values):
    case = event.consultation
    values = {**values, "date": _date(case.stage_entered_at if case else None), "stage": _stage(payload.get("resume"))}
    title = _("Check-in: “%(case)s” has been on hold since %(date)s") % values
    body = _("Is it time to resume at %(stage)s, or should the request be withdrawn?") % values
    return title, body


def _measurement_values(payload, values):
    from consultations.models import IndicatorMeasurement, OutcomeIndicator

    measurement = IndicatorMeasurement.objects.select_related("indicator").filter(pk=payload.get("measurement")).first()
    indicator = (
        measurement.indicator if measurement else OutcomeIndicator.objects.filter(pk=payload.get("indicator")).first()
    )
    return {
        **values,
        "indicator": indicator.name if indicator else "",
        "value": f"{measurement.value.normalize():f} {indicator.unit}" if measurement and indicator else "",
        "date": formats.date_format(measurement.measured_on, "DATE_FORMAT") if measurement else "",
    }


def _render_measurement_reported(event, recipient, payload, values):
    values = _measurement_values(payload, values)
    if payload.get("status") == "pending":
        title = _("%(city)s reported a measurement on “%(case)s”: please review it") % values
    else:
        title = _("New measurement on “%(case)s”") % values
    body = _("%(actor)s reported %(indicator)s: %(value)s, measured on %(date)s.") % values
    return title, body


def _render_measurement_reviewed(event, recipient, payload, values):
    values = _measurement_values(payload, values)
    if payload.get("status") == "accepted":
        title = _("Your measurement of %(indicator)s was accepted") % values
        body = _("%(value)s, measured on %(date)s, now counts in the case's results.") % values
    else:
        title = _("Your measurement of %(indicator)s was returned") % values
        body = _lines(
            _("SMG returned %(value)s, measured on %(date)s. Please report a corrected measurement.") % values,
            _("SMG's note: %(note)s") % {"note": (payload.get("note") or "").strip()},
        )
    return title, body


def _render_measurement_due(event, recipient, payload, values):
    from consultations.models import OutcomeIndicator

    indicator = OutcomeIndicator.objects.filter(pk=payload.get("indicator")).first()
    due = payload.get("due") or ""
    try:
        due = formats.date_format(datetime.fromisoformat(due).date(), "DATE_FORMAT") if due else ""
    except ValueError:
        pass
    values = {**values, "indicator": indicator.name if indicator else "", "due": due}
    title = _("A measurement of %(indicator)s is due on “%(case)s”") % values
    body = _("The next measurement was due on %(due)s. Please report it on the case page.") % values
    return title, body


def _render_access_requested(event, recipient, payload, values):
    from accounts.models import AccessRequest

    request = AccessRequest.objects.filter(pk=payload.get("access_request")).first()
    if request is None:
        return _("A city asked to join the portal"), ""
    values = {
        **values,
        "city": request.city_name,
        "country": request.country.name if hasattr(request.country, "name") else request.country,
        "name": f"{request.first_name} {request.last_name}".strip(),
        "email": request.email,
    }
    title = _("%(city)s (%(country)s) asks to join the portal") % values
    body = _lines(_("%(name)s <%(email)s> wrote:") % values, _excerpt(request.message))
    return title, body


def _render_generic(event, recipient, payload, values):
    return _("Update on “%(case)s”") % values, ""


_RENDERERS = {
    kinds.SUBMITTED: _render_submitted,
    kinds.REQUEST_INCOMPLETE: _render_request_incomplete,
    kinds.STAGE_CHANGED: _render_stage_changed,
    kinds.DECLINED: _render_declined,
    kinds.CLOSED: _render_closed,
    kinds.PUT_ON_HOLD: _render_put_on_hold,
    kinds.RESUMED: _render_resumed,
    kinds.WITHDRAWN: _render_withdrawn,
    kinds.TASK_FORCE_ASSIGNED: _render_task_force_assigned,
    kinds.MESSAGE_POSTED: _render_message,
    kinds.INFORMATION_REQUESTED: _render_message,
    kinds.DOCUMENT_SHARED: _render_document_shared,
    kinds.RECOMMENDATION_ACKNOWLEDGED: _render_recommendation_acknowledged,
    kinds.OVERDUE: _render_overdue,
    kinds.ESCALATED: _render_escalated,
    kinds.HOLD_CHECK_IN: _render_hold_check_in,
    kinds.MEASUREMENT_REPORTED: _render_measurement_reported,
    kinds.MEASUREMENT_REVIEWED: _render_measurement_reviewed,
    kinds.MEASUREMENT_DUE: _render_measurement_due,
    kinds.ACCESS_REQUESTED: _render_access_requested,
}
