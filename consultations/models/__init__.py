from consultations.models.case import BudgetSituation, Consultation
from consultations.models.documents import Document, DocumentKind, Visibility
from consultations.models.funding import CommitmentStatus, FundingAssessment, FundingCommitment
from consultations.models.history import StageTransition
from consultations.models.indicators import IndicatorMeasurement, OutcomeIndicator
from consultations.models.messages import Message
from consultations.models.team import TaskForceMember, TaskForceRole
from consultations.models.work import Activity, ActivityKind, Recommendation, SiteVisit

__all__ = [
    "Activity",
    "ActivityKind",
    "BudgetSituation",
    "CommitmentStatus",
    "Consultation",
    "Document",
    "DocumentKind",
    "FundingAssessment",
    "FundingCommitment",
    "IndicatorMeasurement",
    "Message",
    "OutcomeIndicator",
    "Recommendation",
    "SiteVisit",
    "StageTransition",
    "TaskForceMember",
    "TaskForceRole",
    "Visibility",
]
