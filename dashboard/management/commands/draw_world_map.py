from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from dashboard.geo import world_svg


class Command(BaseCommand):
    help = "Write static/dashboard/world.svg, the dashboard's simplified world outline."

    def handle(self, *args, **options):
        target = Path(settings.BASE_DIR) / "static" / "dashboard" / "world.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(world_svg(), encoding="utf-8")
        self.stdout.write(f"Wrote {target}")
