"""The admin is one more reader of consultations.access: per persona, every change list, change page, history
page, export, autocomplete and action shows the same cases as the portal and the API, and never more.

Experts normally work in the portal; here the expert personas are given admin access (is_staff) so the
admin's scoping is exercised for them too.
"""

from __future__ import annotations

import datetime

import pytest
from auditlog.models import LogEntry
from django.contrib import admin
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from rest_framework.test import APIClient

from consultations.models import Consultation, Document, FundingCommitment, Message, StageTransition
from consultations.services import consultation_move
from core.audit import acting_as
from tests import factories
from tests.audit.admin_forms import admin_change_data

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "official_a", "official_b", "expert", "released_expert", "consultant", "staff"]
ADMIN_PERSONAS = ["expert", "released_expert", "consultant", "staff"]

# The cases each persona sees, in the portal, the API and (for those who may enter it) the admin.
VISIBLE = {
    "anonymous": {"published"},
    "official_a": {"case_a", "draft_a"},
    "official_b": {"case_b", "published"},
    "expert": {"case_a"},
    "released_expert": set(),
    "consultant": {"case_a"},
    "staff": {"case_a", "case_b", "published", "draft_a"},
}
CASES = ("case_a", "case_b", "published", "draft_a")


@pytest.fixture
def world(
    case_a, city_b, staff_officer, consultant, expert_user, released_expert_user, official_a, official_b, anonymous
):
    for user in (expert_user, released_expert_user):
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    case_b = factories.ConsultationFactory(city=city_b, stage="analysis", track="funding", title="Water of B")
    published = factories.ConsultationFactory(city=city_b, stage="closed", track="funding", is_published=True)
    draft_a = factories.ConsultationFactory(city=case_a.city, stage="draft")
    for case, tag in ((case_a, "A"), (case_b, "B")):
        factories.MessageFactory(
            consultation=case, author=staff_officer, body=f"Internal note of {tag}", is_internal=True
        )
        factories.DocumentFactory(consultation=case, visibility="internal", title=f"Memo of {tag}")
        factories.ActivityFactory(consultation=case, title=f"Study visit of {tag}")
        factories.SiteVisitFactory(consultation=case, findings=f"Findings of {tag}")
        factories.RecommendationFactory(consultation=case, title=f"Advice for {tag}")
        factories.FundingAssessmentFactory(consultation=case, in_house_capacity=f"Capacity of {tag}")
        factories.FundingCommitmentFactory(consultation=case, note=f"Pledge of {tag}")
        factories.IndicatorMeasurementFactory(
            indicator=factories.OutcomeIndicatorFactory(consultation=case, name=f"Riders of {tag}")
        )
        with acting_as(staff_officer):
            consultation_move(consultation=case, target="on_hold", actor=staff_officer, note=f"Elections in {tag}")
    return {
        "case_a": case_a,
        "case_b": case_b,
        "published": published,
        "draft_a": draft_a,
        "anonymous": anonymous,
        "official_a": official_a,
        "official_b": official_b,
        "expert": expert_user,
        "released_expert": released_expert_user,
        "consultant": consultant,
        "staff": staff_officer,
    }


def browser(user) -> Client:
    client = Client()
    if user.is_authenticated:
        client.force_login(user)
    return client


def visible_ids(world, persona) -> set[int]:
    return {world[name].pk for name in VISIBLE[persona]}


def changelist_rows(client, model) -> list:
    opts = model._meta
    response = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert response.status_code == 200, (opts.label, response.status_code)
    return list(response.context["cl"].result_list)


# --- the cases: admin = portal = API ----------------------------------------------------------------------


@pytest.mark.parametrize("persona", PERSONAS)
def test_admin_portal_and_api_show_the_same_cases(world, persona):
    user = world[persona]
    expected = visible_ids(world, persona)

    api = APIClient()
    if user.is_authenticated:
        api.force_authenticate(user)
    assert {row["id"] for row in api.get("/api/v1/consultations/").json()["results"]} == expected

    client = browser(user)
    if persona != "anonymous":
        portal = client.get(reverse("portal:consultation_list"))
        assert {case.pk for case in portal.context["page"]} == expected

    changelist = client.get(reverse("admin:consultations_consultation_changelist"))
    if persona not in ADMIN_PERSONAS:
        assert changelist.status_code == 302 and "/login/" in changelist["Location"]
        return
    assert {case.pk for case in changelist.context["cl"].result_list} == expected
    for name in CASES:
        case = world[name]
        for view in ("change", "history"):
            response = client.get(reverse(f"admin:consultations_consultation_{view}", args=[case.pk]))
            assert (response.status_code == 200) == (case.pk in expected), (persona, name, view, response.status_code)


# Every admin of a case's records, with how a row reaches its case.
CASE_RECORD_ADMINS = [
    (StageTransition, "consultation_id"),
    (FundingCommitment, "consultation_id"),
    (Document, "consultation_id"),
    ("consultations.OutcomeIndicator", "consultation_id"),
]


