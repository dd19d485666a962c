"""Geometry of the server-side SVG charts: numbers in, coordinates out; templates draw them.

No JavaScript and no inline style (strict CSP): the templates give every mark a class that static CSS paints,
and every chart has its numbers beside it as a table.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

WIDTH = 400
HEIGHT = 200
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 12, 28  # room for the axis labels


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    on: datetime.date
    value: Decimal


@dataclass(frozen=True)
class LineChart:
    """A time series with optional baseline and target lines, in a WIDTH x HEIGHT viewBox."""

    points: list[ChartPoint]
    baseline_y: float | None
    target_y: float | None
    low: Decimal
    high: Decimal
    start: datetime.date
    end: datetime.date
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right_x: int = WIDTH - RIGHT
    top: int = TOP
    bottom_y: int = HEIGHT - BOTTOM

    @property
    def polyline(self) -> str:
        return " ".join(f"{point.x:.1f},{point.y:.1f}" for point in self.points)

    @property
    def low_y(self) -> float:
        return float(self.bottom_y)

    @property
    def high_y(self) -> float:
        return float(self.top)

    @property
    def label_x(self) -> int:
        return self.left - 4

    @property
    def date_label_y(self) -> int:
        return self.height - 8


def line_chart(
    series: list[tuple[datetime.date, Decimal]],
    *,
    baseline: Decimal | None = None,
    baseline_on: datetime.date | None = None,
    target: Decimal | None = None,
    target_on: datetime.date | None = None,
) -> LineChart | None:
    """The chart of `series` (date, value) in date order, or None when there is nothing to draw."""
    series = sorted(series, key=lambda item: item[0])
    if not series:
        return None
    dates = [on for on, _ in series] + [on for on in (baseline_on, target_on) if on is not None]
    values = [value for _, value in series] + [value for value in (baseline, target) if value is not None]
    start, end = min(dates), max(dates)
    low, high = min(values), max(values)
    if low == high:
        low, high = low - 1, high + 1
    else:
        pad = (high - low) / 10
        low, high = low - pad, high + pad
    if min(values) >= 0 > low:
        low = Decimal(0)
    span_days = max((end - start).days, 1)
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM

    def x_of(on: datetime.date) -> float:
        if start == end:
            return LEFT + plot_w / 2
        return LEFT + plot_w * (on - start).days / span_days

    def y_of(value: Decimal) -> float:
        return TOP + plot_h * float((high - value) / (high - low))

    return LineChart(
        points=[ChartPoint(x_of(on), y_of(value), on, value) for on, value in series],
        baseline_y=y_of(baseline) if baseline is not None else None,
        target_y=y_of(target) if target is not None else None,
        low=low,
        high=high,
        start=start,
        end=end,
    )
