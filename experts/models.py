from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import ArchivableModel, TimeStampedModel


class ExpertKind(models.TextChoices):
    FORMER_OFFICIAL = "former_official", _("Former official")
    CURRENT_OFFICIAL = "current_official", _("Current official")
    RESEARCHER = "researcher", _("Researcher")
    PRACTITIONER = "practitioner", _("Practitioner")


class Availability(models.TextChoices):
    AVAILABLE = "available", _("Available")
    LIMITED = "limited", _("Limited")
    UNAVAILABLE = "unavailable", _("Unavailable")


class Expert(ArchivableModel, TimeStampedModel):
    """A member of the Seoul Policy Consulting Group."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expert_profile",
    )
    name = models.CharField(_("name"), max_length=200)
    name_ko = models.CharField(_("name (Korean)"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=ExpertKind.choices, db_index=True)
    affiliation = models.CharField(_("affiliation"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    sectors = models.ManyToManyField(
        "policies.Sector", verbose_name=_("expertise sectors"), blank=True, related_name="experts"
    )
    languages = models.ManyToManyField(
        "policies.Language", verbose_name=_("languages"), blank=True, related_name="experts"
    )
    bio = models.TextField(_("biography"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    availability = models.CharField(
        _("availability"), max_length=12, choices=Availability.choices, default=Availability.AVAILABLE, db_index=True
    )
    unavailable_from = models.DateField(_("unavailable from"), null=True, blank=True)
    unavailable_until = models.DateField(_("unavailable until"), null=True, blank=True)
    is_active = models.BooleanField(_("active in the pool"), default=True, db_index=True)
    organisation = models.ForeignKey(
        "institutions.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="experts",
        help_text=_("Most experts are members of the Seoul Policy Consulting Group formed by SUSA."),
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("expert")
        verbose_name_plural = _("experts")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(name="expert_kind_valid", condition=Q(kind__in=ExpertKind.values)),
            models.CheckConstraint(name="expert_availability_valid", condition=Q(availability__in=Availability.values)),
            models.CheckConstraint(
                name="expert_unavailability_ordered",
                condition=Q(unavailable_from__isnull=True)
                | Q(unavailable_until__isnull=True)
                | Q(unavailable_until__gte=models.F("unavailable_from")),
            ),
        ]

    def __str__(self) -> str:
        return self.name
