"""Write the code-declared periodic schedule (policysharing/celery.py) into django-celery-beat's tables."""

from django.core.management.base import BaseCommand
from django_celery_beat.models import PeriodicTask
from django_celery_beat.schedulers import ModelEntry

from policysharing.celery import app, build_beat_schedule


class Command(BaseCommand):
    help = "Create or update the periodic tasks declared in policysharing/celery.py (beat also does this at start)."

    def handle(self, *args, **options):
        schedule = build_beat_schedule()
        for name, entry in schedule.items():
            ModelEntry.from_entry(name, app=app, **entry)
            self.stdout.write(f"{name}: {entry['task']}")
        stale = PeriodicTask.objects.filter(task__startswith="notifications.").exclude(name__in=schedule)
        stale |= PeriodicTask.objects.filter(task__startswith="consultations.").exclude(name__in=schedule)
        removed, _ = stale.delete()
        self.stdout.write(self.style.SUCCESS(f"{len(schedule)} periodic tasks in sync ({removed} stale removed)."))
