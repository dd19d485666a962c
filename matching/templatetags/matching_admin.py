"""The matching panel on the admin's consultation change page (read-only; writes go to the staff workspace)."""

from __future__ import annotations

from django import template
from django.http import Http404

from accounts.roles import is_consultant, is_staff_member
from consultations.pipeline import StageKey
from matching import selectors
from matching.models import ProposalStatus

register = template.Library()

PANEL_STAGES = (StageKey.REQUEST, StageKey.SCREENING, StageKey.TASK_FORCE)
SHOWN = 5


@register.inclusion_tag("matching/_admin_panel.html", takes_context=True)
def matching_panel(context):
    request = context.get("request")
    original = context.get("original")
    user = getattr(request, "user", None)
    if original is None or user is None or not (is_staff_member(user) or is_consultant(user)):
        return {"show": False}
    if getattr(original, "stage", None) not in PANEL_STAGES:
        return {"show": False}
    try:
        consultation = selectors.consultation_for_matching(viewer=user, pk=original.pk)
    except Http404:  # not a case the viewer may see: no panel
        return {"show": False}
    matches = selectors.consultation_matches(consultation=consultation, viewer=user)
    proposal = None
    if is_staff_member(user):
        proposal = (
            selectors.proposals_visible_to(user)
            .filter(status=ProposalStatus.PROPOSED, consultations=consultation)
            .first()
        )
    return {
        "show": True,
        "consultation": consultation,
        "policies": matches["policies"][:SHOWN],
        "experts": (matches["experts"] or [])[:SHOWN] if matches["experts"] is not None else None,
        "proposal": proposal,
        "members": [member for member in proposal.members.all() if member.consultation_id == consultation.pk]
        if proposal
        else [],
        "can_propose": is_staff_member(user) and consultation.stage in selectors.WAITING_STAGES,
        "next": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
