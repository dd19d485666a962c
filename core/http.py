"""HTTP plumbing for the API: conditional GET (ETag / Last-Modified, 304) on lists and details."""

from __future__ import annotations

import hashlib
from datetime import datetime

from django.http import HttpResponseNotModified
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from rest_framework.response import Response


def content_etag(content: bytes, *, vary: str = "") -> str:
    """A strong validator over the rendered body (and what it varies on, such as the language)."""
    digest = hashlib.sha256(vary.encode() + b"\0" + content).hexdigest()[:32]
    return quote_etag(digest)


class ConditionalGetMixin:
    """Adds ETag (over the rendered body) and, on details, Last-Modified; answers 304 when they match.

    The ETag covers everything the caller sees, so nested rows (history, documents) that change without
    touching the parent's `updated_at` still change it. Last-Modified comes from `get_last_modified()`.
    """

    def get_last_modified(self) -> datetime | None:
        """The detail's `updated_at` (set by get_object); lists rely on the ETag alone."""
        if getattr(self, "action", None) != "retrieve":
            return None
        return getattr(getattr(self, "_conditional_object", None), "updated_at", None)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or not isinstance(response, Response):
            return response
        if response.status_code != 200:
            return response
        response.render()
        vary = "|".join(filter(None, [response.get("Content-Type", ""), response.get("Content-Language", "")]))
        etag = content_etag(response.content, vary=vary)
        last_modified = self.get_last_modified()
        response["ETag"] = etag
        if last_modified is not None:
            response["Last-Modified"] = http_date(last_modified.timestamp())
        conditional = get_conditional_response(
            request,
            etag=etag,
            last_modified=int(last_modified.timestamp()) if last_modified else None,
            response=response,
        )
        if isinstance(conditional, HttpResponseNotModified):
            for header in ("Vary", "Cache-Control"):
                if header in response:
                    conditional[header] = response[header]
        return conditional
