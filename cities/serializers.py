from django_countries.serializers import CountryFieldMixin
from rest_framework import serializers

from cities.models import City
from core.api import ModelCleanMixin

CITY_FIELDS = [
    "id",
    "name",
    "name_local",
    "country",
    "region",
    "population",
    "land_area_km2",
    "financial_capacity",
    "is_iclei_member",
    "is_partner",
    "is_fictional",
    "website",
    "latitude",
    "longitude",
    "created_at",
    "updated_at",
]


class CitySerializer(ModelCleanMixin, CountryFieldMixin, serializers.ModelSerializer):
    class Meta:
        model = City
        fields = CITY_FIELDS
        read_only_fields = ["id", "created_at", "updated_at"]


class StaffCitySerializer(CitySerializer):
    """Staff also see and write the internal notes."""

    class Meta(CitySerializer.Meta):
        fields = [*CITY_FIELDS, "notes"]
        schema_optional_fields = ["notes"]
