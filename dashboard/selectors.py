"""Reads behind the staff dashboard: a fixed handful of aggregate queries, whatever the number of cases.

Every figure starts from the consultations the viewer may see (`consultations.access`), narrowed by the
dashboard's filters; related rows (commitments, indicators) are reached through a subquery over those
cases, never by looping over them.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, DecimalField, Min, OuterRef, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from accounts.roles import is_staff_member
from consultations.access import consultations_visible_to
from consultations.models import (
    CommitmentStatus,
    Consultation,
    FundingCommitment,
    IndicatorMeasurement,
    MeasurementStatus,
    OutcomeIndicator,
)
from consultations.pipeline import PIPELINE_STAGES, STAGE_BY_KEY, StageKey
from consultations.results import latest_rates_to_eur
from consultations.selectors import overdue_q
from training.models import TrainingParticipant

OVERDUE_LIST_LIMIT = 50
INDICATOR_LIST_LIMIT = 100
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class DashboardFilters:
    year: int | None = None
    sector: str | None = None  # a Sector.key
    track: str | None = None
    region: str | None = None

    @property
    def active(self) -> bool:
        return any((self.year, self.sector, self.track, self.region))


def filtered_cases(*, viewer, filters: DashboardFilters) -> QuerySet[Consultation]:
    """The viewer's consultations narrowed by the filters; drafts are the city's own and left out."""
    cases = consultations_visible_to(viewer)
    if not is_staff_member(viewer):
        # The scoped queryset may carry joins and DISTINCT; aggregate over a clean one.
        cases = Consultation.objects.filter(pk__in=cases.values("pk"))
    cases = cases.exclude(stage=StageKey.DRAFT)
    if filters.year:
        cases = cases.alias(filed_at=Coalesce("submitted_at", "created_at")).filter(filed_at__year=filters.year)
    if filters.sector:
        cases = cases.filter(sectors__key=filters.sector)
    if filters.track:
        cases = cases.filter(track=filters.track)
    if filters.region:
        cases = cases.filter(city__region=filters.region)
    return cases


# ---- funnel -------------------------------------------------------------------------------------


@dataclass
class FunnelRow:
    key: str
    label: str
    order: int
    now: int = 0
    reached: int = 0
    width: float = 0.0  # percent of the widest bar

    @property
    def offset(self) -> float:
        """Left edge of a centred funnel bar, in percent."""
        return round((100 - self.width) / 2, 1)

    # Where the bar's label goes in the chart (viewBox 400 wide, 11 px text): inside the bar when it fits,
    # otherwise beside it, on the chart's background, where it keeps its contrast.
    @property
    def text(self) -> str:
        return f"{self.order}. {self.label} · {self.reached}"

    @property
    def label_place(self) -> dict:
        """Inside the bar when the label fits; else beside it, right or left, on the chart's background;
        when no side is wide enough at the chart's text size, the widest place with the text made smaller."""
        needed = text_width(self.text) + 2 * FUNNEL_LABEL_PADDING
        bar = self.width * FUNNEL_WIDTH / 100
        left = self.offset * FUNNEL_WIDTH / 100
        right = left + bar
        places = [
            (bar, {"x": FUNNEL_WIDTH / 2, "anchor": "middle", "inside": True}),
            (FUNNEL_WIDTH - right, {"x": right + FUNNEL_LABEL_PADDING, "anchor": "start", "inside": False}),
            (left, {"x": left - FUNNEL_LABEL_PADDING, "anchor": "end", "inside": False}),
        ]
        for room, place in places:
            if needed <= room:
                return {**place, "x": round(place["x"], 1), "font_size": FUNNEL_FONT_SIZE}
        room, place = max(places, key=lambda item: item[0])
        scale = max(room - 2 * FUNNEL_LABEL_PADDING, 1) / (needed - 2 * FUNNEL_LABEL_PADDING)
        font_size = max(FUNNEL_MIN_FONT_SIZE, round(FUNNEL_FONT_SIZE * scale, 1) - 0.1)
        return {**place, "x": round(place["x"], 1), "font_size": font_size}


FUNNEL_WIDTH = 400  # the funnel chart's viewBox width
FUNNEL_LABEL_PADDING = 4
FUNNEL_FONT_SIZE = 11
FUNNEL_MIN_FONT_SIZE = 7


def text_width(text: str, font_size: float = FUNNEL_FONT_SIZE) -> float:
    """A generous estimate of a label's width in chart units: Hangul and other wide characters take a
    full em, digits and Latin letters about 0.62 em (no font metrics on the server)."""
    wide = sum(1 for char in text if unicodedata.east_asian_width(char) in ("W", "F"))
    return font_size * (wide + 0.62 * (len(text) - wide))


@dataclass
class Funnel:
    rows: list[FunnelRow]
    side: list[FunnelRow]
    total: int


