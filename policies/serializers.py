from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from core.api import ModelCleanMixin
from policies.models import SDG, TRANSLATED_FIELDS, Language, PolicyModule, Sector


class SectorSerializer(serializers.ModelSerializer):
    name = serializers.CharField(read_only=True, help_text=_("In the caller's language."))

    class Meta:
        model = Sector
        fields = ["key", "name", "order"]


class SDGSerializer(serializers.ModelSerializer):
    name = serializers.CharField(read_only=True, help_text=_("In the caller's language."))

    class Meta:
        model = SDG
        fields = ["number", "name"]


POLICY_FIELDS = [
    "id",
    "slug",
    *(f"{field}{suffix}" for field in TRANSLATED_FIELDS[:1] for suffix in ("", "_ko", "_es")),
    "sector",
    "sdgs",
    *(f"{field}{suffix}" for field in TRANSLATED_FIELDS[1:] for suffix in ("", "_ko", "_es")),
    "period_start",
    "period_end",
    "budget_amount",
    "budget_currency",
    "responsible_department",
    "languages",
    "is_published",
    "created_at",
    "updated_at",
]


class PolicyModuleSerializer(ModelCleanMixin, serializers.ModelSerializer):
    sector = serializers.SlugRelatedField(slug_field="key", queryset=Sector.objects.all())
    sdgs = serializers.SlugRelatedField(slug_field="number", many=True, queryset=SDG.objects.all(), required=False)
    languages = serializers.SlugRelatedField(
        slug_field="code", many=True, queryset=Language.objects.all(), required=False
    )

    class Meta:
        model = PolicyModule
        fields = POLICY_FIELDS
        read_only_fields = ["id", "created_at", "updated_at"]
