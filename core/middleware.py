"""Response compression for HTML pages.

Django's GZipMiddleware for HTML only: not for streamed responses (exports: large, already flowing to
the client chunk by chunk), not for the API (its clients and test tools do not all decode gzip; a proxy
may compress it), and static files are pre-compressed and served by WhiteNoise. BREACH: the CSRF token is masked per response by Django,
and no page reflects a secret next to attacker-controlled input.
"""

from __future__ import annotations

from django.middleware.gzip import GZipMiddleware


class CompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
            return response
        return super().process_response(request, response)
