"""The staff workspace: the dashboard, the results report (page and CSV) and the experts' workload.

Thin views: parse the filters, call the selectors, render. SMG staff see every case; SUSA consultants
see the dashboard read-only over the cases `consultations.access` lets them see.
"""

from __future__ import annotations

import codecs
import csv
from functools import wraps

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.roles import is_consultant, is_staff_member
from consultations.results import initiative_results
from consultations.workload import expert_workload_list, workload_warnings
from core.export_jobs import export_job_start, export_jobs_of
from core.exports import EXPORT_FORMATS
from dashboard import selectors
from dashboard.forms import DashboardFilterForm
from dashboard.results import MONEY_KEYS, result_rows, result_rows_with_definitions
from notifications.selectors import failed_delivery_count


def staff_workspace(view):
    """SMG staff and SUSA consultants only; others are sent to the admin login or refused (403)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        if not (is_staff_member(user) or is_consultant(user)):
            raise PermissionDenied(_("The staff workspace is for SMG staff and SUSA consultants."))
        return view(request, *args, **kwargs)

    return wrapped


@staff_workspace
def dashboard(request):
    form = DashboardFilterForm(request.GET or None, years=selectors.available_years())
    status = 200
    if form.is_bound and not form.is_valid():
        filters = selectors.DashboardFilters()
        status = 400
    else:
        filters = form.filters() if form.is_bound else selectors.DashboardFilters()
    cases = selectors.filtered_cases(viewer=request.user, filters=filters)
    overdue_total, overdue = selectors.overdue_cases(cases)
    indicator_total, indicators = selectors.indicator_progress(cases)
    cities = selectors.partner_city_map(cases)
    context = {
        **admin.site.each_context(request),
        "title": _("Staff dashboard"),
        "form": form,
        "filters": filters,
        "funnel": selectors.stage_funnel(cases),
        "overdue_total": overdue_total,
        "overdue": overdue,
        "cities": cities,
        "mapped_cities": [city for city in cities if city.x is not None and city.y is not None],
        "funds": selectors.funds_by_source_and_status(cases),
        "fund_statuses": selectors.FUND_STATUSES,
        "training": selectors.officials_trained(filters),
        "indicator_total": indicator_total,
        "indicators": indicators,
        "read_only": not is_staff_member(request.user),
        "experts": _workload_rows(request.user),
        "limit": settings.EXPERT_MAX_ACTIVE_CASES,
        "failed_deliveries": failed_delivery_count(request.user),
    }
    return render(request, "dashboard/index.html", context, status=status)


@staff_workspace
def results_report(request):
    results = initiative_results()
    context = {
        **admin.site.each_context(request),
        "title": _("Results of the initiative"),
        "rows": result_rows(results),
        "rows_defined": result_rows_with_definitions(results),
        "money_keys": MONEY_KEYS,
        "results": results,
        "generated_at": timezone.now(),
    }
    return render(request, "dashboard/results.html", context)


@staff_workspace
def results_csv(request):
    results = initiative_results()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="policy-sharing-results-{stamp}.csv"'
    response.write(codecs.BOM_UTF8)  # every CSV starts with a byte-order mark, so spreadsheets read UTF-8
    writer = csv.writer(response)
    writer.writerow(["key", _("figure"), _("value"), _("definition")])
    for key, label, value, definition in result_rows_with_definitions(results):
        writer.writerow([key, label, value, definition])
    return response


def _workload_rows(viewer) -> list[tuple]:
    """(expert, warnings) for every active expert, busiest first (two queries); seats on cases `viewer` sees."""
    today = timezone.localdate()
    experts = sorted(expert_workload_list(viewer=viewer), key=lambda expert: (-expert.active_cases, expert.name))
    return [(expert, workload_warnings(expert, expert.active_cases, today)) for expert in experts]


@staff_workspace
def expert_workload(request):
    context = {
        **admin.site.each_context(request),
        "title": _("Experts' workload"),
        "experts": _workload_rows(request.user),
        "limit": settings.EXPERT_MAX_ACTIVE_CASES,
    }
    return render(request, "dashboard/experts.html", context)


@staff_workspace
@require_http_methods(["GET", "POST"])
def exports(request):
    """Background exports: start one of every case you may see, follow its progress, download the file."""
    if request.method == "POST":
        fmt = request.POST.get("format", "csv")
        if fmt not in EXPORT_FORMATS:
            return render(request, "dashboard/exports.html", _exports_context(request), status=400)
        export_job_start(actor=request.user, resource="consultations", params={}, fmt=fmt)
        return redirect("dashboard:exports")
    return render(request, "dashboard/exports.html", _exports_context(request))


def _exports_context(request) -> dict:
    jobs = list(export_jobs_of(request.user)[:20])
    return {
        **admin.site.each_context(request),
        "title": _("Exports"),
        "jobs": jobs,
        "in_progress": any(job.status in ("pending", "running") for job in jobs),
        "formats": list(EXPORT_FORMATS),
    }


@staff_workspace
def case_outcomes(request, pk: int):
    """One case's outcome indicators over time: the accepted measurements charted against baseline and target,
    every measurement (with its review status) in the table, and a link to the review queue."""
    from django.shortcuts import get_object_or_404

    from consultations.access import consultations_visible_to
    from consultations.outcomes import indicator_series

    case = get_object_or_404(consultations_visible_to(request.user).select_related("city"), pk=pk)
    series = indicator_series(viewer=request.user, consultation=case)
    context = {
        **admin.site.each_context(request),
        "title": _("Outcome indicators of “%(case)s”") % {"case": case.title},
        "case": case,
        "indicator_series": series,
        "pending_total": sum(len(item.pending) for item in series),
    }
    return render(request, "dashboard/case_outcomes.html", context)
