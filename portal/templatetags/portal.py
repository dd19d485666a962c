"""Small template helpers for accessible form fields and the pipeline's labels."""

from __future__ import annotations

from django import forms, template

from consultations import pipeline

register = template.Library()

CHOICE_GROUP_WIDGETS = (forms.RadioSelect, forms.CheckboxSelectMultiple)


@register.filter
def is_choice_group(bound_field) -> bool:
    """Radio buttons and checkbox lists are a group: a fieldset with a legend, not a label."""
    return isinstance(bound_field.field.widget, CHOICE_GROUP_WIDGETS)


@register.filter
def described_widget(bound_field):
    """The widget, pointing at its help text and errors (aria-describedby) and flagged when invalid."""
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}_help")
    if bound_field.errors:
        ids.append(f"{bound_field.auto_id}_errors")
    attrs = {}
    if not is_choice_group(bound_field):
        if ids:
            attrs["aria-describedby"] = " ".join(ids)
        if bound_field.errors:
            attrs["aria-invalid"] = "true"
    return bound_field.as_widget(attrs=attrs)


@register.filter
def described_by(bound_field) -> str:
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}_help")
    if bound_field.errors:
        ids.append(f"{bound_field.auto_id}_errors")
    return " ".join(ids)


@register.filter
def stage_label(key: str) -> str:
    stage = pipeline.STAGE_BY_KEY.get(key)
    return str(stage.label) if stage else key


@register.filter
def awaited_from_city(key: str):
    stage = pipeline.STAGE_BY_KEY.get(key)
    return stage.awaited_from_city if stage else None
