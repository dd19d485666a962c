"""The expert pool: public profile fields for signed-in callers, everything for SMG staff."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets

from accounts.api_permissions import SignedInReadStaffWrite
from accounts.roles import is_staff_member
from core.api import ApiViewMixin
from experts.access import experts_visible_to
from experts.filters import ExpertFilter
from experts.models import Expert
from experts.serializers import ExpertSerializer, StaffExpertSerializer


@extend_schema_view(
    list=extend_schema(
        summary="Experts of the Seoul Policy Consulting Group",
        description="Signed-in callers see active experts' public profiles; staff see every field and every expert.",
        responses=StaffExpertSerializer(many=True),
    ),
    retrieve=extend_schema(summary="One expert", responses=StaffExpertSerializer),
    create=extend_schema(
        summary="Add an expert (staff)", request=StaffExpertSerializer, responses={201: StaffExpertSerializer}
    ),
    partial_update=extend_schema(
        summary="Edit an expert (staff)", request=StaffExpertSerializer, responses=StaffExpertSerializer
    ),
)
class ExpertViewSet(
    ApiViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [SignedInReadStaffWrite]
    filterset_class = ExpertFilter
    search_fields = ["name", "name_ko", "affiliation"]
    ordering_fields = ["id", "name", "updated_at"]
    lookup_value_regex = r"\d{1,18}"
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        queryset = Expert.objects.prefetch_related("sectors", "languages")
        if getattr(self, "swagger_fake_view", False):
            return queryset
        return experts_visible_to(self.request.user, queryset)

    def get_serializer_class(self):
        if getattr(self, "swagger_fake_view", False) or is_staff_member(self.request.user):
            return StaffExpertSerializer
        return ExpertSerializer