def stage_funnel(cases: QuerySet[Consultation]) -> Funnel:
    """Cases now in each pipeline stage, and cases that got at least that far (one query).

    "Reached" reads the current position: a case in stage n reached stages 1..n, an on-hold case the
    stage it left, a closed case all eight, a declined case screening, a withdrawn case at least the
    request (where it was withdrawn from is in its stage history, not counted here).
    """
    counts: dict[tuple[str, str], int] = {
        (row["stage"], row["resume_stage"]): row["n"]
        for row in cases.order_by().values("stage", "resume_stage").annotate(n=Count("pk"))
    }
    rows = [FunnelRow(stage.key, str(stage.label), stage.order) for stage in PIPELINE_STAGES]
    side_keys = (StageKey.ON_HOLD, StageKey.DECLINED, StageKey.WITHDRAWN, StageKey.CLOSED)
    side = {key: FunnelRow(key, str(STAGE_BY_KEY[key].label), STAGE_BY_KEY[key].order) for key in side_keys}
    by_key = {row.key: row for row in rows}
    last_order = PIPELINE_STAGES[-1].order
    for (stage_key, resume_key), n in counts.items():
        if stage_key in by_key:
            by_key[stage_key].now += n
            reached_order = by_key[stage_key].order
        elif stage_key in side:
            side[stage_key].now += n
            reached_order = {
                StageKey.ON_HOLD: STAGE_BY_KEY[resume_key].order if resume_key in STAGE_BY_KEY else 1,
                StageKey.CLOSED: last_order,
                StageKey.DECLINED: STAGE_BY_KEY[StageKey.SCREENING].order,
                StageKey.WITHDRAWN: 1,
            }[stage_key]
        else:
            continue
        for row in rows:
            if row.order <= reached_order:
                row.reached += n
    widest = max((row.reached for row in rows), default=0) or 1
    for row in rows:
        row.width = round(100 * row.reached / widest, 1)
    return Funnel(rows=rows, side=list(side.values()), total=sum(counts.values()))


# ---- overdue ------------------------------------------------------------------------------------


@dataclass
class OverdueCase:
    consultation: Consultation
    days_over: int


def overdue_cases(cases: QuerySet[Consultation]) -> tuple[int, list[OverdueCase]]:
    """How many cases are past their stage's target duration, and the longest-waiting ones (two queries)."""
    now = timezone.now()
    overdue = cases.filter(overdue_q(now), is_archived=False)
    total = overdue.count()
    listed = []
    for case in overdue.select_related("city").order_by("stage_entered_at", "pk")[:OVERDUE_LIST_LIMIT]:
        target = STAGE_BY_KEY[case.stage].target_days or 0
        listed.append(OverdueCase(case, (now - case.stage_entered_at).days - target))
    return total, listed


# ---- map ----------------------------------------------------------------------------------------


@dataclass
class MapCity:
    pk: int
    name: str
    country: str
    latitude: Decimal | None
    longitude: Decimal | None
    cases: int
    is_fictional: bool

    @property
    def x(self) -> float | None:
        return None if self.longitude is None else round(float(self.longitude) + 180, 2)

    @property
    def y(self) -> float | None:
        return None if self.latitude is None else round(90 - float(self.latitude), 2)

    @property
    def radius(self) -> float:
        return round(1.6 + min(self.cases, 10) * 0.35, 2)


def partner_city_map(cases: QuerySet[Consultation]) -> list[MapCity]:
    """The partner cities of the cases, with their coordinates and case counts (one query)."""
    from django_countries import countries

    rows = (
        cases.order_by()
        .values(
            "city_id",
            "city__name",
            "city__country",
            "city__latitude",
            "city__longitude",
            "city__is_fictional",
        )
        .annotate(n=Count("pk"))
        .order_by("city__name")
    )
    return [
        MapCity(
            pk=row["city_id"],
            name=row["city__name"],
            country=str(countries.name(row["city__country"]) or row["city__country"]),
            latitude=row["city__latitude"],
            longitude=row["city__longitude"],
            cases=row["n"],
            is_fictional=row["city__is_fictional"],
        )
        for row in rows
    ]


# ---- funds --------------------------------------------------------------------------------------

FUND_STATUSES = (CommitmentStatus.PLEDGED, CommitmentStatus.COMMITTED, CommitmentStatus.DISBURSED)


@dataclass
class FundsRow:
    source: str
    by_status: dict[str, Decimal]
    total: Decimal
    widths: dict[str, float] = field(default_factory=dict)

    def cells(self) -> list[Decimal]:
        return [self.by_status[status] for status in FUND_STATUSES]

    def segments(self) -> list[tuple[str, float, float, str, Decimal]]:
        """(status, left edge, width, the status's label in the reader's language, amount) of the stacked
        bar, in percent of the widest source."""
        left, parts = 0.0, []
        for status in FUND_STATUSES:
            label = str(CommitmentStatus(status).label)
            parts.append((status, round(left, 1), self.widths.get(status, 0.0), label, self.by_status[status]))
            left += self.widths.get(status, 0.0)
        return parts


@dataclass
class Funds:
    rows: list[FundsRow]
    totals: dict[str, Decimal]
    grand_total: Decimal
    unconverted: list[str]

    def total_cells(self) -> list[Decimal]:
        return [self.totals[status] for status in FUND_STATUSES]


