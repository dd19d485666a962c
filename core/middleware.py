"""Response compression for pages and API answers.

Django's GZipMiddleware, except for streamed responses (exports: large, already flowing to the client
chunk by chunk, and cheaper to send as they are) and responses that are already encoded (WhiteNoise
serves pre-compressed static files itself). BREACH: the CSRF token is masked per response by Django,
and no page reflects a secret next to attacker-controlled input.
"""

from __future__ import annotations

from django.middleware.gzip import GZipMiddleware


class CompressionMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if response.streaming:
            return response
        return super().process_response(request, response)
