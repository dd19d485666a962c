"""A task-force member released from a case (released_on today or earlier) loses every access the seat gave."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from consultations.access import consultations_visible_to, roles_on, team_filter
from consultations.models import Consultation, Message, TaskForceMember
from consultations.workload import expert_active_assignments
from tests import factories

pytestmark = pytest.mark.django_db


def api(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def internal_things(case_a, staff_officer):
    return {
        "note": factories.MessageFactory(
            consultation=case_a, author=staff_officer, body="Internal: budget is tight", is_internal=True
        ),
        "document": factories.DocumentFactory(consultation=case_a, visibility="internal", title="Internal memo"),
    }


def test_released_expert_loses_the_case_everywhere(client, case_a, released_expert_user, internal_things):
    user = released_expert_user
    assert not consultations_visible_to(user).filter(pk=case_a.pk).exists()
    assert roles_on(user, case_a) == set()
    assert not Consultation.objects.filter(team_filter(user), pk=case_a.pk).exists()

    caller = api(user)
    assert caller.get("/api/v1/consultations/").json()["results"] == []
    assert caller.get(f"/api/v1/consultations/{case_a.pk}/").status_code == 404
    assert caller.get(f"/api/v1/consultations/{case_a.pk}/messages/").status_code == 404
    assert caller.get(f"/api/v1/consultations/{case_a.pk}/documents/").status_code == 404
    posted = caller.post(
        f"/api/v1/consultations/{case_a.pk}/messages/", {"body": "still here", "is_internal": True}, format="json"
    )
    assert posted.status_code == 404
    assert not Message.objects.filter(body="still here").exists()

    client.force_login(user)
    assert client.get(reverse("portal:consultation_detail", args=[case_a.pk])).status_code == 404
    download = reverse("portal:document_download", args=[case_a.pk, internal_things["document"].pk])
    assert client.get(download).status_code == 404
    assert client.post(reverse("portal:message_post", args=[case_a.pk]), {"body": "hello"}).status_code == 404


def test_release_in_the_future_keeps_the_seat_until_that_day(case_a, expert_user):
    seat = TaskForceMember.objects.get(consultation=case_a, expert__user=expert_user)
    seat.released_on = timezone.localdate() + datetime.timedelta(days=1)
    seat.save()
    assert roles_on(expert_user, case_a) == {"expert"}
    assert consultations_visible_to(expert_user).filter(pk=case_a.pk).exists()
    assert api(expert_user).get(f"/api/v1/consultations/{case_a.pk}/messages/").status_code == 200

    seat.released_on = timezone.localdate()
    seat.save()
    assert roles_on(expert_user, case_a) == set()
    assert api(expert_user).get(f"/api/v1/consultations/{case_a.pk}/messages/").status_code == 404


def test_released_consultant_loses_the_case(case_a, consultant):
    TaskForceMember.objects.filter(consultation=case_a, user=consultant).update(
        released_on=timezone.localdate() - datetime.timedelta(days=3)
    )
    assert not consultations_visible_to(consultant).filter(pk=case_a.pk).exists()
    assert roles_on(consultant, case_a) == set()
    assert api(consultant).get(f"/api/v1/consultations/{case_a.pk}/").status_code == 404


def test_every_reader_of_membership_uses_the_same_definition(case_a, released_expert_user, expert_user):
    """Workload, the portal's task-force list and notification recipients agree with the access layer."""
    from notifications.recipients import recipients_for

    released = released_expert_user.expert_profile
    assert list(expert_active_assignments(released)) == []
    assert len(expert_active_assignments(expert_user.expert_profile)) == 1

    official = factories.OfficialFactory(city=case_a.city)
    from portal.selectors import consultation_page

    names = [member.member_name for member in consultation_page(user=official, consultation=case_a)["task_force"]]
    assert "Dr. Released Expert" not in names and "Dr. Assigned Expert" in names

    from core.outbox import record_event

    event = record_event(kind="consultation.stage_changed", consultation=case_a, actor=None, payload={})
    recipients = recipients_for(event)
    assert released_expert_user not in recipients and expert_user in recipients


def test_workload_page_shows_a_consultant_only_their_own_cases_titles(client, case_a, consultant, expert_user):
    other = factories.ConsultationFactory(stage="analysis", track="consultation", title="Case of another team")
    factories.TaskForceMemberFactory(consultation=other, role="expert", expert=expert_user.expert_profile)
    client.force_login(consultant)
    html = client.get(reverse("dashboard:experts")).content.decode()
    assert case_a.title in html
    assert "Case of another team" not in html
    staff = factories.StaffFactory()
    client.force_login(staff)
    assert "Case of another team" in client.get(reverse("dashboard:experts")).content.decode()
