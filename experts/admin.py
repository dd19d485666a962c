from django.contrib import admin

from experts.models import Expert


@admin.register(Expert)
class ExpertAdmin(admin.ModelAdmin):
    list_display = ["name", "name_ko", "kind", "affiliation", "availability", "is_active"]
    list_filter = ["kind", "availability", "is_active", "sectors", "languages"]
    search_fields = ["name", "name_ko", "affiliation", "email"]
    autocomplete_fields = ["sectors", "languages"]
    raw_id_fields = ["user"]
    date_hierarchy = "created_at"
