from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from cities.models import City
from consultations.selectors import overdue_q
from core.admin_changelist import PresentCountriesFilter, RelatedExistsFilter


class OverdueFilter(admin.SimpleListFilter):
    title = _("overdue")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("Past the stage's target duration")), ("no", _("On time"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(overdue_q())
        if self.value() == "no":
            return queryset.exclude(overdue_q())
        return queryset


class PartnerCountryFilter(PresentCountriesFilter):
    """Only the countries that have cases (of those the user may see): a short list, not every country a
    city was ever recorded in. One DISTINCT query, whatever the number of cases. Same parameter as the
    stock filter."""

    parameter_name = "city__country"

    def lookups(self, request, model_admin):
        self._request = request
        return super().lookups(request, model_admin)

    def countries_from(self, model_admin):
        # Per city, does one visible case exist (an index probe each), instead of a DISTINCT over every case
        # joined to its city (40 ms at 200,000 cases).
        visible = model_admin.get_queryset(self._request).order_by().filter(city_id=OuterRef("pk"))
        return City.objects.filter(Exists(visible)).order_by().values_list("country", flat=True).distinct()


class SectorFilter(RelatedExistsFilter):
    field_name = "sectors"


class SDGFilter(RelatedExistsFilter):
    field_name = "sdgs"
