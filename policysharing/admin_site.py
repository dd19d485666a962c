"""The admin site: Django's, with the navigation sidebar read from a cache.

Every admin page shows the sidebar: the list of every model the user may open, built from the
permissions of ~50 ModelAdmins and rendered through the template engine (a third of a 50-row
changelist's time). What it lists depends only on who the user is (their role and superuser flag; see
accounts.backends; Django's own user and group permissions can add to it), the language and the
page's section (the current model is highlighted), so the rendered list is kept per (user, role,
language, section, registered models) for a few minutes, and every change to a user's or a group's
permissions or groups starts a new generation of the cache. A cache that cannot answer only means the
list is built again.
"""

from __future__ import annotations

import hashlib
import logging
import uuid

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

logger = logging.getLogger(__name__)

NAV_SIDEBAR_SECONDS = 300
GENERATION_KEY = "admin-nav-sidebar:generation"


def start_new_sidebar_generation(**_kwargs) -> None:
    """Forget every cached sidebar (a permission or group membership changed somewhere)."""
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:  # sidebars then expire on their own (NAV_SIDEBAR_SECONDS)
        logger.warning("admin sidebar cache unavailable", exc_info=True)


class PortalAdminSite(admin.AdminSite):
    def get_app_list(self, request, app_label=None):
        # Lazy: most pages only need it when the sidebar is not in the cache.
        return SimpleLazyObject(lambda: super(PortalAdminSite, self).get_app_list(request, app_label))

    def each_context(self, request):
        context = super().each_context(request)
        context["nav_sidebar_html"] = SimpleLazyObject(lambda: self.nav_sidebar_html(request, context))
        return context

    def nav_sidebar_html(self, request, context) -> SafeString:
        try:
            key = self._nav_sidebar_key(request, cache.get(GENERATION_KEY, ""))
            html = cache.get(key)
        except Exception:  # the cache being down must not take the admin with it
            logger.warning("admin sidebar cache unavailable", exc_info=True)
            key, html = None, None
        if html is None:
            html = render_to_string(
                "admin/app_list.html",
                {"app_list": context["available_apps"], "show_changelinks": False},
                request=request,
            )
            if key is not None:
                try:
                    cache.set(key, html, NAV_SIDEBAR_SECONDS)
                except Exception:
                    logger.warning("admin sidebar cache unavailable", exc_info=True)
        return mark_safe(html)  # noqa: S308 - rendered by the template engine (escaped there)

    def _nav_sidebar_key(self, request, generation: str) -> str:
        user = request.user
        # The section: /admin/<app>/<model>/ (the list highlights the current model).
        section = "/".join(request.path.split("/")[:4])
        registered = ",".join(sorted(model._meta.label for model in self._registry))
        parts = [
            str(user.pk),
            str(getattr(user, "role", "")),
            str(user.is_superuser),
            str(user.is_staff),
            str(user.is_active),
            get_language() or "",
            section,
            registered,
            generation,
        ]
        return "admin-nav-sidebar:" + hashlib.sha256("|".join(parts).encode()).hexdigest()


class PortalAdminConfig(AdminConfig):
    default_site = "policysharing.admin_site.PortalAdminSite"

    def ready(self):
        super().ready()
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.db.models.signals import m2m_changed, post_delete

        user_model = get_user_model()
        for through in (user_model.groups.through, user_model.user_permissions.through, Group.permissions.through):
            m2m_changed.connect(start_new_sidebar_generation, sender=through, dispatch_uid=f"sidebar-{through}")
        post_delete.connect(start_new_sidebar_generation, sender=Group, dispatch_uid="sidebar-group-deleted")
