"""Partner cities: signed-in callers read them; SMG staff create and update them."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets

from accounts.api_permissions import SignedInReadStaffWrite
from accounts.roles import is_staff_member
from cities.filters import CityFilter
from cities.models import City
from cities.serializers import CITY_FIELDS, CitySerializer, StaffCitySerializer
from core.api import ApiViewMixin, ExportMixin


@extend_schema_view(
    list=extend_schema(summary="Partner cities", description="Signed-in callers; staff also see the notes."),
    retrieve=extend_schema(summary="One partner city"),
    create=extend_schema(summary="Add a partner city (staff)"),
    partial_update=extend_schema(summary="Edit a partner city (staff)"),
)
class CityViewSet(
    ApiViewMixin,
    ExportMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    queryset = City.objects.all()
    permission_classes = [SignedInReadStaffWrite]
    filterset_class = CityFilter
    search_fields = ["name", "name_local"]
    ordering_fields = ["id", "name", "population", "updated_at"]
    lookup_value_regex = r"\d{1,18}"
    http_method_names = ["get", "post", "patch", "head", "options"]
    export_name = "cities"

    def get_serializer_class(self):
        if getattr(self, "swagger_fake_view", False) or is_staff_member(self.request.user):
            return StaffCitySerializer  # documented with the staff-only fields optional
        return CitySerializer

    def get_export_columns(self):
        return (*CITY_FIELDS, "notes") if is_staff_member(self.request.user) else tuple(CITY_FIELDS)
