from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.http import Http404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.admin_access import AccessScopedAdminMixin, ScopedQuerysetMixin
from consultations.access import case_records_visible_to
from consultations.models import (
    Document,
    FundingCommitment,
    IndicatorMeasurement,
    MeasurementStatus,
    OutcomeIndicator,
    StageTransition,
)
from consultations.services.indicators import ReviewDecision, may_review, measurement_review
from core.admin_archive import ArchiveAdminMixin, ArchiveInlineMixin
from core.admin_changelist import FastChangelistMixin
from core.errors import ApplicationError
from core.storage import file_download_response


@admin.register(StageTransition)
class StageTransitionAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, FastChangelistMixin, admin.ModelAdmin):
    access_scope = case_records_visible_to
    list_display = ["created_at", "consultation", "from_stage", "to_stage", "actor", "is_automatic"]
    list_filter = ["to_stage", "from_stage", "is_automatic"]
    list_select_related = ["consultation", "actor"]
    search_fields = ["consultation__title", "note"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(FundingCommitment)
class FundingCommitmentAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = case_records_visible_to
    list_display = ["consultation", "city", "source", "company", "amount", "currency", "status", "committed_on"]
    list_filter = ["status", "currency", "source", "consultation__city__country"]
    list_select_related = ["consultation__city", "source", "company"]
    search_fields = ["consultation__title", "consultation__city__name", "source__name", "note"]
    autocomplete_fields = ["consultation", "source", "company"]
    date_hierarchy = "committed_on"

    @admin.display(description=_("city"), ordering="consultation__city__name")
    def city(self, obj: FundingCommitment):
        return obj.consultation.city


class MeasurementInline(ArchiveInlineMixin, ScopedQuerysetMixin, admin.TabularInline):
    """Staff's own measurements count at once; the city's wait for review (the measurement's own page)."""

    access_scope = case_records_visible_to
    model = IndicatorMeasurement
    extra = 0
    fields = ["measured_on", "value", "source", "note", "status", "reported_by", "review_note"]
    readonly_fields = ["status", "reported_by", "review_note"]
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("reported_by")


@admin.register(OutcomeIndicator)
class OutcomeIndicatorAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = case_records_visible_to
    list_display = ["name", "consultation", "unit", "baseline", "target", "reporting_interval_months"]
    list_select_related = ["consultation"]
    search_fields = ["name", "consultation__title"]
    autocomplete_fields = ["consultation"]
    inlines = [MeasurementInline]


class MeasurementReviewActionForm(ActionForm):
    review_note = forms.CharField(
        label=_("Note to the city"),
        required=False,
        help_text=_("Required when returning measurements: what the city should correct."),
    )


class MeasurementReviewForm(forms.ModelForm):
    """The change form of a measurement: a pending one is accepted or returned (with a note) here."""

    decision = forms.ChoiceField(
        label=_("Review"),
        required=False,
        choices=[("", _("Not yet")), (ReviewDecision.ACCEPT, _("Accept")), (ReviewDecision.RETURN, _("Return"))],
    )
    decision_note = forms.CharField(
        label=_("Note to the city"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when returning: what the city should correct."),
    )

    class Meta:
        model = IndicatorMeasurement
        fields = ["measured_on", "value", "source", "note"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == ReviewDecision.RETURN and not (cleaned.get("decision_note") or "").strip():
            self.add_error("decision_note", _("Say what the city should correct when returning a measurement."))
        return cleaned


@admin.register(IndicatorMeasurement)
class IndicatorMeasurementAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    """Measurements across cases: the city's reports wait here (filter: waiting for review) for staff."""

    access_scope = case_records_visible_to
    form = MeasurementReviewForm
    action_form = MeasurementReviewActionForm
    actions = ["accept_measurements", "return_measurements"]
    list_display = ["indicator", "case", "measured_on", "value", "source", "status", "reported_by", "reviewed_by"]
    list_filter = ["status", "indicator__consultation__stage"]
    list_select_related = ["indicator__consultation__city", "reported_by", "reviewed_by"]
    search_fields = ["indicator__name", "indicator__consultation__title", "source"]
    date_hierarchy = "measured_on"
    readonly_fields = [
        "indicator",
        "status",
        "reported_by",
        "evidence_link",
        "reviewed_by",
        "reviewed_at",
        "review_note",
    ]

    def get_fieldsets(self, request, obj=None):
        facts = ["indicator", "measured_on", "value", "source", "note", "evidence_link", "reported_by"]
        review = ["status", "reviewed_by", "reviewed_at", "review_note"]
        if obj is not None and obj.status == MeasurementStatus.PENDING and self._may_review(request, obj):
            review = ["status", "decision", "decision_note"]
        return [(None, {"fields": facts}), (_("Review"), {"fields": review})]

    def get_readonly_fields(self, request, obj=None):
        fields = list(self.readonly_fields)
        if obj is not None and obj.status != MeasurementStatus.ACCEPTED:
            # What the city reported stays as reported: staff accept it or return it.
            fields += ["measured_on", "value", "source", "note"]
        return fields

    def has_add_permission(self, request):
        return False  # measurements are added on their indicator, or reported by the city

    def lookup_allowed(self, lookup, value, request=None):
        # The dashboard links to one case's measurements waiting for review.
        if lookup == "indicator__consultation__id__exact":
            return True
        return super().lookup_allowed(lookup, value, request)

    @admin.display(description=_("consultation"), ordering="indicator__consultation__title")
    def case(self, obj: IndicatorMeasurement):
        return obj.indicator.consultation

    @admin.display(description=_("evidence"))
    def evidence_link(self, obj: IndicatorMeasurement):
        if not obj.evidence_id:
            return "—"
        url = reverse("admin:consultations_document_change", args=[obj.evidence_id])
        return format_html('<a href="{}">{}</a>', url, obj.evidence)

    @staticmethod
    def _may_review(request, obj) -> bool:
        return may_review(request.user, obj.indicator)

    def save_model(self, request, obj, form, change):
        decision = form.cleaned_data.get("decision")
        if change and decision:
            try:
                measurement_review(
                    measurement=obj,
                    actor=request.user,
                    decision=decision,
                    note=form.cleaned_data.get("decision_note", ""),
                )
            except ApplicationError as refused:
                self.message_user(request, refused.message, messages.ERROR)
            return
        super().save_model(request, obj, form, change)

    def _review(self, request, queryset, decision: str) -> None:
        note = (request.POST.get("review_note") or "").strip()
        if decision == ReviewDecision.RETURN and not note:
            self.message_user(
                request, _("Write a note to the city (what to correct) to return measurements."), messages.ERROR
            )
            return
        done, refused = 0, []
        for measurement in queryset.select_related("indicator__consultation"):
            try:
                measurement_review(measurement=measurement, actor=request.user, decision=decision, note=note)
            except ApplicationError as error:
                refused.append(f"{measurement}: {error.message}")
            else:
                done += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d measurement reviewed.", "%(count)d measurements reviewed.", done) % {"count": done},
                messages.SUCCESS,
            )
        for line in refused:
            self.message_user(request, line, messages.WARNING)

    @admin.action(description=_("Accept the selected measurements"), permissions=["change"])
    def accept_measurements(self, request, queryset):
        self._review(request, queryset, ReviewDecision.ACCEPT)

    @admin.action(description=_("Return the selected measurements to the city (with the note)"), permissions=["change"])
    def return_measurements(self, request, queryset):
        self._review(request, queryset, ReviewDecision.RETURN)


@admin.register(Document)
class DocumentAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = case_records_visible_to
    list_display = [
        "__str__",
        "consultation",
        "kind",
        "visibility",
        "content_type",
        "size",
        "uploaded_by",
        "created_at",
    ]
    list_filter = ["kind", "visibility", "content_type"]
    list_select_related = ["consultation", "uploaded_by"]
    search_fields = ["title", "original_name", "consultation__title"]
    date_hierarchy = "created_at"
    readonly_fields = ["consultation", "file", "original_name", "content_type", "size", "uploaded_by"]

    def has_add_permission(self, request):
        return False  # documents are added from their consultation, where uploads are checked

    def get_urls(self):
        download = path(
            "<path:object_id>/download/",
            self.admin_site.admin_view(self.download_view),
            name="consultations_document_download",
        )
        return [download, *super().get_urls()]

    def download_view(self, request, object_id):
        """The file under its original name, for whoever may see the document here (scoped: another
        team's document is not found)."""
        document = self.get_object(request, object_id)
        if document is None or not self.has_view_permission(request, document):
            raise Http404
        return file_download_response(
            document.file, filename=document.original_name, content_type=document.content_type
        )
