"""Nothing is deleted: domain records are archived (soft-deleted) and restored, people are anonymised.

The seed's first lesson is that cities lose knowledge when staff and officials change. So staff never
destroy a record: they archive it (`archived_at`/`archived_by`, hidden from lists, selectors and the API)
and can restore it. Only superusers may still hard-delete (for data entered by mistake). Every change
goes through the model's save, so django-auditlog writes it into the record's history with the actor.

Anonymising a person who leaves (Korea's Personal Information Protection Act): their name, e-mail and
phone are replaced, their account deactivated; the case history keeps pointing at the same row. The
personal values are also masked in the audit history already written for that row.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.audit import acting_as
from core.errors import ApplicationError, PermissionDeniedError
from core.models import ArchivableModel

ANONYMISED_MARK = "[anonymised]"

# The services that anonymise a person, by model (dotted paths: core sits below the apps that own them).
ANONYMISERS: dict[str, tuple[str, str]] = {
    "accounts.user": ("consultations.services.people.user_anonymise", "user"),
    "experts.expert": ("consultations.services.people.expert_anonymise", "expert"),
}


def person_anonymise(*, person, actor, reason: str = ""):
    """Anonymise a user account or an expert through its app's service."""
    from django.utils.module_loading import import_string

    path, keyword = ANONYMISERS[person._meta.label_lower]
    return import_string(path)(**{keyword: person}, actor=actor, reason=reason)


SMG_STAFF_ROLE = "smg_staff"  # accounts.roles.Role.SMG_STAFF (core sits below accounts)


def can_archive(actor) -> bool:
    """SMG staff (and superusers) archive and restore records; nobody else (as accounts.roles.is_staff_member)."""
    return bool(
        actor is not None
        and getattr(actor, "is_authenticated", False)
        and actor.is_active
        and (actor.is_superuser or getattr(actor, "role", "") == SMG_STAFF_ROLE)
    )


def _check(actor) -> None:
    if not can_archive(actor):
        raise PermissionDeniedError(_("Only SMG staff can archive or restore records."))


def record_archive(*, record: ArchivableModel, actor) -> ArchivableModel:
    """Archive one record (idempotent). A task-force member who is archived is also released."""
    _check(actor)
    if not isinstance(record, ArchivableModel):
        raise ApplicationError(_("This kind of record cannot be archived."), code="not_archivable")
    if record.archived_at is not None:
        return record
    with transaction.atomic(), acting_as(actor):
        record.archived_at = timezone.now()
        record.archived_by = actor
        fields = ["archived_at", "archived_by", "updated_at"]
        # Archiving a team member ends the membership: access follows `released_on` (consultations.access).
        if hasattr(record, "released_on") and record.released_on is None:
            record.released_on = timezone.localdate()
            fields.append("released_on")
        record.save(update_fields=fields)
    return record


def record_restore(*, record: ArchivableModel, actor) -> ArchivableModel:
    """Bring an archived record back. A restored task-force member stays released until re-assigned."""
    _check(actor)
    if record.archived_at is None:
        return record
    with transaction.atomic(), acting_as(actor):
        record.archived_at = None
        record.archived_by = None
        record.save(update_fields=["archived_at", "archived_by", "updated_at"])
    return record


def records_archive(*, records: Iterable[ArchivableModel], actor) -> int:
    _check(actor)
    count = 0
    with transaction.atomic():
        for record in records:
            if record.archived_at is None:
                record_archive(record=record, actor=actor)
                count += 1
    return count


def records_restore(*, records: Iterable[ArchivableModel], actor) -> int:
    _check(actor)
    count = 0
    with transaction.atomic():
        for record in records:
            if record.archived_at is not None:
                record_restore(record=record, actor=actor)
                count += 1
    return count


def mask_audit_history(*, record, fields: Iterable[str], object_repr: str) -> int:
    """Replace the personal values written for `record` in its audit history; the entries themselves stay."""
    from auditlog.models import LogEntry

    fields = set(fields)
    count = 0
    for entry in LogEntry.objects.get_for_object(record):
        changed = False
        changes = entry.changes if isinstance(entry.changes, dict) else None
        if changes:
            for name in fields & set(changes):
                value = changes[name]
                if isinstance(value, list):
                    changes[name] = [ANONYMISED_MARK if item not in (None, "", "None") else item for item in value]
                else:
                    changes[name] = ANONYMISED_MARK
                changed = True
        data = entry.serialized_data
        if isinstance(data, dict) and isinstance(data.get("fields"), dict):
            for name in fields & set(data["fields"]):
                data["fields"][name] = ANONYMISED_MARK
                changed = True
        if changed or entry.object_repr != object_repr:
            LogEntry.objects.filter(pk=entry.pk).update(
                changes=changes if changes is not None else entry.changes,
                changes_text="",
                serialized_data=data,
                object_repr=object_repr,
            )
            count += 1
    return count
