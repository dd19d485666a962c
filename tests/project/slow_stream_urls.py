"""Test-only urls (never part of the real app): the project plus `/__test__/slow-stream/`, which streams one
line a second for SLOW_STREAM_SECONDS seconds (tests/project/test_gunicorn_streaming.py)."""

import time

from django.conf import settings
from django.http import StreamingHttpResponse
from django.urls import include, path

LINE = b"x" * 1023 + b"\n"


def slow_stream(request):
    def lines():
        for second in range(settings.SLOW_STREAM_SECONDS):
            yield b"%06d" % second + LINE[6:]
            time.sleep(1)
        yield b"END\n"

    return StreamingHttpResponse(lines(), content_type="text/csv")


urlpatterns = [path("__test__/slow-stream/", slow_stream), path("", include("policysharing.urls"))]
