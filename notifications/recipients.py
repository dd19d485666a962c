"""Who hears about an event.

Each kind names its audiences; every candidate is then checked through `consultations.access`
(the one permission layer), so a city official never hears of an internal note or an internal
document, and nobody hears of a case they cannot open. The person who acted is not notified.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q

from accounts.roles import Role
from consultations.access import consultations_visible_to, documents_visible_to, messages_visible_to
from consultations.models import TaskForceMember, TaskForceRole
from core.models import OutboxEvent
from notifications import kinds
from notifications.account_emails import EMAIL_ONLY_KINDS, account_recipients

OFFICIALS = "officials"  # the city's officials
TEAM = "team"  # the task force (staff members and experts with an account)
RESPONSIBLE = "responsible"  # SMG lead and SUSA coordinator; all SMG staff while the case has no lead
ALL_STAFF = "all_staff"
DIVISION_HEAD = "division_head"
NEW_MEMBER = "new_member"  # the person just assigned to the task force

AUDIENCES: dict[str, tuple[str, ...]] = {
    kinds.SUBMITTED: (OFFICIALS, ALL_STAFF),
    kinds.REQUEST_INCOMPLETE: (OFFICIALS, RESPONSIBLE),
    kinds.STAGE_CHANGED: (OFFICIALS, TEAM, RESPONSIBLE),
    kinds.DECLINED: (OFFICIALS, TEAM, RESPONSIBLE),
    kinds.CLOSED: (OFFICIALS, TEAM, RESPONSIBLE),
    kinds.PUT_ON_HOLD: (OFFICIALS, TEAM, RESPONSIBLE),
    kinds.RESUMED: (OFFICIALS, TEAM, RESPONSIBLE),
    kinds.WITHDRAWN: (OFFICIALS, TEAM, RESPONSIBLE),
    kinds.TASK_FORCE_ASSIGNED: (NEW_MEMBER, RESPONSIBLE),
    kinds.MESSAGE_POSTED: (OFFICIALS, TEAM, RESPONSIBLE),
    kinds.INFORMATION_REQUESTED: (OFFICIALS, RESPONSIBLE),
    kinds.DOCUMENT_SHARED: (OFFICIALS, TEAM, RESPONSIBLE),
    kinds.RECOMMENDATION_ACKNOWLEDGED: (TEAM, RESPONSIBLE),
    kinds.OVERDUE: (RESPONSIBLE,),
    kinds.ESCALATED: (DIVISION_HEAD, RESPONSIBLE),
    kinds.HOLD_CHECK_IN: (OFFICIALS, RESPONSIBLE),
    kinds.MEASUREMENT_REPORTED: (RESPONSIBLE,),
    kinds.MEASUREMENT_REVIEWED: (OFFICIALS,),
    kinds.MEASUREMENT_DUE: (OFFICIALS,),
}


# The audiences a person of each role can belong to (SMG staff can be in every one of them).
ROLE_AUDIENCES: dict[str, frozenset[str]] = {
    Role.CITY_OFFICIAL: frozenset({OFFICIALS}),
    Role.SMG_STAFF: frozenset({TEAM, RESPONSIBLE, ALL_STAFF, DIVISION_HEAD, NEW_MEMBER}),
    Role.SUSA_CONSULTANT: frozenset({TEAM, RESPONSIBLE, NEW_MEMBER}),
    Role.EXPERT: frozenset({TEAM, NEW_MEMBER}),
}


def kinds_reaching(user) -> list[str]:
    """The kinds of event that can ever reach `user` (by their role), in the order of `kinds.EVENT_KINDS`."""
    if user.is_superuser:
        return [kind.key for kind in kinds.EVENT_KINDS]
    audiences = ROLE_AUDIENCES.get(user.role, frozenset())
    reaching = []
    for kind in kinds.EVENT_KINDS:
        if kind.key == kinds.ACCESS_REQUESTED:
            if user.role == Role.SMG_STAFF:
                reaching.append(kind.key)
        elif audiences & set(AUDIENCES.get(kind.key, (TEAM, RESPONSIBLE))):
            reaching.append(kind.key)
    return reaching


def recipients_for(event: OutboxEvent) -> list:
    """The users to notify of `event`, each at most once, ordered by id."""
    if event.kind in EMAIL_ONLY_KINDS:
        return account_recipients(event)
    User = get_user_model()
    if event.kind == kinds.ACCESS_REQUESTED:
        return list(User.objects.filter(_staff_q(), is_active=True).select_related("city").order_by("id"))
    case = event.consultation
    if case is None:
        return []
    audiences = AUDIENCES.get(event.kind, (TEAM, RESPONSIBLE))
    condition = Q(pk__in=[])
    members = list(TaskForceMember.objects.active().filter(consultation=case).select_related("expert"))
    for audience in audiences:
        condition |= _audience_q(audience, event, case, members)
    users = User.objects.filter(condition, is_active=True).select_related("city").distinct().order_by("id")
    if event.actor_id is not None:
        users = users.exclude(pk=event.actor_id)
    return [user for user in users if _may_hear(user, event, case)]


def _audience_q(audience: str, event: OutboxEvent, case, members: list[TaskForceMember]) -> Q:
    if audience == OFFICIALS:
        return Q(role=Role.CITY_OFFICIAL, city_id=case.city_id)
    if audience == TEAM:
        ids = {m.user_id for m in members if m.user_id} | {m.expert.user_id for m in members if m.expert_id}
        return Q(pk__in=[pk for pk in ids if pk])
    if audience == RESPONSIBLE:
        leads = [m.user_id for m in members if m.role in (TaskForceRole.SMG_LEAD, TaskForceRole.SUSA_COORDINATOR)]
        if not any(m.role == TaskForceRole.SMG_LEAD for m in members):
            return Q(pk__in=leads) | _staff_q()
        return Q(pk__in=leads)
    if audience == ALL_STAFF:
        return _staff_q()
    if audience == DIVISION_HEAD:
        address = (settings.DIVISION_HEAD_EMAIL or "").strip()
        if address:
            return Q(email__iexact=address)
        return _staff_q()
    if audience == NEW_MEMBER:
        member = next((m for m in members if m.pk == (event.payload or {}).get("member")), None)
        if member is None:
            return Q(pk__in=[])
        return Q(pk__in=[pk for pk in (member.user_id, member.expert.user_id if member.expert_id else None) if pk])
    raise ValueError(f"unknown audience {audience!r}")


def _staff_q() -> Q:
    return Q(role=Role.SMG_STAFF) | Q(is_superuser=True)


def _may_hear(user, event: OutboxEvent, case) -> bool:
    if not consultations_visible_to(user).filter(pk=case.pk).exists():
        return False
    payload = event.payload or {}
    if event.kind in (kinds.MESSAGE_POSTED, kinds.INFORMATION_REQUESTED) and payload.get("message"):
        return messages_visible_to(user, case).filter(pk=payload["message"]).exists()
    if event.kind == kinds.DOCUMENT_SHARED and payload.get("document"):
        return documents_visible_to(user, case).filter(pk=payload["document"]).exists()
    return True
