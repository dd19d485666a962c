"""The periodic schedule is declared once (policysharing/celery.py) and visible to staff."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django_celery_beat.models import PeriodicTask

from consultations.services import reminders
from notifications.kinds import KIND_BY_KEY
from policysharing.celery import app, build_beat_schedule

pytestmark = pytest.mark.django_db


def test_every_scheduled_task_exists():
    app.loader.import_default_modules()
    for entry in build_beat_schedule().values():
        assert entry["task"] in app.tasks, entry["task"]


def test_sync_command_writes_the_schedule_for_the_admin_and_is_repeatable(capsys):
    call_command("sync_periodic_tasks")
    call_command("sync_periodic_tasks")
    names = set(PeriodicTask.objects.values_list("name", flat=True))
    assert names >= set(build_beat_schedule())
    relay = PeriodicTask.objects.get(task="core.tasks.relay_outbox")
    assert relay.interval is not None and relay.enabled
    assert PeriodicTask.objects.get(task="notifications.tasks.send_daily_digests").crontab is not None


def test_every_event_kind_written_has_a_label():
    from consultations import pipeline

    written = {move.event for move in pipeline.MOVES} | {
        "document.shared",
        "message.posted",
        "message.information_requested",
        "recommendation.acknowledged",
        "task_force.assigned",
        reminders.REQUEST_INCOMPLETE,
        reminders.OVERDUE,
        reminders.ESCALATED,
        reminders.HOLD_CHECK_IN,
    }
    assert written <= set(KIND_BY_KEY)
