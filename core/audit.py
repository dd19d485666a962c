"""The audit trail: every change to every domain record, kept by django-auditlog.

One place registers the models (called from `CoreConfig.ready`), so a new model in a domain app is
audited without anyone remembering to add it. Who made a change comes from
`auditlog.middleware.AuditlogMiddleware` during a request; code running outside a request (Celery
tasks, management commands, services called from scripts) names the actor with `acting_as(user)`.

History is never deleted: the log entries' admin is read-only (see `dashboard/admin.py`), and no
code path deletes `auditlog.LogEntry` rows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from auditlog.middleware import AuditlogMiddleware
from django.apps import apps
from django.contrib.auth import get_user_model

# The request being served, so a log entry written after DRF's token authentication still finds its user.
_current_request: ContextVar = ContextVar("audit_current_request", default=None)

# The apps whose every model is a domain record. `core` (the outbox) and `notifications` (delivery
# bookkeeping) are plumbing, not records, and would only add noise.
AUDITED_APPS: tuple[str, ...] = (
    "institutions",
    "accounts",
    "cities",
    "experts",
    "policies",
    "funding",
    "training",
    "consultations",
)

# Never copied into the log; bookkeeping that changes on every save is left out as noise.
EXCLUDED_FIELDS: tuple[str, ...] = ("password", "last_login", "updated_at")
# Kept as "changed", but the value is masked.
MASKED_FIELD_MARKERS: tuple[str, ...] = ("token", "secret")


def audited_models() -> list[type]:
    return [model for label in AUDITED_APPS for model in apps.get_app_config(label).get_models()]


class AuditMiddleware(AuditlogMiddleware):
    """auditlog's middleware, plus: the actor is read when an entry is written, not when the request starts.

    API clients authenticate inside the view (DRF token authentication), after the stock middleware
    has already looked at `request.user` and found nobody; DRF then sets the user on the request.
    """

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return super().__call__(request)
        finally:
            _current_request.reset(token)


def _actor_from_request(sender, instance, **kwargs) -> None:
    if instance.actor_id is not None:
        return
    request = _current_request.get()
    user = getattr(request, "user", None) if request is not None else None
    if isinstance(user, get_user_model()) and user.is_authenticated:
        instance.actor = user
        instance.actor_email = getattr(user, "email", None)


def register_audited_models() -> None:
    """Register every model of the domain apps with auditlog, many-to-many fields included."""
    from auditlog.models import LogEntry
    from auditlog.registry import auditlog
    from django.db.models.signals import pre_save

    pre_save.connect(_actor_from_request, sender=LogEntry, dispatch_uid="core.audit.actor_from_request")
    for model in audited_models():
        if auditlog.contains(model):
            continue
        field_names = {field.name for field in model._meta.get_fields() if field.concrete}
        m2m = [field.name for field in model._meta.many_to_many]
        auditlog.register(
            model,
            exclude_fields=[name for name in EXCLUDED_FIELDS if name in field_names],
            mask_fields=[name for name in field_names if any(marker in name for marker in MASKED_FIELD_MARKERS)],
            m2m_fields=m2m,
        )


@contextlib.contextmanager
def acting_as(actor) -> Iterator[None]:
    """Attribute the changes made inside the block to `actor` (a user, or None for the system).

    Inside a web request the middleware knows the user; tasks and scripts use this.
    """
    from auditlog.context import set_actor

    if actor is None or not getattr(actor, "is_authenticated", False):
        yield
        return
    with set_actor(actor):
        yield


def history_for(obj):
    """The log entries of one record, newest first, with their actors."""
    from auditlog.models import LogEntry

    return LogEntry.objects.get_for_object(obj).select_related("actor", "content_type").order_by("-timestamp", "-pk")


def log_entries_bulk(changes: list[tuple[str, object, object | None, list[str] | None]]) -> None:
    """Write the audit entries of several changes in ONE insert, exactly as auditlog's signals would.

    `changes` holds (action, instance, old instance or None, changed field names or None), action being
    "create" or "update". For services that write with `update()`/`bulk_create()` (no model signals):
    the diff, the actor, the remote address and the correlation id are filled in the same way.
    """
    from auditlog.context import auditlog_disabled
    from auditlog.diff import model_instance_diff
    from auditlog.models import LogEntry
    from auditlog.registry import auditlog
    from django.conf import settings
    from django.db.models.signals import pre_save

    if auditlog_disabled.get():
        return
    entries = []
    for action, instance, old, fields in changes:
        if not auditlog.contains(type(instance)):
            continue
        diff = model_instance_diff(
            old,
            instance,
            fields_to_check=fields,
            use_json_for_changes=getattr(settings, "AUDITLOG_STORE_JSON_CHANGES", False),
        )
        if not diff:
            continue
        code = LogEntry.Action.CREATE if action == "create" else LogEntry.Action.UPDATE
        entry = _unsaved_entry(instance, action=code, changes=diff)
        pre_save.send(sender=LogEntry, instance=entry, raw=False, using=instance._state.db, update_fields=None)
        entries.append(entry)
    if entries:
        LogEntry.objects.bulk_create(entries)


def _unsaved_entry(instance, **fields):
    """A LogEntry as `LogEntry.objects.log_create()` fills it, not saved."""
    from auditlog.cid import get_cid
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType
    from django.utils.encoding import smart_str

    pk = LogEntry.objects._get_pk_value(instance)
    values = {
        "content_type": ContentType.objects.get_for_model(instance),
        "object_pk": pk,
        "object_repr": smart_str(instance),
        "serialized_data": LogEntry.objects._get_serialized_data_or_none(instance),
        "cid": get_cid(),
        **fields,
    }
    if isinstance(pk, int):
        values["object_id"] = pk
    get_additional_data = getattr(instance, "get_additional_data", None)
    if callable(get_additional_data):
        values["additional_data"] = get_additional_data()
    return LogEntry(**values)
