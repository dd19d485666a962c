"""Staff in the admin: the header's language switch and links, where sign-in lands, the short country filter,
documents by their original name, move buttons that explain themselves, and the dashboard's labels."""

from __future__ import annotations

import re

import pytest
from django.http import HttpRequest
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from consultations.pipeline import MOVES, MoveTone, StageKey
from dashboard.selectors import FunnelRow, text_width
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, staff_officer):
    client.force_login(staff_officer)
    return client


def change_url(case) -> str:
    return reverse("admin:consultations_consultation_change", args=[case.pk])


# ---- header, links, sign-in ---------------------------------------------------------------------


def test_admin_header_has_a_language_form_and_links_to_the_portal_and_workspace(staff_client):
    html = staff_client.get(reverse("admin:index")).content.decode()
    form = re.search(r'<form class="admin-lang-switch" action="([^"]+)" method="post">(.*?)</form>', html, re.S)
    assert form is not None
    assert form.group(1) == reverse("set_language")
    assert re.findall(r'<option value="(\w+)"', form.group(2)) == ["en", "ko", "es"]
    assert '<button type="submit">Change</button>' in form.group(2)
    assert f'href="{reverse("portal:home")}" class="header-portal-link">Portal</a>' in html
    assert f'href="{reverse("dashboard:index")}" class="header-workspace-link">Staff workspace</a>' in html


def test_admin_login_page_also_offers_the_language_switch(client):
    html = client.get(reverse("admin:login")).content.decode()
    assert 'class="admin-lang-switch"' in html


def test_switching_language_from_the_admin_header_returns_to_the_admin_in_korean(staff_client):
    response = staff_client.post(reverse("set_language"), {"language": "ko", "next": "/admin/"}, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    assert "포털" in response.content.decode()  # "Portal" in the Korean header


def test_portal_header_links_staff_to_the_admin_and_workspace(client, staff_officer, consultant, official_a):
    for user in (staff_officer, consultant):
        client.force_login(user)
        html = client.get(reverse("portal:home")).content.decode()
        assert f'<a href="{reverse("admin:index")}">Admin</a>' in html
        assert f'<a href="{reverse("dashboard:index")}">Staff workspace</a>' in html
    client.force_login(official_a)
    html = client.get(reverse("portal:home")).content.decode()
    assert f'href="{reverse("admin:index")}"' not in html
    assert "Staff workspace" not in html


def _portal_sign_in(client, username: str, next_url: str | None = None):
    url = reverse("portal:login") + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"username": username, "password": "pw"})


@pytest.mark.parametrize(
    ("who", "expected"),
    [("staff_officer", "/admin/"), ("consultant", "/admin/"), ("official_a", "/my/consultations/")],
)
def test_portal_sign_in_sends_staff_to_the_admin_and_officials_to_their_cases(client, request, who, expected):
    user = request.getfixturevalue(who)
    response = _portal_sign_in(client, user.username)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_portal_sign_in_still_honours_next_for_staff(client, staff_officer):
    response = _portal_sign_in(client, staff_officer.username, "/staff/")
    assert response["Location"] == "/staff/"


def test_a_signed_in_staff_member_visiting_the_portal_login_goes_to_the_admin(client, staff_officer):
    client.login(request=HttpRequest(), username=staff_officer.username, password="pw")
    response = client.get(reverse("portal:login"))
    assert response.status_code == 302 and response["Location"] == "/admin/"


# ---- the consultation changelist's country filter -------------------------------------------------


def test_country_filter_lists_only_countries_that_have_cases(staff_client):
    factories.ConsultationFactory(city=factories.CityFactory(name="Lima", country="PE"))
    factories.ConsultationFactory(city=factories.CityFactory(name="Hanoi", country="VN"))
    for code in ("FR", "DE", "JP", "BR", "KE", "US"):  # cities on record without any case
        factories.CityFactory(country=code)
    url = reverse("admin:consultations_consultation_changelist")
    html = staff_client.get(url).content.decode()
    offered = set(re.findall(r"\?city__country=([A-Z]{2})", html))
    assert offered == {"PE", "VN"}


