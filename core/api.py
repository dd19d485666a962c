"""The API's one error shape: {"error": {"code": ..., "message": ..., "fields": {...}}}."""

from __future__ import annotations

import binascii
import copy
import math
from base64 import b64decode
from typing import Any
from urllib import parse

from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError, connection, transaction
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status, throttling
from rest_framework.decorators import action
from rest_framework.filters import OrderingFilter, SearchFilter
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.pagination import CursorPagination
from rest_framework.permissions import SAFE_METHODS
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from core.errors import ApplicationError
from core.exports import CHUNK_SIZE, EXPORT_FORMATS, export_response, parse_export_format
from core.http import ConditionalGetMixin


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, ApplicationError):
        body = {"error": {"code": exc.code, "message": exc.message, **({"details": exc.extra} if exc.extra else {})}}
        return Response(body, status=exc.status_code)
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(detail=exc.message_dict if hasattr(exc, "error_dict") else exc.messages)
    if isinstance(exc, OverflowError | DataError):
        # A number or value the database cannot hold (e.g. an id with 30 digits) is bad input, not a crash.
        if isinstance(exc, DataError) and connection.in_atomic_block:
            transaction.set_rollback(True)  # the failed statement aborted the enclosing transaction
        exc = exceptions.ValidationError(detail=[_("A value is out of range.")])
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    detail = response.data
    if isinstance(exc, exceptions.ValidationError):
        message = str(exceptions.ValidationError.default_detail)
        fields = detail if isinstance(detail, dict) else {"non_field_errors": detail}
        body = {"error": {"code": "invalid", "message": message, "fields": fields}}
        response.status_code = status.HTTP_400_BAD_REQUEST
    else:
        code = getattr(exc, "default_code", "error")
        if isinstance(exc, exceptions.APIException):
            codes = exc.get_codes()
            code = codes if isinstance(codes, str) else code
        message = detail.get("detail", detail) if isinstance(detail, dict) else detail
        body = {"error": {"code": code, "message": str(message)}}
    response.data = body
    return response


# --- Throttles -------------------------------------------------------------------------------------
# DRF's throttles read DEFAULT_THROTTLE_RATES once, at import; these read them per request, so the
# rates follow settings (and override_settings in tests). A rate of None switches the scope off.


class _LiveRatesMixin:
    @property
    def cache(self):
        # The shared cache (Redis when CACHE_URL points at it), so the limit holds across workers.
        from django.conf import settings
        from django.core.cache import caches

        return caches[getattr(settings, "API_THROTTLE_CACHE", "default")]

    def get_rate(self):
        from rest_framework.settings import api_settings

        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view):
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)


class AnonThrottle(_LiveRatesMixin, throttling.AnonRateThrottle):
    """Per client address, for callers without an account."""


class UserThrottle(_LiveRatesMixin, throttling.UserRateThrottle):
    """Per user, for signed-in callers and tokens."""


