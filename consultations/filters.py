"""Filters of the consultation list and export (same FilterSet for both, so they can never disagree)."""

from __future__ import annotations

import django_filters
from django.db.models import Exists, OuterRef
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cities.models import Region
from consultations.models import Consultation
from consultations.pipeline import StageKey, Track
from policies.filters import SECTOR_CHOICES, SDGFilter

MAX_ID = 2**63 - 1  # the largest value a database id can hold


class SharedChoices(BaseChoiceIterator):
    """A fixed list of choices that filter sets and forms share instead of deep-copying on every request
    (copying the 250 countries cost milliseconds per list request). Iterates like the list it wraps."""

    def __init__(self, choices) -> None:
        self.choices = list(choices)

    def __iter__(self):
        return iter(self.choices)

    def __len__(self) -> int:
        return len(self.choices)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ExistsFilterMixin:
    """A filter across a many-valued relation as `EXISTS (SELECT 1 FROM <related> WHERE ...)`.

    A join would repeat a case once per matching related row and need a DISTINCT over every selected
    column (which spills to disk on large tables); a semi-join never repeats a case. The filter keeps its
    `field_name`, so the documented parameter is unchanged.
    """

    def filter(self, qs, value):
        if value in ([], (), {}, "", None) or (isinstance(value, list | tuple) and not value):
            return qs
        relation, _sep, path = self.field_name.partition("__")
        values = list(value) if isinstance(value, list | tuple | set) else [value]
        related = Consultation._meta.get_field(relation)
        remote = related.related_model
        if related.many_to_many:
            through = related.remote_field.through
            target = related.m2m_reverse_field_name()
            # The ids first (a small reference table): with `sector_id IN (ids)` the planner knows from the join
            # table's statistics how common the value is and walks the page's order, stopping after one page;
            # with the key joined in, it guesses a rare value and reads every matching case before sorting.
            target_ids = list(remote.objects.filter(**{f"{path}__in": values}).values_list("pk", flat=True))
            if not target_ids:
                return qs.none()
            subquery = through.objects.filter(consultation_id=OuterRef("pk"), **{f"{target}_id__in": target_ids})
        else:
            subquery = remote.objects.filter(consultation_id=OuterRef("pk"), **{f"{path}__in": values})
        return qs.filter(Exists(subquery))


class ExistsMultipleChoiceFilter(ExistsFilterMixin, django_filters.MultipleChoiceFilter):
    pass


class ExistsSDGFilter(ExistsFilterMixin, SDGFilter):
    pass


class ExistsNumberFilter(ExistsFilterMixin, django_filters.NumberFilter):
    pass


class ExistsCharFilter(ExistsFilterMixin, django_filters.CharFilter):
    pass


class ConsultationFilter(django_filters.FilterSet):
    stage = django_filters.MultipleChoiceFilter(
        choices=StageKey.choices, distinct=False, help_text=_("Current stage (repeatable).")
    )
    track = django_filters.ChoiceFilter(choices=Track.choices)
    city = django_filters.NumberFilter(field_name="city_id", min_value=1, max_value=MAX_ID, help_text=_("City id."))
    country = django_filters.ChoiceFilter(
        field_name="city__country", choices=SharedChoices(countries), help_text=_("ISO 3166-1 alpha-2 code.")
    )
    region = django_filters.ChoiceFilter(field_name="city__region", choices=Region.choices)
    sector = ExistsMultipleChoiceFilter(
        field_name="sectors__key", choices=SECTOR_CHOICES, help_text=_("Sector key (repeatable).")
    )
    sdg = ExistsSDGFilter(field_name="sdgs__number", help_text=_("SDG number (repeatable)."))
    funding_source = ExistsNumberFilter(
        field_name="funding_commitments__source_id",
        min_value=1,
        max_value=MAX_ID,
        help_text=_("Funding source id."),
    )
    policy_module = ExistsCharFilter(field_name="policy_modules__slug", help_text=_("Policy module slug."))
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
