from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import ArchivableModel, TimeStampedModel


class ActivityKind(models.TextChoices):
    STUDY_VISIT = "study_visit", _("Study visit")
    TRAINING = "training", _("Training programme")
    ADVISORY = "advisory", _("Advisory / consulting")
    IMPLEMENTATION = "implementation", _("Project implementation")
    PPP_SUPPORT = "ppp_support", _("Public-private partnership support")


class Activity(ArchivableModel, TimeStampedModel):
    """A service delivered within a consultation; implementation activities are its milestones."""

    consultation = models.ForeignKey(
        "consultations.Consultation",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="activities",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ActivityKind.choices, db_index=True)
    title = models.CharField(_("title"), max_length=200)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    participants_count = models.PositiveIntegerField(_("number of participants"), null=True, blank=True)
    participants = models.TextField(_("participants"), blank=True)
    outputs = models.TextField(_("outputs"), blank=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["starts_on", "id"]
        constraints = [
            models.CheckConstraint(name="activity_kind_valid", condition=Q(kind__in=ActivityKind.values)),
            models.CheckConstraint(
                name="activity_dates_ordered",
                condition=Q(starts_on__isnull=True) | Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
            ),
        ]

    def __str__(self) -> str:
        return self.title


class SiteVisit(TimeStampedModel):
    consultation = models.ForeignKey(
        "consultations.Consultation",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="site_visits",
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    location = models.CharField(_("location"), max_length=200, blank=True)
    experts = models.ManyToManyField(
        "experts.Expert", verbose_name=_("experts"), blank=True, related_name="site_visits"
    )
    participants = models.TextField(_("other participants"), blank=True)
    findings = models.TextField(_("findings"), blank=True)

    class Meta:
        verbose_name = _("site visit")
        verbose_name_plural = _("site visits")
        ordering = ["starts_on", "id"]
        constraints = [
            models.CheckConstraint(name="site_visit_dates_ordered", condition=Q(ends_on__gte=models.F("starts_on")))
        ]

    def __str__(self) -> str:
        return f"{self.location or _('Site visit')} ({self.starts_on})"


class CityResponse(models.TextChoices):
    """The city's structured answer to a recommendation, given when acknowledging it."""

    ACCEPTED = "accepted", _("Accepted as recommended")
    ADAPTED = "adapted", _("Adapted")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


class Recommendation(TimeStampedModel):
    consultation = models.ForeignKey(
        "consultations.Consultation",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="recommendations",
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("recommendation"))
    delivered_on = models.DateField(_("delivered on"), null=True, blank=True)
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("acknowledged by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    city_response = models.CharField(
        _("city's response"), max_length=20, choices=CityResponse.choices, blank=True, default=""
    )
    city_response_detail = models.TextField(
        _("how adapted / why not applicable"),
        blank=True,
        help_text=_("Required when the city adapts the recommendation or finds it not applicable."),
    )

    class Meta:
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                name="recommendation_acknowledged_only_when_delivered",
                condition=Q(acknowledged_at__isnull=True) | Q(delivered_on__isnull=False),
            ),
            models.CheckConstraint(
                name="recommendation_response_explained",
                condition=Q(city_response__in=["", "accepted"]) | ~Q(city_response_detail=""),
            ),
        ]

    def __str__(self) -> str:
        return self.title