@pytest.mark.parametrize("persona", ADMIN_PERSONAS)
@pytest.mark.parametrize(("model", "case_attr"), CASE_RECORD_ADMINS, ids=lambda v: getattr(v, "__name__", str(v)))
def test_record_lists_change_and_history_pages_follow_the_cases(world, persona, model, case_attr):
    from django.apps import apps

    model = apps.get_model(model) if isinstance(model, str) else model
    client = browser(world[persona])
    expected_cases = visible_ids(world, persona)
    rows = changelist_rows(client, model)
    assert {getattr(row, case_attr) for row in rows} == {
        getattr(row, case_attr) for row in model.objects.all() if getattr(row, case_attr) in expected_cases
    }
    opts = model._meta
    for row in model.objects.all():
        visible = getattr(row, case_attr) in expected_cases
        for view in ("change", "history"):
            response = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[row.pk]))
            assert (response.status_code == 200) == visible, (persona, opts.label, row.pk, view)


def crawl(client) -> dict[str, str]:
    """Every admin change list, and the change and history page of every row, as `client` sees them."""
    pages = {}
    for model in admin.site._registry:
        opts = model._meta
        urls = [reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")]
        for obj in model._default_manager.all()[:30]:
            for view in ("change", "history"):
                try:
                    urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[obj.pk]))
                except NoReverseMatch:
                    pass
        for url in urls:
            response = client.get(url)
            assert response.status_code in (200, 302, 403), (url, response.status_code)
            if response.status_code == 200:
                pages[url] = response.content.decode()
    return pages


@pytest.mark.parametrize("persona", ["expert", "released_expert", "consultant"])
def test_no_admin_page_shows_another_teams_case_or_anyones_email(world, persona):
    pages = crawl(browser(world[persona]))
    secrets = ["Internal note of B", "Memo of B", "Findings of B", "Pledge of B", "Water of B", "Elections in B"]
    if persona == "released_expert":
        secrets += ["Internal note of A", "Memo of A", "Findings of A", "Elections in A"]
    emails = [world[name].email for name in ("official_a", "official_b", "staff", "consultant")]
    for url, html in pages.items():
        for secret in secrets + emails:
            assert secret not in html, (persona, url, secret)
    assert any("Internal note of A" in html for html in pages.values()) == (persona != "released_expert")


# --- autocompletes, exports, actions, moves --------------------------------------------------------------

AUTOCOMPLETES = [
    # (source app, source model, field): the results come from the target model's scoped admin
    ("consultations", "fundingcommitment", "consultation"),
    ("consultations", "outcomeindicator", "consultation"),
    ("training", "trainingprogramme", "consultation"),
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("app_label", "model_name", "field_name"), AUTOCOMPLETES)
def test_autocompletes_offer_only_visible_cases(world, persona, app_label, model_name, field_name):
    client = browser(world[persona])
    response = client.get(
        reverse("admin:autocomplete"), {"app_label": app_label, "model_name": model_name, "field_name": field_name}
    )
    if persona not in ADMIN_PERSONAS:
        assert response.status_code == 302
        return
    assert response.status_code == 200
    assert {int(row["id"]) for row in response.json()["results"]} == visible_ids(world, persona)


@pytest.mark.parametrize("persona", PERSONAS)
def test_expert_autocomplete_offers_what_the_api_lists(world, persona):
    factories.ExpertFactory(name="Retired expert", is_active=False)
    client = browser(world[persona])
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "consultations", "model_name": "sitevisit", "field_name": "experts"},
    )
    if persona not in ADMIN_PERSONAS:
        assert response.status_code == 302
        return
    api = APIClient()
    api.force_authenticate(world[persona])
    listed = {row["id"] for row in api.get("/api/v1/experts/?page_size=500").json()["results"]}
    assert {int(row["id"]) for row in response.json()["results"]} == listed


EXPORTS = ["cities_city", "experts_expert", "policies_policymodule"]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("prefix", EXPORTS)
def test_admin_exports_are_for_staff_only(world, persona, prefix):
    response = browser(world[persona]).get(reverse(f"admin:{prefix}_export"))
    expected = {"staff": 200}.get(persona, 403 if persona in ADMIN_PERSONAS else 302)
    assert response.status_code == expected


@pytest.mark.parametrize("persona", ADMIN_PERSONAS)
def test_actions_and_moves_reach_only_visible_cases(world, persona):
    client = browser(world[persona])
    case_b = world["case_b"]
    move = client.post(
        reverse("admin:consultations_consultation_move", args=[case_b.pk]),
        {"target": "resume", "note": "", "expected_stage": "on_hold"},
    )
    case_b.refresh_from_db()
    if persona == "staff":
        assert move.status_code == 302
    else:
        assert move.status_code == 404 and case_b.stage == "on_hold"

    before = Consultation.objects.count()
    response = client.post(
        reverse("admin:consultations_consultation_changelist"),
        {"action": "delete_selected", "_selected_action": [world[name].pk for name in CASES], "post": "yes"},
    )
    assert response.status_code in (200, 302)
    assert Consultation.objects.count() == before

    invite = client.post(
        reverse("admin:accounts_user_changelist"),
        {"action": "resend_invitation", "_selected_action": [world["official_b"].pk]},
    )
    assert invite.status_code == (302 if persona == "staff" else 403)


