from __future__ import annotations

import pytest
from django.utils import timezone

from matching import engine


@pytest.fixture(autouse=True)
def _fresh_matcher_cache():
    engine.clear_cache()
    yield
    engine.clear_cache()


@pytest.fixture
def demo_policies(db):
    """The demo archive's policy modules (with their en/ko/es content), as seed_demo loads them."""
    from demo.seeding import Seeder

    seeder = Seeder(password="unused", now=timezone.now())  # noqa: S106
    seeder.seed_languages()
    seeder.seed_policies()
    return seeder.modules
