"""Small helpers shared by the workflow and notification tests."""

from __future__ import annotations

from policies.models import Sector

REQUEST_DATA = {
    "title": "Smart card for the bus network",
    "challenge": "Severe congestion; buses are the only public transport and fares are paid in cash.",
    "budget_situation": "needs_funding",
}


def draft_request(*, city, actor, **overrides):
    from consultations.services import consultation_create_draft

    data = {**REQUEST_DATA, "sectors": [Sector.objects.get(key="transportation")], **overrides}
    return consultation_create_draft(city=city, actor=actor, data=data)


def submit_request(*, city, actor, **overrides):
    """Draft and submit a complete request through the services, as the portal would."""
    from consultations.services import consultation_submit

    draft = draft_request(city=city, actor=actor, **overrides)
    return consultation_submit(consultation=draft, actor=actor)
