"""The audit trail: who changed what and when, for every domain record, kept and never deleted."""

from __future__ import annotations

import pytest
from auditlog.models import LogEntry
from django.apps import apps
from django.urls import NoReverseMatch, reverse

from consultations.services import consultation_move
from consultations.services.messages import message_post
from core.audit import AUDITED_APPS, acting_as, history_for
from tests import factories
from tests.audit.admin_forms import admin_change_data

pytestmark = pytest.mark.django_db


def test_every_model_of_the_domain_apps_is_audited():
    from auditlog.registry import auditlog

    for label in AUDITED_APPS:
        for model in apps.get_app_config(label).get_models():
            assert auditlog.contains(model), model


def test_admin_edit_is_recorded_with_actor_before_and_after(client, staff_officer, city_a):
    client.force_login(staff_officer)
    url = reverse("admin:cities_city_change", args=[city_a.pk])
    data = admin_change_data(client.get(url))
    data["population"] = "1500000"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""

    entry = history_for(city_a).first()
    assert entry.action == LogEntry.Action.UPDATE
    assert entry.actor == staff_officer
    assert entry.changes_dict["population"] == ["500000", "1500000"]

    page = client.get(reverse("admin:cities_city_history", args=[city_a.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert 'id="audit-history"' in html
    assert "1500000" in html and "500000" in html and "staff-officer" in html


def test_service_call_in_a_task_names_the_actor(staff_officer, case_a):
    """Outside a request (a Celery task, a script), services' writes carry the actor given to `acting_as`."""
    with acting_as(staff_officer):
        message = message_post(consultation=case_a, author=staff_officer, body="Site visit in May?")
    entry = history_for(message).get()
    assert entry.action == LogEntry.Action.CREATE
    assert entry.actor == staff_officer
    assert entry.changes_dict["body"][1] == "Site visit in May?"


def test_changes_outside_requests_without_actor_are_the_systems():
    city = factories.CityFactory()
    entry = history_for(city).get()
    assert entry.actor is None


def test_move_through_the_admin_is_recorded_with_actor(client, staff_officer, city_a):
    case = factories.ConsultationFactory(city=city_a, stage="screening", track="consultation")
    client.force_login(staff_officer)
    response = client.post(
        reverse("admin:consultations_consultation_move", args=[case.pk]),
        {"target": "on_hold", "note": "New mayor; budget frozen.", "expected_stage": "screening"},
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.stage == "on_hold"
    entry = history_for(case).filter(action=LogEntry.Action.UPDATE).first()
    assert entry.actor == staff_officer
    assert entry.changes_dict["stage"] == ["screening", "on_hold"]


def test_move_service_with_acting_as(staff_officer, city_a):
    case = factories.ConsultationFactory(city=city_a, stage="screening", track="consultation")
    with acting_as(staff_officer):
        consultation_move(consultation=case, target="on_hold", actor=staff_officer, note="Elections.")
    entry = history_for(case).filter(action=LogEntry.Action.UPDATE).first()
    assert (entry.actor, entry.changes_dict["stage"]) == (staff_officer, ["screening", "on_hold"])


def test_api_edit_is_recorded_with_the_token_user(client, staff_officer, city_a):
    try:
        url = reverse("api:city-detail", args=[city_a.pk])
    except NoReverseMatch:
        pytest.skip("the API has no city endpoint")
    from tests.factories import api_key_for

    key = api_key_for(staff_officer)
    response = client.patch(
        url, {"population": 1_234_567}, content_type="application/json", HTTP_AUTHORIZATION=f"Token {key}"
    )
    assert response.status_code == 200, response.content
    entry = history_for(city_a).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.actor == staff_officer
    assert entry.changes_dict["population"] == ["500000", "1234567"]


def test_history_cannot_be_deleted_or_edited(client, staff_officer, city_a):
    entry = history_for(city_a).get()
    client.force_login(staff_officer)
    assert client.get(reverse("admin:auditlog_logentry_delete", args=[entry.pk])).status_code == 403
    assert client.post(reverse("admin:auditlog_logentry_delete", args=[entry.pk]), {"post": "yes"}).status_code == 403
    changelist = client.get(reverse("admin:auditlog_logentry_changelist"))
    assert changelist.status_code == 200
    assert "delete_selected" not in changelist.content.decode()
    assert LogEntry.objects.filter(pk=entry.pk).exists()


def test_consultations_are_archived_never_deleted(client, staff_officer, case_a):
    client.force_login(staff_officer)
    assert client.get(reverse("admin:consultations_consultation_delete", args=[case_a.pk])).status_code == 403
    assert history_for(case_a).exists()


def test_expert_history_page_lists_changes(client, staff_officer):
    expert = factories.ExpertFactory(name="Dr. Lee")
    with acting_as(staff_officer):
        expert.availability = "unavailable"
        expert.save()
    client.force_login(staff_officer)
    html = client.get(reverse("admin:experts_expert_history", args=[expert.pk])).content.decode()
    assert "unavailable" in html and "staff-officer" in html
