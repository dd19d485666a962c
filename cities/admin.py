from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from cities.models import City, CityContact
from cities.resources import CityResource
from core.admin_archive import ArchiveAdminMixin, ArchiveInlineMixin
from core.import_widgets import SpreadsheetImportExportMixin


class CityContactInline(ArchiveInlineMixin, admin.TabularInline):
    model = CityContact
    extra = 0


@admin.register(City)
class CityAdmin(ArchiveAdminMixin, SpreadsheetImportExportMixin, admin.ModelAdmin):
    resource_classes = [CityResource]
    list_display = [
        "name",
        "name_local",
        "country",
        "region",
        "population",
        "financial_capacity",
        "is_iclei_member",
        "is_partner",
        "is_fictional",
        "consultation_count",
    ]
    list_filter = ["region", "country", "financial_capacity", "is_iclei_member", "is_partner", "is_fictional"]
    search_fields = ["name", "name_local"]
    inlines = [CityContactInline]
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(consultation_total=Count("consultations", distinct=True))

    @admin.display(description=_("consultations"), ordering="consultation_total")
    def consultation_count(self, obj: City) -> int:
        return obj.consultation_total
