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

    class Meta:
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        ordering = ["measured_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "measured_on"],
                condition=Q(archived_at__isnull=True),
                name="measurement_once_per_day",
            ),
            models.CheckConstraint(name="measurement_status_valid", condition=Q(status__in=MeasurementStatus.values)),
        ]

    def __str__(self) -> str:
        return f"{self.value} ({self.measured_on})"
