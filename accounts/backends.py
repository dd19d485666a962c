"""Admin permissions follow the portal role, so staff accounts need no per-user permission set-up."""

from django.contrib.auth.backends import ModelBackend

from accounts.roles import Role

DOMAIN_APPS = frozenset(
    {
        "auth",
        "accounts",
        "cities",
        "experts",
        "policies",
        "funding",
        "training",
        "consultations",
        "notifications",
        "core",
        "dashboard",
        "django_celery_beat",
        "auditlog",
    }
)
# SUSA consultants run the cases they are assigned to; they read the rest.
CONSULTANT_WRITABLE_APPS = frozenset({"consultations"})


class RolePermissionBackend(ModelBackend):
    def has_perm(self, user_obj, perm: str, obj=None) -> bool:
        if not user_obj.is_active or not user_obj.is_staff:
            return False
        app_label, _, codename = perm.partition(".")
        if app_label not in DOMAIN_APPS:
            return False
        if user_obj.role == Role.SMG_STAFF:
            return True
        if user_obj.role == Role.SUSA_CONSULTANT:
            return codename.startswith("view_") or (
                app_label in CONSULTANT_WRITABLE_APPS and not codename.startswith("delete_")
            )
        return False

    def has_module_perms(self, user_obj, app_label: str) -> bool:
        if not user_obj.is_active or not user_obj.is_staff:
            return False
        return app_label in DOMAIN_APPS and user_obj.role in (Role.SMG_STAFF, Role.SUSA_CONSULTANT)
