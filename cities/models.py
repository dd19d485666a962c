from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.models import ArchivableModel, TimeStampedModel


class Region(models.TextChoices):
    EAST_ASIA = "east_asia", _("East Asia")
    SOUTHEAST_ASIA = "southeast_asia", _("Southeast Asia")
    SOUTH_ASIA = "south_asia", _("South Asia")
    CENTRAL_ASIA = "central_asia", _("Central Asia")
    MIDDLE_EAST = "middle_east", _("Middle East & North Africa")
    AFRICA = "africa", _("Sub-Saharan Africa")
    EUROPE = "europe", _("Europe")
    LATIN_AMERICA = "latin_america", _("Latin America & Caribbean")
    NORTH_AMERICA = "north_america", _("North America")
    OCEANIA = "oceania", _("Oceania")


class FinancialCapacity(models.TextChoices):
    LOW = "low", _("Low: needs external funding")
    MEDIUM = "medium", _("Medium: can co-finance")
    HIGH = "high", _("High: can self-finance")


class City(ArchivableModel, TimeStampedModel):
    name = models.CharField(_("name (English)"), max_length=120)
    name_local = models.CharField(_("name (local)"), max_length=120, blank=True)
    country = CountryField(_("country"), db_index=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices, db_index=True)
    population = models.PositiveBigIntegerField(_("population"), null=True, blank=True)
    land_area_km2 = models.DecimalField(_("land area (km²)"), max_digits=10, decimal_places=2, null=True, blank=True)
    financial_capacity = models.CharField(
        _("financial capacity"), max_length=10, choices=FinancialCapacity.choices, blank=True, db_index=True
    )
    is_iclei_member = models.BooleanField(_("ICLEI member"), default=False)
    is_partner = models.BooleanField(
        _("partner city"),
        default=True,
        db_index=True,
        help_text=_("Cities that have asked for or received consultation."),
    )
    is_fictional = models.BooleanField(
        _("fictional (demo data)"),
        default=False,
        help_text=_("Marks invented demo cities so nobody mistakes them for real partners."),
    )
    website = models.URLField(_("website"), blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("partner city")
        verbose_name_plural = _("partner cities")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "country"], name="city_unique_name_per_country"),
            models.CheckConstraint(name="city_region_valid", condition=Q(region__in=Region.values)),
            models.CheckConstraint(
                name="city_financial_capacity_valid",
                condition=Q(financial_capacity__in=[*FinancialCapacity.values, ""]),
            ),
            models.CheckConstraint(
                name="city_latitude_range", condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90)
            ),
            models.CheckConstraint(
                name="city_longitude_range",
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
            ),
        ]

    def __str__(self) -> str:
        label = f"{self.name}, {self.country.name}"
        return f"{label} ({_('fictional')})" if self.is_fictional else label


class CityContact(ArchivableModel, TimeStampedModel):
    """A person at the partner city who is not (yet) a portal user."""

    city = models.ForeignKey(City, verbose_name=_("city"), on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)

    class Meta:
        verbose_name = _("city contact")
        verbose_name_plural = _("city contacts")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
