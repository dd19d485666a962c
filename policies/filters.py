import django_filters
from drf_spectacular.utils import extend_schema_field

from policies.models import PolicyModule
from policies.reference import SDGS, SECTORS

# Filter choices from the fixed reference lists (keys and numbers are stable; the rows mirror them).
SECTOR_CHOICES = list(SECTORS)
SDG_CHOICES = [(str(number), label) for number, label in SDGS]


@extend_schema_field({"type": "integer", "enum": [number for number, _label in SDGS]})
class SDGFilter(django_filters.MultipleChoiceFilter):
    """SDG numbers 1-17 (repeatable); documented without database-dependent integer bounds."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", SDG_CHOICES)
        super().__init__(*args, **kwargs)


class PolicyModuleFilter(django_filters.FilterSet):
    sector = django_filters.MultipleChoiceFilter(field_name="sector__key", choices=SECTOR_CHOICES)
    sdg = SDGFilter(field_name="sdgs__number")
    is_published = django_filters.BooleanFilter()
    updated_since = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")

    class Meta:
        model = PolicyModule
        fields = ["sector", "sdg", "is_published"]
