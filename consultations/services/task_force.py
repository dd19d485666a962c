"""Forming a consultation's task force."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from accounts.roles import Role, is_staff_member
from consultations.models import Consultation, TaskForceMember, TaskForceRole
from consultations.models.team import EXPERT_ROLES
from consultations.services.automation import request_auto_advance
from core.audit import acting_as
from core.errors import ApplicationError, PermissionDeniedError
from core.outbox import record_event


def task_force_assign(*, consultation: Consultation, actor, role: str, expert=None, user=None) -> TaskForceMember:
    """Add a person to the task force; the case moves on by itself once it has its leads."""
    if actor is not None and not is_staff_member(actor):
        raise PermissionDeniedError(_("Only SMG staff can form a task force."))
    if role not in TaskForceRole.values:
        raise ApplicationError(_("Unknown task-force role."), code="invalid_role")
    if role in EXPERT_ROLES and expert is None:
        raise ApplicationError(_("Choose an expert from the pool for this role."), code="expert_required")
    if role not in EXPERT_ROLES:
        if user is None:
            raise ApplicationError(_("Choose a staff member for this role."), code="user_required")
        if user.role not in (Role.SMG_STAFF, Role.SUSA_CONSULTANT) and not user.is_superuser:
            raise ApplicationError(_("Only SMG staff and SUSA consultants can take this role."), code="not_staff")
    try:
        with acting_as(actor), transaction.atomic():
            member = TaskForceMember.objects.create(
                consultation=consultation,
                role=role,
                expert=expert if role in EXPERT_ROLES else None,
                user=None if role in EXPERT_ROLES else user,
            )
            record_event(
                kind="task_force.assigned",
                consultation=consultation,
                actor=actor,
                payload={"member": member.pk, "role": role},
            )
            if consultation.auto_advance:
                request_auto_advance(consultation)
    except IntegrityError as duplicate:
        raise ApplicationError(
            _("This person is already on the task force, or the role can be held only once."), code="duplicate_member"
        ) from duplicate
    return member
