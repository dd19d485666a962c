from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel


class ProposalStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted")
    DISCARDED = "discarded", _("Discarded")


class ProposalRole(models.TextChoices):
    LEAD_EXPERT = "lead_expert", _("Lead expert")
    EXPERT = "expert", _("Expert")


class TaskForceProposal(TimeStampedModel):
    """Experts proposed for one or more cases by the optimiser; nothing is assigned until staff accept it."""

    status = models.CharField(
        _("status"), max_length=10, choices=ProposalStatus.choices, default=ProposalStatus.PROPOSED, db_index=True
    )
    consultations = models.ManyToManyField(
        "consultations.Consultation", verbose_name=_("consultations"), related_name="task_force_proposals"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed for"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted or discarded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("accepted or discarded at"), null=True, blank=True)
    total_fit = models.FloatField(_("total fit"), default=0)
    solver_status = models.CharField(_("solver status"), max_length=30, blank=True)
    solve_seconds = models.FloatField(_("solve time (seconds)"), default=0)
    problems = models.JSONField(
        _("cases that could not be staffed"), default=list, blank=True, help_text=_("[{consultation, message}]")
    )

    class Meta:
        verbose_name = _("task-force proposal")
        verbose_name_plural = _("task-force proposals")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(name="proposal_status_valid", condition=Q(status__in=ProposalStatus.values)),
        ]

    def __str__(self) -> str:
        return str(_("Task-force proposal #%(id)s") % {"id": self.pk})


class ProposedMember(models.Model):
    proposal = models.ForeignKey(
        TaskForceProposal, verbose_name=_("proposal"), on_delete=models.CASCADE, related_name="members"
    )
    consultation = models.ForeignKey(
        "consultations.Consultation", verbose_name=_("consultation"), on_delete=models.CASCADE, related_name="+"
    )
    expert = models.ForeignKey("experts.Expert", verbose_name=_("expert"), on_delete=models.CASCADE, related_name="+")
    role = models.CharField(_("role"), max_length=20, choices=ProposalRole.choices)
    score = models.FloatField(_("fit"), default=0)
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)

    class Meta:
        verbose_name = _("proposed member")
        verbose_name_plural = _("proposed members")
        ordering = ["proposal", "consultation", "role", "-score"]
        constraints = [
            models.CheckConstraint(name="proposed_member_role_valid", condition=Q(role__in=ProposalRole.values)),
            models.UniqueConstraint(
                fields=["proposal", "consultation", "expert"], name="proposed_member_once_per_case"
            ),
            models.UniqueConstraint(
                fields=["proposal", "consultation"],
                condition=Q(role="lead_expert"),
                name="proposed_member_one_lead_per_case",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.expert} ({self.get_role_display()})"
