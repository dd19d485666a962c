"""Labels and rows of the results report (the figures themselves come from consultations.results)."""

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
    "funds_eur": _("Funds secured (EUR, committed and disbursed)"),
    "funded_countries": _("Countries with funds secured"),
}
assert set(RESULT_LABELS) == set(RESULT_KEYS), "every results figure needs a label"


def result_rows(results: InitiativeResults) -> list[tuple[str, str, object]]:
    """(key, label, value) in the report's order."""
    return [(key, str(RESULT_LABELS[key]), results[key]) for key in RESULT_KEYS]
