"""Every write to a consultation goes through these functions."""

from consultations.services.automation import consultation_auto_advance, request_auto_advance
from consultations.services.requests import (
    consultation_create_draft,
    consultation_submit,
    consultation_update,
    consultation_update_draft,
)
from consultations.services.transitions import MoveOption, consultation_available_moves, consultation_move

__all__ = [
    "MoveOption",
    "consultation_auto_advance",
    "consultation_available_moves",
    "consultation_create_draft",
    "consultation_move",
    "consultation_submit",
    "consultation_update",
    "consultation_update_draft",
    "request_auto_advance",
]
