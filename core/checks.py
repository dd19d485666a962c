"""System checks for deployment settings that performance depends on."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def throttle_cache_is_shared(app_configs, **kwargs):
    """API throttles count in the cache; a per-process cache multiplies the limit by the worker count."""
    alias = getattr(settings, "API_THROTTLE_CACHE", "default")
    backend = settings.CACHES.get(alias, {}).get("BACKEND", "")
    if backend.endswith(("LocMemCache", "DummyCache")):
        return [
            Warning(
                "API throttles use a per-process cache, so each worker counts on its own.",
                hint="Set CACHE_URL to the shared Redis, e.g. redis://127.0.0.1:6379/1.",
                id="core.W001",
            )
        ]
    return []
