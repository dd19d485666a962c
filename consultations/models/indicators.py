from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import ArchivableModel, TimeStampedModel


class OutcomeIndicator(ArchivableModel, TimeStampedModel):
    consultation = models.ForeignKey(
        "consultations.Consultation",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="indicators",
    )
    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(_("unit"), max_length=40)
    baseline = models.DecimalField(_("baseline"), max_digits=16, decimal_places=4, null=True, blank=True)
    baseline_on = models.DateField(_("baseline date"), null=True, blank=True)
    target = models.DecimalField(_("target"), max_digits=16, decimal_places=4, null=True, blank=True)
    target_on = models.DateField(_("target date"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    reporting_interval_months = models.PositiveSmallIntegerField(
        _("reporting interval (months)"),
        null=True,
        blank=True,
        help_text=_("How often the city reports a measurement during follow-up; empty: no reminders."),
    )
    # The due date the city was last reminded of (one reminder per due period).
    reminded_for_due_on = models.DateField(_("reminded for due date"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("outcome indicator")
        verbose_name_plural = _("outcome indicators")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "name"],
                condition=Q(archived_at__isnull=True),
                name="indicator_name_unique_per_case",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.unit})"


class MeasurementStatus(models.TextChoices):
    """Whether a measurement counts. Staff's own measurements are accepted as they are recorded; a
    measurement reported by a city can wait for review (pending) or go back with a note (returned)."""

    PENDING = "pending", _("Waiting for review")
    ACCEPTED = "accepted", _("Accepted")
    RETURNED = "returned", _("Returned")


class IndicatorMeasurement(ArchivableModel, TimeStampedModel):
    indicator = models.ForeignKey(
        OutcomeIndicator, verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="measurements"
    )
    measured_on = models.DateField(_("measured on"))
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=4)
    source = models.CharField(_("source"), max_length=200, blank=True)
    note = models.TextField(_("note"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=MeasurementStatus.choices,
        default=MeasurementStatus.ACCEPTED,
        db_index=True,
    )
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    evidence = models.ForeignKey(
        "consultations.Document",
        verbose_name=_("evidence"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_note = models.TextField(_("review note"), blank=True)

    class Meta:
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        ordering = ["measured_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "measured_on"],
                # A returned measurement makes way for its corrected one.
                condition=Q(archived_at__isnull=True) & ~Q(status="returned"),
                name="measurement_once_per_day",
            ),
            models.CheckConstraint(name="measurement_status_valid", condition=Q(status__in=MeasurementStatus.values)),
            models.CheckConstraint(
                name="measurement_returned_with_note",
                condition=~Q(status="returned") | ~Q(review_note=""),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.value} ({self.measured_on})"
