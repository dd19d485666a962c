from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from import_export.formats import base_formats

from accounts.admin_access import AccessScopedAdminMixin, everyone
from core.admin_archive import ArchiveAdminMixin
from core.import_widgets import CSVFormat, SpreadsheetImportExportMixin, XLSXFormat
from policies.access import policy_modules_visible_to
from policies.models import SDG, TRANSLATED_FIELDS, Language, PolicyModule, Sector
from policies.resources import PolicyModuleResource, import_template

TEMPLATE_FORMATS = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "json": ("application/json", "json"),
}


class ReferenceAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    """Reference rows come from migrations; staff browse them but do not invent new sectors or goals."""

    access_scope = everyone

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Sector)
class SectorAdmin(ReferenceAdmin):
    list_display = ["__str__", "key", "order"]
    search_fields = ["key"]
    readonly_fields = ["key"]


@admin.register(SDG)
class SDGAdmin(ReferenceAdmin):
    list_display = ["__str__", "number"]
    search_fields = ["number"]
    readonly_fields = ["number"]


@admin.register(Language)
class LanguageAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = everyone
    list_display = ["__str__", "code"]
    search_fields = ["code"]


@admin.register(PolicyModule)
class PolicyModuleAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, SpreadsheetImportExportMixin, admin.ModelAdmin):
    access_scope = policy_modules_visible_to  # drafts for staff only
    resource_classes = [PolicyModuleResource]
    # The archive also comes as JSON (a list of objects with the same keys as the spreadsheet columns).
    formats = [CSVFormat, XLSXFormat, base_formats.JSON]  # noqa: RUF012
    import_template_name = "policies/admin/import.html"
    list_display = [
        "title",
        "title_ko",
        "sector",
        "period_start",
        "period_end",
        "responsible_department",
        "is_published",
    ]
    list_filter = ["is_published", "sector", "sdgs"]
    list_select_related = ["sector"]
    search_fields = ["title", "title_ko", "title_es", "summary", "responsible_department"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["sector", "sdgs", "languages"]
    date_hierarchy = "created_at"
    list_editable = ["is_published"]
    fieldsets = [
        (None, {"fields": ["title", "title_ko", "title_es", "slug", "sector", "sdgs", "is_published"]}),
        (_("Content (English)"), {"fields": [*TRANSLATED_FIELDS[1:]]}),
        (_("Content (Korean)"), {"fields": [f"{field}_ko" for field in TRANSLATED_FIELDS[1:]]}),
        (_("Content (Spanish)"), {"fields": [f"{field}_es" for field in TRANSLATED_FIELDS[1:]]}),
        (
            _("Facts"),
            {
                "fields": [
                    "period_start",
                    "period_end",
                    "budget_amount",
                    "budget_currency",
                    "responsible_department",
                    "languages",
                ]
            },
        ),
    ]

    def import_template_view(self, request, extension: str):
        """The import template (columns and one example row) as CSV, XLSX or JSON (served at the URL that
        SpreadsheetImportExportMixin gives every importing admin)."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        if extension not in TEMPLATE_FORMATS:
            raise Http404
        content_type, extension = TEMPLATE_FORMATS[extension]
        payload = import_template().export(extension)
        if isinstance(payload, str):
            # A CSV starts with a byte-order mark, so spreadsheets read UTF-8; JSON must not (RFC 8259).
            payload = payload.encode("utf-8-sig" if extension == "csv" else "utf-8")
        response = HttpResponse(payload, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="policy-cases-template.{extension}"'
        return response
