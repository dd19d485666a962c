"""Reads of consultations, scoped to the viewer, with their related rows named explicitly."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from consultations.access import consultations_visible_to
from consultations.models import Consultation
from consultations.pipeline import PIPELINE_STAGES


def overdue_q(now: datetime | None = None) -> Q:
    """Cases that have sat in their stage longer than the stage's target duration."""
    now = now or timezone.now()
    condition = Q(pk__in=[])
    for stage in PIPELINE_STAGES:
        if stage.target_days is not None:
            condition |= Q(stage=stage.key, stage_entered_at__lt=now - timedelta(days=stage.target_days))
    return condition


def consultation_list(*, viewer) -> QuerySet[Consultation]:
    return (
        consultations_visible_to(viewer)
        .select_related("city")
        .prefetch_related("sectors")
        .order_by("-created_at", "-id")
    )


def is_overdue(consultation: Consultation, now: datetime | None = None) -> bool:
    target = consultation.stage_info.target_days
    if target is None:
        return False
    return consultation.stage_entered_at < (now or timezone.now()) - timedelta(days=target)


def stage_due_at(consultation: Consultation) -> datetime | None:
    target = consultation.stage_info.target_days
    return None if target is None else consultation.stage_entered_at + timedelta(days=target)
