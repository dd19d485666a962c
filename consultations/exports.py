"""Bulk export of consultations: the API's filtered, viewer-scoped queryset, streamed row by row.

The queryset must come from `consultations.access` (through the API view's filters); this module only
turns it into flat rows. Plain values are read through a cursor a chunk at a time and many-valued
fields are fetched per chunk, so memory stays flat however many cases are exported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import islice
from typing import Any

from django.db import connections
from django.db.models import OuterRef, QuerySet
from django.http import StreamingHttpResponse

from consultations.listing import of_cases
from consultations.models import Consultation
from core.exports import CHUNK_SIZE, export_response

PUBLIC_COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "city",
    "city_name",
    "country",
    "region",
    "track",
    "stage",
    "sectors",
    "sdgs",
    "policy_modules",
    "public_summary",
    "submitted_at",
    "closed_at",
    "updated_at",
)
FULL_COLUMNS: tuple[str, ...] = (
    *PUBLIC_COLUMNS[:8],
    "stage_entered_at",
    "budget_situation",
    "challenge",
    "expected_outcomes",
    *PUBLIC_COLUMNS[8:],
    "is_published",
    "created_at",
)


_FLAT_FIELDS = (
    "id",
    "title",
    "city_id",
    "city__name",
    "city__country",
    "city__region",
    "track",
    "stage",
    "public_summary",
    "submitted_at",
    "closed_at",
    "updated_at",
)
_FULL_FIELDS = ("stage_entered_at", "budget_situation", "challenge", "expected_outcomes", "is_published", "created_at")
_MANY = {
    # column: (through model, value path); one query per chunk each, never one per case
    "sectors": (Consultation.sectors.through, "sector__key"),
    "sdgs": (Consultation.sdgs.through, "sdg__number"),
    "policy_modules": (Consultation.policy_modules.through, "policymodule__slug"),
}


def consultation_rows(queryset: QuerySet[Consultation], *, full: bool) -> Iterator[dict[str, Any]]:
    """Flat rows, a chunk at a time: plain values (no model instances) plus one query per many-valued column."""
    fields = (*_FLAT_FIELDS, *_FULL_FIELDS) if full else _FLAT_FIELDS
    if connections[queryset.db].vendor == "postgresql":
        yield from _postgres_rows(queryset, full=full)  # the many-valued columns come with the row, as arrays
        return
    rows = queryset.order_by("id").values(*fields).iterator(chunk_size=CHUNK_SIZE)
    while chunk := list(islice(rows, CHUNK_SIZE)):
        ids = [row["id"] for row in chunk]
        many: dict[str, dict[int, list]] = {}
        for column, (through, path) in _MANY.items():
            values: dict[int, list] = defaultdict(list)
            pairs = of_cases(through.objects.all(), ids).order_by("consultation_id", "pk")
            for case_id, value in pairs.values_list("consultation_id", path):
                values[case_id].append(value)
            many[column] = values
        for row in chunk:
            out: dict[str, Any] = {
                "id": row["id"],
                "title": row["title"],
                "city": row["city_id"],
                "city_name": row["city__name"],
                "country": row["city__country"],
                "region": row["city__region"],
                "track": row["track"],
                "stage": row["stage"],
                "sectors": many["sectors"].get(row["id"], []),
                "sdgs": many["sdgs"].get(row["id"], []),
                "policy_modules": many["policy_modules"].get(row["id"], []),
                "public_summary": row["public_summary"],
                "submitted_at": row["submitted_at"],
                "closed_at": row["closed_at"],
                "updated_at": row["updated_at"],
            }
            if full:
                out.update({name: row[name] for name in _FULL_FIELDS})
            yield out
        del chunk, many


# Where each export column comes from, in the columns' order (PostgreSQL: one tuple per case, zipped with the
# column names at C speed; the many-valued columns are arrays read with the row).
_SOURCE = {
    "id": "id",
    "title": "title",
    "city": "city_id",
    "city_name": "city__name",
    "country": "city__country",
    "region": "city__region",
    "track": "track",
    "stage": "stage",
    "stage_entered_at": "stage_entered_at",
    "budget_situation": "budget_situation",
    "challenge": "challenge",
    "expected_outcomes": "expected_outcomes",
    "sectors": "many_sectors",
    "sdgs": "many_sdgs",
    "policy_modules": "many_policy_modules",
    "public_summary": "public_summary",
    "submitted_at": "submitted_at",
    "closed_at": "closed_at",
    "updated_at": "updated_at",
    "is_published": "is_published",
    "created_at": "created_at",
}


def _postgres_rows(queryset: QuerySet[Consultation], *, full: bool) -> Iterator[dict[str, Any]]:
    from django.contrib.postgres.expressions import ArraySubquery

    columns = FULL_COLUMNS if full else PUBLIC_COLUMNS
    arrays = {
        f"many_{column}": ArraySubquery(
            through.objects.filter(consultation_id=OuterRef("pk")).order_by("pk").values(path)
        )
        for column, (through, path) in _MANY.items()
    }
    rows = (
        queryset.annotate(**arrays)
        .order_by("id")
        .values_list(*(_SOURCE[column] for column in columns))
        .iterator(chunk_size=CHUNK_SIZE)
    )
    for row in rows:
        yield dict(zip(columns, row, strict=True))


def consultation_export_queryset(user, params: dict[str, list[str]], *, full: bool) -> QuerySet[Consultation]:
    """The API's export queryset rebuilt outside the request: the viewer's scope, the filters, the search."""
    from django.http import QueryDict
    from rest_framework.filters import search_smart_split

    from consultations.access import consultations_visible_to
    from consultations.filters import ConsultationFilter
    from consultations.selectors import consultation_search

    data = QueryDict(mutable=True)
    for key, values in params.items():
        data.setlist(key, list(values))
    filterset = ConsultationFilter(data, queryset=consultations_visible_to(user))
    if not filterset.is_valid():
        raise ValueError(f"invalid filters: {filterset.errors.as_json()}")
    queryset = filterset.qs
    terms = search_smart_split((data.get("search") or "").replace("\x00", ""))
    if terms:
        queryset = consultation_search(queryset, terms=terms, full=full)
    return queryset


def consultation_export_source(user, params: dict[str, list[str]]):
    """core.export_jobs source "consultations": rows, columns and total for a background export."""
    from consultations.access import works_on_cases

    full = works_on_cases(user)
    queryset = consultation_export_queryset(user, params, full=full)
    total = queryset.count()
    return consultation_rows(queryset, full=full), (FULL_COLUMNS if full else PUBLIC_COLUMNS), total


def consultation_export(queryset: QuerySet[Consultation], *, fmt: str, full: bool) -> StreamingHttpResponse:
    columns = FULL_COLUMNS if full else PUBLIC_COLUMNS
    return export_response(rows=consultation_rows(queryset, full=full), columns=columns, fmt=fmt, name="consultations")
