"""Who may see which consultation, and in which role a user acts on one.

Every reader (portal views, API viewsets, downloads, exports, notification recipients) goes through
these, so a list and a detail can never disagree.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from accounts.roles import SYSTEM, Role, is_city_official, is_consultant, is_staff_member
from consultations.models import Consultation, Document, Message, Visibility


def consultations_visible_to(user) -> QuerySet[Consultation]:
    queryset = Consultation.objects.all()
    if is_staff_member(user):
        return queryset
    if user is None or not user.is_authenticated or not user.is_active:
        return queryset.filter(is_published=True)
    if is_city_official(user):
        return queryset.filter(city_id=user.city_id)
    if is_consultant(user):
        return queryset.filter(task_force__user=user).distinct()
    if user.role == Role.EXPERT:
        return queryset.filter(task_force__expert__user=user).distinct()
    return queryset.filter(is_published=True)


def works_on_cases(user) -> bool:
    """Staff, city officials and case-team members see full case records (of the cases visible to them)."""
    return (
        is_staff_member(user)
        or is_city_official(user)
        or is_consultant(user)
        or bool(user is not None and user.is_authenticated and user.is_active and user.role == Role.EXPERT)
    )


def can_see_internal(user, consultation: Consultation) -> bool:
    """Internal notes and documents are for SMG, SUSA and the task force, never for the city."""
    roles = roles_on(user, consultation)
    return bool(roles & {Role.SMG_STAFF, Role.SUSA_CONSULTANT, Role.EXPERT})


def documents_visible_to(user, consultation: Consultation) -> QuerySet[Document]:
    documents = consultation.documents.all()
    if can_see_internal(user, consultation):
        return documents
    if Role.CITY_OFFICIAL in roles_on(user, consultation):
        return documents.filter(visibility=Visibility.SHARED)
    return documents.none()


def messages_visible_to(user, consultation: Consultation) -> QuerySet[Message]:
    messages = consultation.messages.all()
    if can_see_internal(user, consultation):
        return messages
    if Role.CITY_OFFICIAL in roles_on(user, consultation):
        return messages.filter(is_internal=False)
    return messages.none()


def roles_on(user, consultation: Consultation) -> set[str]:
    """The roles in which `user` acts on this case; the system (no user) acts as SYSTEM."""
    if user is None:
        return {SYSTEM}
    if not user.is_authenticated or not user.is_active:
        return set()
    if is_staff_member(user):
        return {Role.SMG_STAFF}
    if is_city_official(user):
        return {Role.CITY_OFFICIAL} if user.city_id == consultation.city_id else set()
    if is_consultant(user) and consultation.task_force.filter(user=user).exists():
        return {Role.SUSA_CONSULTANT}
    if user.role == Role.EXPERT and consultation.task_force.filter(expert__user=user).exists():
        return {Role.EXPERT}
    return set()


def team_filter(user) -> Q:
    """Q over consultations for the cases `user` works on (used by dashboards and inbox recipients)."""
    return Q(task_force__user=user) | Q(task_force__expert__user=user)