# --- what a consultant may change ----------------------------------------------------------------------------


def test_consultant_changes_only_their_roles_fields_on_their_case(world):
    from consultations.access import CONSULTANT_CASE_FIELDS

    client = browser(world["consultant"])
    case = world["case_a"]
    url = reverse("admin:consultations_consultation_change", args=[case.pk])
    page = client.get(url)
    form_fields = set(page.context["adminform"].form.fields)
    assert form_fields == set(CONSULTANT_CASE_FIELDS)
    inlines = {inline.opts.model._meta.model_name: inline for inline in page.context["inline_admin_formsets"]}
    assert not inlines["taskforcemember"].has_add_permission and not inlines["taskforcemember"].has_change_permission
    assert not inlines["fundingcommitment"].has_change_permission
    assert inlines["activity"].has_add_permission and inlines["message"].has_add_permission
    assert not any(inline.has_delete_permission for inline in inlines.values())

    data = admin_change_data(page)
    data.update({"challenge": "Fares are paid in cash.", "title": "Hijacked", "is_published": "on"})
    saved = client.post(url, data)
    assert saved.status_code == 302, page.context["adminform"].form.errors
    case.refresh_from_db()
    assert case.challenge == "Fares are paid in cash."
    assert case.title != "Hijacked" and not case.is_published


def test_consultant_cannot_save_another_teams_case_nor_add_cases(world):
    client = browser(world["consultant"])
    case_b = world["case_b"]
    response = client.post(
        reverse("admin:consultations_consultation_change", args=[case_b.pk]), {"challenge": "mine now"}
    )
    assert response.status_code == 302
    case_b.refresh_from_db()
    assert case_b.challenge != "mine now"
    assert client.get(reverse("admin:consultations_consultation_add")).status_code == 403


def test_forms_refuse_the_id_of_an_invisible_case(world):
    """A record's case field offers, and accepts, only the cases the user may see."""
    client = browser(world["consultant"])
    response = client.post(
        reverse("admin:consultations_outcomeindicator_add"),
        {
            "consultation": world["case_b"].pk,
            "name": "Planted",
            "unit": "%",
            "measurements-TOTAL_FORMS": "0",
            "measurements-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "consultation" in response.context["adminform"].form.errors
    assert not world["case_b"].indicators.filter(name="Planted").exists()


# --- the audit log -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ADMIN_PERSONAS)
def test_audit_log_shows_only_entries_about_visible_records(world, persona):
    client = browser(world[persona])
    rows = changelist_rows(client, LogEntry)
    shown = {(row.content_type.model, row.object_id) for row in rows}
    if persona == "staff":
        assert len(shown) == len({(e.content_type.model, e.object_id) for e in LogEntry.objects.all()})
        return
    case_a, case_b = world["case_a"], world["case_b"]
    assert ("consultation", case_b.pk) not in shown
    assert not any(
        model == "message" and Message.objects.get(pk=pk).consultation_id == case_b.pk for model, pk in shown
    )
    assert ("consultation", case_a.pk) in shown if persona != "released_expert" else not shown
    assert not any(model in ("user", "city", "expert") for model, _pk in shown)
    for entry in LogEntry.objects.filter(object_repr__contains="of B"):
        page = client.get(reverse("admin:auditlog_logentry_change", args=[entry.pk]))
        assert page.status_code == 302


def test_history_page_of_reference_data_shows_no_audit_trail_to_consultants(world):
    city = world["case_a"].city
    with acting_as(world["staff"]):
        city.notes = "Mayor up for re-election; sensitive"
        city.save()
    consultant = browser(world["consultant"])
    for view in ("history", "change"):
        page = consultant.get(reverse(f"admin:cities_city_{view}", args=[city.pk]))
        assert page.status_code == 200
        assert "sensitive" not in page.content.decode(), view
    staff_page = browser(world["staff"]).get(reverse("admin:cities_city_history", args=[city.pk]))
    assert "sensitive" in staff_page.content.decode()


# --- consultant pages stay constant in queries ---------------------------------------------------------------


def test_consultant_change_list_queries_do_not_grow(world, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = browser(world["consultant"])
    url = reverse("admin:consultations_consultation_changelist")

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    few = count()
    for _ in range(8):
        case = factories.ConsultationFactory(city=world["case_a"].city, stage="analysis", track="consultation")
        factories.TaskForceMemberFactory(
            consultation=case, role="susa_coordinator", expert=None, user=world["consultant"]
        )
        factories.TaskForceMemberFactory(
            consultation=factories.ConsultationFactory(stage="analysis", track="consultation"),
            role="susa_coordinator",
            expert=None,
            user=world["consultant"],
            released_on=timezone.localdate() - datetime.timedelta(days=1),
        )
    assert len(changelist_rows(client, Consultation)) == 9
    assert count() == few
