from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.models import TimeStampedModel

# ISO 4217 codes the initiative deals in; amounts are stored in their own currency and converted for reports.
CURRENCIES = [
    ("EUR", "EUR"),
    ("USD", "USD"),
    ("KRW", "KRW"),
    ("MNT", "MNT"),
    ("PEN", "PEN"),
    ("THB", "THB"),
    ("INR", "INR"),
    ("COP", "COP"),
    ("MZN", "MZN"),
    ("ETB", "ETB"),
    ("VND", "VND"),
    ("PHP", "PHP"),
    ("IDR", "IDR"),
]
CURRENCY_CODES = [code for code, _label in CURRENCIES]


class SourceKind(models.TextChoices):
    NATIONAL_AGENCY = "national_agency", _("National agency")
    MINISTRY = "ministry", _("National ministry")
    SMG_FUND = "smg_fund", _("SMG fund")
    CITY_BUDGET = "city_budget", _("City's own budget")
    MULTILATERAL_BANK = "multilateral_bank", _("Multilateral development bank")
    COMPANY = "company", _("Company")
    OTHER = "other", _("Other")


class FundingSource(TimeStampedModel):
    name = models.CharField(_("name"), max_length=200, unique=True)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=SourceKind.choices, db_index=True)
    country = CountryField(_("country"), blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("funding source")
        verbose_name_plural = _("funding sources")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(name="funding_source_kind_valid", condition=Q(kind__in=SourceKind.values))
        ]

    def __str__(self) -> str:
        return self.acronym or self.name


class Company(TimeStampedModel):
    """A business (often an SME) that implemented a policy in Seoul and can implement it abroad."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    name_ko = models.CharField(_("name (Korean)"), max_length=200, blank=True)
    is_sme = models.BooleanField(_("small or medium-sized enterprise"), default=True)
    sectors = models.ManyToManyField("policies.Sector", verbose_name=_("sectors"), blank=True, related_name="companies")
    policy_modules = models.ManyToManyField(
        "policies.PolicyModule", verbose_name=_("policies implemented in Seoul"), blank=True, related_name="companies"
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("company")
        verbose_name_plural = _("companies")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ExchangeRate(TimeStampedModel):
    """How many EUR one unit of a currency was worth from a date on; reports use the latest rate."""

    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES)
    rate_to_eur = models.DecimalField(_("value of one unit in EUR"), max_digits=18, decimal_places=10)
    valid_from = models.DateField(_("valid from"))

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["currency", "-valid_from"]
        constraints = [
            models.UniqueConstraint(fields=["currency", "valid_from"], name="exchange_rate_unique_per_day"),
            models.CheckConstraint(name="exchange_rate_positive", condition=Q(rate_to_eur__gt=0)),
            models.CheckConstraint(name="exchange_rate_currency_valid", condition=Q(currency__in=CURRENCY_CODES)),
        ]

    def __str__(self) -> str:
        return f"1 {self.currency} = {self.rate_to_eur} EUR ({self.valid_from})"
