from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from accounts.admin_access import AccessScopedAdminMixin, ScopedQuerysetMixin, staff_only
from core.admin_archive import ArchiveAdminMixin, ArchiveInlineMixin
from core.admin_preload import PreloadedRelationsForm, PreloadedRelationsInlineMixin
from training.models import Event, TrainingParticipant, TrainingProgramme


class TrainingParticipantInline(
    ArchiveInlineMixin, ScopedQuerysetMixin, PreloadedRelationsInlineMixin, admin.TabularInline
):
    access_scope = staff_only
    model = TrainingParticipant
    form = PreloadedRelationsForm
    extra = 0
    autocomplete_fields = ["city"]
    raw_id_fields = ["user"]
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("city", "user")


@admin.register(TrainingProgramme)
class TrainingProgrammeAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = staff_only
    list_display = ["title", "kind", "year", "starts_on", "participant_count"]
    list_filter = ["kind", "year", "sectors"]
    search_fields = ["title"]
    autocomplete_fields = ["sectors", "consultation"]
    inlines = [TrainingParticipantInline]
    date_hierarchy = "starts_on"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(participant_total=Count("participants"))

    @admin.display(description=_("participants"), ordering="participant_total")
    def participant_count(self, obj: TrainingProgramme) -> int:
        return obj.participant_total


@admin.register(TrainingParticipant)
class TrainingParticipantAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = staff_only
    list_display = ["name", "position", "city", "country", "programme"]
    list_filter = ["country", "programme__year", "programme__kind"]
    list_select_related = ["city", "programme"]
    search_fields = ["name", "position", "city__name"]
    autocomplete_fields = ["programme", "city"]
    raw_id_fields = ["user"]


@admin.register(Event)
class EventAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = staff_only
    list_display = ["title", "kind", "starts_on", "place", "co_hosts", "officials_attending", "training_programme"]
    list_filter = ["kind", "country"]
    list_select_related = ["training_programme"]
    search_fields = ["title", "title_ko", "title_es", "place", "co_hosts"]
    autocomplete_fields = ["participating_cities", "training_programme"]
    date_hierarchy = "starts_on"
    fields = [
        ("title", "title_ko", "title_es"),
        "kind",
        ("starts_on", "ends_on"),
        ("place", "country"),
        "co_hosts",
        "participating_cities",
        ("officials_attending", "training_programme"),
        "description",
        "website",
    ]
