"""Reads of outcome monitoring, scoped to the viewer: each indicator with its measurements and its chart.

Who sees what: the city's officials, SMG staff and the case's task force see every measurement with its
status (pending, accepted, returned with staff's note); everyone else (the public page of a published case)
sees only accepted ones. Charts and results count accepted measurements only, for everyone.
Two queries for any number of indicators and measurements.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from consultations.access import roles_on
from consultations.models import Consultation, IndicatorMeasurement, MeasurementStatus, OutcomeIndicator
from core.charts import LineChart, line_chart


@dataclass(frozen=True)
class IndicatorSeries:
    indicator: OutcomeIndicator
    measurements: list[IndicatorMeasurement]  # what the viewer may see, oldest first
    accepted: list[IndicatorMeasurement]
    chart: LineChart | None

    @property
    def latest(self) -> IndicatorMeasurement | None:
        return self.accepted[-1] if self.accepted else None

    @property
    def pending(self) -> list[IndicatorMeasurement]:
        return [m for m in self.measurements if m.status == MeasurementStatus.PENDING]


def sees_unreviewed(viewer, consultation: Consultation) -> bool:
    """Pending and returned measurements are for the people working on the case."""
    return bool(roles_on(viewer, consultation)) if viewer is not None else True


def measurements_visible_to(viewer, consultation: Consultation) -> QuerySet[IndicatorMeasurement]:
    measurements = IndicatorMeasurement.objects.filter(indicator__consultation=consultation)
    if not sees_unreviewed(viewer, consultation):
        measurements = measurements.filter(status=MeasurementStatus.ACCEPTED)
    return measurements


def indicator_series(*, viewer, consultation: Consultation) -> list[IndicatorSeries]:
    """The case's indicators (archived ones left out) with the measurements `viewer` may see and a chart of
    the accepted ones."""
    visible = measurements_visible_to(viewer, consultation).select_related("evidence", "reported_by")
    indicators = (
        OutcomeIndicator.objects.filter(consultation=consultation)
        .prefetch_related(Prefetch("measurements", queryset=visible.order_by("measured_on", "id"), to_attr="shown"))
        .order_by("id")
    )
    return [series_of(indicator, indicator.shown) for indicator in indicators]


def series_of(indicator: OutcomeIndicator, measurements: list[IndicatorMeasurement]) -> IndicatorSeries:
    accepted = [m for m in measurements if m.status == MeasurementStatus.ACCEPTED]
    chart = line_chart(
        [(m.measured_on, m.value) for m in accepted],
        baseline=indicator.baseline,
        baseline_on=indicator.baseline_on,
        target=indicator.target,
        target_on=indicator.target_on,
    )
    return IndicatorSeries(indicator=indicator, measurements=measurements, accepted=accepted, chart=chart)


def indicator_for(*, viewer, consultation: Consultation, pk: int) -> OutcomeIndicator:
    """One indicator of a case the viewer works on (404 otherwise: callers check the case first)."""
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        OutcomeIndicator.objects.select_related("consultation__city"), consultation=consultation, pk=pk
    )


def measurement_for(*, indicator: OutcomeIndicator, pk: int) -> IndicatorMeasurement:
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        IndicatorMeasurement.objects.select_related("indicator__consultation"), indicator=indicator, pk=pk
    )
