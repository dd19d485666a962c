"""Documents attached to a consultation."""

from __future__ import annotations

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.roles import Role
from consultations.access import roles_on
from consultations.models import Consultation, Document, DocumentKind, Visibility
from consultations.pipeline import TERMINAL_STAGE_KEYS
from consultations.uploads import check_upload
from core.audit import acting_as
from core.errors import ApplicationError, PermissionDeniedError
from core.outbox import record_event

CITY_DOCUMENT_KINDS = (DocumentKind.REQUEST_ATTACHMENT, DocumentKind.OTHER)


def document_upload(
    *,
    consultation: Consultation,
    actor,
    upload: UploadedFile,
    title: str = "",
    kind: str = DocumentKind.OTHER,
    visibility: str = Visibility.SHARED,
) -> Document:
    """Check the file by its content and store it under a generated name.

    A city's uploads are always shared with the city; staff and the task force choose.
    """
    roles = roles_on(actor, consultation)
    if not roles & {Role.CITY_OFFICIAL, Role.SMG_STAFF, Role.SUSA_CONSULTANT, Role.EXPERT}:
        raise PermissionDeniedError(_("You may not add documents to this case."))
    if consultation.stage in TERMINAL_STAGE_KEYS and Role.SMG_STAFF not in roles:
        raise ApplicationError(_("This case is closed; documents can no longer be added."), code="case_closed")
    if kind not in DocumentKind.values:
        raise ApplicationError(_("Unknown document kind."), code="invalid_kind")
    if visibility not in Visibility.values:
        raise ApplicationError(_("Unknown visibility."), code="invalid_visibility")
    if Role.CITY_OFFICIAL in roles:
        visibility = Visibility.SHARED
        if kind not in CITY_DOCUMENT_KINDS:
            kind = DocumentKind.OTHER
    checked = check_upload(upload)
    with acting_as(actor), transaction.atomic():
        document = Document(
            consultation=consultation,
            original_name=checked.original_name,
            content_type=checked.content_type,
            size=checked.size,
            title=(title or "").strip()[:200] or checked.original_name,
            kind=kind,
            visibility=visibility,
            uploaded_by=actor,
        )
        document.file.save(checked.original_name, upload, save=False)
        document.save()
        if visibility == Visibility.SHARED:
            record_event(
                kind="document.shared", consultation=consultation, actor=actor, payload={"document": document.pk}
            )
        if consultation.auto_advance:
            from consultations.services.automation import request_auto_advance

            request_auto_advance(consultation)
    return document
