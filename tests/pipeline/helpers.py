"""Build cases whose stage exit conditions are all met, so each move can be tried in isolation."""

from __future__ import annotations

import datetime

from django.utils import timezone

from consultations.models import ActivityKind, DocumentKind, TaskForceRole
from tests import factories

ROLE_ACTORS = ("staff", "consultant", "official_own", "official_other", "expert", "system")


def satisfy_every_guard(case, *, staff, expert) -> None:
    factories.TaskForceMemberFactory(consultation=case, role=TaskForceRole.SMG_LEAD, expert=None, user=staff)
    factories.TaskForceMemberFactory(consultation=case, role=TaskForceRole.LEAD_EXPERT, expert=expert)
    factories.DocumentFactory(consultation=case, kind=DocumentKind.ANALYSIS_REPORT)
    factories.SiteVisitFactory(consultation=case)
    factories.RecommendationFactory(consultation=case, acknowledged_at=timezone.now())
    factories.FundingAssessmentFactory(consultation=case)
    factories.FundingCommitmentFactory(consultation=case)
    factories.ActivityFactory(
        consultation=case, kind=ActivityKind.IMPLEMENTATION, completed_on=datetime.date(2016, 10, 1)
    )
    case.evaluation_summary = "68% of commuters use the card."
    case.save(update_fields=["evaluation_summary"])
