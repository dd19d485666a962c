from django.contrib import admin

from accounts.admin_access import AccessScopedAdminMixin, ScopedQuerysetMixin, everyone
from consultations.access import case_records_visible_to
from consultations.models import CompanyRole
from core.admin_archive import ArchiveAdminMixin, ArchiveInlineMixin
from funding.models import Company, ExchangeRate, FundingSource, NetworkMember


@admin.register(FundingSource)
class FundingSourceAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = everyone
    list_display = ["name", "acronym", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "acronym"]


class CompanyRoleInline(ArchiveInlineMixin, ScopedQuerysetMixin, admin.TabularInline):
    """The company's roles on cases: its project references (edited from the consultation)."""

    access_scope = case_records_visible_to

    model = CompanyRole

    extra = 0
    fields = ["consultation", "role", "started_on", "ended_on", "bid_outcome"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("consultation__city")


@admin.register(Company)
class CompanyAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = everyone
    list_display = ["name", "name_ko", "is_sme", "website"]
    list_filter = ["is_sme", "sectors", "roles__role"]
    inlines = [CompanyRoleInline]
    search_fields = ["name", "name_ko"]
    autocomplete_fields = ["sectors", "policy_modules"]


@admin.register(ExchangeRate)
class ExchangeRateAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = everyone
    list_display = ["currency", "rate_to_eur", "valid_from"]
    list_filter = ["currency"]
    date_hierarchy = "valid_from"


@admin.register(NetworkMember)
class NetworkMemberAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = everyone
    list_display = ["__str__", "kind", "joined_on"]
    list_filter = ["kind", "sectors"]
    list_select_related = ["company", "institution"]
    search_fields = ["company__name", "institution__name", "institution__acronym"]
    autocomplete_fields = ["company", "institution", "sectors"]
    date_hierarchy = "joined_on"
