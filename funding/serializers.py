from django_countries.serializers import CountryFieldMixin
from rest_framework import serializers

from core.api import ModelCleanMixin
from funding.models import FundingSource


class FundingSourceSerializer(ModelCleanMixin, CountryFieldMixin, serializers.ModelSerializer):
    class Meta:
        model = FundingSource
        fields = ["id", "name", "acronym", "kind", "country", "website", "description", "updated_at"]
        read_only_fields = ["id", "updated_at"]
