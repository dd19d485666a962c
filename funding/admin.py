from django.contrib import admin

from core.admin_archive import ArchiveAdminMixin
from funding.models import Company, ExchangeRate, FundingSource, NetworkMember


@admin.register(FundingSource)
class FundingSourceAdmin(ArchiveAdminMixin, admin.ModelAdmin):
    list_display = ["name", "acronym", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "acronym"]


@admin.register(Company)
class CompanyAdmin(ArchiveAdminMixin, admin.ModelAdmin):
    list_display = ["name", "name_ko", "is_sme", "website"]
    list_filter = ["is_sme", "sectors", "roles__role"]
    search_fields = ["name", "name_ko"]
    autocomplete_fields = ["sectors", "policy_modules"]


@admin.register(ExchangeRate)
class ExchangeRateAdmin(ArchiveAdminMixin, admin.ModelAdmin):
    list_display = ["currency", "rate_to_eur", "valid_from"]
    list_filter = ["currency"]
    date_hierarchy = "valid_from"


@admin.register(NetworkMember)
class NetworkMemberAdmin(ArchiveAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "kind", "joined_on"]
    list_filter = ["kind", "sectors"]
    list_select_related = ["company", "institution"]
    search_fields = ["company__name", "institution__name", "institution__acronym"]
    autocomplete_fields = ["company", "institution", "sectors"]
    date_hierarchy = "joined_on"
