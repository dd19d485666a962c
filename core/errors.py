"""The one application error type. Services raise it; views, the admin and the API turn it into a 4xx."""

from __future__ import annotations

from typing import Any


class ApplicationError(Exception):
    """A business rule refused the request. `message` is already translated for the user."""

    status_code = 400
    code = "invalid"

    def __init__(self, message: str, *, code: str | None = None, extra: dict[str, Any] | None = None):
        super().__init__(message)
        self.message = str(message)
        if code:
            self.code = code
        self.extra = extra or {}


class PermissionDeniedError(ApplicationError):
    status_code = 403
    code = "permission_denied"


class ConflictError(ApplicationError):
    """Someone else changed the record first; the caller should reload and decide again."""

    status_code = 409
    code = "conflict"
