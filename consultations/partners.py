"""Reads about companies and their project references, scoped to the viewer (consultations.access)."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Prefetch, QuerySet

from consultations.access import consultations_visible_to
from consultations.models import CompanyRole
from funding.models import Company, NetworkMember


def company_roles_visible_to(user) -> QuerySet[CompanyRole]:
    """Roles on the cases the viewer may see (published cases for the public), in use only."""
    return (
        CompanyRole.objects.filter(consultation__in=consultations_visible_to(user).values("pk"))
        .select_related("consultation__city")
        .order_by("consultation__submitted_at", "consultation_id", "started_on", "id")
    )


def companies_for(user, *, filters: dict | None = None) -> QuerySet[Company]:
    """Companies in use with their sectors, network membership and the roles the viewer may see.

    Filters: `sector` (key), `role` (a CompanyRoleKind, on a visible case), `is_sme`, `network_member`.
    """
    filters = filters or {}
    roles = company_roles_visible_to(user)
    membership = NetworkMember.objects.filter(company=OuterRef("pk"))
    companies = (
        Company.objects.annotate(in_network=Exists(membership))
        .select_related("network_membership")
        .prefetch_related("sectors", Prefetch("roles", queryset=roles, to_attr="visible_roles"))
    )
    if filters.get("sector"):
        companies = companies.filter(sectors__key=filters["sector"])
    if filters.get("role"):
        companies = companies.filter(pk__in=roles.filter(role=filters["role"]).values("company_id"))
    if filters.get("is_sme") is not None:
        companies = companies.filter(is_sme=filters["is_sme"])
    if filters.get("network_member") is not None:
        companies = companies.filter(in_network=filters["network_member"])
    return companies.distinct().order_by("name")
