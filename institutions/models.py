"""The institutions behind the initiative (who staff and experts belong to) and Seoul's own profile.

Lowest layer next to `core`: accounts and experts point here, nothing here points up.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.models import ArchivableModel, TimeStampedModel


class OrganisationKind(models.TextChoices):
    SMG_DIVISION = "smg_division", _("SMG division")
    AGENCY = "agency", _("Agency")
    PUBLIC_CORPORATION = "public_corporation", _("Public corporation")
    THINK_TANK = "think_tank", _("Think tank")
    EXPERT_GROUP = "expert_group", _("Expert group")


def translated(obj, field: str) -> str:
    """The field in the page's language (`<field>_ko`, `<field>_es`), English when that one is empty."""
    language = (get_language() or "en")[:2]
    if language != "en":
        value = getattr(obj, f"{field}_{language}", "")
        if value:
            return value
    return getattr(obj, field)


class Organisation(ArchivableModel, TimeStampedModel):
    """An institution of the initiative: SMG's Global Urban Partnership Division, SUSA, SH Corporation..."""

    key = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name (English)"), max_length=200)
    name_ko = models.CharField(_("name (Korean)"), max_length=200, blank=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices, db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="units",
        help_text=_("SUSA is under SH Corporation; the consulting group was formed by SUSA."),
    )
    role = models.TextField(_("role in the initiative"), blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(name="organisation_kind_valid", condition=Q(kind__in=OrganisationKind.values)),
            models.CheckConstraint(name="organisation_not_its_own_parent", condition=~Q(parent=models.F("pk"))),
        ]

    def __str__(self) -> str:
        name = translated(self, "name")
        return f"{name} ({self.acronym})" if self.acronym and self.acronym not in name else name


class InitiativeProfile(TimeStampedModel):
    """The public "About the initiative" page: Seoul's profile and the lessons for replication.

    A singleton (pk 1), seeded from the ICLEI case study by a data migration; staff edit it in the admin.
    """

    SINGLETON_PK = 1

    city_name = models.CharField(_("city"), max_length=100, default="Seoul")
    population = models.PositiveBigIntegerField(_("population"))
    population_year = models.PositiveSmallIntegerField(_("population counted in"))
    land_area_km2 = models.DecimalField(_("land area (km²)"), max_digits=10, decimal_places=2)
    iclei_member_since = models.PositiveSmallIntegerField(_("ICLEI member since"), null=True, blank=True)
    iclei_secretariat_since = models.PositiveSmallIntegerField(
        _("host of the ICLEI East Asia Secretariat since"), null=True, blank=True
    )
    initiative_launched = models.PositiveSmallIntegerField(_("initiative launched in"), null=True, blank=True)
    introduction = models.TextField(_("introduction (English)"))
    introduction_ko = models.TextField(_("introduction (Korean)"), blank=True)
    introduction_es = models.TextField(_("introduction (Spanish)"), blank=True)
    source = models.CharField(_("source"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("about the initiative")
        verbose_name_plural = _("about the initiative")
        constraints = [models.CheckConstraint(name="initiative_profile_singleton", condition=Q(pk=1))]

    def __str__(self) -> str:
        return str(_("About the initiative"))

    def save(self, *args, **kwargs):
        self.pk = self.SINGLETON_PK
        super().save(*args, **kwargs)

    @property
    def population_millions(self):
        from decimal import Decimal

        return Decimal(self.population) / Decimal(1_000_000)

    @property
    def introduction_text(self) -> str:
        return translated(self, "introduction")


class ReplicationLesson(TimeStampedModel):
    """One of the initiative's lessons learned for replication, in English, Korean and Spanish."""

    profile = models.ForeignKey(
        InitiativeProfile, verbose_name=_("profile"), on_delete=models.CASCADE, related_name="lessons"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title (English)"), max_length=200)
    title_ko = models.CharField(_("title (Korean)"), max_length=200, blank=True)
    title_es = models.CharField(_("title (Spanish)"), max_length=200, blank=True)
    body = models.TextField(_("text (English)"))
    body_ko = models.TextField(_("text (Korean)"), blank=True)
    body_es = models.TextField(_("text (Spanish)"), blank=True)

    class Meta:
        verbose_name = _("lesson for replication")
        verbose_name_plural = _("lessons for replication")
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def title_text(self) -> str:
        return translated(self, "title")

    @property
    def body_text(self) -> str:
        return translated(self, "body")
