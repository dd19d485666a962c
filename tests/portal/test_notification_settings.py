"""Notification settings offer each person only the kinds of event that can reach them, grouped by topic, with
every choice starting at its default (no required radio groups)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from notifications import kinds
from notifications.models import NotificationPreference
from notifications.recipients import AUDIENCES, OFFICIALS, kinds_reaching

pytestmark = pytest.mark.django_db


def test_a_city_official_is_offered_only_what_reaches_officials(client_a, official_a):
    offered = kinds_reaching(official_a)
    assert set(offered) == {key for key, audiences in AUDIENCES.items() if OFFICIALS in audiences}
    for staff_only in (kinds.OVERDUE, kinds.ESCALATED, kinds.ACCESS_REQUESTED, kinds.RECOMMENDATION_ACKNOWLEDGED):
        assert staff_only not in offered
    html = client_a.get(reverse("portal:notification_preferences")).content.decode()
    assert "A case is past its stage&#x27;s target duration" not in html and "past its stage" not in html
    assert "A city asks to join the portal" not in html
    assert "A new message" in html
    assert 'type="radio"' not in html and " required" not in html
    form = html[html.index('<form method="post" novalidate>') :]
    assert form.count("<select") == len(offered) < len(kinds.EVENT_KINDS)
    # Grouped by topic.
    assert html.count('class="section preference-group"') >= 2
    assert "<legend>Progress of requests and cases</legend>" in html
    assert "<legend>Deadlines</legend>" not in html


def test_defaults_are_preselected_and_a_partial_post_keeps_the_rest(client_a, official_a):
    html = client_a.get(reverse("portal:notification_preferences")).content.decode()
    assert html.count('value="immediately" selected') == len(kinds_reaching(official_a)) - 1
    assert 'value="daily" selected' in html  # the on-hold check-in defaults to the daily digest
    response = client_a.post(reverse("portal:notification_preferences"), {kinds.MESSAGE_POSTED: "off"})
    assert response.status_code == 302
    assert dict(NotificationPreference.objects.filter(user=official_a).values_list("kind", "frequency")) == {
        kinds.MESSAGE_POSTED: "off"
    }


def test_staff_see_their_kinds(staff_officer, expert_user, consultant, client):
    staff_kinds = kinds_reaching(staff_officer)
    assert kinds.OVERDUE in staff_kinds and kinds.ACCESS_REQUESTED in staff_kinds
    # Everything but what only cities receive (a measurement due or reviewed is news for the city alone).
    assert set(staff_kinds) == {
        kind.key for kind in kinds.EVENT_KINDS if set(AUDIENCES.get(kind.key, ())) != {OFFICIALS}
    }
    assert kinds.MEASUREMENT_DUE not in staff_kinds and kinds.MEASUREMENT_REPORTED in staff_kinds
    assert kinds.ACCESS_REQUESTED not in kinds_reaching(consultant)
    assert kinds.SUBMITTED not in kinds_reaching(expert_user)
    client.force_login(staff_officer)
    html = client.get(reverse("portal:notification_preferences")).content.decode()
    assert "<legend>Deadlines</legend>" in html and "<legend>Access requests</legend>" in html


def test_an_unknown_frequency_is_refused_in_place(client_a):
    response = client_a.post(reverse("portal:notification_preferences"), {kinds.MESSAGE_POSTED: "hourly"})
    assert response.status_code == 200
    assert 'class="error-summary"' in response.content.decode()
    assert not NotificationPreference.objects.exists()
