"""Inline rows render their related objects from the rows' own select_related/prefetch cache.

Django's autocomplete and raw-id widgets look up the selected object with one query per row, so a
consultation with 50 commitments would run 50 extra queries; these widgets use what the inline's
queryset already loaded and fall back to the stock behaviour otherwise.
"""

from __future__ import annotations

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple, ForeignKeyRawIdWidget
from django.urls import NoReverseMatch, reverse
from django.utils.text import Truncator


class _PreloadedChoicesMixin:
    preloaded: dict[str, object] | None = None

    def optgroups(self, name, value, attr=None):
        selected = {str(v) for v in value if str(v) not in self.choices.field.empty_values}
        if self.preloaded is None or not selected <= set(self.preloaded):
            return super().optgroups(name, value, attr)
        default = (None, [], 0)
        if not self.is_required and not self.allow_multiple_selected:
            default[1].append(self.create_option(name, "", "", False, 0))
        for key in sorted(selected):
            label = self.choices.field.label_from_instance(self.preloaded[key])
            default[1].append(self.create_option(name, key, label, selected, len(default[1])))
        return [default]


class PreloadedAutocompleteSelect(_PreloadedChoicesMixin, AutocompleteSelect):
    pass


class PreloadedAutocompleteSelectMultiple(_PreloadedChoicesMixin, AutocompleteSelectMultiple):
    pass


class PreloadedRawIdWidget(ForeignKeyRawIdWidget):
    preloaded: dict[str, object] | None = None

    def label_and_url_for_value(self, value):
        obj = (self.preloaded or {}).get(str(value))
        if obj is None:
            return super().label_and_url_for_value(value)
        try:
            url = reverse(f"{self.admin_site.name}:{obj._meta.app_label}_{obj._meta.model_name}_change", args=(obj.pk,))
        except NoReverseMatch:
            url = ""
        return Truncator(obj).words(14), url


WIDGET_UPGRADES = {
    AutocompleteSelect: PreloadedAutocompleteSelect,
    AutocompleteSelectMultiple: PreloadedAutocompleteSelectMultiple,
    ForeignKeyRawIdWidget: PreloadedRawIdWidget,
}


class PreloadedRelationsInlineMixin:
    """For InlineModelAdmin: swap in the preloading widgets."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        return _upgrade(super().formfield_for_foreignkey(db_field, request, **kwargs))

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        return _upgrade(super().formfield_for_manytomany(db_field, request, **kwargs))


def _upgrade(field):
    if field is not None and type(field.widget) in WIDGET_UPGRADES:
        field.widget.__class__ = WIDGET_UPGRADES[type(field.widget)]
    return field


class PreloadedRelationsForm(forms.ModelForm):
    """Hands each preloading widget the related objects this row already holds."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            return
        for name, field in self.fields.items():
            widget = getattr(field.widget, "widget", field.widget)
            if not hasattr(widget, "preloaded"):
                continue
            cached = self.instance._state.fields_cache
            if name in cached and cached[name] is not None:
                widget.preloaded = {str(cached[name].pk): cached[name]}
            elif name in getattr(self.instance, "_prefetched_objects_cache", {}):
                widget.preloaded = {str(obj.pk): obj for obj in self.instance._prefetched_objects_cache[name]}
