"""Where people meet matching: the portal request form (no-JavaScript path), the staff workspace, the admin."""

from __future__ import annotations

import pytest
from django.urls import reverse

from consultations.models import Consultation, TaskForceMember
from matching.models import ProposalStatus, TaskForceProposal
from policies.models import Sector

NEW = "/my/consultations/new/"
CHALLENGE = "Night-shift workers are stranded after midnight: hospital staff have no way home."


def test_the_suggest_button_round_trips_keeping_the_draft(client, official_a, demo_policies):
    client.force_login(official_a)
    transport = Sector.objects.get(key="transportation")
    response = client.post(
        NEW,
        {
            "title": "Night buses",
            "challenge": CHALLENGE,
            "sectors": [transport.pk],
            "contact_name": "Bat",
            "action": "suggest",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="Night buses"' in page and CHALLENGE in page and 'value="Bat"' in page
    assert f'value="{transport.pk}" data-key="transportation" checked' in page or "checked" in page
    suggestions = response.context["suggestions"]
    assert suggestions[0].module.slug == "owl-bus" and suggestions[0].reasons
    assert "Owl Bus" in page and suggestions[0].reasons[0] in page
    assert not Consultation.objects.exists()  # suggesting saves nothing


def test_ticking_a_suggestion_adds_it_to_the_request(client, official_a, demo_policies):
    client.force_login(official_a)
    owl = demo_policies["owl-bus"]
    response = client.post(
        NEW, {"title": "Night buses", "challenge": CHALLENGE, "policy_modules": [owl.pk], "action": "save"}
    )
    assert response.status_code == 302
    assert list(Consultation.objects.get().policy_modules.all()) == [owl]


def test_a_short_challenge_asks_for_more_text(client, official_a, demo_policies):
    client.force_login(official_a)
    response = client.post(NEW, {"title": "Buses", "challenge": "buses", "action": "suggest"})
    assert response.status_code == 200
    assert response.context["suggestions"] == []
    assert "sentence or two" in response.context["suggestion_message"]


def test_suggestions_follow_the_readers_language(client, official_a, demo_policies):
    official_a.preferred_language = "es"
    official_a.save()
    client.force_login(official_a)
    response = client.post(
        NEW,
        {
            "title": "Autobuses nocturnos",
            "challenge": "Los trabajadores del turno de noche quedan varados después de la medianoche.",
            "action": "suggest",
        },
        HTTP_ACCEPT_LANGUAGE="es",
    )
    suggestions = response.context["suggestions"]
    assert suggestions[0].module.slug == "owl-bus"
    assert "solicitud" in " ".join(suggestions[0].reasons)


def test_the_form_loads_the_script_without_inline_code(client, official_a):
    client.force_login(official_a)
    page = client.get(NEW).content.decode()
    assert "js/portal.js" in page
    assert 'id="policy-suggestions"' in page and 'data-api-url="/api/v1/matching/policies/"' in page
    assert "<script>" not in page and "onclick=" not in page


# ---- staff ------------------------------------------------------------------------------------------


def test_staff_workspace_proposes_and_accepts(client, staff_officer, waiting_case, demo_policies):
    client.force_login(staff_officer)
    assert client.get(reverse("matching:overview")).status_code == 200
    page = client.get(reverse("matching:case", args=[waiting_case.pk]))
    assert page.status_code == 200 and page.context["experts"]
    response = client.post(reverse("matching:proposal_create"), {"consultations": [waiting_case.pk]})
    proposal = TaskForceProposal.objects.get()
    assert response.url == reverse("matching:proposal", args=[proposal.pk])
    detail = client.get(response.url)
    assert detail.status_code == 200 and not detail.context["violations"]
    client.post(reverse("matching:proposal_accept", args=[proposal.pk]))
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED
    assert TaskForceMember.objects.filter(consultation=waiting_case, role="lead_expert").exists()


@pytest.mark.parametrize("persona", ["consultant", "official_a", "expert_user"])
def test_only_staff_propose_in_the_workspace(client, persona, request, waiting_case):
    client.force_login(request.getfixturevalue(persona))
    assert client.post(reverse("matching:proposal_create"), {"consultations": [waiting_case.pk]}).status_code in (
        302,
        403,
    )
    assert not TaskForceProposal.objects.exists()


def test_the_admin_change_page_shows_matches_and_accepts_in_one_click(
    client, staff_officer, waiting_case, demo_policies
):
    client.force_login(staff_officer)
    change = reverse("admin:consultations_consultation_change", args=[waiting_case.pk])
    page = client.get(change).content.decode()
    assert 'id="matching-panel"' in page and "Propose a task force for this case" in page
    client.post(reverse("matching:proposal_create"), {"consultations": [waiting_case.pk], "next": change})
    page = client.get(change).content.decode()
    assert "Accept: assign these experts" in page
    proposal = TaskForceProposal.objects.get()
    response = client.post(reverse("matching:proposal_accept", args=[proposal.pk]), {"next": change})
    assert response.url == change
    assert TaskForceMember.objects.filter(consultation=waiting_case, role="lead_expert").exists()


def test_the_admin_panel_is_not_shown_for_later_stages(client, staff_officer, case_a):
    client.force_login(staff_officer)
    page = client.get(reverse("admin:consultations_consultation_change", args=[case_a.pk])).content.decode()
    assert 'id="matching-panel"' not in page
