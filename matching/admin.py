from django.contrib import admin

from accounts.admin_access import AccessScopedAdminMixin, ScopedQuerysetMixin, staff_only
from accounts.roles import is_staff_member
from matching.models import ProposedMember, TaskForceProposal


class ProposedMemberInline(ScopedQuerysetMixin, admin.TabularInline):
    access_scope = staff_only
    model = ProposedMember
    extra = 0
    fields = ["consultation", "expert", "role", "score", "reasons", "warnings"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(TaskForceProposal)
class TaskForceProposalAdmin(AccessScopedAdminMixin, admin.ModelAdmin):
    """A record of the proposals; they are created, edited and accepted in the staff workspace."""

    access_scope = staff_only

    list_display = ["id", "status", "total_fit", "solver_status", "created_by", "created_at", "decided_at"]
    list_filter = ["status"]
    list_select_related = ["created_by"]
    fields = [
        "status",
        "created_by",
        "decided_by",
        "decided_at",
        "total_fit",
        "solver_status",
        "solve_seconds",
        "problems",
    ]
    readonly_fields = fields
    inlines = [ProposedMemberInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return is_staff_member(request.user)

    def has_module_permission(self, request):
        return is_staff_member(request.user)

    def has_delete_permission(self, request, obj=None):
        return False
