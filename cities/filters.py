import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cities.models import City, FinancialCapacity, Region


class CityFilter(django_filters.FilterSet):
    country = django_filters.ChoiceFilter(choices=list(countries), help_text=_("ISO 3166-1 alpha-2 code."))
    region = django_filters.ChoiceFilter(choices=Region.choices)
    financial_capacity = django_filters.ChoiceFilter(choices=FinancialCapacity.choices)
    is_partner = django_filters.BooleanFilter()
    is_iclei_member = django_filters.BooleanFilter()
    updated_since = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")

    class Meta:
        model = City
        fields = ["country", "region", "financial_capacity", "is_partner", "is_iclei_member"]
