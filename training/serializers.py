from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from core.api import ModelCleanMixin
from policies.models import Sector
from training.models import TrainingProgramme


class TrainingProgrammeSerializer(ModelCleanMixin, serializers.ModelSerializer):
    sectors = serializers.SlugRelatedField(slug_field="key", many=True, queryset=Sector.objects.all(), required=False)
    participants_count = serializers.IntegerField(read_only=True, help_text=_("Officials who took part."))

    class Meta:
        model = TrainingProgramme
        fields = [
            "id",
            "title",
            "kind",
            "year",
            "starts_on",
            "ends_on",
            "sectors",
            "description",
            "participants_count",
            "updated_at",
        ]
        read_only_fields = ["id", "updated_at"]
