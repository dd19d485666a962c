"""Fixed-window rate limits kept in Django's cache (shared between processes when CACHE_URL is Redis),
and the client address they (and sign-in lockouts and logs) are keyed on."""

from __future__ import annotations

import hashlib
import ipaddress
import time

from django.conf import settings
from django.core.cache import cache

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """ "5/h" -> (5, 3600); "10/15m" -> (10, 900)."""
    count, _, period = rate.partition("/")
    digits = period[:-1] or "1"
    return int(count), int(digits) * PERIODS[period[-1]]


def hit(scope: str, key: str, rate: str) -> bool:
    """Count one attempt for (scope, key); False once the limit of the current window is passed."""
    limit, window = parse_rate(rate)
    if limit <= 0:
        return True
    bucket = int(time.time() // window)
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]  # keeps e-mail addresses out of cache keys
    cache_key = f"ratelimit:{scope}:{digest}:{bucket}"
    if cache.add(cache_key, 1, timeout=window + 5):
        count = 1
    else:
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add() and incr()
            cache.set(cache_key, 1, timeout=window + 5)
            count = 1
    return count <= limit


def client_ip(request) -> str | None:
    """REMOTE_ADDR; behind a trusted proxy (TRUST_PROXY_HEADERS) the address that proxy appended last.

    X-Forwarded-For is client input unless a proxy we trust wrote it, so it is ignored by default.
    None when there is no valid address (e.g. a request built in code); rate limits then use "unknown".
    """
    meta = getattr(request, "META", {}) or {}
    candidate = meta.get("REMOTE_ADDR") or ""
    if getattr(settings, "TRUST_PROXY_HEADERS", False):
        forwarded = [part.strip() for part in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            candidate = forwarded[-1]
    try:
        return str(ipaddress.ip_address(candidate.strip()))
    except ValueError:
        return None
