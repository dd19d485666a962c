from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.models import ArchivableModel, TimeStampedModel

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
    """Who a source of funding is, as the case study counts funds (see consultations.results)."""

    NATIONAL_PARTNER = "national_partner", _("National partner")
    INTERNATIONAL_ORGANISATION = "international_organisation", _("International organisation")
    DEVELOPMENT_BANK = "development_bank", _("Development bank")
    SMG_FUND = "smg_fund", _("SMG fund")
    CITY_BUDGET = "city_budget", _("City budget")
    PRIVATE = "private", _("Private")


# What each kind means, shown next to the figures that count it.
SOURCE_KIND_DEFINITIONS = {
    SourceKind.NATIONAL_PARTNER: _("Korean national partners of the PPP network: KOICA, MOLIT, MOI and others."),
    SourceKind.INTERNATIONAL_ORGANISATION: _("International organisations and agencies (UN bodies, GGGI...)."),
    SourceKind.DEVELOPMENT_BANK: _("Multilateral and regional development banks (ADB, IDB, World Bank...)."),
    SourceKind.SMG_FUND: _(
        "Seoul Metropolitan Government's own funds: the international cooperation fund, overseas aid."
    ),
    SourceKind.CITY_BUDGET: _("The partner city's own budget."),
    SourceKind.PRIVATE: _("Companies and other private investors."),
}
# The kinds the case study's headline counts: "secured through the public-private partnership network
# launched in July 2014 ... from the national partners such as KOICA, MOLIT, MOI".
PPP_NETWORK_KINDS: tuple[str, ...] = (SourceKind.NATIONAL_PARTNER, SourceKind.INTERNATIONAL_ORGANISATION)


class FundingSource(ArchivableModel, TimeStampedModel):
    name = models.CharField(_("name"), max_length=200, unique=True)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=SourceKind.choices, db_index=True)
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


class Company(ArchivableModel, TimeStampedModel):
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


class NetworkMemberKind(models.TextChoices):
    COMPANY = "company", _("Company")
    INSTITUTION = "institution", _("Institution")


class NetworkMember(ArchivableModel, TimeStampedModel):
    """A member of the public-private partnership network SMG launched in July 2014."""

    kind = models.CharField(_("kind"), max_length=12, choices=NetworkMemberKind.choices, db_index=True)
    company = models.OneToOneField(
        Company,
        verbose_name=_("company"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="network_membership",
    )
    institution = models.OneToOneField(
        FundingSource,
        verbose_name=_("institution"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="network_membership",
        help_text=_("A national partner, an international organisation or a bank that funds the network's projects."),
    )
    joined_on = models.DateField(_("joined on"), db_index=True)
    sectors = models.ManyToManyField(
        "policies.Sector", verbose_name=_("sectors"), blank=True, related_name="network_members"
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("PPP network member")
        verbose_name_plural = _("PPP network members")
        ordering = ["joined_on", "id"]
        constraints = [
            models.CheckConstraint(name="network_member_kind_valid", condition=Q(kind__in=NetworkMemberKind.values)),
            models.CheckConstraint(
                name="network_member_is_a_company_or_an_institution",
                condition=(Q(kind=NetworkMemberKind.COMPANY) & Q(company__isnull=False) & Q(institution__isnull=True))
                | (Q(kind=NetworkMemberKind.INSTITUTION) & Q(institution__isnull=False) & Q(company__isnull=True)),
            ),
        ]

    def __str__(self) -> str:
        return str(self.company or self.institution or "")


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
