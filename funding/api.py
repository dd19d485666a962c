"""Funding sources (KOICA, MOLIT, MOI, banks, companies...): signed-in callers read, staff write."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets

from accounts.api_permissions import SignedInReadStaffWrite
from core.api import ApiViewMixin
from funding.filters import FundingSourceFilter
from funding.models import FundingSource
from funding.serializers import FundingSourceSerializer


@extend_schema_view(
    list=extend_schema(summary="Funding sources"),
    retrieve=extend_schema(summary="One funding source"),
    create=extend_schema(summary="Add a funding source (staff)"),
    partial_update=extend_schema(summary="Edit a funding source (staff)"),
)
class FundingSourceViewSet(
    ApiViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    queryset = FundingSource.objects.all()
    serializer_class = FundingSourceSerializer
    permission_classes = [SignedInReadStaffWrite]
    filterset_class = FundingSourceFilter
    search_fields = ["name", "acronym"]
    ordering_fields = ["id", "name", "updated_at"]
    lookup_value_regex = r"\d{1,18}"
    http_method_names = ["get", "post", "patch", "head", "options"]
