"""Labels, definitions and rows of the results report (the figures themselves come from consultations.results)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from consultations.results import RESULT_DEFINITIONS, RESULT_KEYS, InitiativeResults

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

MONEY_KEYS = ("funds_eur", "ppp_network_funds_eur")


def result_rows(results: InitiativeResults) -> list[tuple[str, str, object]]:
    """(key, label, value) in the report's order."""
    return [(key, str(RESULT_LABELS[key]), results[key]) for key in RESULT_KEYS]


def result_rows_with_definitions(results: InitiativeResults) -> list[tuple[str, str, object, str]]:
    """(key, label, value, definition) in the report's order."""
    return [(key, str(RESULT_LABELS[key]), results[key], str(RESULT_DEFINITIONS[key])) for key in RESULT_KEYS]
