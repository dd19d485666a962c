"""Experts' workload: current task forces, stages and availability, and a warning (never a refusal)
when staff assign an expert beyond the limit of active cases or outside their availability."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from consultations.models import TaskForceMember
from consultations.workload import expert_assignment_warnings, expert_workload_list
from tests import factories
from tests.audit.admin_forms import admin_change_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def busy_expert(settings):
    settings.EXPERT_MAX_ACTIVE_CASES = 1
    expert = factories.ExpertFactory(name="Dr. Busy")
    factories.TaskForceMemberFactory(expert=expert, consultation=factories.ConsultationFactory(stage="analysis"))
    # Released seats and finished cases do not count.
    factories.TaskForceMemberFactory(
        expert=expert,
        consultation=factories.ConsultationFactory(stage="analysis"),
        released_on=datetime.date(2024, 1, 1),
    )
    factories.TaskForceMemberFactory(expert=expert, consultation=factories.ConsultationFactory(stage="closed"))
    return expert


def assign_in_admin(client, case, expert):
    url = reverse("admin:consultations_consultation_change", args=[case.pk])
    data = admin_change_data(client.get(url))
    prefix = "task_force"
    total = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(total + 1)
    data[f"{prefix}-{total}-role"] = "expert"
    data[f"{prefix}-{total}-expert"] = str(expert.pk)
    return client.post(url, data)


def test_counts_only_active_cases(busy_expert):
    listed = {expert.name: expert for expert in expert_workload_list()}
    assert listed["Dr. Busy"].active_cases == 1
    assert [seat.consultation.stage for seat in listed["Dr. Busy"].active_assignments] == ["analysis"]
    assert expert_assignment_warnings(expert=busy_expert) == []


def test_admin_assignment_beyond_the_limit_warns_but_saves(client, staff_officer, busy_expert, city_a):
    case = factories.ConsultationFactory(city=city_a, stage="task_force", track="consultation", auto_advance=False)
    client.force_login(staff_officer)
    response = assign_in_admin(client, case, busy_expert)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert TaskForceMember.objects.filter(consultation=case, expert=busy_expert).exists()
    messages = [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]
    assert ("warning", "Dr. Busy now has 2 active cases, more than the limit of 1.") in messages


def test_admin_assignment_outside_availability_warns(client, staff_officer, city_a):
    today = timezone.localdate()
    away = factories.ExpertFactory(
        name="Dr. Away",
        unavailable_from=today - datetime.timedelta(days=1),
        unavailable_until=today + datetime.timedelta(days=30),
    )
    case = factories.ConsultationFactory(city=city_a, stage="task_force", track="consultation", auto_advance=False)
    client.force_login(staff_officer)
    response = assign_in_admin(client, case, away)
    assert response.status_code == 302
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any(m.startswith("Dr. Away is unavailable from") for m in messages)
    assert TaskForceMember.objects.filter(consultation=case, expert=away).exists()


def test_status_warnings():
    assert expert_assignment_warnings(expert=factories.ExpertFactory(name="A", availability="unavailable")) == [
        "A is marked as unavailable."
    ]
    assert expert_assignment_warnings(expert=factories.ExpertFactory(name="B", availability="limited")) == [
        "B has only limited availability."
    ]
    assert expert_assignment_warnings(expert=factories.ExpertFactory(name="C")) == []


def test_expert_admin_page_shows_current_task_forces(client, staff_officer, busy_expert):
    client.force_login(staff_officer)
    html = client.get(reverse("admin:experts_expert_change", args=[busy_expert.pk])).content.decode()
    assert "Current task forces" in html
    assert "1 active cases (limit 1)." in html
    assert "Analysis &amp; research" in html
    listing = client.get(reverse("admin:experts_expert_changelist")).content.decode()
    assert "active cases" in listing.lower()


def test_workload_page_queries_do_not_grow(client, staff_officer, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(staff_officer)

    def measure():
        client.get(reverse("dashboard:experts"))  # warm: the admin sidebar is cached after the first page
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse("dashboard:experts"))
        assert response.status_code == 200
        return len(captured)

    for _ in range(5):
        factories.TaskForceMemberFactory(consultation=factories.ConsultationFactory(stage="analysis"))
    small = measure()
    for _ in range(40):
        factories.TaskForceMemberFactory(consultation=factories.ConsultationFactory(stage="site_visit"))
    assert measure() == small
