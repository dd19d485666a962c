"""Exit conditions of the pipeline's stages (domain.md's "leaves when" column).

Each guard returns the list of what is still missing, in the reader's language; empty means the
move may go ahead. Guards only read; they run inside the move service's transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from consultations.models import Consultation


class Missing(str):
    """What is missing, in words, and where on the case it is filled in: `field` names a field of the
    consultation (`title`, `track`) or one of its related lists (`task_force`, `documents`), which the
    admin turns into a link to that field or inline on the change form. Still a plain string to every
    other reader (the API's `missing`, messages)."""

    field: str

    def __new__(cls, message, field: str = "") -> Missing:
        value = super().__new__(cls, str(message))
        value.field = field
        return value


def request_complete(consultation: Consultation) -> list[str]:
    missing = []
    if not consultation.title.strip():
        missing.append(Missing(_("The request needs a title."), "title"))
    if not consultation.challenge.strip():
        missing.append(Missing(_("The request needs a description of the challenge."), "challenge"))
    if not consultation.sectors.exists():
        missing.append(Missing(_("The request needs at least one sector."), "sectors"))
    if not consultation.budget_situation:
        missing.append(Missing(_("The request needs the budget situation."), "budget_situation"))
    return missing


def track_chosen(consultation: Consultation) -> list[str]:
    if not consultation.track:
        return [Missing(_("Choose the track (consultation or funding) before accepting the request."), "track")]
    return []


def task_force_formed(consultation: Consultation) -> list[str]:
    from consultations.models import TaskForceRole

    roles = set(consultation.task_force.active().values_list("role", flat=True))
    missing = []
    if TaskForceRole.SMG_LEAD not in roles:
        missing.append(Missing(_("The task force needs an SMG lead."), "task_force"))
    if TaskForceRole.LEAD_EXPERT not in roles:
        missing.append(Missing(_("The task force needs a lead expert."), "task_force"))
    return missing


def analysis_report_attached(consultation: Consultation) -> list[str]:
    from consultations.models import DocumentKind

    if not consultation.documents.filter(kind=DocumentKind.ANALYSIS_REPORT, archived_at__isnull=True).exists():
        return [Missing(_("Attach the analysis report."), "documents")]
    return []


def site_visit_recorded(consultation: Consultation) -> list[str]:
    if not consultation.site_visits.exclude(findings="").exists():
        return [Missing(_("Record a site visit with its findings."), "site_visits")]
    return []


def recommendations_acknowledged(consultation: Consultation) -> list[str]:
    delivered = consultation.recommendations.filter(delivered_on__isnull=False)
    if not delivered.exists():
        return [Missing(_("Deliver the recommendations to the city."), "recommendations")]
    waiting = delivered.filter(acknowledged_at__isnull=True).count()
    if waiting:
        return [
            Missing(
                _("The city has not yet acknowledged %(count)d delivered recommendation(s).") % {"count": waiting},
                "recommendations",
            )
        ]
    return []


def funding_secured_on_funding_track(consultation: Consultation) -> list[str]:
    from consultations.models import FundingAssessment
    from consultations.pipeline import Track

    if consultation.track != Track.FUNDING:
        return []
    missing = []
    if not FundingAssessment.objects.filter(consultation=consultation).exists():
        missing.append(Missing(_("The funding track needs a funding assessment."), "funding_assessment"))
    if not consultation.funding_commitments.filter(archived_at__isnull=True).exists():
        missing.append(
            Missing(_("The funding track needs at least one recorded funding commitment."), "funding_commitments")
        )
    return missing


def milestones_reached(consultation: Consultation) -> list[str]:
    from consultations.models import ActivityKind

    milestones = consultation.activities.filter(kind=ActivityKind.IMPLEMENTATION)
    if not milestones.exists():
        return [Missing(_("Record the implementation milestones."), "activities")]
    open_count = milestones.filter(completed_on__isnull=True).count()
    if open_count:
        return [
            Missing(
                _("%(count)d implementation milestone(s) are not completed yet.") % {"count": open_count}, "activities"
            )
        ]
    return []


def evaluation_recorded(consultation: Consultation) -> list[str]:
    if not consultation.evaluation_summary.strip():
        return [Missing(_("Record the evaluation before closing the case."), "evaluation_summary")]
    return []
