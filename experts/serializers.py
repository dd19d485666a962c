from rest_framework import serializers

from core.api import ModelCleanMixin
from experts.models import Expert
from policies.models import Language, Sector

PUBLIC_EXPERT_FIELDS = [
    "id",
    "name",
    "name_ko",
    "kind",
    "affiliation",
    "position",
    "sectors",
    "languages",
    "bio",
    "availability",
    "updated_at",
]


class ExpertSerializer(ModelCleanMixin, serializers.ModelSerializer):
    """The public profile: what anyone signed in may see of a member of the consulting group."""

    sectors = serializers.SlugRelatedField(slug_field="key", many=True, queryset=Sector.objects.all(), required=False)
    languages = serializers.SlugRelatedField(
        slug_field="code", many=True, queryset=Language.objects.all(), required=False
    )

    class Meta:
        model = Expert
        fields = PUBLIC_EXPERT_FIELDS
        read_only_fields = ["id", "updated_at"]


class StaffExpertSerializer(ExpertSerializer):
    """Staff also see contact details, the pool status and the account link."""

    class Meta(ExpertSerializer.Meta):
        fields = [
            *PUBLIC_EXPERT_FIELDS,
            "email",
            "is_active",
            "unavailable_from",
            "unavailable_until",
            "user",
        ]
        read_only_fields = ["id", "updated_at"]
        schema_optional_fields = ["email", "is_active", "unavailable_from", "unavailable_until", "user"]
