"""The initiative's results figures, computed in ONE place.

The portal's home page, the staff results report and the API's `summary/` endpoint all read
`initiative_results()`, so the numbers shown anywhere are the same numbers.

Definitions (kept deliberately simple and documented, so nobody re-derives them differently):

- an **initiative** is a consultation SMG accepted: it left screening with a track
  (track set, and not a draft, request, screening or declined case). Cases that were put on hold,
  withdrawn or closed after acceptance still count: the work happened.
- **cities** / **countries**: distinct partner cities (and their countries) with at least one initiative.
- **officials_trained**: training participants (one row per person per programme).
- **policy_cases**: published policy modules (the Seoul Solution archive).
- **experts**: experts active in the pool.
- **funds_eur**: committed and disbursed funding commitments (pledges are left out) of initiatives,
  converted to EUR with the latest `funding.ExchangeRate` of each currency (latest `valid_from`);
  EUR counts 1:1. A currency without any rate cannot be converted: it is left out of the sum and
  named in `unconverted_currencies` (not part of the public figures).
- **funded_countries**: distinct countries of the cities whose initiatives have such commitments.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q, Sum

from cities.models import City
from consultations.models import CommitmentStatus, Consultation, FundingCommitment
from consultations.pipeline import StageKey
from experts.models import Expert
from funding.models import ExchangeRate
from policies.models import PolicyModule
from training.models import TrainingParticipant

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
)

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
class InitiativeResults:
    cities: int
    countries: int
    initiatives: int
    officials_trained: int
    policy_cases: int
    experts: int
    funds_eur: Decimal
    funded_countries: int
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
    totals = (
        FundingCommitment.objects.filter(initiative_q("consultation__"), status__in=SECURED_COMMITMENT_STATUSES)
        .values("currency")
        .annotate(total=Sum("amount"))
        .order_by("currency")
    )
    rates = latest_rates_to_eur()
    total = Decimal(0)
    missing: list[str] = []
    for row in totals:
        rate = rates.get(row["currency"])
        if rate is None:
            missing.append(row["currency"])
            continue
        total += row["total"] * rate
    return total.quantize(_CENT), tuple(missing)


def initiative_results() -> InitiativeResults:
    """Every results figure of the initiative (a handful of aggregate queries, independent of row counts)."""
    initiatives = Consultation.objects.filter(initiative_q())
    consulted_cities = City.objects.filter(consultations__in=initiatives)
    funded_cities = City.objects.filter(
        consultations__funding_commitments__status__in=SECURED_COMMITMENT_STATUSES,
        consultations__in=initiatives,
    )
    funds, unconverted = funds_in_eur()
    return InitiativeResults(
        cities=consulted_cities.values("pk").distinct().count(),
        countries=consulted_cities.values("country").distinct().count(),
        initiatives=initiatives.count(),
        officials_trained=TrainingParticipant.objects.count(),
        policy_cases=PolicyModule.objects.published().count(),
        experts=Expert.objects.filter(is_active=True).count(),
        funds_eur=funds,
        funded_countries=funded_cities.values("country").distinct().count(),
        unconverted_currencies=unconverted,
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
        return InitiativeResults(**stored)
    return refresh_cached_results()


def refresh_cached_results() -> InitiativeResults:
    """Recompute the figures and store them (the refresh task; a reader on a cache miss)."""
    cache.delete(_PENDING_KEY)  # a change made while computing queues the next refresh
    results = initiative_results()
    cache.set(_CACHE_KEY, asdict(results), _timeout())
    return results


def results_changed() -> None:
    """Call inside the transaction of a write that changes the figures: a refresh is queued after commit."""
    transaction.on_commit(_queue_refresh)


def _queue_refresh() -> None:
    from core.tasks import send_task_now

    if cache.add(_PENDING_KEY, 1, _timeout()):
        send_task_now("consultations.tasks.refresh_results")
