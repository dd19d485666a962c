"""Recommendations: delivered by the task force, acknowledged by the city."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import Role
from consultations.access import roles_on
from consultations.models import Recommendation
from consultations.services.automation import request_auto_advance
from core.audit import acting_as
from core.errors import ApplicationError, PermissionDeniedError
from core.outbox import record_event


def recommendation_acknowledge(
    *, recommendation: Recommendation, actor, response: str, detail: str = ""
) -> Recommendation:
    """The city acknowledges a delivered recommendation with its structured response: accepted, adapted
    (saying how) or not applicable (saying why). A field error names the field (`response`, `detail`)."""
    from consultations.services.indicators import recommendation_response_errors

    consultation = recommendation.consultation
    if not roles_on(actor, consultation) & {Role.CITY_OFFICIAL, Role.SMG_STAFF}:
        raise PermissionDeniedError(_("Only the city's officials can acknowledge recommendations."))
    detail = (detail or "").strip()
    errors = recommendation_response_errors(response, detail)
    if errors:
        field, message = next(iter(errors.items()))
        raise ApplicationError(message, code="invalid_response", extra={"field": field})
    with acting_as(actor), transaction.atomic():
        locked = Recommendation.objects.select_for_update().get(pk=recommendation.pk)
        if locked.delivered_on is None:
            raise ApplicationError(_("This recommendation has not been delivered yet."), code="not_delivered")
        if locked.acknowledged_at is not None:
            return locked  # acknowledging twice changes nothing
        locked.acknowledged_at = timezone.now()
        locked.acknowledged_by = actor
        locked.city_response = response
        locked.city_response_detail = detail
        locked.save(
            update_fields=["acknowledged_at", "acknowledged_by", "city_response", "city_response_detail", "updated_at"]
        )
        record_event(
            kind="recommendation.acknowledged",
            consultation=consultation,
            actor=actor,
            payload={"recommendation": locked.pk, "response": response},
        )
        if consultation.auto_advance:
            request_auto_advance(consultation)
    return locked
