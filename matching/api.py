"""The matching API: policy matches for a draft request, a case's matches, and task-force proposals."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.response import Response

from accounts.roles import is_staff_member
from core.api import ApiViewMixin
from matching import selectors, services
from matching.expert_matching import ExpertFit
from matching.language import detect_language
from matching.policy_matching import PolicyMatch, PolicyRequest, match_policies
from matching.serializers import (
    ConsultationMatchesSerializer,
    PolicyMatchRequestSerializer,
    PolicyMatchResponseSerializer,
    ProposalCreateSerializer,
    TaskForceProposalSerializer,
)
from policies.reference import SECTOR_LABELS


def policy_match_data(match: PolicyMatch, language: str | None = None) -> dict:
    module = match.module
    return {
        "policy": {
            "slug": module.slug,
            "title": module.text_in("title", language),
            "sector": str(SECTOR_LABELS.get(module.sector.key, module.sector.key)),
            "summary": module.text_in("summary", language),
            "url": reverse("portal:policy_detail", args=[module.slug]),
        },
        "score": match.score,
        "reasons": match.reasons,
    }


def expert_match_data(fit: ExpertFit) -> dict:
    expert = fit.expert
    return {
        "expert": {
            "id": expert.id,
            "name": expert.name,
            "affiliation": expert.affiliation,
            "availability": expert.availability,
            "active_cases": expert.active_cases,
            "sectors": sorted(expert.sectors),
            "languages": sorted(expert.languages),
        },
        "score": fit.score,
        "eligible": fit.eligible,
        "reasons": fit.reasons,
        "warnings": fit.warnings,
    }


def reader_language(request, explicit: str | None, text: str) -> str:
    """The language of the reasons: the `language` asked for, else Accept-Language, else the text's."""
    if explicit:
        return explicit
    if request.META.get("HTTP_ACCEPT_LANGUAGE"):
        return translation.get_language() or "en"
    return detect_language(text)


class PolicyMatchView(ApiViewMixin, GenericAPIView):
    permission_classes = [IsAuthenticated]
    serializer_class = PolicyMatchRequestSerializer
    pagination_class = None

    @extend_schema(
        summary="Seoul policies that may answer a request",
        description=(
            "Scores every published policy module against the request and returns them best first, each with a "
            "score in [0, 1] and the reasons (shared sectors and SDGs, the request's words and phrases found in "
            "the policy, a past case in the same region). The text is read in `language`, or in the language "
            "detected from it; reasons are written in `language`, else in the Accept-Language, else in the "
            "text's language. For signed-in users."
        ),
        request=PolicyMatchRequestSerializer,
        responses={200: PolicyMatchResponseSerializer},
    )
    def post(self, request):
        serializer = PolicyMatchRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        user = request.user
        city = getattr(user, "city", None)
        match_request = PolicyRequest(
            title=data["title"],
            challenge=data.get("challenge", ""),
            expected_outcomes=data.get("expected_outcomes", ""),
            sectors=data.get("sectors", []),
            sdgs=data.get("sdgs", []),
            budget_situation=data.get("budget_situation", ""),
            region=city.region if city is not None else "",
            language=data.get("language"),
        )
        reader = reader_language(request, data.get("language"), match_request.text)
        matches = match_policies(request=match_request, viewer=user, limit=data["limit"], reader_language=reader)
        body = {
            "language": match_request.text_language,
            "results": [policy_match_data(match, reader) for match in matches],
        }
        return Response(PolicyMatchResponseSerializer(body).data)


class ConsultationMatchesView(ApiViewMixin, GenericAPIView):
    permission_classes = [IsAuthenticated]
    serializer_class = ConsultationMatchesSerializer
    pagination_class = None

    @extend_schema(
        summary="The Seoul policies and experts that fit a case",
        description=(
            "For whoever may see the case. Policies are ranked with reasons; experts (with reasons and warnings: "
            "workload limit, availability, conflicts of interest) only for SMG staff and the case's team."
        ),
        responses={200: ConsultationMatchesSerializer},
    )
    def get(self, request, pk: int):
        consultation = selectors.consultation_for_matching(viewer=request.user, pk=pk)
        matches = selectors.consultation_matches(consultation=consultation, viewer=request.user)
        language = translation.get_language()
        body = {"policies": [policy_match_data(match, language) for match in matches["policies"]]}
        if matches["experts"] is not None:
            body["experts"] = [expert_match_data(fit) for fit in matches["experts"]]
        return Response(ConsultationMatchesSerializer(body).data)


class IsStaffMember(BasePermission):
    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated) and is_staff_member(request.user)


@extend_schema_view(
    list=extend_schema(summary="Task-force proposals (SMG staff)"),
    retrieve=extend_schema(summary="One task-force proposal (SMG staff)"),
)
class TaskForceProposalViewSet(ApiViewMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsAuthenticated, IsStaffMember]
    serializer_class = TaskForceProposalSerializer
    lookup_value_regex = r"\d{1,18}"

    def get_queryset(self):
        return selectors.proposals_visible_to(self.request.user)

    @extend_schema(
        summary="Propose task forces (SMG staff)",
        description=(
            "Solves the assignment of experts to the given cases (default: every case waiting in screening or "
            "task force) that maximises the total fit under the hard rules: a lead expert and at least one expert "
            "per case, nobody over EXPERT_MAX_ACTIVE_CASES, no unavailable or conflicted expert, someone who "
            "speaks a language of the city. Nothing is assigned until the proposal is accepted. Cases that "
            "cannot be staffed are listed in `problems` with the reason."
        ),
        request=ProposalCreateSerializer,
        responses={201: TaskForceProposalSerializer},
    )
    def create(self, request):
        serializer = ProposalCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        proposal = services.task_force_proposal_create(
            consultations=serializer.validated_data.get("consultations"),
            actor=request.user,
            experts_per_case=serializer.validated_data["experts_per_case"],
        )
        proposal = self.get_queryset().get(pk=proposal.pk)
        return Response(TaskForceProposalSerializer(proposal).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Accept a proposal: assign its experts (SMG staff)",
        description=(
            "Each member is assigned through the task-force service (history, notifications, the automatic move "
            "once the task force is complete). 400 when the proposal was already decided or now breaks a rule."
        ),
        request=None,
        responses={200: TaskForceProposalSerializer},
    )
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        proposal = self.get_object()
        services.task_force_proposal_accept(proposal=proposal, actor=request.user)
        return Response(TaskForceProposalSerializer(self.get_queryset().get(pk=proposal.pk)).data)

    @extend_schema(summary="Discard a proposal (SMG staff)", request=None, responses={200: TaskForceProposalSerializer})
    @action(detail=True, methods=["post"])
    def discard(self, request, pk=None):
        proposal = self.get_object()
        services.task_force_proposal_discard(proposal=proposal, actor=request.user)
        return Response(TaskForceProposalSerializer(self.get_queryset().get(pk=proposal.pk)).data)
