"""The audit log's admin is read-only (history is never edited or deleted, by anyone) and scoped."""

from auditlog.admin import LogEntryAdmin
from auditlog.models import LogEntry
from django.contrib import admin

from accounts.admin_access import AccessScopedAdminMixin
from consultations.access import log_entries_visible_to


class ReadOnlyLogEntryAdmin(AccessScopedAdminMixin, LogEntryAdmin):
    """Each role reads only the entries about records it may see (consultations.access)."""

    access_scope = log_entries_visible_to

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions


if admin.site.is_registered(LogEntry):
    admin.site.unregister(LogEntry)
admin.site.register(LogEntry, ReadOnlyLogEntryAdmin)