def test_country_filter_costs_the_same_number_of_queries_with_more_countries(staff_client):
    url = reverse("admin:consultations_consultation_changelist")
    factories.ConsultationFactory(city=factories.CityFactory(country="PE"))
    from django.db import connection

    with CaptureQueriesContext(connection) as few:
        assert staff_client.get(url).status_code == 200
    for code in ("VN", "KE", "MN", "ID", "CO", "BR", "MZ"):
        factories.ConsultationFactory(city=factories.CityFactory(country=code))
    with CaptureQueriesContext(connection) as many:
        assert staff_client.get(url).status_code == 200
    assert len(many) == len(few)


# ---- documents inline -----------------------------------------------------------------------------


def test_documents_inline_shows_the_original_name_linked_to_the_checked_download(staff_client):
    case = factories.ConsultationFactory(stage=StageKey.ANALYSIS, track="consultation")
    document = factories.DocumentFactory(consultation=case, original_name="Ulaanbaatar bus study 2026.pdf")
    html = staff_client.get(change_url(case)).content.decode()
    download = reverse("admin:consultations_document_download", args=[document.pk])
    assert f'<a href="{download}" class="document-download" download>Ulaanbaatar bus study 2026.pdf</a>' in html
    assert document.file.name not in html  # the generated storage path is never shown
    response = staff_client.get(download)
    assert response.status_code == 200
    assert 'filename="Ulaanbaatar bus study 2026.pdf"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == b"%PDF-1.4 test"


def test_document_download_in_the_admin_is_scoped_to_the_team(client, case_a, unassigned_expert_user, consultant):
    document = factories.DocumentFactory(consultation=case_a, visibility="internal")
    url = reverse("admin:consultations_document_download", args=[document.pk])
    client.force_login(consultant)  # on case A's task force
    assert client.get(url).status_code == 200
    other = factories.ConsultantFactory()
    client.force_login(other)  # not on the task force
    assert client.get(url).status_code in (403, 404)


def test_a_saved_document_is_not_replaced_by_the_change_form(staff_client, staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.ANALYSIS, track="consultation")
    document = factories.DocumentFactory(consultation=case, original_name="a.pdf")
    stored = document.file.name
    page = staff_client.get(change_url(case))
    data = {}
    for form in [page.context["adminform"].form]:
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if value is None:
                continue
            data[name] = (
                [item.pk if hasattr(item, "pk") else item for item in value] if isinstance(value, list) else value
            )
    for formset in page.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[f"{formset.formset.prefix}-{name}"] = management.initial.get(name, management[name].value())
        for form in formset.formset.forms:
            for name in form.fields:
                value = form[name].value()
                if value is None or name == "file":
                    continue
                data[form.add_prefix(name)] = value
    staff_client.post(change_url(case), data)
    document.refresh_from_db()
    assert document.file.name == stored


# ---- move buttons -------------------------------------------------------------------------------


def test_a_blocked_move_is_disabled_with_the_reason_and_a_link_to_the_missing_field(staff_client):
    case = factories.ConsultationFactory(stage=StageKey.SCREENING, track="")
    html = staff_client.get(change_url(case)).content.decode()
    form = re.search(r'<form[^>]*id="move-task_force".*?</form>', html, re.S).group(0)
    assert re.search(r"<button[^>]*disabled[^>]*>Accept and form a task force</button>", form)
    assert '<a href="#id_track">Choose the track (consultation or funding) before accepting the request.</a>' in form
    assert 'id="id_track"' in html  # the link leads somewhere


def test_a_blocked_move_on_a_missing_record_links_to_its_inline(staff_client):
    case = factories.ConsultationFactory(stage=StageKey.TASK_FORCE, track="consultation")
    html = staff_client.get(change_url(case)).content.decode()
    assert '<a href="#task_force-group">The task force needs an SMG lead.</a>' in html
    assert 'id="task_force-group"' in html


