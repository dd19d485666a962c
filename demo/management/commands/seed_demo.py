"""`python manage.py seed_demo`: fill a fresh database with the demo data and print the demo accounts."""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from consultations.results import initiative_results
from demo.seeding import demo_password, seed_demo


class Command(BaseCommand):
    help = (
        "Fill a fresh database with demo data: the case study's real facts (Ulaanbaatar, Chanchamayo and the "
        "other publicly named cities) plus clearly marked fictional cities, experts and cases. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is off (the demo accounts have a known password).",
        )

    def handle(self, *args, force: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo refuses to run when DEBUG is off: it creates accounts with a known password. "
                "Use --force if you really want demo data in this database."
            )
        password = demo_password()
        started = time.monotonic()
        # Each outbox event's delivery runs in-process after commit; one log line per task is noise here.
        trace_logger = logging.getLogger("celery.app.trace")
        previous_level = trace_logger.level
        trace_logger.setLevel(logging.WARNING)
        try:
            result = seed_demo(password=password)
        finally:
            trace_logger.setLevel(previous_level)
        if not result.created:
            marker = result.marker
            self.stdout.write(
                self.style.WARNING(
                    f"Demo data is already present (consultation #{marker.pk if marker else '?'} "
                    f"“{marker.title if marker else ''}” exists). Nothing was changed."
                )
            )
        else:
            figures = initiative_results()
            self.stdout.write(self.style.SUCCESS(f"Demo data loaded in {time.monotonic() - started:.1f} s."))
            self.stdout.write(
                f"  {figures.cities} partner cities in {figures.countries} countries, {figures.initiatives} "
                f"initiatives, {figures.experts} experts, {figures.policy_cases} published policy modules, "
                f"{figures.officials_trained} officials trained, {figures.ppp_network_funds_eur:,.0f} EUR secured "
                f"through the PPP network in {figures.ppp_network_countries} countries "
                f"({figures.funds_eur:,.0f} EUR from all sources in {figures.funded_countries} countries)."
            )
        self.stdout.write("")
        self.stdout.write("Demo accounts:")
        for user, created in result.accounts:
            secret = password if created else "(existing account: password unchanged)"
            city = f", {user.city.name}" if user.city_id else ""
            self.stdout.write(f"  {user.username:<22} {secret:<24} {user.get_role_display()}{city}")
        self.stdout.write(
            "API keys: sign in and open “API access” (/accounts/api-access/), "
            "or run `python manage.py create_api_token USERNAME`."
        )
        if settings.STAFF_MFA_REQUIRED:
            self.stdout.write(
                "Staff and consultants set up two-step sign-in (an authenticator app) at their first sign-in."
            )
