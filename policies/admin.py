from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from accounts.admin_access import AccessScopedAdminMixin, everyone
from core.import_widgets import SpreadsheetImportExportMixin
from policies.access import policy_modules_visible_to
from policies.models import SDG, TRANSLATED_FIELDS, Language, PolicyModule, Sector
from policies.resources import PolicyModuleResource


class ReferenceAdmin(AccessScopedAdminMixin, admin.ModelAdmin):
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
class LanguageAdmin(AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = everyone
    list_display = ["__str__", "code"]
    search_fields = ["code"]


@admin.register(PolicyModule)
class PolicyModuleAdmin(AccessScopedAdminMixin, SpreadsheetImportExportMixin, admin.ModelAdmin):
    access_scope = policy_modules_visible_to  # drafts for staff only
    resource_classes = [PolicyModuleResource]
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
