"""Bulk import and export of Seoul policy modules (CSV / XLSX in the admin).

A row is matched to an existing module by its slug. The sector is given by its key, SDGs by number
and languages by ISO 639-1 code (comma-separated).
"""

from django.utils.translation import gettext_lazy as _
from import_export import fields

from core.import_widgets import KeyForeignKeyWidget, StrictManyToManyWidget, StrictModelResource, YesNoWidget
from policies.models import SDG, TRANSLATED_FIELDS, Language, PolicyModule, Sector


class PolicyModuleResource(StrictModelResource):
    sector = fields.Field(attribute="sector", column_name="sector", widget=KeyForeignKeyWidget(Sector, "key"))
    sdgs = fields.Field(attribute="sdgs", column_name="sdgs", widget=StrictManyToManyWidget(SDG, "number"))
    languages = fields.Field(
        attribute="languages", column_name="languages", widget=StrictManyToManyWidget(Language, "code")
    )
    is_published = fields.Field(attribute="is_published", column_name="is_published", widget=YesNoWidget())

    constraint_messages = {  # noqa: RUF012
        "policy_period_ordered": _("The period must not end before it starts."),
        "policy_budget_not_negative": _("The budget cannot be negative."),
    }

    class Meta:
        model = PolicyModule
        import_id_fields = ("slug",)
        fields = (
            "slug",
            *(f"{field}{suffix}" for field in TRANSLATED_FIELDS[:1] for suffix in ("", "_ko", "_es")),
            "sector",
            "sdgs",
            *(f"{field}{suffix}" for field in TRANSLATED_FIELDS[1:] for suffix in ("", "_ko", "_es")),
            "period_start",
            "period_end",
            "budget_amount",
            "budget_currency",
            "responsible_department",
            "languages",
            "is_published",
        )
        export_order = fields
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        use_transactions = True

    def get_export_queryset(self, request=None):
        return super().get_export_queryset(request).select_related("sector").prefetch_related("sdgs", "languages")
