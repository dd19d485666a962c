"""Create a personal API key for a user and print it (the last word of the last line)."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from core.errors import ApplicationError
from security.services import api_token_create


class Command(BaseCommand):
    help = "Create an API key for USERNAME; prints the key once (only its digest is stored)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="command line", help="what the key is for")
        parser.add_argument(
            "--days", type=int, default=settings.API_TOKEN_DEFAULT_DAYS, help="days until the key expires"
        )

    def handle(self, *args, username, name, days, **options):
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        try:
            token, key = api_token_create(user=user, name=name, days=days)
        except ApplicationError as refused:
            raise CommandError(str(refused.message)) from refused
        self.stdout.write(
            f"Created API key {token.name!r} for {user.username}, expires {token.expiry:%Y-%m-%d %H:%M %Z}. "
            "It is shown only now; clients send it as 'Authorization: Token <key>'."
        )
        self.stdout.write(f"Key: {key}")
