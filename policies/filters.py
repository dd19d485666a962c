import django_filters

from policies.models import PolicyModule
from policies.reference import SDGS, SECTORS

# Filter choices from the fixed reference lists (keys and numbers are stable; the rows mirror them).
SECTOR_CHOICES = list(SECTORS)
SDG_CHOICES = [(str(number), label) for number, label in SDGS]


class PolicyModuleFilter(django_filters.FilterSet):
    sector = django_filters.MultipleChoiceFilter(field_name="sector__key", choices=SECTOR_CHOICES)
    sdg = django_filters.MultipleChoiceFilter(field_name="sdgs__number", choices=SDG_CHOICES)
    is_published = django_filters.BooleanFilter()
    updated_since = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")

    class Meta:
        model = PolicyModule
        fields = ["sector", "sdg", "is_published"]
