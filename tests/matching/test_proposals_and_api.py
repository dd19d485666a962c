"""Task-force proposals (services) and every matching endpoint, for each persona."""

from __future__ import annotations

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from consultations.models import TaskForceMember
from core.errors import ApplicationError, PermissionDeniedError
from core.models import OutboxEvent
from matching.models import ProposalStatus, TaskForceProposal
from matching.services import (
    task_force_proposal_accept,
    task_force_proposal_create,
    task_force_proposal_remove_member,
    task_force_proposal_set_member,
)
from tests import factories


def api(user=None):
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


# ---- services ---------------------------------------------------------------------------------------


def test_accepting_assigns_through_the_task_force_service_and_the_case_moves_on(
    waiting_case, staff_officer, django_capture_on_commit_callbacks
):
    proposal = task_force_proposal_create(consultations=[waiting_case.pk], actor=staff_officer)
    assert proposal.status == ProposalStatus.PROPOSED
    assert not TaskForceMember.objects.filter(consultation=waiting_case, expert__isnull=False).exists()
    with django_capture_on_commit_callbacks(execute=True):
        assigned = task_force_proposal_accept(proposal=proposal, actor=staff_officer)
    assert sorted(member.role for member in assigned) == ["expert", "lead_expert"]
    assert OutboxEvent.objects.filter(kind="task_force.assigned", consultation=waiting_case).count() == 2
    waiting_case.refresh_from_db()
    assert waiting_case.stage == "analysis"  # the automatic move, as when staff assign by hand
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED and proposal.decided_by == staff_officer
    with pytest.raises(ApplicationError):
        task_force_proposal_accept(proposal=proposal, actor=staff_officer)


def test_staff_edit_the_proposal_and_a_broken_rule_blocks_acceptance(waiting_case, staff_officer, pool):
    proposal = task_force_proposal_create(consultations=[waiting_case.pk], actor=staff_officer)
    chosen = {member.expert_id for member in proposal.members.all()}
    other = next(expert for expert in pool if expert.pk not in chosen)
    task_force_proposal_set_member(
        proposal=proposal, actor=staff_officer, consultation=waiting_case, expert=other, role="lead_expert"
    )
    assert proposal.members.get(role="lead_expert").expert == other
    plain = proposal.members.filter(role="expert")
    for member in plain:
        task_force_proposal_remove_member(proposal=proposal, actor=staff_officer, member_id=member.pk)
    with pytest.raises(ApplicationError) as refused:
        task_force_proposal_accept(proposal=proposal, actor=staff_officer)
    assert refused.value.code == "proposal_invalid"
    assert not TaskForceMember.objects.filter(consultation=waiting_case, expert__isnull=False).exists()


def test_an_unavailable_expert_put_on_by_hand_blocks_acceptance(waiting_case, staff_officer, pool):
    proposal = task_force_proposal_create(consultations=[waiting_case.pk], actor=staff_officer)
    away = factories.ExpertFactory(name="Away", availability="unavailable")
    task_force_proposal_set_member(
        proposal=proposal, actor=staff_officer, consultation=waiting_case, expert=away, role="expert"
    )
    with pytest.raises(ApplicationError) as refused:
        task_force_proposal_accept(proposal=proposal, actor=staff_officer)
    assert "Away" in " ".join(refused.value.extra["problems"])


@pytest.mark.parametrize("persona", ["consultant", "official_a", "expert_user"])
def test_only_staff_propose(waiting_case, persona, request):
    with pytest.raises(PermissionDeniedError):
        task_force_proposal_create(consultations=[waiting_case.pk], actor=request.getfixturevalue(persona))


# ---- POST /api/v1/matching/policies/ ----------------------------------------------------------------

MATCH_URL = "/api/v1/matching/policies/"
NIGHT = {"title": "Night buses", "challenge": "Night-shift workers are stranded after midnight."}


def test_policy_matches_need_a_signed_in_user(db):
    assert api().post(MATCH_URL, NIGHT, format="json").status_code == 401


@pytest.mark.parametrize("persona", ["official_a", "staff_officer", "consultant", "expert_user"])
def test_policy_matches_for_signed_in_users(demo_policies, persona, request):
    response = api(request.getfixturevalue(persona)).post(MATCH_URL, NIGHT, format="json")
    assert response.status_code == 200
    results = response.json()["results"]
    assert results[0]["policy"]["slug"] == "owl-bus"
    assert results[0]["reasons"] and 0 < results[0]["score"] <= 1
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)


