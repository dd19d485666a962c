"""The admin is one more reader of the permission layer, not an exception to it.

Every ModelAdmin of the project names an `access_scope`: a function `(user, queryset) -> queryset` from the
access module of its app (`consultations.access` for the cases and their records; `experts.access`,
`policies.access`, ... for the reference data; `staff_only` for plumbing only SMG staff run). The mixins
below route through it:

- `get_queryset` (change list, change/history/delete pages, exports, actions, autocomplete results: they
  all start from it);
- `has_view/change/delete_permission(obj)`: also False for a row outside the scope;
- the choices of every foreign-key and many-to-many form field pointing at a scoped model (so a form
  cannot be posted with the id of a record the user may not see).

Django's model permissions (`accounts.backends`) decide which actions a role has at all; the scope decides
which rows. A scope returns the very queryset it was given when it does not narrow it (SMG staff), which
lets the object checks skip their query.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import QuerySet

from accounts.roles import is_staff_member

Scope = Callable[[object, QuerySet], QuerySet]


def everyone(user, queryset: QuerySet) -> QuerySet:
    """Reference rows every role with admin access may read (the role's model permissions still apply)."""
    return queryset


def staff_only(user, queryset: QuerySet) -> QuerySet:
    """Rows only SMG staff (and superusers) see: accounts, notifications, the outbox, training records."""
    return queryset if is_staff_member(user) else queryset.none()


class ScopedQuerysetMixin:
    """For ModelAdmin and InlineModelAdmin: rows and form choices come from the access scope."""

    access_scope: Scope | None = None

    def scope_queryset(self, request, queryset: QuerySet) -> QuerySet:
        scope = _inherited_scope(type(self))
        if scope is None:
            raise NotImplementedError(f"{type(self).__name__} must name its access_scope")
        return scope(request.user, queryset)

    def get_queryset(self, request):
        return self.scope_queryset(request, super().get_queryset(request))

    def _scoped_choices(self, db_field, request, kwargs) -> None:
        if "queryset" in kwargs:
            return
        related_admin = self.admin_site._registry.get(db_field.remote_field.model)
        if not isinstance(related_admin, ScopedQuerysetMixin):
            return
        everything = db_field.remote_field.model._default_manager.all()
        scoped = related_admin.scope_queryset(request, everything)
        if scoped is not everything:
            kwargs["queryset"] = scoped

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        self._scoped_choices(db_field, request, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        self._scoped_choices(db_field, request, kwargs)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


def _inherited_scope(cls) -> Scope | None:
    # Read from the class dicts: a plain function stored on a class must not become a bound method.
    for klass in cls.__mro__:
        scope = klass.__dict__.get("access_scope")
        if scope is not None:
            return scope
    return None


class AccessScopedAdminMixin(ScopedQuerysetMixin):
    """For ModelAdmin: the object permissions also refuse rows outside the scope."""

    def is_visible(self, request, obj) -> bool:
        if obj is None or obj.pk is None:
            return True
        everything = self.model._default_manager.filter(pk=obj.pk)
        scoped = self.scope_queryset(request, everything)
        if scoped is everything:
            return True
        cache = request.__dict__.setdefault("_admin_access_cache", {})
        key = (self.model._meta.label, obj.pk)
        if key not in cache:
            cache[key] = scoped.exists()
        return cache[key]

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.is_visible(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.is_visible(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.is_visible(request, obj)
