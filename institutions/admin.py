from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from accounts.admin_access import AccessScopedAdminMixin, ScopedQuerysetMixin, everyone
from core.admin_archive import ArchiveAdminMixin, ArchiveInlineMixin
from institutions.models import InitiativeProfile, Organisation, ReplicationLesson


@admin.register(Organisation)
class OrganisationAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = everyone
    list_display = ["name", "acronym", "kind", "parent", "staff_count", "expert_count"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name", "name_ko", "name_es", "acronym"]
    prepopulated_fields = {"key": ["name"]}
    fields = ["key", "name", "name_ko", "name_es", "acronym", "kind", "parent", "role", "website"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(staff_total=Count("members", distinct=True), expert_total=Count("experts", distinct=True))
        )

    @admin.display(description=_("staff"), ordering="staff_total")
    def staff_count(self, obj):
        return obj.staff_total

    @admin.display(description=_("experts"), ordering="expert_total")
    def expert_count(self, obj):
        return obj.expert_total


class ReplicationLessonInline(ArchiveInlineMixin, ScopedQuerysetMixin, admin.StackedInline):
    access_scope = everyone
    model = ReplicationLesson
    extra = 0
    fields = ["order", ("title", "title_ko", "title_es"), "body", "body_ko", "body_es"]


@admin.register(InitiativeProfile)
class InitiativeProfileAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    """The "About the initiative" page: one record, edited in place."""

    access_scope = everyone

    inlines = [ReplicationLessonInline]
    fieldsets = [
        (
            _("Seoul's profile"),
            {
                "fields": [
                    "city_name",
                    ("population", "population_year"),
                    "land_area_km2",
                    ("iclei_member_since", "iclei_secretariat_since"),
                    "initiative_launched",
                    "source",
                ]
            },
        ),
        (_("Introduction"), {"fields": ["introduction", "introduction_ko", "introduction_es"]}),
    ]

    def has_add_permission(self, request):
        # The one record comes from a data migration; only a superuser re-creates it (no query on every page).
        return request.user.is_superuser and super().has_add_permission(request)
