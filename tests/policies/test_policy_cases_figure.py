"""The results' "policy cases" figure counts published policy cases, the same everywhere it is shown
(home page, staff results report and its CSV, the API summary) and the same as the public archive."""

from __future__ import annotations

import pytest
from django.urls import reverse

from consultations.results import initiative_results
from policies.models import PolicyModule
from tests import factories

pytestmark = pytest.mark.django_db


def test_policy_cases_are_the_published_modules_everywhere(client, staff_officer):
    for n in range(3):
        factories.PolicyModuleFactory(slug=f"published-{n}")
    for n in range(2):
        factories.PolicyModuleFactory(slug=f"draft-{n}", is_published=False)

    assert initiative_results().policy_cases == 3 == PolicyModule.objects.published().count()
    assert client.get("/api/v1/summary/").json()["policy_cases"] == 3
    assert client.get(reverse("portal:policy_list")).context["page"].paginator.count == 3
    home = client.get(reverse("portal:home")).content.decode()
    assert "<strong>3</strong> Seoul policy cases in the archive" in home

    client.force_login(staff_officer)
    rows = {key: value for key, _label, value in client.get(reverse("dashboard:results")).context["rows"]}
    assert rows["policy_cases"] == 3
    assert ",3" in next(
        line
        for line in client.get(reverse("dashboard:results_csv")).content.decode().splitlines()
        if "policy_cases" in line
    )

    # Publishing or withdrawing a case moves the figure.
    PolicyModule.objects.filter(slug="draft-0").update(is_published=True)
    PolicyModule.objects.filter(slug="published-0").update(is_published=False)
    assert initiative_results().policy_cases == 3
    PolicyModule.objects.filter(slug="draft-1").update(is_published=True)
    assert initiative_results().policy_cases == 4
