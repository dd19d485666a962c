from django.contrib import admin
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _

from accounts.admin_access import AccessScopedAdminMixin, ScopedQuerysetMixin
from consultations.access import case_records_visible_to
from consultations.models import (
    Document,
    FundingCommitment,
    IndicatorMeasurement,
    OutcomeIndicator,
    StageTransition,
)
from core.admin_archive import ArchiveAdminMixin, ArchiveInlineMixin
from core.admin_changelist import FastChangelistMixin
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
    access_scope = case_records_visible_to
    model = IndicatorMeasurement
    extra = 0


@admin.register(OutcomeIndicator)
class OutcomeIndicatorAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = case_records_visible_to
    list_display = ["name", "consultation", "unit", "baseline", "target"]
    list_select_related = ["consultation"]
    search_fields = ["name", "consultation__title"]
    autocomplete_fields = ["consultation"]
    inlines = [MeasurementInline]


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
