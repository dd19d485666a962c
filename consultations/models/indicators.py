from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel


class OutcomeIndicator(TimeStampedModel):
    consultation = models.ForeignKey(
        "consultations.Consultation",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="indicators",
    )
    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(_("unit"), max_length=40)
    baseline = models.DecimalField(_("baseline"), max_digits=16, decimal_places=4, null=True, blank=True)
    target = models.DecimalField(_("target"), max_digits=16, decimal_places=4, null=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("outcome indicator")
        verbose_name_plural = _("outcome indicators")
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["consultation", "name"], name="indicator_name_unique_per_case")]

    def __str__(self) -> str:
        return f"{self.name} ({self.unit})"


class IndicatorMeasurement(TimeStampedModel):
    indicator = models.ForeignKey(
        OutcomeIndicator, verbose_name=_("indicator"), on_delete=models.CASCADE, related_name="measurements"
    )
    measured_on = models.DateField(_("measured on"))
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=4)
    source = models.CharField(_("source"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        ordering = ["measured_on", "id"]
        constraints = [models.UniqueConstraint(fields=["indicator", "measured_on"], name="measurement_once_per_day")]

    def __str__(self) -> str:
        return f"{self.value} ({self.measured_on})"
