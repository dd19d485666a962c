import django_filters

from experts.models import Availability, Expert, ExpertKind
from policies.filters import SECTOR_CHOICES


class ExpertFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=ExpertKind.choices)
    availability = django_filters.ChoiceFilter(choices=Availability.choices)
    sector = django_filters.MultipleChoiceFilter(field_name="sectors__key", choices=SECTOR_CHOICES)
    language = django_filters.CharFilter(field_name="languages__code", distinct=True, help_text="ISO 639-1 code.")

    class Meta:
        model = Expert
        fields = ["kind", "availability", "sector", "language"]
