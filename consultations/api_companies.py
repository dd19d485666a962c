"""Companies and their project references: anyone reads (roles on the cases they may see); staff only in the admin."""

from __future__ import annotations

import django_filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, viewsets
from rest_framework.permissions import AllowAny

from consultations.models import CompanyRole, CompanyRoleKind
from consultations.partners import companies_for
from core.api import ApiViewMixin
from funding.models import Company
from policies.reference import SECTORS


class CompanyFilter(django_filters.FilterSet):
    sector = django_filters.ChoiceFilter(choices=[(key, label) for key, label in SECTORS], method="noop")
    role = django_filters.ChoiceFilter(choices=CompanyRoleKind.choices, method="noop")
    is_sme = django_filters.BooleanFilter(method="noop", help_text="Small or medium-sized enterprises only.")
    network_member = django_filters.BooleanFilter(method="noop", help_text="Members of the PPP network only.")

    class Meta:
        model = Company
        fields = ["sector", "role", "is_sme", "network_member"]

    def noop(self, queryset, name, value):
        return queryset  # the selector applies the filters (roles must stay scoped to the viewer)


class CompanyRoleSerializer(serializers.ModelSerializer):
    consultation_title = serializers.CharField(source="consultation.title", read_only=True)
    city = serializers.CharField(source="consultation.city.name", read_only=True)
    country = serializers.CharField(source="consultation.city.country.code", read_only=True)

    class Meta:
        model = CompanyRole
        fields = [
            "role",
            "consultation",
            "consultation_title",
            "city",
            "country",
            "started_on",
            "ended_on",
            "bid_outcome",
            "description",
        ]


class CompanySerializer(serializers.ModelSerializer):
    sectors = serializers.SlugRelatedField(slug_field="key", many=True, read_only=True)
    network_member = serializers.BooleanField(source="in_network", read_only=True)
    network_joined_on = serializers.SerializerMethodField()
    roles = CompanyRoleSerializer(source="visible_roles", many=True, read_only=True)

    class Meta:
        model = Company
        fields = [
            "id",
            "name",
            "name_ko",
            "is_sme",
            "sectors",
            "website",
            "description",
            "network_member",
            "network_joined_on",
            "roles",
            "updated_at",
        ]

    def get_network_joined_on(self, obj) -> str | None:
        membership = getattr(obj, "network_membership", None) if obj.in_network else None
        if membership is None or membership.archived_at is not None:
            return None
        return membership.joined_on.isoformat()


@extend_schema_view(
    list=extend_schema(
        summary="Companies and their project references",
        description="Roles are listed on the cases the caller may see (published cases for the public).",
    ),
    retrieve=extend_schema(summary="One company with its project references"),
)
class CompanyViewSet(ApiViewMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = CompanySerializer
    permission_classes = [AllowAny]
    filterset_class = CompanyFilter
    search_fields = ["name", "name_ko"]
    ordering_fields = ["id", "name", "updated_at"]
    lookup_value_regex = r"\d{1,18}"

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Company.objects.none()
        form = CompanyFilter(self.request.query_params, queryset=Company.objects.none())
        filters = form.form.cleaned_data if form.is_valid() else {}
        return companies_for(self.request.user, filters=filters)
