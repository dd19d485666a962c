"""The audit trail of one record, for its admin "History" page."""

from __future__ import annotations

from auditlog.render import render_logentry_changes_html
from django import template
from django.core.paginator import Paginator

from consultations.access import log_entries_visible_to
from core.audit import history_for

register = template.Library()

PAGE_SIZE = 25
PAGE_PARAM = "audit_page"


@register.simple_tag(takes_context=True)
def audit_history(context, obj):
    """A page of the record's log entries (newest first) with each entry's before/after table."""
    request = context.get("request")
    entries = history_for(obj)
    entries = log_entries_visible_to(request.user, entries) if request is not None else entries.none()
    paginator = Paginator(entries, PAGE_SIZE)
    page = paginator.get_page(request.GET.get(PAGE_PARAM) if request else 1)
    return {
        "page": page,
        "entries": [(entry, render_logentry_changes_html(entry)) for entry in page.object_list],
        "page_param": PAGE_PARAM,
    }
