"""The consultations API: reads scoped by `consultations.access`, writes through the services."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.generics import GenericAPIView
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticatedOrReadOnly
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from accounts.roles import is_city_official, is_staff_member
from consultations.access import (
    case_parts_for,
    consultations_visible_to,
    documents_visible_to,
    messages_visible_to,
    works_on_cases,
)
from consultations.exports import consultation_export
from consultations.filters import ConsultationFilter
from consultations.listing import case_rows, case_values
from consultations.models import (
    Activity,
    Consultation,
    IndicatorMeasurement,
    OutcomeIndicator,
    StageTransition,
)
from consultations.outcomes import indicator_for, measurement_for, measurements_visible_to
from consultations.pipeline import StageKey
from consultations.results import RESULT_DEFINITIONS, cached_initiative_results
from consultations.selectors import consultation_search, consultation_search_ranked
from consultations.serializers import (
    AvailableMoveSerializer,
    ConsultationDetailSerializer,
    ConsultationSerializer,
    ConsultationStaffUpdateSerializer,
    ConsultationWriteSerializer,
    DocumentSerializer,
    DocumentUploadSerializer,
    IndicatorMeasurementSerializer,
    MeasurementReportSerializer,
    MeasurementReviewSerializer,
    MessageCreateSerializer,
    MessageSerializer,
    PublicConsultationSerializer,
    RecommendationSerializer,
    SummarySerializer,
    TransitionSerializer,
)
from consultations.services import (
    consultation_available_moves,
    consultation_create_draft,
    consultation_move,
    consultation_submit,
    consultation_update,
    consultation_update_draft,
)
from consultations.services.documents import document_upload
from consultations.services.indicators import measurement_report, measurement_review
from consultations.services.messages import message_post
from core.api import (
    EXPORT_PARAMETERS,
    EXPORT_RESPONSES,
    ApiViewMixin,
    FormatBlindNegotiation,
    IndexedSearchFilter,
    RankedOrderingFilter,
)
from core.errors import ApplicationError, PermissionDeniedError
from core.export_api import ExportJobSerializer, export_job_accepted_response
from core.export_jobs import exceeds_sync_limit, export_job_start, export_sync_max_rows
from core.exports import parse_export_format


@extend_schema_view(
    list=extend_schema(
        summary="List the consultations visible to you",
        description=(
            "Staff see every case; a city official their city's; an expert or consultant the cases whose task "
            "force they currently sit on (not after their release date); anonymous callers and the public the published case summaries (reduced fields). "
            "Cursor-paginated (no total count); use `updated_since` for incremental sync."
        ),
    ),
    retrieve=extend_schema(summary="One consultation, with its history, team, work and documents' metadata"),
    create=extend_schema(
        summary="File a request (a draft)",
        description="City officials (for their own city) and staff (give `city`). Submit it with `submit/`.",
        request=ConsultationWriteSerializer,
        responses={201: ConsultationDetailSerializer},
    ),
    partial_update=extend_schema(
        summary="Edit a case",
        description=(
            "The city's officials and staff edit drafts; staff also edit a submitted case's descriptive and "
            "publication fields. Stage and track are never written here: use `transitions/`."
        ),
        request=ConsultationStaffUpdateSerializer,
        responses={200: ConsultationDetailSerializer},
    ),
)
class ConsultationViewSet(
    ApiViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    # Who sees what: consultations.access. Who may write: the services (anonymous writes get 401 here).
    permission_classes = [IsAuthenticatedOrReadOnly]
    filterset_class = ConsultationFilter
    ordering_fields = ["id", "created_at", "updated_at", "stage_entered_at", "submitted_at", "title"]
    lookup_value_regex = r"\d{1,18}"
    http_method_names = ["get", "post", "patch", "head", "options"]

    filter_backends = [DjangoFilterBackend, IndexedSearchFilter, RankedOrderingFilter]
    # Documented search fields; the search itself is consultation_search (index-friendly, see core.search).
    search_fields = ["title", "challenge", "city__name", "public_summary"]

    def search_queryset(self, queryset, terms: list[str]):
        # On PostgreSQL, with no `ordering=` asked for, the most relevant matches first (RankedOrderingFilter).
        if self.action == "list" and not self.request.query_params.get("ordering"):
            return consultation_search_ranked(queryset, terms=terms, full=self.full_view)
        return consultation_search(queryset, terms=terms, full=self.full_view)

    @property
    def full_view(self) -> bool:
        return works_on_cases(self.request.user)

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Consultation.objects.none()
        queryset = (
            consultations_visible_to(self.request.user)
            .select_related("city")
            .prefetch_related("sectors", "sdgs", "policy_modules")
        )
        if self.full_view:
            # The same parts of the work as the portal's case page (consultations.access.case_parts_for).
            parts = case_parts_for(self.request.user)
            queryset = queryset.prefetch_related(
                Prefetch("history", queryset=StageTransition.objects.select_related("actor")),
                Prefetch("task_force", queryset=parts.task_force.select_related("expert", "user")),
                # Archived rows stay out: every reverse relation is read through the models' `objects`.
                Prefetch("activities", queryset=Activity.objects.all()),
                "site_visits__experts",
                Prefetch("funding_commitments", queryset=parts.funding_commitments.select_related("source", "company")),
                Prefetch(
                    "indicators",
                    queryset=OutcomeIndicator.objects.prefetch_related(
                        Prefetch("measurements", queryset=IndicatorMeasurement.objects.all())
                    ),
                ),
            )
        return queryset

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if not getattr(self, "swagger_fake_view", False) and self.full_view:
            context["case_parts"] = case_parts_for(self.request.user)
        return context

    def list(self, request, *args, **kwargs):
        # A flat read (values() plus one query per relation for the whole page), the serializers' JSON shape,
        # with the same parts of the work as the detail and the portal (consultations.access.case_parts_for).
        full = self.full_view
        queryset = self.filter_queryset(consultations_visible_to(request.user).select_related(None))
        page = self.paginate_queryset(case_values(queryset, full=full))
        parts = case_parts_for(request.user) if full else None
        return self.get_paginated_response(case_rows(page, full=full, parts=parts))

    def get_serializer_class(self):
        if getattr(self, "swagger_fake_view", False):
            return ConsultationDetailSerializer if self.action == "retrieve" else ConsultationSerializer
        if not self.full_view:
            return PublicConsultationSerializer
        return ConsultationDetailSerializer if self.action == "retrieve" else ConsultationSerializer

    def retrieve(self, request, *args, **kwargs):
        case = self.get_object()
        documents = list(documents_visible_to(request.user, case)) if self.full_view else []
        self._documents = documents
        context = {**self.get_serializer_context(), "visible_documents": documents}
        return Response(self.get_serializer_class()(case, context=context).data)

    def get_last_modified(self) -> datetime | None:
        case = getattr(self, "_conditional_object", None)
        if case is None or self.action != "retrieve":
            return None
        stamps = [case.updated_at]
        if self.full_view:
            stamps += [row.created_at for row in case.history.all()]
            for relation in ("task_force", "activities", "site_visits", "funding_commitments", "indicators"):
                stamps += [row.updated_at for row in getattr(case, relation).all()]
            stamps += [m.updated_at for indicator in case.indicators.all() for m in indicator.measurements.all()]
            stamps += [document.updated_at for document in getattr(self, "_documents", [])]
        return max(stamps)

    # --- writes ---------------------------------------------------------------------------------

    def create(self, request, *args, **kwargs):
        user = request.user
        if not (is_staff_member(user) or is_city_official(user)):
            raise PermissionDeniedError(_("Only partner-city officials and SMG staff can file requests."))
        serializer = ConsultationWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        city = user.city if is_city_official(user) else serializer.validated_data.get("city")
        if city is None:
            raise ApplicationError(_("Say which city the request is for (`city`)."), code="city_required")
        case = consultation_create_draft(city=city, actor=user, data=serializer.service_data())
        return Response(self._detail(case), status=status.HTTP_201_CREATED)

    def update(self, request, *args, **kwargs):
        case = self.get_object()
        if case.stage == StageKey.DRAFT or not is_staff_member(request.user):
            serializer = ConsultationWriteSerializer(data=request.data, partial=True)
            serializer.is_valid(raise_exception=True)
            case = consultation_update_draft(consultation=case, actor=request.user, data=serializer.service_data())
        else:
            serializer = ConsultationStaffUpdateSerializer(data=request.data, partial=True)
            serializer.is_valid(raise_exception=True)
            case = consultation_update(consultation=case, actor=request.user, data=serializer.validated_data)
        return Response(self._detail(case))

    def _detail(self, case: Consultation) -> dict:
        fresh = self.get_queryset().get(pk=case.pk)
        documents = list(documents_visible_to(self.request.user, fresh))
        context = {**self.get_serializer_context(), "visible_documents": documents}
        return ConsultationDetailSerializer(fresh, context=context).data

    @extend_schema(
        summary="Submit a draft request",
        description="The city's officials or staff. The system then checks it and moves it into screening.",
        request=None,
        responses={200: ConsultationDetailSerializer},
    )
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        case = self.get_object()
        if case.stage != StageKey.DRAFT:
            raise ApplicationError(_("This request has already been submitted."), code="not_a_draft")
        consultation_submit(consultation=case, actor=request.user)
        return Response(self._detail(case))

    @extend_schema(
        methods=["GET"],
        summary="The moves you may ask for on this case",
        description="From the pipeline declaration; `missing` lists the conditions not met yet.",
        responses={200: AvailableMoveSerializer(many=True)},
    )
    @extend_schema(
        methods=["POST"],
        summary="Move the case through the pipeline",
        description=(
            "Calls the pipeline service with the stage this request loaded: 400 with the guard's message when a "
            "condition is missing or the move does not exist from this stage, 403 when your role may not make "
            "it, 409 when another move changed the case first."
        ),
        request=TransitionSerializer,
        responses={200: ConsultationDetailSerializer},
    )
    @action(detail=True, methods=["get", "post"], pagination_class=None, filter_backends=[])
    def transitions(self, request, pk=None):
        case = self.get_object()
        if request.method == "GET":
            options = consultation_available_moves(consultation=case, user=request.user)
            data = [
                {
                    "target": option.target,
                    "label": option.label,
                    "ready": option.ready,
                    "missing": list(option.missing),
                    "note_required": option.move.note_required,
                }
                for option in options
            ]
            return Response(AvailableMoveSerializer(data, many=True).data)
        serializer = TransitionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        consultation_move(
            consultation=case,
            target=serializer.validated_data["target"],
            actor=request.user,
            note=serializer.validated_data.get("note", ""),
            expected_stage=case.stage,
        )
        return Response(self._detail(case))

    @extend_schema(
        methods=["GET"],
        summary="The case's messages you may read",
        description="Internal notes are for SMG, SUSA and the task force only.",
        responses={200: MessageSerializer(many=True)},
    )
    @extend_schema(
        methods=["POST"],
        summary="Post a message",
        description="The city's officials, staff and the task force. The city cannot write internal notes.",
        request=MessageCreateSerializer,
        responses={201: MessageSerializer},
    )
    @action(detail=True, methods=["get", "post"], pagination_class=None, filter_backends=[])
    def messages(self, request, pk=None):
        case = self.get_object()
        if request.method == "GET":
            messages = messages_visible_to(request.user, case).select_related("author")
            return Response(MessageSerializer(messages, many=True).data)
        serializer = MessageCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        message = message_post(consultation=case, author=request.user, **serializer.validated_data)
        return Response(MessageSerializer(message).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        methods=["GET"],
        summary="The case's documents you may see (metadata)",
        responses={200: DocumentSerializer(many=True)},
    )
    @extend_schema(
        methods=["POST"],
        summary="Upload a document (multipart)",
        description="Checked by content, not by name. A city's uploads are always shared with the city.",
        request={"multipart/form-data": DocumentUploadSerializer},
        responses={201: DocumentSerializer},
    )
    @action(
        detail=True,
        methods=["get", "post"],
        pagination_class=None,
        filter_backends=[],
        parser_classes=[MultiPartParser, FormParser, JSONParser],
    )
    def documents(self, request, pk=None):
        case = self.get_object()
        if request.method == "GET":
            return Response(DocumentSerializer(documents_visible_to(request.user, case), many=True).data)
        serializer = DocumentUploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        document = document_upload(
            consultation=case,
            actor=request.user,
            upload=data["file"],
            title=data.get("title", ""),
            kind=data["kind"],
            visibility=data["visibility"],
        )
        return Response(DocumentSerializer(document).data, status=status.HTTP_201_CREATED)

    # --- outcome monitoring -------------------------------------------------------------------------

    @extend_schema(
        methods=["GET"],
        summary="An indicator's measurements you may see",
        description=(
            "The city's officials, staff and the case's task force see every measurement with its status; "
            "the public sees accepted ones only."
        ),
        responses={200: IndicatorMeasurementSerializer(many=True)},
    )
    @extend_schema(
        methods=["POST"],
        summary="Report a measurement of an indicator (JSON, or multipart with an optional evidence file)",
        description=(
            "The city's officials report measurements that wait for review (`pending`); staff and the case's SUSA "
            "consultant record accepted ones. The evidence file is checked like every upload (type by content, "
            "size) and kept as a shared document of the case. 400 with the field named in `details.field` when "
            "the value, the date or the file is refused; 403 for other roles."
        ),
        request={"application/json": MeasurementReportSerializer, "multipart/form-data": MeasurementReportSerializer},
        responses={201: IndicatorMeasurementSerializer},
    )
    @action(
        detail=True,
        methods=["get", "post"],
        url_path=r"indicators/(?P<indicator_id>\d{1,18})/measurements",
        pagination_class=None,
        filter_backends=[],
        parser_classes=[MultiPartParser, FormParser, JSONParser],
    )
    def indicator_measurements(self, request, pk=None, indicator_id=None):
        case = self._case_for_outcomes()
        indicator = indicator_for(viewer=request.user, consultation=case, pk=int(indicator_id))
        if request.method == "GET":
            rows = measurements_visible_to(request.user, case).filter(indicator=indicator).order_by("measured_on", "id")
            return Response(IndicatorMeasurementSerializer(rows, many=True).data)
        serializer = MeasurementReportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        measurement = measurement_report(
            indicator=indicator,
            actor=request.user,
            value=data["value"],
            measured_on=data["measured_on"],
            source=data.get("source", ""),
            note=data.get("note", ""),
            evidence=data.get("evidence"),
        )
        return Response(IndicatorMeasurementSerializer(measurement).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Accept or return a reported measurement",
        description=(
            "SMG staff and the case's SUSA consultant. `return` needs a `note` saying what the city should correct; "
            "the city is notified either way. 400 when the measurement was already reviewed."
        ),
        request=MeasurementReviewSerializer,
        responses={200: IndicatorMeasurementSerializer},
    )
    @action(
        detail=True,
        methods=["post"],
        url_path=r"indicators/(?P<indicator_id>\d{1,18})/measurements/(?P<measurement_id>\d{1,18})/review",
        pagination_class=None,
        filter_backends=[],
    )
    def review_measurement(self, request, pk=None, indicator_id=None, measurement_id=None):
        case = self._case_for_outcomes()
        indicator = indicator_for(viewer=request.user, consultation=case, pk=int(indicator_id))
        measurement = measurement_for(indicator=indicator, pk=int(measurement_id))
        serializer = MeasurementReviewSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        reviewed = measurement_review(
            measurement=measurement,
            actor=request.user,
            decision=serializer.validated_data["decision"],
            note=serializer.validated_data.get("note", ""),
        )
        return Response(IndicatorMeasurementSerializer(reviewed).data)

    @extend_schema(
        summary="The case's delivered recommendations with the city's responses",
        description="For the people working on the case (staff, task force, the city's officials).",
        responses={200: RecommendationSerializer(many=True)},
    )
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def recommendations(self, request, pk=None):
        case = self._case_for_outcomes()
        if not self.full_view:
            raise PermissionDeniedError(_("Recommendations are shown to the people working on the case."))
        rows = case.recommendations.filter(delivered_on__isnull=False).order_by("delivered_on", "id")
        return Response(RecommendationSerializer(rows, many=True).data)

    def _case_for_outcomes(self) -> Consultation:
        """The case (scoped by consultations.access: another city's case is a 404), without the detail's prefetches."""
        from django.shortcuts import get_object_or_404

        case = get_object_or_404(
            consultations_visible_to(self.request.user).select_related("city"), pk=self.kwargs["pk"]
        )
        self.check_object_permissions(self.request, case)
        return case

    @extend_schema(
        summary="Export the consultations visible to you (streamed)",
        description=(
            "Same filters and scope as the list; anonymous callers get the published summaries' columns. "
            "More rows than the server streams at once (EXPORT_SYNC_MAX_ROWS): 202 with a job to poll at "
            "`/api/v1/exports/{id}/` and download from its `download_url`."
        ),
        parameters=EXPORT_PARAMETERS,
        responses={**EXPORT_RESPONSES, 202: ExportJobSerializer},
    )
    @action(
        detail=False,
        methods=["get"],
        pagination_class=None,
        renderer_classes=[JSONRenderer],
        content_negotiation_class=FormatBlindNegotiation,
    )
    def export(self, request):
        fmt = parse_export_format(request.query_params.get("format"))
        queryset = self.filter_queryset(consultations_visible_to(request.user))
        queryset.exists()  # bad filter values fail here, as a 400, not halfway through the stream
        if exceeds_sync_limit(queryset):
            if not request.user.is_authenticated:
                raise ApplicationError(
                    _("This export has more than %(limit)s rows: sign in to have it prepared, or narrow the filters.")
                    % {"limit": export_sync_max_rows()},
                    code="export_too_large",
                )
            params = {key: values for key, values in request.query_params.lists() if key != "format"}
            job = export_job_start(actor=request.user, resource="consultations", params=params, fmt=fmt)
            return export_job_accepted_response(job, request)
        return consultation_export(queryset, fmt=fmt, full=self.full_view)


class SummaryView(ApiViewMixin, GenericAPIView):
    """The initiative's results figures (public)."""

    permission_classes = [AllowAny]
    serializer_class = SummarySerializer
    pagination_class = None

    @extend_schema(summary="The initiative's results figures", responses={200: SummarySerializer})
    def get(self, request):
        results = cached_initiative_results()
        data = {
            **results.as_dict(),
            "ppp_network_since": results.ppp_network_since,
            "funds_by_kind": [vars(item) for item in results.funds_by_kind],
            "definitions": {key: str(text) for key, text in RESULT_DEFINITIONS.items()},
        }
        return Response(SummarySerializer(data).data)
