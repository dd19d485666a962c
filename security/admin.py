"""The admin side of sign-in security: who has API keys, lockouts, second factors. Staff only; never a key."""

from __future__ import annotations

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.roles import is_staff_member
from security import selectors, services
from security.models import ApiToken


class StaffOnlyMixin:
    """Visible to SMG staff (and superusers) only, whatever the role backend grants on the app."""

    def has_module_permission(self, request):
        return is_staff_member(request.user)

    def has_view_permission(self, request, obj=None):
        return is_staff_member(request.user)

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return is_staff_member(request.user)


@admin.register(ApiToken)
class ApiTokenAdmin(StaffOnlyMixin, admin.ModelAdmin):
    """Who has keys and when each was last used. The key itself is not stored; its digest is never shown."""

    list_display = ["user", "name", "key_prefix", "created", "expiry", "last_used_at"]
    list_filter = ["created", "expiry", "last_used_at"]
    search_fields = ["name", "token_key", "user__username", "user__email"]
    list_select_related = ["user"]
    fields = ["user", "name", "key_prefix", "created", "expiry", "last_used_at"]
    readonly_fields = fields
    actions = ["revoke"]

    def get_queryset(self, request):
        return selectors.api_tokens_visible_to(viewer=request.user)

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # "revoke" says what happens
        return actions

    @admin.display(description=_("key starts with"), ordering="token_key")
    def key_prefix(self, obj):
        return f"{obj.token_key}…"

    @admin.action(description=_("Revoke the selected keys"))
    def revoke(self, request, queryset):
        count = 0
        for token in queryset:
            services.api_token_revoke(token=token, actor=request.user)
            count += 1
        self.message_user(request, _("Keys revoked: %(count)d.") % {"count": count}, messages.SUCCESS)

    def delete_model(self, request, obj):
        services.api_token_revoke(token=obj, actor=request.user)


# Lockouts (django-axes): readable by SMG staff, who may also lift a lockout by deleting the attempt row.
for model, base in (
    (AccessAttempt, AccessAttemptAdmin),
    (AccessLog, AccessLogAdmin),
    (AccessFailureLog, AccessFailureLogAdmin),
):
    if admin.site.is_registered(model):
        admin.site.unregister(model)
    admin.site.register(model, type(f"Staff{base.__name__}", (StaffOnlyMixin, base), {}))


# Second factors (django-otp): staff see who has one and may reset it (the user then enrols again);
# the secret and the recovery codes are never shown.
for model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(model):
        admin.site.unregister(model)


@admin.register(TOTPDevice)
class SecondFactorAdmin(StaffOnlyMixin, admin.ModelAdmin):
    list_display = ["user", "name", "confirmed", "created_at", "last_used_at"]
    list_filter = ["confirmed", "created_at", "last_used_at"]
    search_fields = ["user__username", "user__email", "name"]
    list_select_related = ["user"]
    fields = ["user", "name", "confirmed", "created_at", "last_used_at"]
    readonly_fields = fields
    actions = ["reset"]

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    @admin.action(description=_("Reset two-step sign-in (the user sets it up again at the next sign-in)"))
    def reset(self, request, queryset):
        users = {device.user for device in queryset.select_related("user")}
        for user in users:
            services.mfa_reset(user=user, actor=request.user)
        self.message_user(request, _("Two-step sign-in reset for %(count)d users.") % {"count": len(users)})

    def delete_model(self, request, obj):
        services.mfa_reset(user=obj.user, actor=request.user)