def test_decline_and_withdraw_look_different_from_forward_moves(staff_client):
    tones = {(move.source, move.target): move.tone for move in MOVES}
    assert tones[(StageKey.SCREENING, StageKey.DECLINED)] == MoveTone.DANGER
    assert tones[(StageKey.ANALYSIS, StageKey.WITHDRAWN)] == MoveTone.DANGER
    assert tones[(StageKey.SCREENING, StageKey.TASK_FORCE)] == MoveTone.FORWARD
    assert tones[(StageKey.ANALYSIS, StageKey.ON_HOLD)] == MoveTone.SECONDARY
    case = factories.ConsultationFactory(stage=StageKey.SCREENING, track="consultation")
    html = staff_client.get(change_url(case)).content.decode()
    assert re.search(r'<button type="submit" class="button move-danger"[^>]*>Decline</button>', html)
    assert re.search(
        r'<button type="submit" class="button move-forward"[^>]*>Accept and form a task force</button>', html
    )


def test_a_blank_reason_is_refused_by_the_server_beside_the_field_with_the_note_kept(staff_client):
    case = factories.ConsultationFactory(stage=StageKey.SCREENING, track="")
    response = staff_client.post(
        reverse("admin:consultations_consultation_move", args=[case.pk]),
        {"target": "declined", "note": "   \n ", "expected_stage": "screening"},
    )
    assert response.status_code == 302
    assert response["Location"].endswith("#move-declined")
    html = staff_client.get(change_url(case)).content.decode()
    form = re.search(r'<form[^>]*id="move-declined".*?</form>', html, re.S).group(0)
    assert "Give a reason for “Decline”." in form
    assert 'aria-invalid="true"' in form
    case.refresh_from_db()
    assert case.stage == StageKey.SCREENING
    # Shown once: a reload shows the clean form again.
    again = staff_client.get(change_url(case)).content.decode()
    assert "Give a reason for" not in re.search(r'<form[^>]*id="move-declined".*?</form>', again, re.S).group(0)


def test_a_refused_move_keeps_the_typed_note(staff_client):
    case = factories.ConsultationFactory(stage=StageKey.TASK_FORCE, track="consultation")
    staff_client.post(
        reverse("admin:consultations_consultation_move", args=[case.pk]),
        {"target": "analysis", "note": "Team agreed on Monday", "expected_stage": "task_force"},
    )
    html = staff_client.get(change_url(case)).content.decode()
    form = re.search(r'<form[^>]*id="move-analysis".*?</form>', html, re.S).group(0)
    assert "Team agreed on Monday</textarea>" in form


# ---- staff dashboard ------------------------------------------------------------------------------


def test_dashboard_breadcrumb_names_the_dashboard_once(staff_client):
    html = staff_client.get(reverse("dashboard:index")).content.decode()
    crumbs = re.search(r'<div class="breadcrumbs">(.*?)</div>', html, re.S).group(1)
    assert crumbs.count("Staff dashboard") == 1
    other = staff_client.get(reverse("dashboard:experts")).content.decode()
    crumbs = re.search(r'<div class="breadcrumbs">(.*?)</div>', other, re.S).group(1)
    assert crumbs.count("Staff dashboard") == 1 and "Experts&#x27; workload" in crumbs


def test_a_short_funnel_bar_puts_its_label_beside_it():
    wide = FunnelRow("request", "Request", 1, reached=40, width=100.0)
    assert wide.label_place["inside"] is True
    short = FunnelRow("follow_up", "Follow-up & evaluation", 8, reached=1, width=5.0)
    place = short.label_place
    assert place["inside"] is False and place["anchor"] == "start"
    bar_right = (short.offset + short.width) * 4
    assert place["x"] >= bar_right
    assert place["x"] + text_width(short.text, place["font_size"]) <= 400
    assert place["font_size"] >= 8
    assert text_width("후속 조치") > text_width("Follow")  # Hangul counts wider


def test_dashboard_chart_tooltips_are_translated(staff_client, staff_officer):
    case = factories.ConsultationFactory(stage=StageKey.ANALYSIS, track="funding")
    factories.FundingCommitmentFactory(consultation=case, status="pledged")
    staff_client.post(reverse("set_language"), {"language": "ko", "next": "/staff/"})
    with translation.override("ko"):
        html = staff_client.get(reverse("dashboard:index")).content.decode()
    titles = re.findall(r"<title>([^<]*)</title>", html)
    svg_titles = titles[1:]
    assert svg_titles
    assert not any("pledged" in title or "this stage" in title for title in svg_titles), svg_titles
    assert any("약정" in title or "서약" in title for title in svg_titles), svg_titles
