from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.admin_access import AccessScopedAdminMixin, staff_only
from core.errors import ApplicationError
from notifications.models import Delivery, Notification, NotificationPreference
from notifications.services import delivery_cancel, delivery_resend


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
    """What was e-mailed to whom. Failed (or cancelled) deliveries can be sent again in bulk; waiting
    or failed ones can be cancelled (no more retries)."""

    access_scope = staff_only

    list_display = ["event", "recipient", "channel", "status", "attempts", "next_attempt_at", "sent_at", "created_at"]
    list_filter = ["status", "channel"]
    list_select_related = ["event", "recipient"]
    search_fields = ["address", "recipient__username", "event__kind"]
    date_hierarchy = "created_at"
    readonly_fields = [field.name for field in Delivery._meta.fields]
    actions = ["send_again", "cancel"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Send the selected failed or cancelled deliveries again"), permissions=["view"])
    def send_again(self, request, queryset):
        count = self._run(request, delivery_resend, queryset)
        if count is not None:
            text = ngettext("%(count)d e-mail will be sent again.", "%(count)d e-mails will be sent again.", count)
            self.message_user(request, text % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Cancel the selected deliveries (no more retries)"), permissions=["view"])
    def cancel(self, request, queryset):
        count = self._run(request, delivery_cancel, queryset)
        if count is not None:
            text = ngettext("%(count)d e-mail cancelled.", "%(count)d e-mails cancelled.", count)
            self.message_user(request, text % {"count": count}, messages.SUCCESS)

    def _run(self, request, service, queryset) -> int | None:
        try:
            return service(actor=request.user, delivery_ids=list(queryset.values_list("pk", flat=True)))
        except ApplicationError as refused:
            self.message_user(request, refused.message, messages.ERROR)
            return None


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = staff_only
    list_display = ["user", "kind", "frequency"]
    list_filter = ["kind", "frequency"]
    list_select_related = ["user"]
    search_fields = ["user__username", "user__email"]
    raw_id_fields = ["user"]
