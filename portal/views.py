"""The partner-city portal: thin views that parse input, call a service or a selector, and render."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.roles import is_city_official
from consultations import pipeline
from consultations.models import BudgetSituation, MeasurementStatus
from consultations.outcomes import indicator_for, indicator_series
from consultations.pipeline import StageKey, Track
from consultations.results import cached_initiative_results
from consultations.services import (
    consultation_available_moves,
    consultation_move,
    consultation_submit,
)
from consultations.services.automation import pending_automatic_move
from consultations.services.documents import document_upload
from consultations.services.indicators import may_report, measurement_report
from consultations.services.messages import message_post
from consultations.services.recommendations import recommendation_acknowledge
from consultations.services.requests import consultation_save_draft
from core.errors import ApplicationError
from core.pagination import LargeTablePaginator
from core.storage import file_download_response
from matching.selectors import draft_policy_suggestions
from portal import selectors
from portal.forms import (
    ConsultationRequestForm,
    DocumentUploadForm,
    MeasurementReportForm,
    MessageForm,
    PolicySearchForm,
    RecommendationResponseForm,
    WithdrawForm,
)

PAGE_SIZE = 20

# Why a case arrives in a stage when the city's own action moved it (directly or by the automatic move that follows).
STAGE_REASONS = {
    StageKey.REQUEST: gettext_lazy("your request was submitted; the system checks that it is complete."),
    StageKey.SCREENING: gettext_lazy(
        "your request is complete, so it was accepted for screening: SMG now decides how Seoul can help."
    ),
    StageKey.IMPLEMENTATION: gettext_lazy(
        "every recommendation is acknowledged, so your city now puts them into practice with the task force."
    ),
}


def _say_where_the_case_is(request, consultation, *, before: str) -> None:
    """Tell the person, on the page they land on, which stage the case is in now and why.

    Reads the stage after the move, automatic moves made in the same request included (tasks that ran when the
    transaction committed); if the automatic move is still to come, says where the case is about to go.
    """
    consultation.refresh_from_db()
    if consultation.stage != before:
        reason = STAGE_REASONS.get(consultation.stage) or consultation.stage_info.description
        messages.info(
            request,
            _("The case is now in the %(stage)s stage: %(reason)s")
            % {"stage": consultation.get_stage_display(), "reason": reason},
        )
    upcoming = pending_automatic_move(consultation)
    if upcoming is not None:
        target = pipeline.STAGE_BY_KEY[upcoming.target]
        messages.info(
            request,
            _("It moves on to %(stage)s in a few minutes: %(reason)s")
            % {"stage": target.label, "reason": STAGE_REASONS.get(target.key) or target.description},
        )


# Public pages ------------------------------------------------------------------------------------


@require_GET
def home(request):
    return render(
        request,
        "portal/home.html",
        {"results": cached_initiative_results(), "stages": pipeline.PIPELINE_STAGES},
    )


@require_GET
def policy_list(request):
    form = PolicySearchForm(request.GET or None)
    filters = form.archive_filters()
    facets = selectors.policy_facets(filters=filters)
    page = Paginator(selectors.policy_archive(filters=filters), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "portal/policy_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "filtered": filters.active,
            "facets": facets,
            "active_filters": _active_filters(request, filters, facets),
        },
    )


def _active_filters(request, filters, facets) -> list[dict[str, str]]:
    """The chosen filters, each with the query string that removes it (the search words stay)."""
    active = []
    for facet in facets:
        chosen = facet.selected
        if chosen is None:
            continue
        query = request.GET.copy()
        query.pop(facet.name, None)
        query.pop("page", None)
        active.append({"facet": facet.label, "value": chosen.label, "query": query.urlencode()})
    return active


@require_GET
def policy_detail(request, slug: str):
    return render(request, "portal/policy_detail.html", {"module": selectors.policy_module(slug=slug)})


@require_GET
def sdg_index(request):
    return render(request, "portal/sdg_index.html", {"goals": selectors.sdg_overview()})


@require_GET
def sdg_detail(request, number: int):
    return render(request, "portal/sdg_detail.html", {"goal": selectors.sdg_page(number=number)})


@require_GET
def case_list(request):
    search = (request.GET.get("q") or "")[:200]
    # Estimated/bounded counts and id-first deep pages on large tables (core.pagination).
    page = LargeTablePaginator(selectors.published_cases(query=search), PAGE_SIZE).get_page(request.GET.get("page"))
    query = urlencode({"q": search}) if search else ""
    return render(request, "portal/case_list.html", {"page": page, "query": query, "search": search})


@require_GET
def case_detail(request, pk: int):
    case = selectors.published_case(pk=pk)
    phases = selectors.case_phases(case, viewer=selectors.PUBLIC)
    roles = list(selectors.company_roles_on(case))
    series = indicator_series(viewer=selectors.PUBLIC, consultation=case)
    context = {"case": case, "phases": phases, "company_roles": roles, "indicator_series": series}
    return render(request, "portal/case_detail.html", context)


@require_GET
def about(request):
    profile, organisations = selectors.initiative_profile()
    return render(
        request,
        "portal/about.html",
        {"profile": profile, "organisations": organisations, "results": cached_initiative_results()},
    )


@require_GET
def event_list(request):
    page = Paginator(selectors.public_events(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "portal/event_list.html", {"page": page, "query": ""})


@require_GET
def company_detail(request, pk: int):
    return render(request, "portal/company_detail.html", {"company": selectors.company_references(pk=pk)})


# My consultations --------------------------------------------------------------------------------


@login_required
@require_GET
def consultation_list(request):
    cases = selectors.my_consultations(user=request.user)
    page = Paginator(cases, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "portal/consultation_list.html",
        {"page": page, "query": "", "can_request": is_city_official(request.user)},
    )


def _request_form_response(request, form, consultation=None, suggestions=None, suggestion_message=""):
    return render(
        request,
        "portal/consultation_form.html",
        {
            "form": form,
            "suggestions": suggestions,
            "suggestion_message": suggestion_message,
            "chosen_modules": {int(pk) for pk in request.POST.getlist("policy_modules") if str(pk).isdigit()},
            "consultation": consultation,
            "suggested_track": _suggested_track(consultation),
            "documents": (
                list(selectors.documents_visible_to(request.user, consultation).order_by("created_at"))
                if consultation
                else []
            ),
        },
    )


def _suggested_track(consultation):
    if consultation is None or not consultation.budget_situation:
        return None
    return Track(BudgetSituation(consultation.budget_situation).suggested_track).label


def _suggest_response(request, consultation=None):
    """The no-JavaScript path: re-render the draft as typed, with Seoul policies that may help."""
    form = ConsultationRequestForm(initial=ConsultationRequestForm.initial_from_post(request.POST))
    suggestions = draft_policy_suggestions(viewer=request.user, data=request.POST)
    if suggestions is None:
        message = _("Describe your challenge in a sentence or two first; then we can suggest Seoul policies.")
    elif not suggestions:
        message = _("No Seoul policy matches this description yet. Try describing the problem in more detail.")
    else:
        message = ""
    if request.FILES:
        message = " ".join(
            filter(None, [message, _("Attached files are not kept when suggesting: attach them again.")])
        )
    return _request_form_response(request, form, consultation, suggestions or [], message)


def _handle_request_form(request, consultation=None):
    if request.POST.get("action") == "suggest":
        return _suggest_response(request, consultation)
    intent = ConsultationRequestForm.SUBMIT if request.POST.get("action") == "submit" else "save"
    form = ConsultationRequestForm(request.POST, request.FILES, intent=intent)
    if not form.is_valid():
        messages.error(request, _("Please correct the fields marked below."))
        return _request_form_response(request, form, consultation)
    try:
        consultation = consultation_save_draft(
            city=request.user.city,
            actor=request.user,
            data=form.service_data(),
            attachments=form.cleaned_data.get("attachments") or [],
            consultation=consultation,
        )
    except ValidationError as invalid:
        if hasattr(invalid, "error_dict"):
            for field, errors in invalid.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            form.add_error(None, invalid.messages)
        return _request_form_response(request, form, consultation)
    except ApplicationError as refused:
        form.add_error(None, refused.message)
        return _request_form_response(request, form, consultation)
    if intent != ConsultationRequestForm.SUBMIT:
        messages.success(request, _("Your draft has been saved. You can come back and submit it later."))
        return redirect("portal:consultation_edit", pk=consultation.pk)
    before = consultation.stage
    try:
        consultation_submit(consultation=consultation, actor=request.user)
    except ApplicationError as refused:
        messages.error(request, refused.message)
        return redirect("portal:consultation_edit", pk=consultation.pk)
    messages.success(request, _("Your request has been submitted. SMG will get back to you."))
    _say_where_the_case_is(request, consultation, before=before)
    return redirect("portal:consultation_detail", pk=consultation.pk)


@login_required
@require_http_methods(["GET", "POST"])
def consultation_create(request):
    if not is_city_official(request.user):
        raise PermissionDenied(_("Only partner-city officials can file a request here."))
    if request.method == "POST":
        return _handle_request_form(request)
    initial = {"contact_name": request.user.get_full_name(), "contact_email": request.user.email}
    initial["contact_phone"] = request.user.phone
    return _request_form_response(request, ConsultationRequestForm(initial=initial))


@login_required
@require_http_methods(["GET", "POST"])
def consultation_edit(request, pk: int):
    consultation = selectors.consultation_for(user=request.user, pk=pk)
    if consultation.stage != StageKey.DRAFT:
        messages.info(request, _("This request has been submitted and can no longer be edited."))
        return redirect("portal:consultation_detail", pk=consultation.pk)
    if request.method == "POST":
        return _handle_request_form(request, consultation)
    form = ConsultationRequestForm(initial=ConsultationRequestForm.initial_from(consultation))
    return _request_form_response(request, form, consultation)


@login_required
@require_GET
def consultation_detail(request, pk: int):
    consultation = selectors.consultation_for(user=request.user, pk=pk)
    return _detail_response(request, consultation)


def _detail_response(request, consultation, **forms):
    moves = consultation_available_moves(consultation=consultation, user=request.user)
    can_withdraw = any(option.target == StageKey.WITHDRAWN for option in moves)
    page = selectors.consultation_page(user=request.user, consultation=consultation)
    is_open = consultation.stage not in pipeline.TERMINAL_STAGE_KEYS
    invalid_measurement = forms.get("measurement_form")
    for series in page["indicator_series"]:
        indicator = series.indicator
        indicator.consultation = consultation
        if is_open and may_report(request.user, indicator):
            if invalid_measurement is not None and invalid_measurement.prefix == f"m{indicator.pk}":
                series.indicator.report_form = invalid_measurement
            else:
                series.indicator.report_form = MeasurementReportForm(prefix=f"m{indicator.pk}", unit=indicator.unit)
    invalid_response = forms.get("response_form")
    for recommendation in page["recommendations"]:
        if recommendation.acknowledged_at is None:
            if invalid_response is not None and invalid_response.prefix == f"r{recommendation.pk}":
                recommendation.response_form = invalid_response
            else:
                recommendation.response_form = RecommendationResponseForm(prefix=f"r{recommendation.pk}")
    context = {
        "consultation": consultation,
        "stage": consultation.stage_info,
        "suggested_track": _suggested_track(consultation),
        "can_withdraw": can_withdraw,
        "is_open": is_open,
        "upload_form": forms.get("upload_form") or DocumentUploadForm(),
        "message_form": forms.get("message_form") or MessageForm(),
        "withdraw_form": forms.get("withdraw_form") or WithdrawForm(),
        **page,
    }
    status = 400 if forms else 200
    return render(request, "portal/consultation_detail.html", context, status=status)


@login_required
@require_POST
def consultation_document_upload(request, pk: int):
    consultation = selectors.consultation_for(user=request.user, pk=pk)
    form = DocumentUploadForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            document_upload(
                consultation=consultation,
                actor=request.user,
                upload=form.cleaned_data["file"],
                title=form.cleaned_data["title"],
            )
        except ApplicationError as refused:
            form.add_error("file", refused.message)
        else:
            messages.success(request, _("The document has been uploaded."))
            return redirect(reverse("portal:consultation_detail", args=[pk]) + "#documents")
    return _detail_response(request, consultation, upload_form=form)


@login_required
@require_GET
def document_download(request, pk: int, document_pk: int):
    consultation = selectors.consultation_for(user=request.user, pk=pk)
    document = selectors.document_for(user=request.user, consultation=consultation, pk=document_pk)
    # Access checked above; the file is streamed from the store or handed over as a short-lived signed URL.
    return file_download_response(document.file, filename=document.original_name, content_type=document.content_type)


@login_required
@require_POST
def consultation_message(request, pk: int):
    consultation = selectors.consultation_for(user=request.user, pk=pk)
    form = MessageForm(request.POST)
    if form.is_valid():
        try:
            message_post(consultation=consultation, author=request.user, body=form.cleaned_data["body"])
        except ApplicationError as refused:
            form.add_error("body", refused.message)
        else:
            messages.success(request, _("Your message has been sent."))
            return redirect(reverse("portal:consultation_detail", args=[pk]) + "#messages")
    return _detail_response(request, consultation, message_form=form)


@login_required
@require_POST
def recommendation_acknowledge_view(request, pk: int, recommendation_pk: int):
    consultation = selectors.consultation_for(user=request.user, pk=pk)
    recommendation = selectors.recommendation_for(user=request.user, consultation=consultation, pk=recommendation_pk)
    form = RecommendationResponseForm(request.POST, prefix=f"r{recommendation.pk}")
    before = consultation.stage
    if form.is_valid():
        try:
            recommendation_acknowledge(
                recommendation=recommendation,
                actor=request.user,
                response=form.cleaned_data["response"],
                detail=form.cleaned_data["detail"],
            )
        except ApplicationError as refused:
            field = refused.extra.get("field")
            form.add_error(field if field in form.fields else None, refused.message)
        else:
            messages.success(request, _("Thank you: the recommendation is acknowledged."))
            _say_where_the_case_is(request, consultation, before=before)
            if consultation.stage != before:
                # The news is the case's new stage: land on the messages at the top of the page, beside the stage.
                return redirect(reverse("portal:consultation_detail", args=[pk]) + "#flash")
            return redirect(reverse("portal:consultation_detail", args=[pk]) + f"#recommendation-{recommendation.pk}")
    return _detail_response(request, consultation, response_form=form)


@login_required
@require_POST
def measurement_report_view(request, pk: int, indicator_pk: int):
    consultation = selectors.consultation_for(user=request.user, pk=pk)
    indicator = indicator_for(viewer=request.user, consultation=consultation, pk=indicator_pk)
    form = MeasurementReportForm(request.POST, request.FILES, prefix=f"m{indicator.pk}", unit=indicator.unit)
    if form.is_valid():
        data = form.cleaned_data
        try:
            measurement = measurement_report(
                indicator=indicator,
                actor=request.user,
                value=data["value"],
                measured_on=data["measured_on"],
                source=data["source"],
                note=data["note"],
                evidence=data.get("evidence"),
            )
        except ApplicationError as refused:
            if refused.status_code == 403:
                raise PermissionDenied(refused.message) from refused
            field = refused.extra.get("field")
            form.add_error(field if field in form.fields else None, refused.message)
        else:
            if measurement.status == MeasurementStatus.PENDING:
                messages.success(
                    request, _("Thank you: the measurement is reported. SMG reviews it before it counts in the chart.")
                )
            else:
                messages.success(request, _("The measurement is recorded."))
            return redirect(reverse("portal:consultation_detail", args=[pk]) + f"#indicator-{indicator.pk}")
    return _detail_response(request, consultation, measurement_form=form)


@login_required
@require_http_methods(["GET", "POST"])
def consultation_withdraw(request, pk: int):
    consultation = selectors.consultation_for(user=request.user, pk=pk)
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            consultation_move(
                consultation=consultation,
                target=StageKey.WITHDRAWN,
                actor=request.user,
                note=form.cleaned_data["reason"],
                expected_stage=request.POST.get("expected_stage") or consultation.stage,
            )
        except ApplicationError as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("The request has been withdrawn."))
            return redirect("portal:consultation_detail", pk=pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "portal/consultation_withdraw.html", {"consultation": consultation, "form": form}, status=status
    )


# Inbox -------------------------------------------------------------------------------------------


@login_required
@require_GET
def inbox(request):
    from django.utils import translation

    from notifications.selectors import in_language, inbox_for

    entries = inbox_for(request.user).select_related("event__consultation__city", "event__actor", "recipient")
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = in_language(page.object_list, translation.get_language())
    return render(request, "portal/inbox.html", {"page": page, "query": ""})


def _safe_next(request, fallback: str) -> str:
    target = request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@login_required
@require_POST
def inbox_mark_read(request, notification_pk: int):
    from notifications.services import notification_mark_read

    try:
        notification_mark_read(notification_id=notification_pk, user=request.user)
    except ApplicationError as refused:
        messages.error(request, refused.message)
    return redirect(_safe_next(request, reverse("portal:inbox")))


@login_required
@require_POST
def inbox_mark_all_read(request):
    from notifications.services import notification_mark_all_read

    notification_mark_all_read(user=request.user)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("portal:inbox")


@login_required
@require_http_methods(["GET", "POST"])
def notification_preferences(request):
    from notifications.services import preference_set
    from portal.forms import NotificationPreferencesForm

    form = NotificationPreferencesForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            for kind, frequency in form.chosen().items():
                preference_set(user=request.user, kind=kind, frequency=frequency)
        except ApplicationError as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("Your notification settings have been saved."))
            return redirect("portal:notification_preferences")
    return render(request, "portal/notification_preferences.html", {"form": form})