class WritesThrottle(_LiveRatesMixin, throttling.UserRateThrottle):
    """A tighter budget shared by every write (POST, PUT, PATCH, DELETE) of one caller."""

    scope = "writes"

    def allow_request(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        return super().allow_request(request, view)


API_THROTTLES = (AnonThrottle, UserThrottle, WritesThrottle)


RANK_ANNOTATION = "search_rank"


class RankedOrderingFilter(OrderingFilter):
    """DRF's `ordering=`; with none given and a search that annotated a relevance (`search_rank`, see
    consultations.selectors.consultation_search_ranked), the most relevant first (then the newest)."""

    def get_ordering(self, request, queryset, view):
        if not request.query_params.get(self.ordering_param) and RANK_ANNOTATION in queryset.query.annotations:
            return ["-" + RANK_ANNOTATION, "-id"]
        return super().get_ordering(request, queryset, view)


class IndexedSearchFilter(SearchFilter):
    """DRF's `search=` (same parameter and term splitting); a view with `search_queryset(queryset, terms)`
    builds the condition itself, in a form the database's indexes can answer (see core.search)."""

    def filter_queryset(self, request, queryset, view):
        search = getattr(view, "search_queryset", None)
        if search is None:
            return super().filter_queryset(request, queryset, view)
        terms = self.get_search_terms(request)
        return search(queryset, terms) if terms else queryset


# --- The error body in the schema ------------------------------------------------------------------


class ErrorDetailSerializer(serializers.Serializer):
    code = serializers.CharField(help_text=_("A stable, machine-readable code, e.g. `guard_failed`."))
    message = serializers.CharField(help_text=_("What went wrong, in the caller's language."))
    fields = serializers.DictField(required=False, help_text=_("Per-field validation messages (400 `invalid` only)."))
    details = serializers.DictField(required=False, help_text=_("Extra facts, e.g. the missing conditions."))


class ErrorSerializer(serializers.Serializer):
    """The one error body every endpoint answers with."""

    error = ErrorDetailSerializer()


ERROR_DESCRIPTIONS = {
    "400": _("Bad input, or a business rule refused the request (e.g. a pipeline guard)."),
    "401": _("Not signed in, or the token is invalid."),
    "403": _("Signed in, but your role may not do this."),
    "404": _("Not found, or not visible to you."),
    "409": _("Someone else changed the record first; reload and retry."),
    "429": _("Too many requests; retry after the number of seconds in the Retry-After header."),
}


_DB_INTEGER_LIMITS = {2**63 - 1, -(2**63), 2**31 - 1, -(2**31), 2**15 - 1, -(2**15)}


def _blank_allowed(field) -> bool:
    if getattr(field, "allow_blank", False):
        return True
    model = getattr(getattr(field.parent, "Meta", None), "model", None) if field.parent is not None else None
    if model is None or not field.source or "." in field.source:
        return False
    try:
        return bool(getattr(model._meta.get_field(field.source), "blank", False))
    except FieldDoesNotExist:
        return False


class ApiAutoSchema(AutoSchema):
    """Documents the error body on every operation (the codes that operation can answer with)."""

    def _map_basic_serializer(self, serializer, direction):
        # A serializer may name fields only some callers receive (Meta.schema_optional_fields): they are
        # documented, but not required, so the reduced shape other callers get still matches the schema.
        schema = super()._map_basic_serializer(serializer, direction)
        props = list(schema.get("properties", {}).values())
        for prop in [*props, *(p["items"] for p in props if isinstance(p.get("items"), dict))]:
            # Integer bounds Django derives from the database backend (SQLite: 64-bit everywhere) would make
            # the schema differ between SQLite and PostgreSQL; the committed schema must not depend on it.
            if prop.get("type") == "integer" and prop.get("maximum") in _DB_INTEGER_LIMITS:
                prop.pop("maximum")
                prop.pop("format", None)
            if prop.get("type") == "integer" and prop.get("minimum") in _DB_INTEGER_LIMITS:
                prop.pop("minimum")
        for name, field in serializer.fields.items():
            prop = schema.get("properties", {}).get(name)
            if prop and "format" in prop and isinstance(field, serializers.CharField) and _blank_allowed(field):
                del prop["format"]  # "" is a valid value here, but not a valid "email"/"uri"
        optional = set(getattr(getattr(serializer, "Meta", None), "schema_optional_fields", ()))
        if optional and "required" in schema:
            schema["required"] = [name for name in schema["required"] if name not in optional]
            if not schema["required"]:
                del schema["required"]
        return schema

    def _map_serializer_field(self, field, direction, bypass_extensions=False):
        # DRF drops `allow_blank` from read-only model fields, and blank e-mails/URLs are not valid
        # "email"/"uri" strings: document what the API really returns for fields the model lets be blank.
        blank = _blank_allowed(field)
        if blank and isinstance(field, serializers.ChoiceField):
            field.allow_blank = True
        return super()._map_serializer_field(field, direction, bypass_extensions)

    def get_filter_backends(self):
        # Exports take the list's filters (their ordering is fixed: by id).
        if getattr(self.view, "action", None) == "export":
            return [backend for backend in self.view.filter_backends if not issubclass(backend, OrderingFilter)]
        return super().get_filter_backends()

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        codes = ["400", "401", "403", "404", "429"] if self.method != "GET" else ["400", "401", "403", "429"]
        if self.method == "GET" and ("{" in self.path):
            codes.append("404")
        if self.method == "POST" and self.path.rstrip("/").endswith("transitions"):
            codes.append("409")
        for code in codes:
            if code not in responses:
                response = self._get_response_for_code(ErrorSerializer, code, direction=direction)
                response["description"] = str(ERROR_DESCRIPTIONS[code])
                responses[code] = response
        return responses


# --- Pagination and the base every API view shares --------------------------------------------------


class ApiCursorPagination(CursorPagination):
    """Cursor pages: stable under inserts, no COUNT(*) however large the table; page size is bounded."""

    page_size = 50
    max_page_size = 500
    page_size_query_param = "page_size"
    ordering = "-id"

    def paginate_queryset(self, queryset, request, view=None):
        self._model = queryset.model
        return super().paginate_queryset(queryset, request, view)

    def decode_cursor(self, request):
        """The cursor, checked strictly: a cursor the client garbled or crafted is bad input (400), never a
        missing resource and never a database error. Only what `encode_cursor` writes is accepted: base64 of
        `o` (offset), `r` (reverse) and `p` (position), the position being a valid value of the ordering field."""
        encoded = request.query_params.get(self.cursor_query_param)
        if encoded is None:
            return None
        try:
            querystring = b64decode(encoded.encode("ascii"), validate=True).decode("ascii")
            tokens = parse.parse_qs(querystring, keep_blank_values=True, strict_parsing=True)
            if not set(tokens) <= {"o", "r", "p"} or any(len(values) != 1 for values in tokens.values()):
                raise ValueError("unknown or repeated cursor key")
            offset = tokens.get("o", ["0"])[0]
            if tokens.get("r", ["1"])[0] not in ("0", "1") or not offset.isdigit() or int(offset) > self.offset_cutoff:
                raise ValueError("bad offset or direction")
            cursor = super().decode_cursor(request)
            if cursor is not None and cursor.position is not None:
                self._check_position(cursor.position)
        except (exceptions.NotFound, ValueError, UnicodeError, binascii.Error, DjangoValidationError) as exc:
            raise ApplicationError(
                _("Invalid cursor; start again from the first page."), code="invalid_cursor"
            ) from exc
        return cursor

    def _check_position(self, position: str) -> None:
        """The position must be a value the ordering field can hold (else the page's query would fail)."""
        model = getattr(self, "_model", None)
        if model is None:
            return
        if self.ordering[0].lstrip("-") == RANK_ANNOTATION:  # a relevance: a finite number
            if not math.isfinite(float(position)):
                raise ValueError("rank out of range")
            return
        field = None
        for part in self.ordering[0].lstrip("-").split("__"):
            field = model._meta.get_field(part)
            model = field.related_model or model
        value = field.to_python(position)
        if isinstance(value, int) and not -(2**63) <= value < 2**63:
            raise ValueError("position out of range")
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("NUL in position")


class ApiViewMixin(ConditionalGetMixin):
    """Throttles, cursor pagination, conditional GET and the documented error body, for every API view."""

    # Authentication: REST_FRAMEWORK["DEFAULT_AUTHENTICATION_CLASSES"], the (hashed) API token first, so an
    # unauthenticated call gets 401 with `WWW-Authenticate: Token`, not 403.
    throttle_classes = API_THROTTLES
    pagination_class = ApiCursorPagination
    schema = ApiAutoSchema()
    ordering = ("-id",)

    def get_object(self):
        obj = super().get_object()
        self._conditional_object = obj  # read by get_last_modified() for Last-Modified / If-Modified-Since
        return obj


class FormatBlindNegotiation(BaseContentNegotiation):
    """For streamed exports: `?format=csv|ndjson` picks the export format, not a DRF renderer.

    The export view builds its own StreamingHttpResponse; only errors go through the (JSON) renderer.
    """

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        renderer = renderers[0]
        return renderer, renderer.media_type


def api_not_found(request, *args, **kwargs):
    """Unknown paths under the API answer with the API's error body, not the site's HTML page."""
    from django.http import JsonResponse

    return JsonResponse({"error": {"code": "not_found", "message": str(_("Not found."))}}, status=404)


EXPORT_PARAMETERS = [
    OpenApiParameter(
        "format",
        OpenApiTypes.STR,
        enum=list(EXPORT_FORMATS),
        default="csv",
        description="csv (spreadsheet cells starting with =, +, -, @ are prefixed with ') or ndjson.",
    )
]
EXPORT_RESPONSES = {
    (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="One row per record, streamed."),
    (200, "application/x-ndjson"): OpenApiResponse(OpenApiTypes.STR, description="One JSON object per line."),
}


class ExportMixin:
    """`GET <list>/export/?format=csv|ndjson`: the list's queryset and filters, streamed as flat rows."""

    export_name = "export"
    export_columns: tuple[str, ...] = ()

    def get_export_columns(self) -> tuple[str, ...]:
        return self.export_columns

    def export_rows(self, queryset, columns):
        return queryset.order_by("id").values(*columns).iterator(chunk_size=CHUNK_SIZE)

    @extend_schema(
        summary="Export (streamed)",
        description="The list's filters and scope; constant memory however many rows.",
        parameters=EXPORT_PARAMETERS,
        responses=EXPORT_RESPONSES,
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
        columns = self.get_export_columns()
        queryset = self.filter_queryset(self.get_queryset())
        queryset.exists()  # bad filter values fail here, as a 400, not halfway through the stream
        return export_response(
            rows=self.export_rows(queryset, columns), columns=columns, fmt=fmt, name=self.export_name
        )


class ModelCleanMixin:
    """Staff CRUD serializers: run the model's own validation (check and unique constraints) before saving,
    so a constraint the database would refuse becomes a 400 with the field's message, never a 500."""

    def validate(self, attrs):
        attrs = super().validate(attrs)
        model = self.Meta.model
        instance = copy.copy(self.instance) if self.instance is not None else model()
        many = {field.name for field in model._meta.many_to_many}
        for name, value in attrs.items():
            if name not in many:
                setattr(instance, name, value)
        try:
            instance.full_clean(exclude=list(many))
        except DjangoValidationError as exc:
            raise exceptions.ValidationError(
                exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
            ) from exc
        return attrs
