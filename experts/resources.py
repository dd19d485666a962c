"""Bulk import and export of the expert pool (CSV / XLSX in the admin).

A row is matched to an existing expert by name. Sectors are given by their keys and languages by
ISO 639-1 codes, comma-separated ("transportation, urban_planning"; "ko, en").
"""

from django.utils.translation import gettext_lazy as _
from import_export import fields

from core.import_widgets import StrictManyToManyWidget, StrictModelResource, YesNoWidget
from experts.models import Expert
from policies.models import Language, Sector


class ExpertResource(StrictModelResource):
    sectors = fields.Field(attribute="sectors", column_name="sectors", widget=StrictManyToManyWidget(Sector, "key"))
    languages = fields.Field(
        attribute="languages", column_name="languages", widget=StrictManyToManyWidget(Language, "code")
    )
    is_active = fields.Field(attribute="is_active", column_name="is_active", widget=YesNoWidget())

    constraint_messages = {  # noqa: RUF012
        "expert_unavailability_ordered": _("“Unavailable until” must not be before “unavailable from”."),
        "expert_kind_valid": _("Unknown kind of expert."),
        "expert_availability_valid": _("Availability must be available, limited or unavailable."),
    }

    class Meta:
        model = Expert
        import_id_fields = ("name",)
        fields = (
            "name",
            "name_ko",
            "kind",
            "affiliation",
            "position",
            "sectors",
            "languages",
            "email",
            "availability",
            "unavailable_from",
            "unavailable_until",
            "is_active",
            "bio",
        )
        export_order = fields
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        use_transactions = True

    def get_export_queryset(self, request=None):
        return super().get_export_queryset(request).prefetch_related("sectors", "languages")
