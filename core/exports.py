"""Streamed bulk exports (CSV and NDJSON) with constant memory.

Rows come from a generator over `QuerySet.iterator(chunk_size=...)` (a server-side cursor on
PostgreSQL), are encoded a batch at a time (csv.writer.writerows, orjson) and handed to a
StreamingHttpResponse or, for large exports, written to a file by a worker (core.export_jobs): nothing
holds the whole result. A source may instead give chunks of rows already formatted (`rows.chunks(fmt)`,
see _prepared_chunks: the consultation export on PostgreSQL), written as they come. Every CSV starts
with a UTF-8 byte-order mark; CSV cells that a spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any

import orjson
from django.http import StreamingHttpResponse
from django.utils.translation import gettext_lazy as _

from core.errors import ApplicationError

EXPORT_FORMATS: dict[str, str] = {
    "csv": "text/csv; charset=utf-8",
    "ndjson": "application/x-ndjson; charset=utf-8",
}
CHUNK_SIZE = 1000  # rows fetched per round trip of the server-side cursor (and per batch of many-valued lookups)
_BATCH = 500  # rows encoded per piece of the response
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


class _Buffer(io.StringIO):
    """A write target for csv.writer that keeps the lines of one batch (a C-level write per row)."""

    def take(self) -> bytes:
        data = self.getvalue().encode()
        self.seek(0)
        self.truncate()
        return data


_FORMULA_START = frozenset(_FORMULA_PREFIXES)


def _csv_cell(value: Any) -> Any:
    # The common cases first (text, whole numbers, empty), then everything else through neutralise_cell.
    kind = type(value)
    if kind is str:
        return "'" + value if value and value[0] in _FORMULA_START else value
    if kind is int or kind is Decimal:
        return value  # neutralising numbers would break negative values
    if value is None:
        return ""
    return neutralise_cell(value)


def _text(value: str) -> str:
    return "'" + value if value and value[0] in _FORMULA_START else value


def _same(value: Any) -> Any:
    return value  # numbers: neutralising them would break negative values


def _empty(_value: None) -> str:
    return ""


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _list(value: list | tuple) -> str:
    try:
        text = ";".join(value)  # the usual case: keys and slugs
    except TypeError:
        text = ";".join(str(_plain(item)) for item in value)
    return _text(text)


def _iso(value: date) -> str:
    return value.isoformat()  # starts with a digit: never a formula


# The CSV text of a cell by its exact type, without walking isinstance() checks for every cell; any other type
# (floats, lists, ...) goes through neutralise_cell. Same output as _csv_cell.
_CELL_BY_TYPE: dict[type, Callable[[Any], Any]] = {
    str: _text,
    int: _same,
    Decimal: _same,
    type(None): _empty,
    bool: _bool,
    datetime: _iso,
    date: _iso,
    list: _list,
    tuple: _list,
}


ProgressCallback = Callable[[int], None]


def _prepared_chunks(rows: Iterable[Any], fmt: str) -> Iterator[Sequence[str]] | None:
    """A source's own chunks of rows for `fmt`, when it has them (`rows.chunks(fmt)`, e.g. cells formatted by
    the database): each row's text without its line end, the columns in order. CSV: the fields as csv.writer
    writes them (formulas neutralised, lists joined with ";", booleans and dates as text, quoted where
    needed), joined with commas; NDJSON: the row's JSON object. Their bytes must be those of the source's dict
    rows through the generic path below. None: iterate the dicts."""
    chunks = getattr(rows, "chunks", None)
    return chunks(fmt) if callable(chunks) else None


def stream_csv(
    rows: Iterable[dict[str, Any]], columns: Sequence[str], *, on_rows: ProgressCallback | None = None
) -> Iterator[bytes]:
    """UTF-8 CSV with a byte-order mark (spreadsheets then read it as UTF-8), a batch of rows per piece."""
    buffer = _Buffer()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    yield codecs.BOM_UTF8 + buffer.take()
    written = 0
    prepared = _prepared_chunks(rows, "csv")
    if prepared is not None:
        for chunk in prepared:
            written += len(chunk)
            if on_rows is not None:
                on_rows(written)
            yield ("\r\n".join(chunk) + "\r\n").encode() if chunk else b""
        return
    pick = itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
    convert = _CELL_BY_TYPE.get
    fallback = neutralise_cell
    batch: list = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            writer.writerows([[convert(type(value), fallback)(value) for value in pick(item)] for item in batch])
            written += len(batch)
            batch = []
            if on_rows is not None:
                on_rows(written)
            yield buffer.take()
    if batch:
        writer.writerows([[convert(type(value), fallback)(value) for value in pick(item)] for item in batch])
        written += len(batch)
        if on_rows is not None:
            on_rows(written)
        yield buffer.take()


def stream_ndjson(
    rows: Iterable[dict[str, Any]], columns: Sequence[str], *, on_rows: ProgressCallback | None = None
) -> Iterator[bytes]:
    dumps = orjson.dumps
    written = 0
    prepared = _prepared_chunks(rows, "ndjson")
    if prepared is not None:
        for chunk in prepared:
            data = ("\n".join(chunk) + "\n").encode() if chunk else b""
            written += len(chunk)
            if on_rows is not None:
                on_rows(written)
            yield data
        return
    lines: list[bytes] = []
    for row in rows:
        lines.append(dumps({column: row[column] for column in columns}, default=_json_default))
        if len(lines) >= _BATCH:
            written += len(lines)
            if on_rows is not None:
                on_rows(written)
            yield b"\n".join(lines) + b"\n"
            lines = []
    if lines:
        written += len(lines)
        if on_rows is not None:
            on_rows(written)
        yield b"\n".join(lines) + b"\n"


def stream_export(
    rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, *, on_rows: ProgressCallback | None = None
) -> Iterator[bytes]:
    return (stream_csv if fmt == "csv" else stream_ndjson)(rows, columns, on_rows=on_rows)


def export_response(
    *, rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: str, name: str
) -> StreamingHttpResponse:
    response = StreamingHttpResponse(stream_export(rows, columns, fmt), content_type=EXPORT_FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response
