"""Celery beat's scheduler: django-celery-beat's, plus a heartbeat file touched on every tick.

The compose health check (`python -m core.heartbeat`) fails when the file is older than a minute or two: beat
is stuck or cannot read its schedule from the database (the file is touched only after a tick succeeds).
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django_celery_beat.schedulers import DatabaseScheduler


class HeartbeatScheduler(DatabaseScheduler):
    def tick(self, *args, **kwargs):
        interval = super().tick(*args, **kwargs)
        touch_heartbeat(settings.CELERY_BEAT_HEARTBEAT_FILE)
        return interval


def touch_heartbeat(path: str) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.touch()