def funds_by_source_and_status(cases: QuerySet[Consultation]) -> Funds:
    """Commitments of the cases in EUR at the latest exchange rates (two queries)."""
    rates = latest_rates_to_eur()
    sums = (
        FundingCommitment.objects.filter(consultation__in=cases.values("pk"))
        .values("source__name", "source__acronym", "status", "currency")
        .annotate(total=Sum("amount"))
        .order_by("source__name")
    )
    table: dict[str, dict[str, Decimal]] = defaultdict(lambda: dict.fromkeys(FUND_STATUSES, Decimal(0)))
    unconverted: set[str] = set()
    for row in sums:
        rate = rates.get(row["currency"])
        if rate is None:
            unconverted.add(row["currency"])
            continue
        source = row["source__acronym"] or row["source__name"]
        table[source][row["status"]] += row["total"] * rate
    rows = [
        FundsRow(
            source=source,
            by_status={status: amount.quantize(_CENT) for status, amount in statuses.items()},
            total=sum(statuses.values(), Decimal(0)).quantize(_CENT),
        )
        for source, statuses in table.items()
    ]
    rows.sort(key=lambda row: row.total, reverse=True)
    widest = max((row.total for row in rows), default=Decimal(0)) or Decimal(1)
    for row in rows:
        row.widths = {status: round(float(100 * row.by_status[status] / widest), 1) for status in FUND_STATUSES}
    totals = {status: sum((row.by_status[status] for row in rows), Decimal(0)) for status in FUND_STATUSES}
    return Funds(
        rows=rows, totals=totals, grand_total=sum(totals.values(), Decimal(0)), unconverted=sorted(unconverted)
    )


# ---- training -----------------------------------------------------------------------------------


@dataclass
class TrainingYear:
    year: int
    total: int
    by_country: list[tuple[str, int]]
    width: float = 0.0


def officials_trained(filters: DashboardFilters) -> list[TrainingYear]:
    """Training participants by programme year and country (one query). The track filter does not apply."""
    from django_countries import countries

    participants = TrainingParticipant.objects.all()
    if filters.year:
        participants = participants.filter(programme__year=filters.year)
    if filters.sector:
        participants = participants.filter(programme__sectors__key=filters.sector)
    if filters.region:
        participants = participants.filter(city__region=filters.region)
    rows = (
        participants.order_by()
        .values("programme__year", "country")
        .annotate(n=Count("pk", distinct=True))
        .order_by("programme__year", "country")
    )
    years: dict[int, TrainingYear] = {}
    for row in rows:
        year = years.setdefault(row["programme__year"], TrainingYear(row["programme__year"], 0, []))
        year.total += row["n"]
        year.by_country.append((str(countries.name(row["country"]) or row["country"]), row["n"]))
    widest = max((year.total for year in years.values()), default=0) or 1
    for year in years.values():
        year.width = round(100 * year.total / widest, 1)
        year.by_country.sort(key=lambda item: (-item[1], item[0]))
    return list(years.values())


# ---- outcome indicators -------------------------------------------------------------------------


@dataclass
class IndicatorProgress:
    indicator: OutcomeIndicator
    latest_value: Decimal | None
    latest_on: object
    percent: float | None  # progress from baseline to target, 0..100 (None: cannot be computed)


def indicator_progress(cases: QuerySet[Consultation]) -> tuple[int, list[IndicatorProgress]]:
    """Outcome indicators of the cases with their latest measurement (two queries)."""
    latest = IndicatorMeasurement.objects.filter(indicator=OuterRef("pk"), status=MeasurementStatus.ACCEPTED).order_by(
        "-measured_on", "-pk"
    )
    indicators = OutcomeIndicator.objects.filter(consultation__in=cases.values("pk"))
    total = indicators.count()
    rows = (
        indicators.select_related("consultation__city")
        .annotate(
            latest_value=Subquery(
                latest.values("value")[:1], output_field=DecimalField(max_digits=16, decimal_places=4)
            ),
            latest_on=Subquery(latest.values("measured_on")[:1]),
        )
        .order_by("consultation__city__name", "consultation_id", "pk")[:INDICATOR_LIST_LIMIT]
    )
    return total, [IndicatorProgress(row, row.latest_value, row.latest_on, _progress(row)) for row in rows]


def _progress(indicator) -> float | None:
    if indicator.target is None or indicator.latest_value is None:
        return None
    baseline = indicator.baseline or Decimal(0)
    span = indicator.target - baseline
    if span == 0:
        return 100.0 if indicator.latest_value == indicator.target else None
    return round(max(0.0, min(100.0, float(100 * (indicator.latest_value - baseline) / span))), 1)


def available_years() -> list[int]:
    """From the first case or training year to this year, newest first, for the filter (two queries)."""
    this_year = timezone.localdate().year
    first_case = Consultation.objects.aggregate(first=Min(Coalesce("submitted_at", "created_at")))["first"]
    first_training = TrainingParticipant.objects.aggregate(first=Min("programme__year"))["first"]
    candidates = [this_year]
    if first_case is not None:
        candidates.append(timezone.localtime(first_case).year)
    if first_training is not None:
        candidates.append(first_training)
    return list(range(this_year, min(candidates) - 1, -1))
