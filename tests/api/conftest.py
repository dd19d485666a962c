"""API fixtures: a client per persona (personas come from tests/conftest.py)."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from tests import factories


@pytest.fixture
def api():
    """api(user) -> an APIClient signed in as `user` (None or AnonymousUser: anonymous)."""

    def make(user=None) -> APIClient:
        client = APIClient()
        if user is not None and user.is_authenticated:
            client.force_authenticate(user)
        return client

    return make


@pytest.fixture
def case_b(city_b):
    return factories.ConsultationFactory(city=city_b, stage="screening")


@pytest.fixture
def published_case(city_b):
    return factories.ConsultationFactory(
        city=city_b, stage="closed", track="funding", is_published=True, public_summary="Clean water for San Ramon."
    )


@pytest.fixture
def personas(anonymous, official_a, official_b, expert_user, unassigned_expert_user, staff_officer):
    return {
        "anonymous": anonymous,
        "official_a": official_a,
        "official_b": official_b,
        "expert": expert_user,
        "unassigned_expert": unassigned_expert_user,
        "staff": staff_officer,
    }
