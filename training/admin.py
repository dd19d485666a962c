from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.admin_access import AccessScopedAdminMixin, staff_only
from core.admin_archive import ArchiveAdminMixin
from core.admin_changelist import LightRowsMixin, PresentCountriesFilter
from core.import_widgets import SpreadsheetImportExportMixin
from training.models import Event, TrainingParticipant, TrainingProgramme
from training.resources import TrainingParticipantResource

# The programme page summarises its participants (a programme may have thousands); they are managed,
# filtered and imported on their own changelist.
SUMMARY_COUNTRIES = 10


@admin.register(TrainingProgramme)
class TrainingProgrammeAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = staff_only
    list_display = ["title", "kind", "year", "starts_on", "participant_count"]
    list_filter = ["kind", "year", "sectors"]
    search_fields = ["title"]
    autocomplete_fields = ["sectors", "consultation"]
    readonly_fields = ["participants_summary"]
    date_hierarchy = "starts_on"
    show_full_result_count = False

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(participant_total=Count("participants"))

    def get_fields(self, request, obj=None):
        fields = [field for field in super().get_fields(request, obj) if field != "participants_summary"]
        return [*fields, "participants_summary"] if obj is not None else fields

    @admin.display(description=_("participants"), ordering="participant_total")
    def participant_count(self, obj: TrainingProgramme) -> int:
        return obj.participant_total

    @admin.display(description=_("participants"))
    def participants_summary(self, obj: TrainingProgramme):
        total = getattr(obj, "participant_total", None)
        if total is None:
            total = obj.participants.count()
        changelist = reverse("admin:training_trainingparticipant_changelist")
        add = reverse("admin:training_trainingparticipant_add")
        by_country = (
            obj.participants.values("country")
            .annotate(total=Count("id"))
            .order_by("-total", "country")[:SUMMARY_COUNTRIES]
        )
        countries = format_html_join(", ", "{} ({})", ((row["country"], row["total"]) for row in by_country))
        return format_html(
            '<p>{}</p><p>{}</p><p><a href="{}?{}">{}</a> · <a href="{}?{}">{}</a></p>',
            ngettext("%(count)d participant", "%(count)d participants", total) % {"count": total},
            countries,
            changelist,
            urlencode({"programme__id__exact": obj.pk}),
            _("Manage, filter and import the participants"),
            add,
            urlencode({"programme": obj.pk}),
            _("Add a participant"),
        )


class ParticipantCountryFilter(PresentCountriesFilter):
    parameter_name = "country"

    def countries_from(self, model_admin):
        return TrainingParticipant.objects.order_by().values_list("country", flat=True).distinct()


@admin.register(TrainingParticipant)
class TrainingParticipantAdmin(
    ArchiveAdminMixin, AccessScopedAdminMixin, LightRowsMixin, SpreadsheetImportExportMixin, admin.ModelAdmin
):
    access_scope = staff_only
    resource_classes = [TrainingParticipantResource]
    list_display = ["name", "position", "city", "country_name", "programme"]
    list_filter = ["programme", ParticipantCountryFilter, "programme__year", "programme__kind"]
    list_select_related = ["city", "programme"]
    search_fields = ["name", "position", "city__name", "programme__title"]
    autocomplete_fields = ["programme", "city"]
    raw_id_fields = ["user"]
    show_full_result_count = False
    list_per_page = 50

    @admin.display(description=_("country"), ordering="country")
    def country_name(self, obj: TrainingParticipant) -> str:
        # Not the field itself: the admin would rebuild the 250 country choices for every row.
        return obj.country.name


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
