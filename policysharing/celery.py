"""The Celery app, and the one declaration of the periodic schedule.

Broker, serialisation, acks_late, time limits and the visibility timeout come from the CELERY_*
settings. Beat (django-celery-beat's DatabaseScheduler) copies `beat_schedule` into its tables at
start, so staff see the schedule in the admin under "Periodic tasks";
`python manage.py sync_periodic_tasks` does the same without starting beat.
"""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "policysharing.settings")

app = Celery("policysharing")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def build_beat_schedule() -> dict:
    from django.conf import settings

    return {
        "notifications: re-send pending outbox events": {
            "task": "notifications.tasks.sweep_outbox",
            "schedule": float(settings.NOTIFICATIONS_SWEEP_INTERVAL_SECONDS),
        },
        "notifications: daily digest": {
            "task": "notifications.tasks.send_daily_digests",
            "schedule": crontab(hour=settings.NOTIFICATIONS_DIGEST_HOUR, minute=0),
        },
        "workflow: advance cases whose exit condition is met": {
            "task": "consultations.tasks.advance_ready_cases",
            "schedule": float(settings.WORKFLOW_ADVANCE_SWEEP_SECONDS),
        },
        "workflow: overdue reminders and escalation": {
            "task": "consultations.tasks.remind_overdue",
            "schedule": crontab(hour=settings.WORKFLOW_REMINDER_HOUR, minute=0),
        },
        "results: refresh the cached figures": {
            "task": "consultations.tasks.refresh_results",
            "schedule": float(settings.RESULTS_CACHE_REFRESH_SECONDS),
        },
        "workflow: check-in on cases on hold": {
            "task": "consultations.tasks.check_in_on_hold",
            "schedule": crontab(hour=settings.WORKFLOW_REMINDER_HOUR, minute=30),
        },
    }


@app.on_after_configure.connect
def _declare_schedule(sender, **kwargs):
    sender.conf.beat_schedule = build_beat_schedule()
