"""The admin side of "nothing is deleted" (core.archiving): a mixin for ModelAdmins and one for inlines.

Add `ArchiveAdminMixin` (or `ArchiveInlineMixin`) as the FIRST base of a ModelAdmin (inline). It:
- lets only superusers hard-delete (delete view, delete action, `delete_model`, `delete_queryset` refuse
  everybody else with 403, whatever the admin's permission methods say);
- for archivable models: hides archived rows by default (an "Archived" filter shows them), adds the
  "Archive selected" and "Restore selected" actions, and keeps archived rows out of autocompletes;
- inlines: archived rows are hidden; staff tick "Archive" on a row instead of deleting it.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.archiving import ANONYMISERS, can_archive, person_anonymise, record_archive, records_archive, records_restore
from core.errors import ApplicationError
from core.models import ArchivableModel


def _archivable(model) -> bool:
    return issubclass(model, ArchivableModel)


class ArchivedFilter(admin.SimpleListFilter):
    """In use (the default), archived, or everything."""

    title = _("archived")
    parameter_name = "archived"

    def lookups(self, request, model_admin):
        return [("no", _("In use")), ("yes", _("Archived")), ("all", _("All"))]

    def choices(self, changelist):
        value = self.value() or "no"
        for lookup, title in self.lookup_choices:
            yield {
                "selected": value == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value() or "no"
        if value == "yes":
            return queryset.filter(archived_at__isnull=False)
        if value == "all":
            return queryset
        return queryset.filter(archived_at__isnull=True)


class NoHardDeleteMixin:
    """Only superusers hard-delete; shared by ModelAdmins and inlines."""

    def has_delete_permission(self, request, obj=None):
        if not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)


class ArchiveAdminMixin(NoHardDeleteMixin):
    @property
    def _archivable(self) -> bool:
        return _archivable(self.model)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        match = getattr(request, "resolver_match", None)
        if self._archivable and match is not None and match.url_name == "autocomplete":
            queryset = queryset.filter(archived_at__isnull=True)
        return queryset

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if self._archivable and ArchivedFilter not in filters:
            filters.append(ArchivedFilter)
        return filters

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.is_superuser:
            actions.pop("delete_selected", None)
        if not (self._archivable and can_archive(request.user)):
            actions.pop("archive_selected", None)
            actions.pop("restore_selected", None)
        if not can_archive(request.user):
            actions.pop("anonymise_selected", None)
        return actions

    def delete_view(self, request, object_id, extra_context=None):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().delete_view(request, object_id, extra_context)

    def delete_model(self, request, obj):
        if not request.user.is_superuser:
            raise PermissionDenied
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        if not request.user.is_superuser:
            raise PermissionDenied
        super().delete_queryset(request, queryset)

    @admin.action(description=_("Archive selected records (hidden, kept, restorable)"))
    def archive_selected(self, request, queryset):
        try:
            count = records_archive(records=list(queryset), actor=request.user)
        except ApplicationError as refused:
            self.message_user(request, refused.message, messages.ERROR)
            return
        self.message_user(request, gettext("%(count)d record(s) archived.") % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Restore selected archived records"))
    def restore_selected(self, request, queryset):
        try:
            count = records_restore(records=list(queryset), actor=request.user)
        except ApplicationError as refused:
            self.message_user(request, refused.message, messages.ERROR)
            return
        self.message_user(request, gettext("%(count)d record(s) restored.") % {"count": count}, messages.SUCCESS)

    def _get_base_actions(self):
        actions = list(super()._get_base_actions())
        names = {name for _func, name, _description in actions}
        if self._archivable:
            actions += [self.get_action(name) for name in ("archive_selected", "restore_selected") if name not in names]
        if self.model._meta.label_lower in ANONYMISERS and "anonymise_selected" not in names:
            actions.append(self.get_action("anonymise_selected"))
        return actions

    @admin.action(description=_("Anonymise selected people who left (name, e-mail, phone replaced; irreversible)"))
    def anonymise_selected(self, request, queryset):
        done = 0
        for person in queryset:
            try:
                person_anonymise(person=person, actor=request.user, reason=gettext("Anonymised on request"))
            except ApplicationError as refused:
                self.message_user(request, f"{person}: {refused.message}", messages.ERROR)
            else:
                done += 1
        if done:
            self.message_user(request, gettext("%(count)d person(s) anonymised.") % {"count": done}, messages.SUCCESS)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if self._archivable:
            obj = self.get_object(request, object_id)
            if obj is not None and obj.archived_at is not None:
                messages.warning(
                    request,
                    gettext(
                        "This record is archived (%(when)s): it is hidden from lists and pages. Restore it "
                        'from the list (filter "Archived").'
                    )
                    % {"when": obj.archived_at.strftime("%Y-%m-%d")},
                )
        return super().change_view(request, object_id, form_url, extra_context)


class ArchiveInlineMixin(NoHardDeleteMixin):
    """Archived rows stay out of the inline; a tick in "Archive" archives a row (never a delete)."""

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if _archivable(self.model):
            queryset = queryset.filter(archived_at__isnull=True)
        return queryset

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        if _archivable(self.model) and can_archive(request.user) and "archive_row" not in fields:
            fields.append("archive_row")
        return fields

    def get_formset(self, request, obj=None, **kwargs):
        if _archivable(self.model) and can_archive(request.user):
            base_form = kwargs.get("form", self.form)
            kwargs["form"] = type(
                f"Archive{base_form.__name__}",
                (base_form,),
                {
                    "archive_row": forms.BooleanField(label=_("Archive"), required=False),
                },
            )
        formset = super().get_formset(request, obj, **kwargs)
        if not (_archivable(self.model) and can_archive(request.user)):
            return formset
        actor = request.user

        class ArchivingFormSet(formset):
            def save_existing_objects(self, commit=True):
                saved = super().save_existing_objects(commit)
                for form in self.initial_forms:
                    if form.cleaned_data.get("archive_row") and form.instance.pk is not None:
                        record_archive(record=form.instance, actor=actor)
                return saved

        return ArchivingFormSet
