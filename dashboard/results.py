"""Labels, definitions and rows of the results report (the figures themselves come from consultations.results)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from consultations.results import RESULT_KEYS, InitiativeResults

RESULT_LABELS = {
    "cities": _("Partner cities consulted"),
    "countries": _("Countries consulted"),
    "initiatives": _("Initiatives (consultations accepted)"),
    "officials_trained": _("Officials trained"),
    "policy_cases": _("Seoul policy cases published"),
    "experts": _("Experts in the pool"),
    "funds_eur": _("Funds secured from all sources (EUR, committed and disbursed)"),
    "funded_countries": _("Countries with funds secured from any source"),
    "ppp_network_funds_eur": _("Secured through the PPP network (EUR)"),
    "ppp_network_countries": _("Countries funded through the PPP network"),
    "officials_engaged": _("Officials engaged (trained or at events)"),
    "events": _("Forums and events"),
}
assert set(RESULT_LABELS) == set(RESULT_KEYS), "every results figure needs a label"

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

MONEY_KEYS = ("funds_eur", "ppp_network_funds_eur")


def result_rows(results: InitiativeResults) -> list[tuple[str, str, object]]:
    """(key, label, value) in the report's order."""
    return [(key, str(RESULT_LABELS[key]), results[key]) for key in RESULT_KEYS]


def result_rows_with_definitions(results: InitiativeResults) -> list[tuple[str, str, object, str]]:
    """(key, label, value, definition) in the report's order."""
    return [(key, str(RESULT_LABELS[key]), results[key], str(RESULT_DEFINITIONS[key])) for key in RESULT_KEYS]
