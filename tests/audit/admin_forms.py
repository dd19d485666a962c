"""Build the POST body an admin change form would send back, to edit records through the real admin."""

from __future__ import annotations


def admin_change_data(response) -> dict:
    """The POST body the admin's change form would send back unchanged (main form and inlines)."""
    data = {}

    def put(form):
        for name in form.fields:
            bound = form[name]
            value = bound.value()
            if value is None or value is False:
                continue
            if isinstance(value, list | tuple):
                data[bound.html_name] = [str(v) for v in value]
            else:
                data[bound.html_name] = value if value is True else str(value)

    put(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, field in formset.management_form.fields.items():
            data[f"{formset.prefix}-{name}"] = formset.management_form[name].value() or field.initial or 0
        for form in formset.initial_forms:
            put(form)
    return data
