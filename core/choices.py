"""Choice labels in the active language, looked up instead of rebuilt.

`Model.get_FOO_display()` rebuilds a dict of every choice (and translates it) on each call; a changelist or
a list page names a stage or a track for each of its 50-500 rows. The labels are translated once per
language and process; the values are the choices classes' own, so nothing can drift.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import get_language

_labels: dict[tuple[type[models.Choices], str | None], dict[str, str]] = {}


def choice_label(choices: type[models.Choices], value: str) -> str:
    """`value`'s label in the active language (the value itself when it is not one of the choices)."""
    key = (choices, get_language())
    labels = _labels.get(key)
    if labels is None:
        labels = _labels[key] = {str(choice): str(label) for choice, label in choices.choices}
    return labels.get(value, value)


_country_names: dict[tuple[str, str | None], str] = {}


def country_name(code: str) -> str:
    """The country's name in the active language (django_countries translates it on every call)."""
    from django_countries import countries

    key = (str(code), get_language())
    name = _country_names.get(key)
    if name is None:
        name = _country_names[key] = str(countries.name(code)) if code else ""
    return name
