from django import forms
from django.utils.translation import gettext_lazy as _

from cities.models import Region
from consultations.pipeline import Track
from dashboard.selectors import DashboardFilters
from policies.models import Sector


class DashboardFilterForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    sector = forms.ModelChoiceField(
        label=_("Sector"), queryset=Sector.objects.all(), to_field_name="key", required=False, empty_label=_("All")
    )
    track = forms.ChoiceField(label=_("Track"), required=False, choices=[("", _("All")), *Track.choices])
    region = forms.ChoiceField(label=_("Region"), required=False, choices=[("", _("All")), *Region.choices])

    def __init__(self, *args, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("All")), *((year, year) for year in years)]

    def filters(self) -> DashboardFilters:
        data = self.cleaned_data
        return DashboardFilters(
            year=data.get("year"),
            sector=data["sector"].key if data.get("sector") else None,
            track=data.get("track") or None,
            region=data.get("region") or None,
        )
