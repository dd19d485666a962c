"""Bulk export of consultations: the API's filtered, viewer-scoped queryset, streamed row by row.

The queryset must come from `consultations.access` (through the API view's filters); this module only
turns it into flat rows. Many-valued fields are fetched per chunk (prefetch with `iterator`), so memory
stays flat however many cases are exported.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet
from django.http import StreamingHttpResponse

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


def consultation_rows(queryset: QuerySet[Consultation], *, full: bool) -> Iterator[dict[str, Any]]:
    queryset = queryset.select_related("city").prefetch_related("sectors", "sdgs", "policy_modules").order_by("id")
    for case in queryset.iterator(chunk_size=CHUNK_SIZE):
        row: dict[str, Any] = {
            "id": case.pk,
            "title": case.title,
            "city": case.city_id,
            "city_name": case.city.name,
            "country": case.city.country.code,
            "region": case.city.region,
            "track": case.track,
            "stage": case.stage,
            "sectors": [sector.key for sector in case.sectors.all()],
            "sdgs": [sdg.number for sdg in case.sdgs.all()],
            "policy_modules": [module.slug for module in case.policy_modules.all()],
            "public_summary": case.public_summary,
            "submitted_at": case.submitted_at,
            "closed_at": case.closed_at,
            "updated_at": case.updated_at,
        }
        if full:
            row.update(
                stage_entered_at=case.stage_entered_at,
                budget_situation=case.budget_situation,
                challenge=case.challenge,
                expected_outcomes=case.expected_outcomes,
                is_published=case.is_published,
                created_at=case.created_at,
            )
        yield row


def consultation_export(queryset: QuerySet[Consultation], *, fmt: str, full: bool) -> StreamingHttpResponse:
    columns = FULL_COLUMNS if full else PUBLIC_COLUMNS
    return export_response(rows=consultation_rows(queryset, full=full), columns=columns, fmt=fmt, name="consultations")