def test_the_language_comes_from_the_field_then_accept_language_then_detection(demo_policies, official_a):
    client = api(official_a)
    korean = {"title": "심야 버스", "challenge": "야간 근무자들이 자정 이후에 집에 갈 방법이 없습니다."}
    body = client.post(MATCH_URL, korean, format="json").json()
    assert body["language"] == "ko" and body["results"][0]["policy"]["slug"] == "owl-bus"
    assert "요청" in " ".join(body["results"][0]["reasons"])  # detected: Korean reasons
    body = client.post(MATCH_URL, korean, format="json", HTTP_ACCEPT_LANGUAGE="es").json()
    assert "solicitud" in " ".join(body["results"][0]["reasons"])  # the reader's language
    body = client.post(MATCH_URL, {**NIGHT, "language": "ko"}, format="json", HTTP_ACCEPT_LANGUAGE="es").json()
    assert body["language"] == "ko"


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": "", "challenge": ""},
        {"title": "x", "challenge": "y", "sectors": ["no-such-sector"]},
        {"title": "x", "challenge": "y", "sdgs": [18]},
        {"title": "x", "challenge": "y", "language": "fr"},
        {"title": "x" * 201, "challenge": "y"},
        {"title": "x", "challenge": "y", "limit": 0},
    ],
)
def test_bad_match_requests_get_400_with_the_error_body(official_a, payload):
    response = api(official_a).post(MATCH_URL, payload, format="json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


# ---- GET /api/v1/consultations/{id}/matches/ --------------------------------------------------------


def matches_url(case):
    return f"/api/v1/consultations/{case.pk}/matches/"


@pytest.mark.parametrize(
    ("persona", "status", "sees_experts"),
    [
        ("staff_officer", 200, True),
        ("consultant", 200, True),
        ("expert_user", 200, True),
        ("official_a", 200, False),
        ("official_b", 404, None),
        ("unassigned_expert_user", 404, None),
    ],
)
def test_case_matches_for_each_persona(case_a, persona, status, sees_experts, request, demo_policies):
    response = api(request.getfixturevalue(persona)).get(matches_url(case_a))
    assert response.status_code == status
    if status == 200:
        body = response.json()
        assert body["policies"]
        assert ("experts" in body) is sees_experts
        if sees_experts:
            assert {"expert", "score", "reasons", "warnings", "eligible"} <= set(body["experts"][0])


def test_case_matches_need_a_signed_in_user(case_a):
    assert api().get(matches_url(case_a)).status_code == 401


def test_case_matches_take_a_constant_number_of_queries(
    case_a, staff_officer, demo_policies, django_assert_max_num_queries
):
    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert api(staff_officer).get(matches_url(case_a)).status_code == 200
        return len(queries)

    def add_experts_and_past_cases(how_many):
        for _n in range(how_many):
            expert = factories.ExpertFactory()
            expert.sectors.set([1, 2])
            other = factories.ConsultationFactory(city=case_a.city, stage="analysis", track="consultation")
            other.policy_modules.set([demo_policies["owl-bus"], demo_policies["topis"]])
            factories.TaskForceMemberFactory(consultation=other, expert=expert)

    case_a.sdgs.set([11, 9, 13])  # reasons name the shared SDGs without a query each
    add_experts_and_past_cases(1)
    count()  # fit the vectorisers once
    before = count()
    add_experts_and_past_cases(8)
    assert count() == before
    with django_assert_max_num_queries(40):
        api(staff_officer).get(matches_url(case_a))


# ---- /api/v1/task-force-proposals/ ------------------------------------------------------------------

PROPOSALS = "/api/v1/task-force-proposals/"


@pytest.mark.parametrize(
    ("persona", "status"), [("consultant", 403), ("official_a", 403), ("expert_user", 403), ("anonymous", 401)]
)
def test_only_staff_use_proposals(waiting_case, persona, status, request):
    user = None if persona == "anonymous" else request.getfixturevalue(persona)
    client = api(user)
    assert client.post(PROPOSALS, {"consultations": [waiting_case.pk]}, format="json").status_code == status
    assert client.get(PROPOSALS).status_code == status
    proposal = TaskForceProposal.objects.create()
    assert client.post(f"{PROPOSALS}{proposal.pk}/accept/").status_code == status


def test_staff_propose_and_accept_by_id(waiting_case, staff_officer):
    client = api(staff_officer)
    response = client.post(PROPOSALS, {"consultations": [waiting_case.pk]}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert body["consultations"] == [waiting_case.pk] and len(body["members"]) == 2
    assert all(member["reasons"] for member in body["members"])
    assert client.get(f"{PROPOSALS}{body['id']}/").status_code == 200
    accepted = client.post(f"{PROPOSALS}{body['id']}/accept/")
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    assert TaskForceMember.objects.filter(consultation=waiting_case, role="lead_expert").exists()
    again = client.post(f"{PROPOSALS}{body['id']}/accept/")
    assert again.status_code == 400 and again.json()["error"]["code"] == "proposal_closed"


@pytest.mark.parametrize(
    "payload",
    [{"consultations": []}, {"consultations": [999999]}, {"consultations": ["x"]}, {"experts_per_case": 9}],
)
def test_bad_proposal_requests_get_400(staff_officer, waiting_case, payload):
    response = api(staff_officer).post(PROPOSALS, payload, format="json")
    assert response.status_code == 400
    assert "error" in response.json()


def test_a_case_not_waiting_gets_400(staff_officer, case_a):
    response = api(staff_officer).post(PROPOSALS, {"consultations": [case_a.pk]}, format="json")
    assert response.status_code == 400 and response.json()["error"]["code"] == "not_waiting"


def test_proposals_are_listed_in_the_schema(client, db):
    schema = client.get(reverse("api:schema")).content.decode()
    for path in ("/api/v1/matching/policies/", "/api/v1/consultations/{id}/matches/", "/api/v1/task-force-proposals/"):
        assert path in schema
