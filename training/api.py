"""Training programmes for city officials: signed-in callers read, staff write."""

from django.db.models import Count
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets

from accounts.api_permissions import SignedInReadStaffWrite
from core.api import ApiViewMixin
from training.filters import TrainingProgrammeFilter
from training.models import TrainingProgramme
from training.serializers import TrainingProgrammeSerializer


@extend_schema_view(
    list=extend_schema(summary="Training programmes"),
    retrieve=extend_schema(summary="One training programme"),
    create=extend_schema(summary="Add a training programme (staff)"),
    partial_update=extend_schema(summary="Edit a training programme (staff)"),
)
class TrainingProgrammeViewSet(
    ApiViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = TrainingProgrammeSerializer
    permission_classes = [SignedInReadStaffWrite]
    filterset_class = TrainingProgrammeFilter
    search_fields = ["title", "description"]
    ordering_fields = ["id", "year", "title", "updated_at"]
    lookup_value_regex = r"\d{1,18}"
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        return TrainingProgramme.objects.annotate(participants_count=Count("participants")).prefetch_related("sectors")

    def perform_create(self, serializer):
        serializer.save()
        serializer.instance.participants_count = 0
