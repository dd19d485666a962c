from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from accounts.admin_access import ScopedQuerysetMixin
from consultations.access import case_records_visible_to
from consultations.admin.forms import DocumentInlineForm
from consultations.models import (
    Activity,
    CompanyRole,
    Document,
    FundingAssessment,
    FundingCommitment,
    Message,
    OutcomeIndicator,
    Recommendation,
    SiteVisit,
    StageTransition,
    TaskForceMember,
)
from core.admin_archive import ArchiveInlineMixin
from core.admin_preload import PreloadedRelationsForm, PreloadedRelationsInlineMixin


class StageHistoryInline(ArchiveInlineMixin, ScopedQuerysetMixin, admin.TabularInline):
    access_scope = case_records_visible_to
    """Read-only: history is written by the move service alone."""

    model = StageTransition
    extra = 0
    fields = ["created_at", "from_stage", "to_stage", "actor", "is_automatic", "note"]
    readonly_fields = fields
    can_delete = False
    ordering = ["created_at", "id"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")


class TaskForceInline(ArchiveInlineMixin, ScopedQuerysetMixin, PreloadedRelationsInlineMixin, admin.TabularInline):
    access_scope = case_records_visible_to
    model = TaskForceMember
    form = PreloadedRelationsForm
    extra = 0
    fields = ["role", "expert", "user", "organisation", "assigned_on", "released_on"]
    readonly_fields = ["assigned_on", "organisation"]
    autocomplete_fields = ["expert"]
    raw_id_fields = ["user"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("expert__organisation", "user__organisation")

    @admin.display(description=_("organisation"))
    def organisation(self, obj):
        if obj.pk is None:
            return "—"
        person = obj.expert or obj.user
        return getattr(person, "organisation", None) or "—"


class ActivityInline(ArchiveInlineMixin, ScopedQuerysetMixin, admin.TabularInline):
    access_scope = case_records_visible_to
    model = Activity
    extra = 0
    fields = ["kind", "title", "starts_on", "ends_on", "completed_on", "participants_count", "outputs"]


class SiteVisitInline(ArchiveInlineMixin, ScopedQuerysetMixin, PreloadedRelationsInlineMixin, admin.StackedInline):
    access_scope = case_records_visible_to
    model = SiteVisit
    form = PreloadedRelationsForm
    extra = 0
    fields = [("starts_on", "ends_on", "location"), "experts", "participants", "findings"]
    autocomplete_fields = ["experts"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("experts")


class DocumentInline(ArchiveInlineMixin, ScopedQuerysetMixin, admin.TabularInline):
    """Saved documents show their original file name as a link to the access-checked download view
    (DocumentInlineForm); the columns fit a 1280 px screen (the content type is in the file name)."""

    access_scope = case_records_visible_to
    model = Document
    form = DocumentInlineForm
    extra = 0
    fields = ["file", "title", "kind", "visibility", "file_size", "uploaded_by", "created_at"]
    readonly_fields = ["file_size", "uploaded_by", "created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("uploaded_by")

    @admin.display(description=_("size"))
    def file_size(self, obj):
        return filesizeformat(obj.size) if obj.pk is not None and obj.size is not None else "—"


class RecommendationInline(ArchiveInlineMixin, ScopedQuerysetMixin, admin.StackedInline):
    access_scope = case_records_visible_to
    model = Recommendation
    extra = 0
    fields = [
        "title",
        "body",
        "delivered_on",
        "acknowledged_at",
        "acknowledged_by",
        "city_response",
        "city_response_detail",
    ]
    # The city's acknowledgement and its structured response are the city's word: read-only here.
    readonly_fields = ["acknowledged_at", "acknowledged_by", "city_response", "city_response_detail"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("acknowledged_by")


class FundingAssessmentInline(
    ArchiveInlineMixin, ScopedQuerysetMixin, PreloadedRelationsInlineMixin, admin.StackedInline
):
    access_scope = case_records_visible_to
    model = FundingAssessment
    extra = 0
    max_num = 1
    fields = [
        "in_house_capacity",
        "external_options",
        "recommended_sources",
        ("estimated_need", "currency"),
        "assessed_on",
        "assessed_by",
    ]
    autocomplete_fields = ["recommended_sources"]
    raw_id_fields = ["assessed_by"]


class FundingCommitmentInline(
    ArchiveInlineMixin, ScopedQuerysetMixin, PreloadedRelationsInlineMixin, admin.TabularInline
):
    access_scope = case_records_visible_to
    model = FundingCommitment
    form = PreloadedRelationsForm
    extra = 0
    fields = ["source", "company", "amount", "currency", "status", "committed_on", "note"]
    autocomplete_fields = ["source", "company"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source", "company")


class OutcomeIndicatorInline(ArchiveInlineMixin, ScopedQuerysetMixin, admin.TabularInline):
    access_scope = case_records_visible_to
    model = OutcomeIndicator
    extra = 0
    fields = ["name", "unit", "baseline", "target", "reporting_interval_months", "description"]
    show_change_link = True


class MessageInline(ArchiveInlineMixin, ScopedQuerysetMixin, admin.StackedInline):
    access_scope = case_records_visible_to
    model = Message
    extra = 0
    fields = ["author", "created_at", "body", "is_internal", "is_information_request"]
    readonly_fields = ["author", "created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author")

    def has_change_permission(self, request, obj=None):
        return False  # messages are a record of what was said: add, never rewrite


class CompanyRoleInline(ArchiveInlineMixin, ScopedQuerysetMixin, PreloadedRelationsInlineMixin, admin.TabularInline):
    """What each company did on the case, and when (its project references)."""

    access_scope = case_records_visible_to

    model = CompanyRole
    form = PreloadedRelationsForm
    extra = 0
    fields = ["company", "role", "started_on", "ended_on", "bid_outcome", "description"]
    autocomplete_fields = ["company"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("company")
