"""Policy modules (the Seoul Solution archive), sectors and SDGs: published data anyone may read."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.permissions import AllowAny

from accounts.api_permissions import PublicReadStaffWrite
from core.api import ApiViewMixin, ExportMixin
from policies.access import policy_modules_visible_to
from policies.filters import PolicyModuleFilter
from policies.models import SDG, PolicyModule, Sector
from policies.serializers import PolicyModuleSerializer, SDGSerializer, SectorSerializer

POLICY_EXPORT_COLUMNS = (
    "id",
    "slug",
    "title",
    "title_ko",
    "title_es",
    "sector__key",
    "summary",
    "summary_ko",
    "summary_es",
    "period_start",
    "period_end",
    "budget_amount",
    "budget_currency",
    "responsible_department",
    "is_published",
    "updated_at",
)


@extend_schema_view(
    list=extend_schema(summary="Policy modules", description="Anyone reads published modules; staff see drafts too."),
    retrieve=extend_schema(summary="One policy module"),
    create=extend_schema(summary="Add a policy module (staff)"),
    partial_update=extend_schema(summary="Edit a policy module (staff)"),
)
class PolicyModuleViewSet(
    ApiViewMixin,
    ExportMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [PublicReadStaffWrite]
    serializer_class = PolicyModuleSerializer
    filterset_class = PolicyModuleFilter
    search_fields = ["title", "title_ko", "title_es", "summary", "summary_ko", "summary_es"]
    ordering_fields = ["id", "title", "updated_at", "period_start"]
    lookup_value_regex = r"\d{1,18}"
    http_method_names = ["get", "post", "patch", "head", "options"]
    export_name = "policies"
    export_columns = POLICY_EXPORT_COLUMNS

    def get_queryset(self):
        queryset = PolicyModule.objects.select_related("sector").prefetch_related("sdgs", "languages")
        if getattr(self, "swagger_fake_view", False):
            return queryset
        return policy_modules_visible_to(self.request.user, queryset)


@extend_schema_view(
    list=extend_schema(summary="The 11 Seoul Solution sectors"), retrieve=extend_schema(summary="One sector")
)
class SectorViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    queryset = Sector.objects.all()
    serializer_class = SectorSerializer
    permission_classes = [AllowAny]
    pagination_class = None
    filter_backends: list = []
    lookup_field = "key"


@extend_schema_view(
    list=extend_schema(summary="The 17 Sustainable Development Goals"), retrieve=extend_schema(summary="One SDG")
)
class SDGViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    queryset = SDG.objects.all()
    serializer_class = SDGSerializer
    permission_classes = [AllowAny]
    pagination_class = None
    filter_backends: list = []
    lookup_field = "number"
    lookup_value_regex = r"\d{1,18}"
