"""Streamed bulk exports (CSV and NDJSON) with constant memory.

Rows come from a generator over `QuerySet.iterator(chunk_size=...)` (a server-side cursor on
PostgreSQL), are encoded a batch at a time and handed to a StreamingHttpResponse: nothing holds the
whole result. CSV cells that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.http import StreamingHttpResponse
from django.utils.translation import gettext_lazy as _

from core.errors import ApplicationError

EXPORT_FORMATS: dict[str, str] = {
    "csv": "text/csv; charset=utf-8",
    "ndjson": "application/x-ndjson; charset=utf-8",
}
CHUNK_SIZE = 500  # rows fetched per round trip (and per batch of many-valued lookups)
_BATCH = 250  # rows encoded per piece of the response
# A spreadsheet treats cells starting with these as formulas (OWASP "CSV injection").
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FORMULA_PREFIXES = _FORMULA_PREFIXES


def parse_export_format(value: str | None) -> str:
    value = (value or "csv").lower()
    if value not in EXPORT_FORMATS:
        raise ApplicationError(
            _("Unknown export format “%(format)s”; use csv or ndjson.") % {"format": value[:20]},
            code="invalid_format",
        )
    return value


def neutralise_cell(value: Any) -> str:
    """The CSV text of a value; text that starts like a formula is prefixed with an apostrophe."""
    text = _plain(value)
    if isinstance(text, str) and text.startswith(_FORMULA_PREFIXES):
        return "'" + text
    return "" if text is None else str(text)


def _plain(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return ";".join(str(_plain(item)) for item in value)
    return value if isinstance(value, str) else str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


class _Echo:
    """A file-like object whose write() hands the encoded line back (the csv module's streaming recipe)."""

    def write(self, value: str) -> str:
        return value


def _csv_cell(value: Any) -> Any:
    # Numbers are written as they are: neutralising them would break negative values.
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return value
    return neutralise_cell(value)


def stream_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> Iterator[bytes]:
    writer = csv.writer(_Echo())
    yield writer.writerow(columns).encode()
    lines: list[str] = []
    for row in rows:
        lines.append(writer.writerow([_csv_cell(row[column]) for column in columns]))
        if len(lines) >= _BATCH:
            yield "".join(lines).encode()
            lines = []
    if lines:
        yield "".join(lines).encode()


def stream_ndjson(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> Iterator[bytes]:
    lines: list[str] = []
    for row in rows:
        lines.append(json.dumps({column: row[column] for column in columns}, default=_json_default, ensure_ascii=False))
        if len(lines) >= _BATCH:
            yield ("\n".join(lines) + "\n").encode()
            lines = []
    if lines:
        yield ("\n".join(lines) + "\n").encode()


def export_response(
    *, rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, name: str
) -> StreamingHttpResponse:
    stream = stream_csv(rows, columns) if fmt == "csv" else stream_ndjson(rows, columns)
    response = StreamingHttpResponse(stream, content_type=EXPORT_FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response
