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
