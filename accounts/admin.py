from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from accounts import services
from accounts.admin_access import AccessScopedAdminMixin, staff_only
from accounts.forms import InviteOfficialForm
from accounts.models import AccessRequest, AccessRequestStatus, User
from accounts.roles import is_staff_member
from core.admin_archive import ArchiveAdminMixin
from core.errors import ApplicationError

# Only superusers see or set these: who may enter the admin, who is all-powerful, groups and permissions.
SUPERUSER_ONLY_USER_FIELDS = frozenset({"is_staff", "is_superuser", "groups", "user_permissions"})


@admin.register(User)
class UserAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, DjangoUserAdmin):
    """SMG staff manage accounts; only superusers grant admin access or superuser status, manage groups and
    permissions, change a superuser's account, or open another user's password form."""

    access_scope = staff_only
    list_display = ["username", "email", "first_name", "last_name", "role", "city", "is_active", "last_login"]
    list_filter = ["role", "is_active", "is_staff", "preferred_language", "city"]
    list_select_related = ["city"]
    search_fields = ["username", "email", "first_name", "last_name", "city__name"]
    autocomplete_fields = ["city"]
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        (_("Portal"), {"fields": ("role", "city", "organisation", "preferred_language", "job_title", "phone")}),
    )
    add_fieldsets = (
        *DjangoUserAdmin.add_fieldsets,
        (_("Portal"), {"fields": ("role", "city", "email", "first_name", "last_name", "preferred_language")}),
    )
    actions = ["resend_invitation"]
    change_list_template = "admin/accounts/user/change_list.html"

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser:
            return fieldsets
        hidden = set(SUPERUSER_ONLY_USER_FIELDS)
        if obj is not None and obj.pk != request.user.pk:
            hidden.add("password")  # its widget links to the password form
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f not in hidden]})
            for name, options in fieldsets
            if any(f not in hidden for f in options["fields"])
        ]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None and not request.user.is_superuser and obj.pk != request.user.pk:
            form.base_fields.pop("password", None)  # a declared field: the fieldsets alone do not drop it
        return form

    def get_list_filter(self, request):
        filters = super().get_list_filter(request)
        return filters if request.user.is_superuser else [f for f in filters if f not in SUPERUSER_ONLY_USER_FIELDS]

    def _guards_a_superuser(self, request, obj) -> bool:
        return obj is not None and obj.is_superuser and not request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not self._guards_a_superuser(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self._guards_a_superuser(request, obj)

    def user_change_password(self, request, id, form_url=""):
        if not request.user.is_superuser and str(request.user.pk) != str(id):
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)

    def get_urls(self):
        custom = [
            path(
                "invite/",
                self.admin_site.admin_view(self.invite_view),
                name="accounts_user_invite",
            )
        ]
        return custom + super().get_urls()

    def invite_view(self, request):
        """Invite a partner-city official: the account is created and a one-time link is e-mailed."""
        if not is_staff_member(request.user):
            raise PermissionDenied
        form = InviteOfficialForm(request.POST or None, initial={"city": request.GET.get("city")})
        if request.method == "POST" and form.is_valid():
            try:
                user = services.official_invite(actor=request.user, **form.cleaned_data)
            except ApplicationError as refused:
                form.add_error(None, refused.message)
            else:
                self.message_user(
                    request,
                    _("%(email)s has been invited; the e-mail with a one-time link is on its way.")
                    % {"email": user.email},
                    messages.SUCCESS,
                )
                return redirect(reverse("admin:accounts_user_change", args=[user.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "form": form,
            "title": _("Invite a partner-city official"),
        }
        return TemplateResponse(request, "admin/accounts/user/invite.html", context)

    @admin.action(description=_("Send the invitation link again"))
    def resend_invitation(self, request, queryset):
        sent = 0
        for user in queryset:
            try:
                services.official_reinvite(actor=request.user, user=user)
            except ApplicationError as refused:
                self.message_user(request, f"{user}: {refused.message}", messages.WARNING)
            else:
                sent += 1
        if sent:
            self.message_user(request, _("Invitations sent: %(count)d.") % {"count": sent}, messages.SUCCESS)


@admin.register(AccessRequest)
class AccessRequestAdmin(ArchiveAdminMixin, AccessScopedAdminMixin, admin.ModelAdmin):
    access_scope = staff_only
    list_display = ["city_name", "country", "first_name", "last_name", "email", "status", "created_at"]
    list_filter = ["status", "region", "country"]
    search_fields = ["city_name", "email", "last_name", "organisation"]
    date_hierarchy = "created_at"
    readonly_fields = ["status", "created_at", "reviewed_at", "reviewed_by", "city", "user"]
    actions = ["approve", "reject"]

    def has_add_permission(self, request):
        return False  # requests come from the public form

    @admin.action(description=_("Approve: create the city and invite the official"))
    def approve(self, request, queryset):
        self._review(request, queryset, services.access_request_approve, _("Approved: %(count)d."))

    @admin.action(description=_("Reject"))
    def reject(self, request, queryset):
        self._review(request, queryset, services.access_request_reject, _("Rejected: %(count)d."))

    def _review(self, request, queryset, service, done_message):
        done = 0
        for access_request in queryset.filter(status=AccessRequestStatus.PENDING):
            try:
                service(access_request=access_request, actor=request.user)
            except (ApplicationError, ValidationError) as refused:
                text = refused.message if isinstance(refused, ApplicationError) else "; ".join(refused.messages)
                self.message_user(request, f"{access_request}: {text}", messages.ERROR)
            else:
                done += 1
        if done:
            self.message_user(request, done_message % {"count": done}, messages.SUCCESS)
