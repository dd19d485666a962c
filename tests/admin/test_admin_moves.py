"""Staff move cases from the consultation's admin page; refused moves explain themselves."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from consultations.models import StageTransition
from consultations.pipeline import StageKey
from tests import factories


@pytest.fixture
def staff_client(client, staff_officer):
    client.force_login(staff_officer)
    return client


def move_url(case) -> str:
    return reverse("admin:consultations_consultation_move", args=[case.pk])


@pytest.mark.django_db
def test_change_page_offers_the_moves_allowed_now_with_what_is_missing(staff_client):
    case = factories.ConsultationFactory(stage=StageKey.SCREENING, track="")
    response = staff_client.get(reverse("admin:consultations_consultation_change", args=[case.pk]))
    content = response.content.decode()
    assert "Accept and form a task force" in content
    assert "Decline" in content
    assert "Choose the track" in content  # the guard's message next to the button


@pytest.mark.django_db
def test_staff_declines_a_request_with_a_reason(staff_client, staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.SCREENING, track="")
    response = staff_client.post(
        move_url(case),
        {"target": "declined", "note": "Outside the initiative's sectors", "expected_stage": "screening"},
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.stage == StageKey.DECLINED
    entry = StageTransition.objects.get(consultation=case)
    assert (entry.actor, entry.note) == (staff_officer, "Outside the initiative's sectors")


@pytest.mark.django_db
def test_a_refused_move_shows_the_guard_message_and_changes_nothing(staff_client):
    case = factories.ConsultationFactory(stage=StageKey.TASK_FORCE, track="consultation")
    response = staff_client.post(move_url(case), {"target": "analysis", "note": ""}, follow=True)
    assert response.status_code == 200
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("SMG lead" in message and "lead expert" in message for message in shown)
    case.refresh_from_db()
    assert case.stage == StageKey.TASK_FORCE


@pytest.mark.django_db
def test_a_stale_page_gets_a_conflict_message(staff_client):
    case = factories.ConsultationFactory(stage=StageKey.DECLINED, track="")
    response = staff_client.post(
        move_url(case), {"target": "declined", "note": "again", "expected_stage": "screening"}, follow=True
    )
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("in the meantime" in message for message in shown)


@pytest.mark.django_db
def test_move_view_answers_get_with_405_and_unknown_case_with_404(staff_client):
    case = factories.ConsultationFactory()
    assert staff_client.get(move_url(case)).status_code == 405
    assert staff_client.post(reverse("admin:consultations_consultation_move", args=[999999]), {}).status_code == 404


@pytest.mark.django_db
def test_stage_is_read_only_in_the_admin_form(staff_client, city_a):
    case = factories.ConsultationFactory(city=city_a, stage=StageKey.SCREENING, track="")
    url = reverse("admin:consultations_consultation_change", args=[case.pk])
    response = staff_client.get(url)
    form = response.context["adminform"].form
    assert "stage" not in form.fields
    assert "track" in form.fields  # chosen at screening


@pytest.mark.django_db
def test_consultations_cannot_be_deleted_from_the_admin(staff_client):
    case = factories.ConsultationFactory()
    response = staff_client.post(reverse("admin:consultations_consultation_delete", args=[case.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert type(case).objects.filter(pk=case.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_task_force_added_in_the_admin_goes_through_the_service_and_advances_the_case(staff_client, staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.TASK_FORCE, track="consultation")
    expert = factories.ExpertFactory()
    url = reverse("admin:consultations_consultation_change", args=[case.pk])
    page = staff_client.get(url)
    data = _form_data(page)
    prefix = "task_force"
    data.update(
        {
            f"{prefix}-TOTAL_FORMS": "2",
            f"{prefix}-0-role": "smg_lead",
            f"{prefix}-0-user": str(staff_officer.pk),
            f"{prefix}-1-role": "lead_expert",
            f"{prefix}-1-expert": str(expert.pk),
        }
    )
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    case.refresh_from_db()
    assert case.task_force.count() == 2
    assert case.stage == StageKey.ANALYSIS  # the system moved it on after commit


def _form_data(page) -> dict:
    """The change form's current values, as a browser would post them back."""
    data = {}
    context = page.context
    form = context["adminform"].form
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if hasattr(value, "__iter__") and not isinstance(value, str):
            data[name] = [getattr(v, "pk", v) for v in value]
        elif value is not None:
            data[name] = value if not isinstance(value, bool) else ("on" if value else "")
    for formset in context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS"):
            data[f"{formset.formset.prefix}-{name}"] = management.initial.get(name, 0)
    return {key: value for key, value in data.items() if value != ""}
