import django_filters
from django_countries import countries

from funding.models import FundingSource, SourceKind


class FundingSourceFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=SourceKind.choices)
    country = django_filters.ChoiceFilter(choices=list(countries))

    class Meta:
        model = FundingSource
        fields = ["kind", "country"]
