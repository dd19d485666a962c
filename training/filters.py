import django_filters

from policies.filters import SECTOR_CHOICES
from training.models import ProgrammeKind, TrainingProgramme


class TrainingProgrammeFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=ProgrammeKind.choices)
    year = django_filters.NumberFilter()
    year_from = django_filters.NumberFilter(field_name="year", lookup_expr="gte")
    year_to = django_filters.NumberFilter(field_name="year", lookup_expr="lte")
    sector = django_filters.MultipleChoiceFilter(field_name="sectors__key", choices=SECTOR_CHOICES)

    class Meta:
        model = TrainingProgramme
        fields = ["kind", "year", "sector"]
