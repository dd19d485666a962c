"""Write an event in the caller's transaction and dispatch it after commit."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from core.models import OutboxEvent
from core.tasks import enqueue_after_commit


def record_event(
    *, kind: str, actor: Any = None, consultation: Any = None, payload: dict[str, Any] | None = None
) -> OutboxEvent:
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("record_event() must run inside the transaction that makes the change")
    event = OutboxEvent.objects.create(
        kind=kind,
        actor=actor if getattr(actor, "pk", None) else None,
        consultation=consultation,
        payload=payload or {},
    )
    enqueue_after_commit("notifications.tasks.dispatch_event", event.pk)
    return event
