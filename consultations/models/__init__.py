from consultations.models.case import BudgetSituation, Consultation
from consultations.models.documents import Document, DocumentKind, Visibility
from consultations.models.funding import CommitmentStatus, FundingAssessment, FundingCommitment
from consultations.models.history import StageTransition
from consultations.models.indicators import IndicatorMeasurement, MeasurementStatus, OutcomeIndicator
from consultations.models.messages import Message
from consultations.models.partners import BidOutcome, CompanyRole, CompanyRoleKind
from consultations.models.team import TaskForceMember, TaskForceRole
from consultations.models.work import Activity, ActivityKind, CityResponse, Recommendation, SiteVisit

__all__ = [
    "Activity",
    "ActivityKind",
    "BidOutcome",
    "BudgetSituation",
    "CommitmentStatus",
    "CompanyRole",
    "CompanyRoleKind",
    "Consultation",
    "Document",
    "DocumentKind",
    "FundingAssessment",
    "FundingCommitment",
    "IndicatorMeasurement",
    "MeasurementStatus",
    "Message",
    "OutcomeIndicator",
    "CityResponse",
    "Recommendation",
    "SiteVisit",
    "StageTransition",
    "TaskForceMember",
    "TaskForceRole",
    "Visibility",
]
