"""The bulk import page's preview: row problems as visible text."""

from django import template

from core.import_widgets import row_problems as _row_problems

register = template.Library()


@register.filter
def row_problems(result) -> list[dict]:
    return _row_problems(result)
