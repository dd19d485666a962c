from django.conf import settings
from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.admin_access import AccessScopedAdminMixin
from accounts.roles import is_staff_member
from consultations.workload import active_assignment_q, expert_active_assignments, expert_assignment_warnings
from core.admin_archive import ArchiveAdminMixin
from core.import_widgets import SpreadsheetImportExportMixin
from experts.access import PUBLIC_EXPERT_FIELDS, experts_visible_to
from experts.models import Expert
from experts.resources import ExpertResource


@admin.register(Expert)
class ExpertAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, SpreadsheetImportExportMixin, admin.ModelAdmin):
    """Staff see and run the whole pool; other roles read the active experts' public profiles (experts.access)."""

    access_scope = experts_visible_to
    resource_classes = [ExpertResource]
    list_display = [
        "name",
        "name_ko",
        "kind",
        "organisation",
        "affiliation",
        "availability",
        "active_cases",
        "is_active",
    ]
    list_filter = ["kind", "organisation", "availability", "is_active", "sectors", "languages"]
    list_select_related = ["organisation"]
    search_fields = ["name", "name_ko", "affiliation", "email"]
    autocomplete_fields = ["sectors", "languages"]
    raw_id_fields = ["user"]
    date_hierarchy = "created_at"
    readonly_fields = ["workload"]
    ordering = ["name", "pk"]  # the annotated queryset groups rows, which drops Meta.ordering

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(active_total=Count("assignments", filter=active_assignment_q("assignments__"), distinct=True))
        )

    # The workload table lists the expert's cases: staff only, like the e-mail address and the account.
    def get_fields(self, request, obj=None):
        return super().get_fields(request, obj) if is_staff_member(request.user) else list(PUBLIC_EXPERT_FIELDS)

    def get_search_fields(self, request):
        fields = super().get_search_fields(request)
        return fields if is_staff_member(request.user) else [f for f in fields if f not in ("email",)]

    @admin.display(description=_("active cases"), ordering="active_total")
    def active_cases(self, obj: Expert):
        limit = settings.EXPERT_MAX_ACTIVE_CASES
        if obj.active_total > limit:
            return format_html(
                '<strong class="warning-text" title="{}">⚠ {}</strong>',
                gettext("More than the limit of %(limit)d active cases") % {"limit": limit},
                obj.active_total,
            )
        return obj.active_total

    @admin.display(description=_("workload"))
    def workload(self, obj: Expert):
        if obj.pk is None:
            return "—"
        assignments = list(expert_active_assignments(obj))
        summary = format_html(
            "<p>{}</p>",
            gettext("%(count)d active cases (limit %(limit)d).")
            % {"count": len(assignments), "limit": settings.EXPERT_MAX_ACTIVE_CASES},
        )
        warnings = format_html_join(
            "", '<p class="warning-text">⚠ {}</p>', ((w,) for w in expert_assignment_warnings(expert=obj))
        )
        if not assignments:
            return summary + warnings
        rows = format_html_join(
            "",
            '<tr><td><a href="{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>',
            (
                (
                    reverse("admin:consultations_consultation_change", args=[a.consultation_id]),
                    a.consultation.title,
                    a.consultation.city,
                    a.consultation.get_stage_display(),
                    a.get_role_display(),
                    a.assigned_on,
                )
                for a in assignments
            ),
        )
        table = format_html(
            "<table><caption>{}</caption><thead><tr><th scope=col>{}</th><th scope=col>{}</th>"
            "<th scope=col>{}</th><th scope=col>{}</th><th scope=col>{}</th></tr></thead><tbody>{}</tbody></table>",
            gettext("Current task forces"),
            gettext("consultation"),
            gettext("city"),
            gettext("stage"),
            gettext("role"),
            gettext("assigned on"),
            rows,
        )
        return summary + warnings + table
