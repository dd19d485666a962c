"""The staff workspace's matching pages: waiting cases, a case's matches, proposals (create, edit, accept).

Thin views: they call the selectors and services; SMG staff write, SUSA consultants read their cases' matches.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from accounts.roles import is_staff_member
from core.errors import ApplicationError
from dashboard.views import staff_workspace
from experts.models import Expert
from matching import selectors, services
from matching.models import ProposalRole, ProposalStatus


def _require_staff(request) -> None:
    if not is_staff_member(request.user):
        raise PermissionDenied(_("Only SMG staff can propose and accept task forces."))


def _next(request, fallback):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return fallback


@staff_workspace
@require_GET
def overview(request):
    _require_staff(request)
    context = {
        **admin.site.each_context(request),
        "title": _("Task-force matching"),
        "cases": list(selectors.waiting_cases()),
        "proposals": list(selectors.proposals_visible_to(request.user)[:20]),
    }
    return render(request, "matching/overview.html", context)


@staff_workspace
@require_GET
def case_matches(request, pk: int):
    consultation = selectors.consultation_for_matching(viewer=request.user, pk=pk)
    matches = selectors.consultation_matches(consultation=consultation, viewer=request.user)
    context = {
        **admin.site.each_context(request),
        "title": _("Matches for “%(case)s”") % {"case": consultation.title},
        "consultation": consultation,
        "policies": matches["policies"],
        "experts": matches["experts"],
        "can_propose": is_staff_member(request.user) and consultation.stage in selectors.WAITING_STAGES,
    }
    return render(request, "matching/case_matches.html", context)


@staff_workspace
@require_POST
def proposal_create(request):
    _require_staff(request)
    ids = [int(value) for value in request.POST.getlist("consultations") if value.isdigit() and len(value) < 19]
    try:
        proposal = services.task_force_proposal_create(
            consultations=ids or None, actor=request.user, experts_per_case=1
        )
    except ApplicationError as refused:
        messages.error(request, refused.message)
        return _next(request, redirect("matching:overview"))
    messages.success(request, _("Task forces proposed. Check them, change them if needed, and accept."))
    return _next(request, redirect("matching:proposal", pk=proposal.pk))


def _proposal(request, pk: int):
    _require_staff(request)
    return get_object_or_404(selectors.proposals_visible_to(request.user), pk=pk)


@staff_workspace
@require_GET
def proposal_detail(request, pk: int):
    proposal = _proposal(request, pk)
    members = list(proposal.members.all())
    cases = []
    for consultation in proposal.consultations.all():
        mine = sorted(
            (member for member in members if member.consultation_id == consultation.pk),
            key=lambda member: (member.role != ProposalRole.LEAD_EXPERT, -member.score),
        )
        problem = next((p["message"] for p in proposal.problems if p["consultation"] == consultation.pk), "")
        cases.append({"consultation": consultation, "members": mine, "problem": problem})
    context = {
        **admin.site.each_context(request),
        "title": str(proposal),
        "proposal": proposal,
        "cases": cases,
        "open": proposal.status == ProposalStatus.PROPOSED,
        "violations": services.proposal_violations(proposal) if proposal.status == ProposalStatus.PROPOSED else [],
        "experts": Expert.objects.filter(is_active=True).order_by("name"),
        "roles": ProposalRole.choices,
    }
    return render(request, "matching/proposal.html", context)


@staff_workspace
@require_POST
def proposal_member_set(request, pk: int):
    proposal = _proposal(request, pk)
    consultation = proposal.consultations.filter(pk=request.POST.get("consultation") or 0).first()
    expert = (
        Expert.objects.filter(pk=request.POST.get("expert") or 0).first()
        if request.POST.get("expert", "").isdigit()
        else None
    )
    if consultation is None or expert is None:
        messages.error(request, _("Choose a case of this proposal and an expert."))
    else:
        try:
            services.task_force_proposal_set_member(
                proposal=proposal,
                actor=request.user,
                consultation=consultation,
                expert=expert,
                role=request.POST.get("role", ""),
            )
        except ApplicationError as refused:
            messages.error(request, refused.message)
    return redirect("matching:proposal", pk=proposal.pk)


@staff_workspace
@require_POST
def proposal_member_remove(request, pk: int, member_pk: int):
    proposal = _proposal(request, pk)
    try:
        services.task_force_proposal_remove_member(proposal=proposal, actor=request.user, member_id=member_pk)
    except ApplicationError as refused:
        messages.error(request, refused.message)
    return redirect("matching:proposal", pk=proposal.pk)


@staff_workspace
@require_POST
def proposal_accept(request, pk: int):
    proposal = _proposal(request, pk)
    try:
        assigned = services.task_force_proposal_accept(proposal=proposal, actor=request.user)
    except ApplicationError as refused:
        messages.error(request, refused.message)
        return _next(request, redirect("matching:proposal", pk=proposal.pk))
    messages.success(request, _("%(count)d task-force member(s) assigned.") % {"count": len(assigned)})
    return _next(request, redirect("matching:proposal", pk=proposal.pk))


@staff_workspace
@require_POST
def proposal_discard(request, pk: int):
    proposal = _proposal(request, pk)
    try:
        services.task_force_proposal_discard(proposal=proposal, actor=request.user)
    except ApplicationError as refused:
        messages.error(request, refused.message)
    return _next(request, redirect("matching:overview"))
