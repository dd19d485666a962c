"""Who may see which consultation, and in which role a user acts on one.

Every reader (portal views, API viewsets, downloads, exports, notification recipients and the admin:
see accounts/admin_access.py) goes through these, so a list and a detail can never disagree. A task-force
seat gives access from its assignment until its `released_on` date (TaskForceMember.objects.active()).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet

from accounts.roles import SYSTEM, Role, is_city_official, is_consultant, is_staff_member
from consultations.models import (
    CommitmentStatus,
    Consultation,
    Document,
    FundingCommitment,
    Message,
    TaskForceMember,
    Visibility,
)


def _seats(user) -> QuerySet[TaskForceMember]:
    """The task-force seats `user` holds now, in the capacity their role gives them (released ones never count)."""
    seats = TaskForceMember.objects.active()
    if is_consultant(user):
        return seats.filter(user=user)
    if user.role == Role.EXPERT:
        return seats.filter(expert__user=user)
    return seats.none()


def is_team_role(user) -> bool:
    """Roles that see a case through a task-force seat."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and not is_staff_member(user)
        and (is_consultant(user) or user.role == Role.EXPERT)
    )


def consultations_visible_to(user) -> QuerySet[Consultation]:
    queryset = Consultation.objects.all()
    if is_staff_member(user):
        return queryset
    if user is None or not user.is_authenticated or not user.is_active:
        return queryset.filter(is_published=True)
    if is_city_official(user):
        return queryset.filter(city_id=user.city_id)
    if is_team_role(user):
        # A subquery, not a join: no DISTINCT, and released seats drop out the day they end.
        return queryset.filter(Exists(_seats(user).filter(consultation=OuterRef("pk"))))
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
    documents = consultation.documents.filter(archived_at__isnull=True)
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


# --- What of a case's work a reader sees: one answer for the portal's case page and the API ---------------

# Funding the city is told about: promised or paid. Pledges are SMG's and SUSA's negotiation with funders.
CITY_COMMITMENT_STATUSES = (CommitmentStatus.COMMITTED, CommitmentStatus.DISBURSED)


@dataclass(frozen=True)
class CaseParts:
    """The parts of a case's work a reader sees (documents and messages: the selectors above).

    Decided with the domain (docs/domain.md): the city follows its case and works with SMG on it, so it
    sees its own request (budget notes included), the current task force, the activities, the site visits'
    dates, places and people, the funding committed or disbursed and the outcome indicators. It does not see
    what SMG, SUSA and the task force write for themselves: the site-visit findings (the field survey's
    working notes; the city receives the site-visit report when staff share it as a document), funding still
    being negotiated (pledges), SMG's evaluation of the case, or who was released from the task force.
    """

    task_force: QuerySet[TaskForceMember]
    funding_commitments: QuerySet[FundingCommitment]
    internal: bool  # site-visit findings and the evaluation summary

    @property
    def hidden_case_fields(self) -> frozenset[str]:
        return frozenset() if self.internal else frozenset({"evaluation_summary"})

    @property
    def hidden_site_visit_fields(self) -> frozenset[str]:
        return frozenset() if self.internal else frozenset({"findings"})


def case_parts_for(user) -> CaseParts:
    """What `user` reads of the work on the cases visible to them (the same for each of those cases)."""
    if is_staff_member(user) or is_team_role(user):
        return CaseParts(TaskForceMember.objects.all(), FundingCommitment.objects.all(), internal=True)
    return CaseParts(
        TaskForceMember.objects.active(),
        FundingCommitment.objects.filter(status__in=CITY_COMMITMENT_STATUSES),
        internal=False,
    )


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
    if is_team_role(user) and _seats(user).filter(consultation=consultation).exists():
        return {Role.SUSA_CONSULTANT} if is_consultant(user) else {Role.EXPERT}
    return set()


def team_filter(user) -> Q:
    """Q over consultations for the cases `user` works on now, through a current seat of their own."""
    seats = TaskForceMember.objects.active().held_by(user)
    return Q(Exists(seats.filter(consultation=OuterRef("pk"))))


# --- The admin: which rows of the case and its records a role may see, and which fields it may change -----

# Where each record of a case points to its case. Anyone who may see the case in the admin (SMG staff, its
# current task force) may see these records, internal documents and notes included: the admin is never
# opened by a city.
CASE_RECORD_PATHS: dict[str, str] = {
    "consultations.consultation": "pk",
    "consultations.taskforcemember": "consultation",
    "consultations.activity": "consultation",
    "consultations.sitevisit": "consultation",
    "consultations.document": "consultation",
    "consultations.recommendation": "consultation",
    "consultations.fundingassessment": "consultation",
    "consultations.fundingcommitment": "consultation",
    "consultations.outcomeindicator": "consultation",
    "consultations.indicatormeasurement": "indicator__consultation",
    "consultations.message": "consultation",
    "consultations.stagetransition": "consultation",
    "consultations.companyrole": "consultation",
}

# What a SUSA consultant may change on a case they work on, in the admin. The rest stays with SMG staff:
# the city and the request's identity (city, title, contacts), the track (decided at screening), automation,
# publication (public summary, published flag) and archiving. Experts change nothing in the admin (they
# write through the portal), cities never open it.
CONSULTANT_CASE_FIELDS = frozenset(
    {
        "challenge",
        "expected_outcomes",
        "sectors",
        "sdgs",
        "policy_modules",
        "companies",
        "budget_notes",
        "evaluation_summary",
        "lessons_learned",
    }
)


def case_fields_writable_by(user) -> frozenset[str] | None:
    """The case fields `user` may change in the admin; None means every field the form offers (SMG staff)."""
    if is_staff_member(user):
        return None
    if is_consultant(user):
        return CONSULTANT_CASE_FIELDS
    return frozenset()


def case_records_visible_to(user, queryset: QuerySet) -> QuerySet:
    """`queryset` (cases, or records of cases: see CASE_RECORD_PATHS) narrowed to the cases `user` works on.

    SMG staff: everything (the very queryset); a consultant or expert: the cases they hold a current seat
    on; anyone else: nothing (the admin's readers; the portal and the API use the selectors above).
    """
    if is_staff_member(user):
        return queryset
    if not is_team_role(user):
        return queryset.none()
    path = CASE_RECORD_PATHS[queryset.model._meta.label_lower]
    case_ref = OuterRef("pk") if path == "pk" else OuterRef(path)
    return queryset.filter(Exists(_seats(user).filter(consultation=case_ref)))


def log_entries_visible_to(user, queryset: QuerySet) -> QuerySet:
    """Audit-log entries about records `user` may see in the admin: everything for SMG staff; the cases a
    consultant or expert works on and their records for them; nothing for anyone else.

    Entries about reference data (cities, experts, users, ...) stay with staff: their changes carry fields
    (notes, e-mail addresses) that only staff read.
    """
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    if is_staff_member(user):
        return queryset
    if not is_team_role(user):
        return queryset.none()
    condition = Q(pk__in=[])
    for label in CASE_RECORD_PATHS:
        model = apps.get_model(label)
        visible = case_records_visible_to(user, model._default_manager.all()).values("pk")
        condition |= Q(content_type=ContentType.objects.get_for_model(model), object_id__in=visible)
    return queryset.filter(condition)
