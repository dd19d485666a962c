"""The Celery app, the one declaration of its queues and routes, and of the periodic schedule.

Queues: automatic moves and reminders (`workflow`), notifications and e-mails (`notifications`) and bulk
exports (`exports`) each have their own queue, so a flood of e-mail never delays a move; anything unrouted
goes to `celery`. A worker started without `-Q` listens on all of them (the in-process default and the
tests); docker-compose runs one worker per queue (`-Q workflow,celery`, `-Q notifications`, `-Q exports`).

Broker, serialisation, acks_late, time limits, the visibility timeout and the broker's socket
timeouts come from the CELERY_* settings. `celery -A policysharing worker -B` (or a worker and a
beat) plus the web server is all it takes: the outbox relay is a beat entry run by the worker. Beat (django-celery-beat's DatabaseScheduler) copies `beat_schedule` into its tables at
start, so staff see the schedule in the admin under "Periodic tasks";
`python manage.py sync_periodic_tasks` does the same without starting beat.
"""

import os

from celery import Celery
from celery.schedules import crontab
from kombu import Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "policysharing.settings")

app = Celery("policysharing")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# A consumer that stopped asking the broker for work (e.g. after a hung Redis) reconnects (core/worker_watchdog.py).
app.steps["consumer"].add("core.worker_watchdog:ConsumerWatchdog")

DEFAULT_QUEUE = "celery"
QUEUES = (DEFAULT_QUEUE, "workflow", "notifications", "exports")
# The first matching pattern wins.
TASK_ROUTES = {
    "*.tasks.export_*": {"queue": "exports"},
    "consultations.tasks.*": {"queue": "workflow"},
    "notifications.tasks.*": {"queue": "notifications"},
    "accounts.tasks.*": {"queue": "notifications"},
}
app.conf.task_default_queue = DEFAULT_QUEUE
app.conf.task_queues = tuple(Queue(name, routing_key=name) for name in QUEUES)
app.conf.task_routes = TASK_ROUTES


def build_beat_schedule() -> dict:
    from django.conf import settings

    return {
        "outbox: relay (publish what is due: tasks, events, e-mail retries)": {
            "task": "core.tasks.relay_outbox",
            "schedule": float(settings.OUTBOX_RELAY_INTERVAL_SECONDS),
        },
        # Records the digests due since NOTIFICATIONS_DIGEST_HOUR (idempotent per recipient and date) as
        # outbox events; repeated every few minutes so that a lost run only delays the digest.
        "notifications: daily digest": {
            "task": "notifications.tasks.send_daily_digests",
            "schedule": crontab(minute=f"*/{settings.NOTIFICATIONS_DIGEST_CHECK_MINUTES}"),
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
        "workflow: outcome measurements due (reminders to the city)": {
            "task": "consultations.tasks.remind_measurements_due",
            "schedule": crontab(hour=settings.WORKFLOW_REMINDER_HOUR, minute=45),
        },
        "exports: delete old export files and jobs": {
            "task": "core.tasks.cleanup_export_jobs",
            "schedule": crontab(hour=3, minute=15),
        },
        "workflow: check-in on cases on hold": {
            "task": "consultations.tasks.check_in_on_hold",
            "schedule": crontab(hour=settings.WORKFLOW_REMINDER_HOUR, minute=30),
        },
    }


@app.on_after_configure.connect
def _declare_schedule(sender, **kwargs):
    sender.conf.beat_schedule = build_beat_schedule()
