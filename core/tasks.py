"""The one way domain code queues a Celery task: after the surrounding transaction commits."""

from __future__ import annotations

import importlib
import logging
from typing import Any

from celery import shared_task
from django.db import transaction

logger = logging.getLogger(__name__)


def send_task_now(task_name: str, *args: Any) -> bool:
    """Queue a task by name; returns False (and logs) when the broker cannot be reached.

    Callers that need durability write an outbox row first; a periodic sweeper re-queues it.
    """
    from celery import current_app as app  # the project's app (policysharing.celery), without importing upwards

    try:
        if app.conf.task_always_eager:
            module_name, _, attribute = task_name.rpartition(".")
            getattr(importlib.import_module(module_name), attribute).apply(args=args)
        else:
            app.send_task(task_name, args=args, retry=False)
    except Exception:  # the broker being down must never break the request that caused the task
        logger.warning("could not queue %s%r; the sweeper will retry", task_name, args, exc_info=True)
        return False
    return True


def enqueue_after_commit(task_name: str, *args: Any) -> None:
    transaction.on_commit(lambda: send_task_now(task_name, *args))


@shared_task(name="core.tasks.run_export_job", acks_late=True)
def run_export_job(job_id: int) -> str:
    """Write a large export's file (core.export_jobs)."""
    from core.export_jobs import export_job_run

    return export_job_run(job_id=job_id)
