from consultations.admin.consultation import ConsultationAdmin
from consultations.admin.records import (
    DocumentAdmin,
    FundingCommitmentAdmin,
    IndicatorMeasurementAdmin,
    OutcomeIndicatorAdmin,
    StageTransitionAdmin,
)

__all__ = [
    "ConsultationAdmin",
    "DocumentAdmin",
    "FundingCommitmentAdmin",
    "IndicatorMeasurementAdmin",
    "OutcomeIndicatorAdmin",
    "StageTransitionAdmin",
]
