from django.contrib import admin

from accounts.admin_access import AccessScopedAdminMixin, everyone
from funding.models import Company, ExchangeRate, FundingSource


@admin.register(FundingSource)
class FundingSourceAdmin(AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = everyone
    list_display = ["name", "acronym", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "acronym"]


@admin.register(Company)
class CompanyAdmin(AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = everyone
    list_display = ["name", "name_ko", "is_sme", "website"]
    list_filter = ["is_sme", "sectors"]
    search_fields = ["name", "name_ko"]
    autocomplete_fields = ["sectors", "policy_modules"]


@admin.register(ExchangeRate)
class ExchangeRateAdmin(AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = everyone
    list_display = ["currency", "rate_to_eur", "valid_from"]
    list_filter = ["currency"]
    date_hierarchy = "valid_from"
