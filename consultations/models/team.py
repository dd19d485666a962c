import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import ArchivableModel, ArchivableQuerySet, TimeStampedModel


class TaskForceRole(models.TextChoices):
    SMG_LEAD = "smg_lead", _("SMG lead")
    SUSA_COORDINATOR = "susa_coordinator", _("SUSA coordinator")
    LEAD_EXPERT = "lead_expert", _("Lead expert")
    EXPERT = "expert", _("Expert")


EXPERT_ROLES = [TaskForceRole.LEAD_EXPERT, TaskForceRole.EXPERT]
STAFF_ROLES = [TaskForceRole.SMG_LEAD, TaskForceRole.SUSA_COORDINATOR]


def active_membership_q(prefix: str = "", on: datetime.date | None = None) -> Q:
    """THE definition of a current task-force seat: not archived, and not released or released only from a
    future date on.

    A member released today (or earlier) has lost the seat, and with it every access the seat gave.
    `prefix` reaches the seats from another model, e.g. "task_force__" from a consultation or
    "assignments__" from an expert.
    """
    on = on or timezone.localdate()
    return Q(**{f"{prefix}archived_at__isnull": True}) & (
        Q(**{f"{prefix}released_on__isnull": True}) | Q(**{f"{prefix}released_on__gt": on})
    )


class TaskForceMemberQuerySet(ArchivableQuerySet):
    def active(self, on: datetime.date | None = None) -> "TaskForceMemberQuerySet":
        """Seats held now (see `active_membership_q`)."""
        return self.filter(active_membership_q(on=on))

    def held_by(self, user) -> "TaskForceMemberQuerySet":
        """Seats of `user`, as a staff member (SMG lead, SUSA coordinator) or through their expert profile."""
        return self.filter(Q(user=user) | Q(expert__user=user))


class TaskForceMemberManager(models.Manager.from_queryset(TaskForceMemberQuerySet)):
    """`TaskForceMember.objects`: seats not archived (released ones included: they are the case's history)."""

    def get_queryset(self):
        return super().get_queryset().filter(archived_at__isnull=True)


class TaskForceMember(ArchivableModel, TimeStampedModel):
    consultation = models.ForeignKey(
        "consultations.Consultation",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="task_force",
    )
    role = models.CharField(_("role"), max_length=20, choices=TaskForceRole.choices)
    expert = models.ForeignKey(
        "experts.Expert",
        verbose_name=_("expert"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="task_force_memberships",
    )
    assigned_on = models.DateField(_("assigned on"), auto_now_add=True)
    released_on = models.DateField(_("released on"), null=True, blank=True)

    all_objects = models.Manager.from_queryset(TaskForceMemberQuerySet)()
    objects = TaskForceMemberManager()

    class Meta:
        verbose_name = _("task-force member")
        verbose_name_plural = _("task force")
        ordering = ["consultation", "role"]
        constraints = [
            models.CheckConstraint(name="task_force_role_valid", condition=Q(role__in=TaskForceRole.values)),
            models.CheckConstraint(
                name="task_force_expert_roles_name_an_expert",
                condition=(Q(role__in=EXPERT_ROLES) & Q(expert__isnull=False) & Q(user__isnull=True))
                | (Q(role__in=STAFF_ROLES) & Q(user__isnull=False) & Q(expert__isnull=True)),
            ),
            models.UniqueConstraint(
                fields=["consultation", "expert"],
                condition=Q(expert__isnull=False, archived_at__isnull=True),
                name="task_force_expert_once",
            ),
            models.UniqueConstraint(
                fields=["consultation", "user"],
                condition=Q(user__isnull=False, archived_at__isnull=True),
                name="task_force_user_once",
            ),
            models.UniqueConstraint(
                fields=["consultation"],
                condition=Q(role=TaskForceRole.LEAD_EXPERT, archived_at__isnull=True),
                name="task_force_one_lead_expert",
            ),
            models.UniqueConstraint(
                fields=["consultation"],
                condition=Q(role=TaskForceRole.SMG_LEAD, archived_at__isnull=True),
                name="task_force_one_smg_lead",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member_name} ({self.get_role_display()})"

    @property
    def is_active(self) -> bool:
        return self.released_on is None or self.released_on > timezone.localdate()

    @property
    def member_name(self) -> str:
        return str(self.expert or self.user or "")
