from __future__ import annotations

from dataclasses import dataclass

from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.admin_access import AccessScopedAdminMixin
from consultations.access import case_fields_writable_by, case_records_visible_to
from consultations.admin.filters import OverdueFilter, PartnerCountryFilter, SDGFilter, SectorFilter
from consultations.admin.inlines import (
    ActivityInline,
    CompanyRoleInline,
    DocumentInline,
    FundingAssessmentInline,
    FundingCommitmentInline,
    MessageInline,
    OutcomeIndicatorInline,
    RecommendationInline,
    SiteVisitInline,
    StageHistoryInline,
    TaskForceInline,
)
from consultations.models import Consultation, Document, Message, TaskForceMember
from consultations.pipeline import StageKey, Track
from consultations.selectors import consultation_search, is_overdue, phase_label, stage_due_at
from consultations.services import consultation_available_moves, consultation_move, request_auto_advance
from consultations.services.documents import document_upload
from consultations.services.messages import message_post
from consultations.services.task_force import task_force_assign
from consultations.services.transitions import MoveOption
from consultations.workload import expert_assignment_warnings
from core.admin_archive import ArchiveAdminMixin
from core.admin_changelist import FastChangelistMixin, boolean_icon
from core.choices import choice_label, country_name
from core.errors import ApplicationError
from core.search import search_terms

# The track is chosen at screening; afterwards it is history, not a setting.
TRACK_EDITABLE_STAGES = (StageKey.DRAFT, StageKey.REQUEST, StageKey.SCREENING)


