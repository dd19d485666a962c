from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import ArchivableModel, TimeStampedModel


class CompanyRoleKind(models.TextChoices):
    CONSULTANT = "consultant", _("Consultant")
    BIDDER = "bidder", _("Bidder")
    IMPLEMENTER = "implementer", _("Implementer")
    OPERATOR = "operator", _("Operator")
    PPP_PARTNER = "ppp_partner", _("PPP partner")


class BidOutcome(models.TextChoices):
    WON = "won", _("Won")
    LOST = "lost", _("Lost")
    PENDING = "pending", _("Pending")


class CompanyRole(ArchivableModel, TimeStampedModel):
    """What a company did on a case, and when: the project references Seoul's businesses gain abroad."""

    consultation = models.ForeignKey(
        "consultations.Consultation",
        verbose_name=_("consultation"),
        on_delete=models.PROTECT,
        related_name="company_roles",
    )
    company = models.ForeignKey(
        "funding.Company", verbose_name=_("company"), on_delete=models.PROTECT, related_name="roles"
    )
    role = models.CharField(_("role"), max_length=12, choices=CompanyRoleKind.choices, db_index=True)
    started_on = models.DateField(_("from"), null=True, blank=True)
    ended_on = models.DateField(_("until"), null=True, blank=True)
    bid_outcome = models.CharField(
        _("bid outcome"), max_length=8, choices=BidOutcome.choices, blank=True, help_text=_("For bidders.")
    )
    description = models.TextField(_("what the company did"), blank=True)

    class Meta:
        verbose_name = _("company role")
        verbose_name_plural = _("company roles")
        ordering = ["consultation", "started_on", "id"]
        constraints = [
            models.CheckConstraint(name="company_role_kind_valid", condition=Q(role__in=CompanyRoleKind.values)),
            models.CheckConstraint(
                name="company_role_bid_outcome_valid", condition=Q(bid_outcome__in=[*BidOutcome.values, ""])
            ),
            models.CheckConstraint(
                name="company_role_dates_ordered",
                condition=Q(started_on__isnull=True)
                | Q(ended_on__isnull=True)
                | Q(ended_on__gte=models.F("started_on")),
            ),
            models.UniqueConstraint(
                fields=["consultation", "company", "role"],
                condition=Q(archived_at__isnull=True),
                name="company_role_once_per_case",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.company_id and self.company} · {self.get_role_display()}"
