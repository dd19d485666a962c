"""Bulk import and export of partner cities (CSV / XLSX in the admin).

A row is matched to an existing city by English name and country code; other rows create cities.
"""

from django.utils.translation import gettext_lazy as _
from import_export import fields

from cities.models import City
from core.import_widgets import StrictModelResource, YesNoWidget


class CityResource(StrictModelResource):
    is_iclei_member = fields.Field(attribute="is_iclei_member", column_name="is_iclei_member", widget=YesNoWidget())
    is_partner = fields.Field(attribute="is_partner", column_name="is_partner", widget=YesNoWidget())
    is_fictional = fields.Field(attribute="is_fictional", column_name="is_fictional", widget=YesNoWidget())

    constraint_messages = {  # noqa: RUF012
        "city_latitude_range": _("The latitude must be between -90 and 90."),
        "city_longitude_range": _("The longitude must be between -180 and 180."),
        "city_region_valid": _("Unknown region."),
        "city_financial_capacity_valid": _("Financial capacity must be low, medium, high or empty."),
        "city_unique_name_per_country": _("A city of this name already exists in this country."),
    }

    class Meta:
        model = City
        import_id_fields = ("name", "country")
        fields = (
            "name",
            "name_local",
            "country",
            "region",
            "population",
            "land_area_km2",
            "financial_capacity",
            "is_iclei_member",
            "is_partner",
            "is_fictional",
            "website",
            "latitude",
            "longitude",
            "notes",
        )
        export_order = fields
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        use_transactions = True
