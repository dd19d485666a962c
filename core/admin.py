from django.contrib import admin

from accounts.admin_access import AccessScopedAdminMixin, staff_only
from core.models import OutboxEvent, OutboxTask


@admin.register(OutboxEvent)
class OutboxEventAdmin(AccessScopedAdminMixin, admin.ModelAdmin):
    """Read-only: the outbox is the record of what happened and what was delivered."""

    access_scope = staff_only

    list_display = ["id", "kind", "consultation", "actor", "created_at", "processed_at", "next_attempt_at", "attempts"]
    list_filter = ["kind", ("processed_at", admin.EmptyFieldListFilter)]
    list_select_related = ["consultation", "actor"]
    search_fields = ["kind", "consultation__title"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(OutboxTask)
class OutboxTaskAdmin(AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = staff_only
    """Read-only: tasks recorded by the services and when the relay published them."""

    list_display = ["id", "task", "args", "created_at", "next_attempt_at", "published_at", "attempts"]
    list_filter = ["task", ("published_at", admin.EmptyFieldListFilter)]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
