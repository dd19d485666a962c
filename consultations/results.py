"""The initiative's results figures, computed in ONE place.

The portal's home page, the staff results report and the API's `summary/` endpoint all read
`initiative_results()`, so the numbers shown anywhere are the same numbers.

Definitions (kept deliberately simple and documented, so nobody re-derives them differently):

- an **initiative** is a consultation SMG accepted: it left screening with a track
  (track set, and not a draft, request, screening or declined case). Cases that were put on hold,
  withdrawn or closed after acceptance still count: the work happened. A programme in phases counts
  once, as the case study counts "38 initiatives": a case that continues an earlier initiative
  (`Consultation.continues`) is not counted again.
- **cities** / **countries**: distinct partner cities (and their countries) with at least one initiative.
- **officials_trained**: training participants (one row per person per programme).
- **officials_engaged**: officials trained, plus city officials attending events (forums, conferences)
  that were not part of a training programme (those are already counted as trained).
- **events**: forums, conferences and workshops recorded (training.Event).
- **policy_cases**: published policy modules (the Seoul Solution archive).
- **experts**: experts active in the pool.
- **funds_eur**: committed and disbursed funding commitments (pledges are left out) of initiatives,
  converted to EUR with the latest `funding.ExchangeRate` of each currency (latest `valid_from`);
  EUR counts 1:1. A currency without any rate cannot be converted: it is left out of the sum and
  named in `unconverted_currencies` (not part of the public figures).
- **funded_countries**: distinct countries of the cities whose initiatives have such commitments.
- **ppp_network_funds_eur** / **ppp_network_countries**: the case study's headline, "secured through the
  public-private partnership network launched in July 2014 ... from the national partners such as KOICA,
  MOLIT, MOI": the same secured commitments, limited to sources of the kinds in
  `funding.models.PPP_NETWORK_KINDS` (national partners and international organisations) and dated on or
  after `settings.PPP_NETWORK_LAUNCH_DATE`; and the countries of their cities.
- **funds_by_kind** (not a scalar figure, shown beside the headline): `funds_eur` split by the kind of
  source, every kind listed; the amounts add up to `funds_eur`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import BooleanField, ExpressionWrapper, Q, Sum
from django.utils.translation import gettext_lazy as _

from cities.models import City
from consultations.models import CommitmentStatus, Consultation, FundingCommitment
from consultations.pipeline import StageKey
from experts.models import Expert
from funding.models import PPP_NETWORK_KINDS, SOURCE_KIND_DEFINITIONS, ExchangeRate, SourceKind
from policies.models import PolicyModule
from training.models import Event, TrainingParticipant

# The public figures, in the order they are shown; the API's summary returns exactly these keys.
RESULT_KEYS: tuple[str, ...] = (
    "cities",
    "countries",
    "initiatives",
    "officials_trained",
    "policy_cases",
    "experts",
    "funds_eur",
    "funded_countries",
    "ppp_network_funds_eur",
    "ppp_network_countries",
    "officials_engaged",
    "events",
)

# What each figure counts, shown beside it (page, CSV) so nobody re-derives it differently.
RESULT_DEFINITIONS = {
    "cities": _("Distinct partner cities with at least one initiative."),
    "countries": _("Countries of those cities."),
    "initiatives": _(
        "Consultations SMG accepted at screening (with a track); cases later put on hold, withdrawn or closed "
        "still count. A programme in phases counts once."
    ),
    "officials_trained": _("Training participants, one per person and programme."),
    "policy_cases": _("Published Seoul policy modules."),
    "experts": _("Experts active in the pool."),
    "funds_eur": _(
        "Committed and disbursed funding of initiatives from every kind of source (pledges left out), in EUR at "
        "the latest exchange rate of each currency. The breakdown by kind adds up to it."
    ),
    "funded_countries": _("Countries of the cities whose initiatives have such funding, from any source."),
    "ppp_network_funds_eur": _(
        "The case study's headline: committed and disbursed funding of initiatives from national partners (KOICA, "
        "MOLIT, MOI...) and international organisations, dated on or after the PPP network's launch."
    ),
    "ppp_network_countries": _("Countries of the cities funded through the PPP network."),
    "officials_engaged": _(
        "Officials trained plus city officials attending forums and events that were not part of a training "
        "programme (those are counted once, as trained)."
    ),
    "events": _(
        "Forums, conferences and workshops recorded, such as the International Forum on Urban Policy for the SDGs."
    ),
}
assert set(RESULT_DEFINITIONS) == set(RESULT_KEYS), "every results figure needs a definition"

SECURED_COMMITMENT_STATUSES: tuple[str, ...] = (CommitmentStatus.COMMITTED, CommitmentStatus.DISBURSED)
_NOT_YET_ACCEPTED = (StageKey.DRAFT, StageKey.REQUEST, StageKey.SCREENING, StageKey.DECLINED)
_CENT = Decimal("0.01")


def is_initiative(*, stage: str, track: str) -> bool:
    """The rule of `initiative_q()` for one case's values (does a move change the figures?)."""
    return bool(track) and stage not in _NOT_YET_ACCEPTED


