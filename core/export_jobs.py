"""Large exports as background jobs: the request records a job, a worker writes the file to the
document storage (`default_storage`, so it follows STORAGES), the owner polls it and downloads the file.

A resource registers how to rebuild its rows for a user and the request's query parameters
(`register_export_source`), so the worker applies the same access rules and filters as the request.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from core.exports import stream_export
from core.models import ExportJob, ExportJobStatus
from core.tasks import enqueue_after_commit

logger = logging.getLogger(__name__)

# name -> builder(user, params) -> (rows, columns, total)
ExportSource = Callable[[Any, dict[str, list[str]]], tuple[Iterable[dict[str, Any]], Sequence[str], int]]
_SOURCES: dict[str, ExportSource] = {}
_PROGRESS_EVERY_SECONDS = 1.0


def register_export_source(name: str, builder: ExportSource) -> None:
    _SOURCES[name] = builder


def export_sync_max_rows() -> int:
    return int(getattr(settings, "EXPORT_SYNC_MAX_ROWS", 20_000))


def exceeds_sync_limit(queryset) -> bool:
    """True when the export has more rows than may be streamed in the request (a bounded count)."""
    limit = export_sync_max_rows()
    return queryset.order_by()[: limit + 1].count() > limit


def export_job_start(*, actor, resource: str, params: dict[str, list[str]], fmt: str) -> ExportJob:
    """Record the job and queue its worker after commit."""
    if resource not in _SOURCES:
        raise ValueError(f"unknown export resource {resource!r}")
    with transaction.atomic():
        job = ExportJob.objects.create(owner=actor, resource=resource, params=params, format=fmt)
        enqueue_after_commit("core.tasks.run_export_job", job.pk)
    return job


def export_job_run(*, job_id: int) -> str:
    """Write the job's file (idempotent: a job already done or failed is left alone)."""
    claimed = ExportJob.objects.filter(pk=job_id, status__in=[ExportJobStatus.PENDING, ExportJobStatus.RUNNING])
    if not claimed.update(status=ExportJobStatus.RUNNING, done_rows=0):
        return "skipped"
    job = ExportJob.objects.select_related("owner").get(pk=job_id)
    try:
        rows, columns, total = _SOURCES[job.resource](job.owner, job.params)
        ExportJob.objects.filter(pk=job.pk).update(total_rows=total)
        last = [0.0]

        def progress(done: int) -> None:
            now = time.monotonic()
            if now - last[0] >= _PROGRESS_EVERY_SECONDS:
                last[0] = now
                ExportJob.objects.filter(pk=job.pk).update(done_rows=done)

        written = [0]

        def count(done: int) -> None:
            written[0] = done
            progress(done)

        with tempfile.TemporaryFile() as spool:
            for piece in stream_export(rows, columns, job.format, on_rows=count):
                spool.write(piece)
            spool.seek(0)
            name = default_storage.save(f"exports/{job.owner_id}/{job.pk}-{job.resource}.{job.format}", File(spool))
    except Exception as exc:  # the job records the failure; the owner sees it instead of a spinner
        logger.exception("export job %s failed", job_id)
        ExportJob.objects.filter(pk=job_id).update(
            status=ExportJobStatus.FAILED, error=str(exc)[:2000], finished_at=timezone.now()
        )
        return "failed"
    ExportJob.objects.filter(pk=job_id).update(
        status=ExportJobStatus.DONE, file_name=name, done_rows=written[0], finished_at=timezone.now()
    )
    return "done"


def export_jobs_cleanup(*, now=None, keep_days: int | None = None) -> int:
    """Delete export jobs older than EXPORT_KEEP_DAYS (finished or not) and their files; returns how many.

    Files go first, then the rows: a file that cannot be deleted (storage down) keeps its row, so the next
    run tries again. A job still running that long ago died with its worker."""
    keep = int(getattr(settings, "EXPORT_KEEP_DAYS", 7)) if keep_days is None else keep_days
    cutoff = (now or timezone.now()) - timedelta(days=keep)
    removed = 0
    for pk, file_name in ExportJob.objects.filter(created_at__lt=cutoff).values_list("pk", "file_name").iterator():
        if file_name:
            try:
                default_storage.delete(file_name)
            except Exception:
                logger.warning("could not delete export file %s", file_name, exc_info=True)
                continue
        removed += ExportJob.objects.filter(pk=pk).delete()[1].get(ExportJob._meta.label, 0)
    return removed


def export_jobs_of(user):
    """The jobs a user may see: their own."""
    if user is None or not user.is_authenticated:
        return ExportJob.objects.none()
    return ExportJob.objects.filter(owner=user)
