from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from consultations.models import BudgetSituation
from matching.models import ProposedMember, TaskForceProposal
from policies.models import Sector

LANGUAGE_CHOICES = [code for code, _label in settings.LANGUAGES]


class PolicyMatchRequestSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=200, help_text=_("The request's title."))
    challenge = serializers.CharField(max_length=10000, allow_blank=True, help_text=_("The city's challenge."))
    expected_outcomes = serializers.CharField(max_length=10000, required=False, allow_blank=True, default="")
    sectors = serializers.ListField(
        child=serializers.SlugField(max_length=40), required=False, default=list, max_length=11
    )
    sdgs = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=17), required=False, default=list, max_length=17
    )
    budget_situation = serializers.ChoiceField(choices=BudgetSituation.choices, required=False, allow_blank=True)
    language = serializers.ChoiceField(
        choices=LANGUAGE_CHOICES,
        required=False,
        help_text=_(
            "Language of the text and of the reasons; default: Accept-Language for the reasons, detection for the text."
        ),
    )
    limit = serializers.IntegerField(min_value=1, max_value=50, required=False, default=10)

    def validate_sectors(self, value):
        known = set(Sector.objects.values_list("key", flat=True))
        unknown = sorted(set(value) - known)
        if unknown:
            raise serializers.ValidationError(_("Unknown sector: %(keys)s.") % {"keys": ", ".join(unknown)})
        return list(dict.fromkeys(value))

    def validate(self, attrs):
        if not (attrs.get("title", "").strip() or attrs.get("challenge", "").strip()):
            raise serializers.ValidationError({"title": [_("Describe the request: a title or a challenge.")]})
        return attrs


class MatchedPolicySerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    sector = serializers.CharField()
    summary = serializers.CharField()
    url = serializers.CharField()


class PolicyMatchSerializer(serializers.Serializer):
    policy = MatchedPolicySerializer()
    score = serializers.FloatField(min_value=0, max_value=1)
    reasons = serializers.ListField(child=serializers.CharField())


class PolicyMatchResponseSerializer(serializers.Serializer):
    language = serializers.CharField(help_text=_("The language the request's text was read in."))
    results = PolicyMatchSerializer(many=True)


class MatchedExpertSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    affiliation = serializers.CharField(allow_blank=True)
    availability = serializers.CharField()
    active_cases = serializers.IntegerField()
    sectors = serializers.ListField(child=serializers.CharField())
    languages = serializers.ListField(child=serializers.CharField())


class ExpertMatchSerializer(serializers.Serializer):
    expert = MatchedExpertSerializer()
    score = serializers.FloatField(min_value=0, max_value=1)
    eligible = serializers.BooleanField(help_text=_("False when a hard rule excludes the expert (see warnings)."))
    reasons = serializers.ListField(child=serializers.CharField())
    warnings = serializers.ListField(child=serializers.CharField())


class ConsultationMatchesSerializer(serializers.Serializer):
    policies = PolicyMatchSerializer(many=True)
    experts = ExpertMatchSerializer(
        many=True, required=False, help_text=_("Only for SMG staff and the case's team; absent for others.")
    )

    class Meta:
        schema_optional_fields = ["experts"]


class ProposalCreateSerializer(serializers.Serializer):
    consultations = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**53),
        required=False,
        max_length=500,
        help_text=_("The cases to staff; default: every case waiting in screening or task force."),
    )
    experts_per_case = serializers.IntegerField(min_value=1, max_value=5, required=False, default=1)


class ProposedMemberSerializer(serializers.ModelSerializer):
    expert_name = serializers.CharField(source="expert.name", read_only=True)

    class Meta:
        model = ProposedMember
        fields = ["id", "consultation", "expert", "expert_name", "role", "score", "reasons", "warnings"]


class ProposalProblemSerializer(serializers.Serializer):
    consultation = serializers.IntegerField()
    message = serializers.CharField()


class TaskForceProposalSerializer(serializers.ModelSerializer):
    members = ProposedMemberSerializer(many=True, read_only=True)
    problems = ProposalProblemSerializer(many=True, read_only=True)
    consultations = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = TaskForceProposal
        fields = [
            "id",
            "status",
            "created_at",
            "decided_at",
            "consultations",
            "members",
            "problems",
            "total_fit",
            "solver_status",
            "solve_seconds",
        ]
        read_only_fields = fields
