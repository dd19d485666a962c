from consultations.admin.consultation import ConsultationAdmin
from consultations.admin.records import (
    DocumentAdmin,
    FundingCommitmentAdmin,
    OutcomeIndicatorAdmin,
    StageTransitionAdmin,
)

__all__ = [
    "ConsultationAdmin",
    "DocumentAdmin",
    "FundingCommitmentAdmin",
    "OutcomeIndicatorAdmin",
    "StageTransitionAdmin",
]