def initiative_q(prefix: str = "") -> Q:
    """Q over consultations (or, with `prefix` like "consultation__", over related rows) for initiatives."""
    return ~Q(**{f"{prefix}track": ""}) & ~Q(**{f"{prefix}stage__in": _NOT_YET_ACCEPTED})


@dataclass(frozen=True)
class KindFunds:
    """Secured funds of one kind of source: the breakdown shown next to the headline."""

    kind: str
    label: str
    definition: str
    funds_eur: Decimal
    countries: int
    in_ppp_network: bool


@dataclass(frozen=True)
class InitiativeResults:
    cities: int
    countries: int
    initiatives: int
    officials_trained: int
    policy_cases: int
    experts: int
    funds_eur: Decimal
    funded_countries: int
    ppp_network_funds_eur: Decimal = Decimal("0.00")
    ppp_network_countries: int = 0
    officials_engaged: int = 0
    events: int = 0
    ppp_network_since: datetime.date | None = None
    funds_by_kind: tuple[KindFunds, ...] = field(default=())
    unconverted_currencies: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, int | Decimal]:
        """The public figures only (the keys of RESULT_KEYS)."""
        return {key: getattr(self, key) for key in RESULT_KEYS}

    def __getitem__(self, key: str) -> int | Decimal:
        # Lets templates and callers use results["cities"] as well as results.cities.
        if key not in RESULT_KEYS:
            raise KeyError(key)
        return getattr(self, key)


def latest_rates_to_eur() -> dict[str, Decimal]:
    """The latest rate (by `valid_from`) of every currency that has one; EUR is always 1."""
    rates: dict[str, Decimal] = {}
    for currency, rate in ExchangeRate.objects.order_by("currency", "-valid_from").values_list(
        "currency", "rate_to_eur"
    ):
        rates.setdefault(currency, rate)
    rates["EUR"] = Decimal(1)
    return rates


def funds_in_eur() -> tuple[Decimal, tuple[str, ...]]:
    """Secured funding of initiatives in EUR, and the currencies that could not be converted."""
    funds = secured_funds()
    return funds.total, funds.unconverted


@dataclass(frozen=True)
class SecuredFunds:
    total: Decimal
    countries: int
    network_total: Decimal
    network_countries: int
    by_kind: tuple[KindFunds, ...]
    unconverted: tuple[str, ...]


def secured_funds(*, launch: datetime.date | None = None) -> SecuredFunds:
    """Every funds figure from ONE grouped query: the total, the PPP network's headline, the split by kind."""
    launch = launch or settings.PPP_NETWORK_LAUNCH_DATE
    rows = (
        FundingCommitment.objects.filter(
            initiative_q("consultation__"),
            status__in=SECURED_COMMITMENT_STATUSES,
        )
        .annotate(after_launch=ExpressionWrapper(Q(committed_on__gte=launch), output_field=BooleanField()))
        .values("source__kind", "currency", "consultation__city__country", "after_launch")
        .annotate(total=Sum("amount"))
        .order_by("source__kind", "currency", "consultation__city__country", "after_launch")
    )
    rates = latest_rates_to_eur()
    missing: set[str] = set()
    by_kind: dict[str, Decimal] = {kind: Decimal(0) for kind in SourceKind.values}
    kind_countries: dict[str, set[str]] = {kind: set() for kind in SourceKind.values}
    countries: set[str] = set()
    network_total, network_countries = Decimal(0), set()
    for row in rows:
        kind, country = row["source__kind"], row["consultation__city__country"]
        countries.add(country)
        kind_countries.setdefault(kind, set()).add(country)
        rate = rates.get(row["currency"])
        if rate is None:
            missing.add(row["currency"])
            continue
        amount = row["total"] * rate
        by_kind[kind] = by_kind.get(kind, Decimal(0)) + amount
        if kind in PPP_NETWORK_KINDS and row["after_launch"]:
            network_total += amount
            network_countries.add(country)
    breakdown = tuple(
        KindFunds(
            kind=kind,
            label=str(SourceKind(kind).label),
            definition=str(SOURCE_KIND_DEFINITIONS[kind]),
            funds_eur=by_kind.get(kind, Decimal(0)).quantize(_CENT),
            countries=len(kind_countries.get(kind, ())),
            in_ppp_network=kind in PPP_NETWORK_KINDS,
        )
        for kind in SourceKind.values
    )
    return SecuredFunds(
        total=sum(by_kind.values(), Decimal(0)).quantize(_CENT),
        countries=len(countries),
        network_total=network_total.quantize(_CENT),
        network_countries=len(network_countries),
        by_kind=breakdown,
        unconverted=tuple(sorted(missing)),
    )


