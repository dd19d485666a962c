from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.admin_access import AccessScopedAdminMixin, staff_only
from core.tasks import send_task_now
from notifications.models import Delivery, DeliveryStatus, Notification, NotificationPreference


@admin.register(Notification)
class NotificationAdmin(AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = staff_only
    list_display = ["title", "recipient", "kind", "created_at", "read_at"]
    list_filter = ["kind", ("read_at", admin.EmptyFieldListFilter)]
    list_select_related = ["recipient"]
    search_fields = ["title", "recipient__username", "recipient__email"]
    date_hierarchy = "created_at"
    readonly_fields = ["recipient", "event", "kind", "title", "body", "url", "created_at", "read_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Delivery)
class DeliveryAdmin(AccessScopedAdminMixin, admin.ModelAdmin):
    """What was e-mailed to whom; failed deliveries can be sent again."""

    access_scope = staff_only

    list_display = ["event", "recipient", "channel", "status", "attempts", "sent_at", "created_at"]
    list_filter = ["status", "channel"]
    list_select_related = ["event", "recipient"]
    search_fields = ["address", "recipient__username", "event__kind"]
    date_hierarchy = "created_at"
    readonly_fields = [field.name for field in Delivery._meta.fields]
    actions = ["send_again"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Send the selected failed deliveries again"), permissions=["view"])
    def send_again(self, request, queryset):
        from core.models import OutboxEvent

        failed = queryset.filter(status=DeliveryStatus.FAILED)
        event_ids = sorted(set(failed.values_list("event_id", flat=True)))
        OutboxEvent.objects.filter(pk__in=event_ids).update(processed_at=None, attempts=0)
        queued = sum(1 for event_id in event_ids if send_task_now("notifications.tasks.dispatch_event", event_id))
        self.message_user(
            request,
            ngettext("%(count)d event queued for delivery.", "%(count)d events queued for delivery.", queued)
            % {"count": queued},
            messages.SUCCESS if queued == len(event_ids) else messages.WARNING,
        )


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = staff_only
    list_display = ["user", "kind", "frequency"]
    list_filter = ["kind", "frequency"]
    list_select_related = ["user"]
    search_fields = ["user__username", "user__email"]
    raw_id_fields = ["user"]
