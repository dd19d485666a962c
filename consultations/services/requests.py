"""A partner city's request: drafted, edited while a draft, submitted."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import Role, is_staff_member
from consultations.access import roles_on
from consultations.models import Consultation
from consultations.pipeline import StageKey
from consultations.services.automation import request_auto_advance
from core.audit import acting_as
from core.errors import ApplicationError, PermissionDeniedError

# Fields a city may write on its own request; stage, track and publication are never among them.
REQUEST_FIELDS = (
    "title",
    "challenge",
    "expected_outcomes",
    "budget_situation",
    "budget_notes",
    "contact_name",
    "contact_email",
    "contact_phone",
)
REQUEST_RELATIONS = ("sectors", "sdgs", "policy_modules")
# What SMG staff may change on a case once it has left the draft stage (never the stage or its history).
STAFF_EDITABLE_FIELDS = (
    *REQUEST_FIELDS,
    "auto_advance",
    "is_published",
    "public_summary",
    "evaluation_summary",
    "lessons_learned",
)


def consultation_create_draft(*, city, actor, data: dict[str, Any]) -> Consultation:
    _check_may_request_for(city=city, actor=actor)
    with acting_as(actor), transaction.atomic():
        consultation = Consultation(city=city, stage=StageKey.DRAFT, stage_entered_at=timezone.now(), created_by=actor)
        _apply(consultation, data)
        consultation.full_clean(exclude=["stage_entered_at"])
        consultation.save()
        _apply_relations(consultation, data)
    return consultation


def consultation_update_draft(*, consultation: Consultation, actor, data: dict[str, Any]) -> Consultation:
    if not roles_on(actor, consultation) & {Role.CITY_OFFICIAL, Role.SMG_STAFF}:
        raise PermissionDeniedError(_("You may not edit this request."))
    with acting_as(actor), transaction.atomic():
        case = Consultation.objects.select_for_update().get(pk=consultation.pk)
        if case.stage != StageKey.DRAFT:
            raise ApplicationError(
                _("Only a draft can be edited; this request has been submitted."), code="not_a_draft"
            )
        _apply(case, data)
        case.full_clean(exclude=["stage_entered_at"])
        case.save()
        _apply_relations(case, data)
    return case


def consultation_save_draft(
    *, city, actor, data: dict[str, Any], attachments=(), consultation: Consultation | None = None
) -> Consultation:
    """Create or edit a draft together with its attachments: all saved, or nothing."""
    from consultations.models import DocumentKind
    from consultations.services.documents import document_upload

    with transaction.atomic():
        if consultation is None:
            consultation = consultation_create_draft(city=city, actor=actor, data=data)
        else:
            consultation = consultation_update_draft(consultation=consultation, actor=actor, data=data)
        for upload in attachments:
            document_upload(consultation=consultation, actor=actor, upload=upload, kind=DocumentKind.REQUEST_ATTACHMENT)
    return consultation


def consultation_update(*, consultation: Consultation, actor, data: dict[str, Any]) -> Consultation:
    """Staff edits of a case's descriptive fields, publication and evaluation; the case may then move on."""
    if not is_staff_member(actor):
        raise PermissionDeniedError(_("Only SMG staff can edit a submitted request."))
    with acting_as(actor), transaction.atomic():
        case = Consultation.objects.select_for_update().get(pk=consultation.pk)
        fields = [name for name in STAFF_EDITABLE_FIELDS if name in data]
        for name in fields:
            value = data[name]
            setattr(case, name, "" if value is None else value)
        case.full_clean(exclude=["stage_entered_at"])
        case.save(update_fields=[*fields, "updated_at"])
        _apply_relations(case, data)
        if case.auto_advance:
            request_auto_advance(case)
    return case


def consultation_submit(*, consultation: Consultation, actor, note: str = "") -> Consultation:
    """Submit a draft: it becomes a request, and the system checks it and moves it into screening."""
    from consultations.services.transitions import consultation_move

    return consultation_move(
        consultation=consultation, target=StageKey.REQUEST, actor=actor, note=note, expected_stage=StageKey.DRAFT
    )


def _check_may_request_for(*, city, actor) -> None:
    if actor is None:
        return
    if actor.is_superuser or actor.role == Role.SMG_STAFF:
        return
    if actor.role == Role.CITY_OFFICIAL and actor.city_id == city.pk:
        return
    raise PermissionDeniedError(_("Only the city's own officials and SMG staff can file a request for this city."))


def _apply(consultation: Consultation, data: dict[str, Any]) -> None:
    for field in REQUEST_FIELDS:
        if field in data:
            value = data[field]
            setattr(consultation, field, "" if value is None else value)


def _apply_relations(consultation: Consultation, data: dict[str, Any]) -> None:
    for relation in REQUEST_RELATIONS:
        if relation in data and data[relation] is not None:
            getattr(consultation, relation).set(data[relation])