@admin.register(Consultation)
class ConsultationAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, FastChangelistMixin, admin.ModelAdmin):
    """SMG staff see and run every case; a consultant or expert only the cases they hold a current seat on
    (consultations.access), a consultant changing only CONSULTANT_CASE_FIELDS and the work records."""

    access_scope = case_records_visible_to
    change_form_template = "admin/consultations/consultation/change_form.html"
    list_display = [
        "id",
        "title",
        "city_name",
        "country",
        "stage_badge",
        "track_label",
        "stage_entered_at",
        "published",
    ]
    list_display_links = ["id", "title"]
    list_filter = [
        "stage",
        "track",
        OverdueFilter,
        "city__region",
        PartnerCountryFilter,
        SectorFilter,
        SDGFilter,
        "is_published",
        "is_archived",
        "auto_advance",
    ]
    list_select_related = ["city"]
    search_fields = ["title", "challenge", "city__name", "city__name_local"]
    autocomplete_fields = ["city", "sectors", "sdgs", "policy_modules", "companies", "continues"]
    date_hierarchy = "created_at"  # bounded: years and months from the first and last date (FastChangelistMixin)
    list_per_page = 25  # rendering a row costs more than reading it (its links resolve every URL pattern)
    readonly_fields = [
        "stage",
        "resume_stage",
        "stage_entered_at",
        "stage_due",
        "submitted_at",
        "closed_at",
        "created_by",
        "last_reminded_at",
        "escalated_at",
        "created_at",
        "updated_at",
        "phase_links",
    ]
    fieldsets = [
        (None, {"fields": ["city", "title", "challenge", "expected_outcomes", "sectors", "sdgs", "policy_modules"]}),
        (
            _("Pipeline"),
            {"fields": [("stage", "resume_stage"), ("stage_entered_at", "stage_due"), "track", "auto_advance"]},
        ),
        (
            _("Budget and contacts"),
            {"fields": ["budget_situation", "budget_notes", ("contact_name", "contact_email", "contact_phone")]},
        ),
        (_("Partners"), {"fields": ["companies"]}),
        (_("Phases of a programme"), {"fields": [("continues", "phase_number", "phase_count"), "phase_links"]}),
        (_("Results"), {"fields": ["evaluation_summary", "lessons_learned", "is_published", "public_summary"]}),
        (
            _("Record"),
            {
                "classes": ["collapse"],
                "fields": [
                    "is_archived",
                    "created_by",
                    "submitted_at",
                    "closed_at",
                    "last_reminded_at",
                    "escalated_at",
                    "created_at",
                    "updated_at",
                ],
            },
        ),
    ]
    inlines = [
        StageHistoryInline,
        TaskForceInline,
        ActivityInline,
        SiteVisitInline,
        DocumentInline,
        RecommendationInline,
        FundingAssessmentInline,
        FundingCommitmentInline,
        CompanyRoleInline,
        OutcomeIndicatorInline,
        MessageInline,
    ]

    def get_search_results(self, request, queryset, search_term):
        # The same fields as search_fields (plus the public summary), as one OR over the case table per term,
        # which PostgreSQL answers from its trigram indexes (consultations.selectors.consultation_search).
        terms = search_terms(search_term)
        if not terms:
            return queryset, False
        return consultation_search(queryset, terms=terms, full=True), False

    # Consultations are the organisation's memory: archived, never deleted.
    def has_delete_permission(self, request, obj=None):
        return False

    def get_readonly_fields(self, request, obj=None):
        fields = list(self.readonly_fields)
        if obj is not None and obj.stage not in TRACK_EDITABLE_STAGES:
            fields.append("track")
        writable = case_fields_writable_by(request.user)
        if writable is not None:
            fields += [
                name for name in flatten_fieldsets(self.fieldsets) if name not in writable and name not in fields
            ]
        return fields

    @admin.display(description=_("other phases"))
    def phase_links(self, obj: Consultation):
        from consultations.selectors import programme_phases

        if obj.pk is None:
            return "—"
        phases = [phase for phase in programme_phases(obj) if phase.pk != obj.pk]
        if not phases:
            return "—"
        return format_html_join(
            mark_safe("<br>"),  # noqa: S308 - a constant
            '<a href="{}">{}</a>',
            ((reverse("admin:consultations_consultation_change", args=[p.pk]), phase_label(p)) for p in phases),
        )

    @admin.display(description=_("city"), ordering="city__name")
    def city_name(self, obj: Consultation) -> str:
        return obj.city.name  # the country has its own column

    @admin.display(description=_("country"), ordering="city__country")
    def country(self, obj: Consultation) -> str:
        return country_name(obj.city.country.code)

    @admin.display(description=_("published"), ordering="is_published")
    def published(self, obj: Consultation):
        return boolean_icon(obj.is_published)

    @admin.display(description=_("stage"), ordering="stage")
    def stage_badge(self, obj: Consultation):
        label = choice_label(StageKey, obj.stage)
        if is_overdue(obj):
            return format_html(
                '<strong class="overdue warning-text" title="{}">⚠ {}</strong>',
                gettext("Past the stage's target duration"),
                label,
            )
        return label

    @admin.display(description=_("track"), ordering="track")
    def track_label(self, obj: Consultation) -> str:
        return choice_label(Track, obj.track) if obj.track else self.get_empty_value_display()

    @admin.display(description=_("target date for this stage"))
    def stage_due(self, obj: Consultation):
        due = stage_due_at(obj)
        return timezone.localtime(due).date() if due else "—"

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        """Inline rows that are domain events go through their services; the rest save plainly."""
        consultation = form.instance
        model = formset.model
        if model in (TaskForceMember, Document, Message):
            instances = formset.save(commit=False)
            for obsolete in formset.deleted_objects:
                obsolete.delete()
            for instance in instances:
                if instance.pk is not None:
                    instance.save()
                    continue
                self._create_through_service(request, consultation, instance, formset)
            formset.save_m2m()
        else:
            formset.save()
        request_auto_advance(consultation)

    def _create_through_service(self, request, consultation, instance, formset) -> None:
        try:
            if isinstance(instance, TaskForceMember):
                member = task_force_assign(
                    consultation=consultation,
                    actor=request.user,
                    role=instance.role,
                    expert=instance.expert,
                    user=instance.user,
                )
                # Workload and availability are advice to staff, never a refusal.
                if member.expert is not None:
                    for warning in expert_assignment_warnings(expert=member.expert):
                        messages.warning(request, warning)
            elif isinstance(instance, Document):
                upload_form = next(f for f in formset.forms if f.instance is instance)
                document_upload(
                    consultation=consultation,
                    actor=request.user,
                    upload=upload_form.cleaned_data["file"],
                    title=instance.title,
                    kind=instance.kind,
                    visibility=instance.visibility,
                )
            elif isinstance(instance, Message):
                message_post(
                    consultation=consultation,
                    author=request.user,
                    body=instance.body,
                    is_internal=instance.is_internal,
                    is_information_request=instance.is_information_request,
                )
        except ApplicationError as refused:
            messages.error(request, refused.message)

    # ---- moves -------------------------------------------------------------------------------

    def get_urls(self):
        urls = super().get_urls()
        move_url = path(
            "<path:object_id>/move/",
            self.admin_site.admin_view(self.move_view),
            name="consultations_consultation_move",
        )
        return [move_url, *urls]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        obj = self.get_object(request, object_id)
        if obj is not None:
            refused = request.session.pop(_refused_move_key(obj.pk), None) if request.method == "GET" else None
            extra_context["move_options"] = self._move_buttons(request, obj, refused)
            extra_context["move_url"] = reverse("admin:consultations_consultation_move", args=[obj.pk])
            extra_context["current_stage"] = obj.stage
        return super().change_view(request, object_id, form_url, extra_context)

    def _move_buttons(self, request, obj: Consultation, refused: dict | None) -> list[MoveButton]:
        """The moves open to the user, each with what blocks it (linked to the field or inline to fill in),
        its look (the move's tone in consultations.pipeline) and, after a refusal, the note typed and the
        error beside the field it is about."""
        readonly = set(self.get_readonly_fields(request, obj))
        inline_prefixes = {
            inline.model._meta.get_field(inline.fk_name or "consultation").remote_field.get_accessor_name()
            for inline in self.inlines
        }

        def anchor(field: str) -> str:
            if not field:
                return ""
            if field in inline_prefixes:
                return f"#{field}-group"
            if field in readonly:
                return ""
            return f"#id_{field}"

        buttons = []
        for option in consultation_available_moves(consultation=obj, user=request.user):
            mine = refused is not None and refused.get("target") == option.target
            buttons.append(
                MoveButton(
                    option=option,
                    missing=[(str(item), anchor(getattr(item, "field", ""))) for item in option.missing],
                    note=refused.get("note", "") if mine else "",
                    note_error=refused.get("message", "") if mine and refused.get("code") == "note_required" else "",
                    error=refused.get("message", "") if mine and refused.get("code") != "note_required" else "",
                )
            )
        return buttons

    def move_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        consultation = self.get_object(request, object_id)  # scoped: another team's case is not found
        if consultation is None:
            raise Http404
        if not self.has_change_permission(request, consultation):
            messages.error(request, gettext("You are not allowed to change this case."))
        else:
            try:
                moved = consultation_move(
                    consultation=consultation,
                    target=request.POST.get("target", ""),
                    actor=request.user,
                    note=request.POST.get("note", ""),
                    expected_stage=request.POST.get("expected_stage") or None,
                )
            except ApplicationError as refused:
                messages.error(request, refused.message)
                # Back on the change page, the error stands beside the move's reason field, with the note kept.
                request.session[_refused_move_key(consultation.pk)] = {
                    "target": request.POST.get("target", ""),
                    "note": request.POST.get("note", "")[:5000],
                    "code": refused.code,
                    "message": str(refused.message),
                }
                anchor = f"#move-{request.POST.get('target', '')}" if refused.code == "note_required" else ""
                return HttpResponseRedirect(
                    reverse("admin:consultations_consultation_change", args=[object_id]) + anchor
                )
            else:
                messages.success(
                    request, gettext("The case is now in “%(stage)s”.") % {"stage": moved.get_stage_display()}
                )
        return HttpResponseRedirect(reverse("admin:consultations_consultation_change", args=[object_id]))


def _refused_move_key(pk) -> str:
    return f"consultation-refused-move-{pk}"


@dataclass
class MoveButton:
    """A move as the admin's change page draws it."""

    option: MoveOption
    missing: list[tuple[str, str]]  # (what is missing, link to the field or inline on this page, or "")
    note: str = ""
    note_error: str = ""
    error: str = ""

    @property
    def target(self) -> str:
        return self.option.target

    @property
    def label(self) -> str:
        return self.option.label

    @property
    def ready(self) -> bool:
        return self.option.ready

    @property
    def move(self):
        return self.option.move

    @property
    def css_class(self) -> str:
        return f"move-{self.option.move.tone}"
