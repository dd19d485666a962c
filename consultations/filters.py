"""Filters of the consultation list and export (same FilterSet for both, so they can never disagree)."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cities.models import Region
from consultations.models import Consultation
from consultations.pipeline import StageKey, Track
from policies.filters import SECTOR_CHOICES, SDGFilter

MAX_ID = 2**63 - 1  # the largest value a database id can hold


class ConsultationFilter(django_filters.FilterSet):
    stage = django_filters.MultipleChoiceFilter(choices=StageKey.choices, help_text=_("Current stage (repeatable)."))
    track = django_filters.ChoiceFilter(choices=Track.choices)
    city = django_filters.NumberFilter(field_name="city_id", min_value=1, max_value=MAX_ID, help_text=_("City id."))
    country = django_filters.ChoiceFilter(
        field_name="city__country", choices=list(countries), help_text=_("ISO 3166-1 alpha-2 code.")
    )
    region = django_filters.ChoiceFilter(field_name="city__region", choices=Region.choices)
    sector = django_filters.MultipleChoiceFilter(
        field_name="sectors__key", choices=SECTOR_CHOICES, help_text=_("Sector key (repeatable).")
    )
    sdg = SDGFilter(field_name="sdgs__number", help_text=_("SDG number (repeatable)."))
    funding_source = django_filters.NumberFilter(
        field_name="funding_commitments__source_id",
        min_value=1,
        max_value=MAX_ID,
        distinct=True,
        help_text=_("Funding source id."),
    )
    policy_module = django_filters.CharFilter(
        field_name="policy_modules__slug", distinct=True, help_text=_("Policy module slug.")
    )
    created_after = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")
    updated_after = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    updated_before = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="lt")
    updated_since = django_filters.IsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text=_("Incremental sync: cases changed at or after this instant (ISO 8601)."),
    )

    class Meta:
        model = Consultation
        fields = ["stage", "track", "city", "country", "region", "sector", "sdg", "funding_source", "policy_module"]

    @property
    def qs(self):
        # Filters across many-valued relations (sectors, SDGs, funding) must not repeat a case.
        queryset = super().qs
        if any(name in self.data for name in ("sector", "sdg", "funding_source", "policy_module")):
            queryset = queryset.distinct()
        return queryset
