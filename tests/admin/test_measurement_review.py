"""Staff review the city's measurements in the admin: list actions and the change form."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from consultations.models import IndicatorMeasurement
from consultations.services.indicators import measurement_report
from tests import factories

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:consultations_indicatormeasurement_changelist"


@pytest.fixture
def pending(case_a, official_a):
    indicator = factories.OutcomeIndicatorFactory(consultation=case_a, name="Commuters paying by card")
    return [
        measurement_report(
            indicator=indicator, actor=official_a, value=value, measured_on=datetime.date(2016, month, 1), source="x"
        )
        for month, value in ((9, "60"), (10, "68"))
    ]


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_staff_accept_with_the_list_action(pending, staff_officer):
    client = signed_in(staff_officer)
    page = client.get(reverse(CHANGELIST) + "?status__exact=pending")
    assert page.status_code == 200 and "Commuters paying by card" in page.content.decode()
    response = client.post(
        reverse(CHANGELIST), {"action": "accept_measurements", "_selected_action": [m.pk for m in pending]}
    )
    assert response.status_code == 302
    assert set(IndicatorMeasurement.objects.values_list("status", flat=True)) == {"accepted"}
    assert {m.reviewed_by for m in IndicatorMeasurement.objects.all()} == {staff_officer}


def test_returning_needs_the_note(pending, staff_officer):
    client = signed_in(staff_officer)
    data = {"action": "return_measurements", "_selected_action": [pending[0].pk], "review_note": ""}
    response = client.post(reverse(CHANGELIST), data, follow=True)
    assert "Write a note to the city" in " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert IndicatorMeasurement.objects.get(pk=pending[0].pk).status == "pending"
    data["review_note"] = "Which survey?"
    client.post(reverse(CHANGELIST), data)
    returned = IndicatorMeasurement.objects.get(pk=pending[0].pk)
    assert (returned.status, returned.review_note) == ("returned", "Which survey?")


def test_change_form_accepts_or_returns_with_the_error_beside_the_note(pending, consultant):
    client = signed_in(consultant)  # the case's SUSA coordinator
    url = reverse("admin:consultations_indicatormeasurement_change", args=[pending[0].pk])
    page = client.get(url)
    assert page.status_code == 200 and 'name="decision"' in page.content.decode()
    response = client.post(url, {"decision": "return", "decision_note": ""})
    assert response.status_code == 200
    assert "Say what the city should correct" in response.content.decode()
    response = client.post(url, {"decision": "accept", "decision_note": ""})
    assert response.status_code == 302
    assert IndicatorMeasurement.objects.get(pk=pending[0].pk).status == "accepted"


def test_an_expert_reviews_nothing(pending, expert_user):
    expert_user.is_staff = True
    expert_user.save()
    client = signed_in(expert_user)
    response = client.post(reverse(CHANGELIST), {"action": "accept_measurements", "_selected_action": [pending[0].pk]})
    assert IndicatorMeasurement.objects.get(pk=pending[0].pk).status == "pending"
    assert response.status_code in (200, 302, 403)