def counted_initiatives():
    """Initiatives, a programme in phases counted once (its later phases continue an initiative)."""
    initiatives = Consultation.objects.filter(initiative_q())
    return initiatives.exclude(continues__in=Consultation.objects.filter(initiative_q()))


def officials_engaged(trained: int) -> tuple[int, int]:
    """(officials engaged, events): trained officials plus event attendees not already counted as trained."""
    from django.db.models import Count

    totals = Event.objects.aggregate(
        extra=Sum("officials_attending", filter=Q(training_programme__isnull=True)), events=Count("pk")
    )
    return trained + (totals["extra"] or 0), totals["events"]


def initiative_results() -> InitiativeResults:
    """Every results figure of the initiative (a handful of aggregate queries, independent of row counts)."""
    initiatives = Consultation.objects.filter(initiative_q())
    consulted_cities = City.all_objects.filter(consultations__in=initiatives)
    funds = secured_funds()
    trained = TrainingParticipant.objects.count()
    engaged, events = officials_engaged(trained)
    return InitiativeResults(
        cities=consulted_cities.values("pk").distinct().count(),
        countries=consulted_cities.values("country").distinct().count(),
        initiatives=counted_initiatives().count(),
        officials_trained=trained,
        policy_cases=PolicyModule.objects.published().count(),
        experts=Expert.objects.filter(is_active=True).count(),
        funds_eur=funds.total,
        funded_countries=funds.countries,
        ppp_network_funds_eur=funds.network_total,
        ppp_network_countries=funds.network_countries,
        officials_engaged=engaged,
        events=events,
        ppp_network_since=settings.PPP_NETWORK_LAUNCH_DATE,
        funds_by_kind=funds.by_kind,
        unconverted_currencies=funds.unconverted,
    )


# --- The cached figures (home page, /api/v1/summary/) --------------------------------------------
# The figures are aggregates over every case; at 200,000 cases they take about a second, so no page view
# computes them. They live in the shared cache and are recomputed by a task: after a write that changes them
# (`results_changed()`, at most one refresh queued at a time) and periodically (RESULTS_CACHE_REFRESH_SECONDS),
# so edits made elsewhere (the admin) show too. Readers keep the previous figures until the new ones are in.
# Only when the cache is empty (first view, eviction) does a reader compute them.

_CACHE_KEY = "results:figures"
_PENDING_KEY = "results:refresh-pending"


def _timeout() -> int:
    return int(getattr(settings, "RESULTS_CACHE_SECONDS", 300))


def cached_initiative_results() -> InitiativeResults:
    """`initiative_results()` from the cache (computed and stored on a miss)."""
    stored = cache.get(_CACHE_KEY)
    if stored is not None:
        return stored
    return refresh_cached_results()


def refresh_cached_results() -> InitiativeResults:
    """Recompute the figures and store them (the refresh task; a reader on a cache miss)."""
    cache.delete(_PENDING_KEY)  # a change made while computing queues the next refresh
    results = initiative_results()
    cache.set(_CACHE_KEY, results, _timeout())  # pickled whole: its breakdown holds dataclasses too
    return results


def results_changed() -> None:
    """Call inside the transaction of a write that changes the figures: a refresh is queued after commit."""
    transaction.on_commit(_queue_refresh)


def _queue_refresh() -> None:
    from core.tasks import publish_after_commit

    if cache.add(_PENDING_KEY, 1, _timeout()):
        publish_after_commit("consultations.tasks.refresh_results", ())
