from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from accounts.admin_access import AccessScopedAdminMixin, ScopedQuerysetMixin, everyone, staff_only
from cities.access import STAFF_ONLY_CITY_FIELDS, city_details_visible_to
from cities.models import City, CityContact
from cities.resources import CityResource
from core.admin_archive import ArchiveAdminMixin, ArchiveInlineMixin
from core.import_widgets import SpreadsheetImportExportMixin


class CityContactInline(ArchiveInlineMixin, ScopedQuerysetMixin, admin.TabularInline):
    access_scope = staff_only
    model = CityContact
    extra = 0


@admin.register(City)
class CityAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, SpreadsheetImportExportMixin, admin.ModelAdmin):
    access_scope = everyone
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

    # Other roles read a city's facts, as in the API: not its notes, contacts or every case it filed.
    def get_exclude(self, request, obj=None):
        if city_details_visible_to(request.user):
            return super().get_exclude(request, obj)
        return [*(super().get_exclude(request, obj) or ()), *STAFF_ONLY_CITY_FIELDS]

    def get_inlines(self, request, obj):
        return super().get_inlines(request, obj) if city_details_visible_to(request.user) else []

    def get_list_display(self, request):
        shown = super().get_list_display(request)
        return shown if city_details_visible_to(request.user) else [f for f in shown if f != "consultation_count"]

    @admin.display(description=_("consultations"), ordering="consultation_total")
    def consultation_count(self, obj: City) -> int:
        return obj.consultation_total
