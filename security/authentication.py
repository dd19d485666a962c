"""`Authorization: Token <key>` against hashed keys (django-rest-knox), recording when a key was last used."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from knox.auth import TokenAuthentication

LAST_USED_RESOLUTION = timedelta(minutes=1)  # at most one write per key and minute


class ApiTokenAuthentication(TokenAuthentication):
    def validate_user(self, auth_token):
        user, token = super().validate_user(auth_token)
        now = timezone.now()
        if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
            type(token).objects.filter(pk=token.pk).update(last_used_at=now)
            token.last_used_at = now
        return user, token


class ApiTokenScheme(OpenApiAuthenticationExtension):
    """The schema's security scheme: an `Authorization` header with the prefix "Token"."""

    target_class = "security.authentication.ApiTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": (
                'Personal API key, sent as "Token <key>". Create one on the portal page "API access" '
                "(or `manage.py create_api_token`); keys expire and can be revoked there."
            ),
        }
