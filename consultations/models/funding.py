from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import ArchivableModel, TimeStampedModel
from funding.models import CURRENCIES, CURRENCY_CODES


class CommitmentStatus(models.TextChoices):
    PLEDGED = "pledged", _("Pledged")
    COMMITTED = "committed", _("Committed")
    DISBURSED = "disbursed", _("Disbursed")


class FundingCommitment(ArchivableModel, TimeStampedModel):
    consultation = models.ForeignKey(
        "consultations.Consultation",
        verbose_name=_("consultation"),
        on_delete=models.PROTECT,
        related_name="funding_commitments",
    )
    source = models.ForeignKey(
        "funding.FundingSource", verbose_name=_("funding source"), on_delete=models.PROTECT, related_name="commitments"
    )
    company = models.ForeignKey(
        "funding.Company",
        verbose_name=_("company"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="commitments",
    )
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES, default="EUR")
    status = models.CharField(
        _("status"), max_length=10, choices=CommitmentStatus.choices, default=CommitmentStatus.PLEDGED, db_index=True
    )
    committed_on = models.DateField(_("date"), db_index=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("funding commitment")
        verbose_name_plural = _("funding commitments")
        ordering = ["-committed_on", "-id"]
        constraints = [
            models.CheckConstraint(name="commitment_amount_positive", condition=Q(amount__gt=0)),
            models.CheckConstraint(name="commitment_status_valid", condition=Q(status__in=CommitmentStatus.values)),
            models.CheckConstraint(name="commitment_currency_valid", condition=Q(currency__in=CURRENCY_CODES)),
        ]

    def __str__(self) -> str:
        return f"{self.amount} {self.currency} ({self.source})"


class FundingAssessment(TimeStampedModel):
    """The funding track's evaluation of in-house and external funding."""

    consultation = models.OneToOneField(
        "consultations.Consultation",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="funding_assessment",
    )
    in_house_capacity = models.TextField(_("in-house funding capacity"))
    external_options = models.TextField(_("external funding options"), blank=True)
    recommended_sources = models.ManyToManyField(
        "funding.FundingSource", verbose_name=_("recommended sources"), blank=True, related_name="+"
    )
    estimated_need = models.DecimalField(
        _("estimated funding need"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES, default="EUR")
    assessed_on = models.DateField(_("assessed on"))
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assessed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("funding assessment")
        verbose_name_plural = _("funding assessments")
        constraints = [
            models.CheckConstraint(
                name="assessment_need_not_negative", condition=Q(estimated_need__isnull=True) | Q(estimated_need__gte=0)
            ),
            models.CheckConstraint(name="assessment_currency_valid", condition=Q(currency__in=CURRENCY_CODES)),
        ]

    def __str__(self) -> str:
        return str(_("Funding assessment of %(consultation)s") % {"consultation": self.consultation_id})
