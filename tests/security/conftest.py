from __future__ import annotations

import pytest
from django.test import Client


@pytest.fixture
def client_a(official_a):
    client = Client()
    client.force_login(official_a)
    return client
