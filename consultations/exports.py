"""Bulk export of consultations: the API's filtered, viewer-scoped queryset, streamed row by row.

The queryset must come from `consultations.access` (through the API view's filters); this module only
turns it into flat rows. Plain values are read through a cursor a chunk at a time and many-valued
fields are fetched per chunk, so memory stays flat however many cases are exported.

On PostgreSQL the export does not build a dict per case: the database formats every cell as the export
writes it (ConsultationRows.chunks: CSV cells, or each NDJSON line as row_to_json) and the rows of each
fetch go to the response as they are, which keeps the export within twice the time of a COPY of the same
columns at 200,000 cases (benchmarks/scale.py). The dict rows stay the reference rendering (SQLite,
tests/api/test_export_fast_path.py compares the bytes on both databases).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from itertools import islice
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connections, transaction
from django.db.models import F, Func, OuterRef, QuerySet, TextField, Value
from django.http import StreamingHttpResponse

from consultations.listing import of_cases
from consultations.models import Consultation
from core.exports import CHUNK_SIZE, FORMULA_PREFIXES, export_response

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
    columns = FULL_COLUMNS if full else PUBLIC_COLUMNS
    rows = (
        queryset.annotate(**_arrays())
        .order_by("id")
        .values_list(*(_SOURCE[column] for column in columns))
        .iterator(chunk_size=CHUNK_SIZE)
    )
    for row in rows:
        yield dict(zip(columns, row, strict=True))


def _arrays() -> dict[str, Any]:
    """PostgreSQL: each many-valued column as an array read with the row (named many_<column>)."""
    from django.contrib.postgres.expressions import ArraySubquery

    return {
        f"many_{column}": ArraySubquery(
            through.objects.filter(consultation_id=OuterRef("pk")).order_by("pk").values(path)
        )
        for column, (through, path) in _MANY.items()
    }


# --- PostgreSQL: cells formatted by the database --------------------------------------------------------------
# The fast path reads each row as the export writes it, formatted by the database: for CSV the fields (ISO
# datetimes, true/false, lists joined with ";", text neutralised and quoted) joined with commas, for NDJSON the
# JSON object; the lines of each fetch go straight into the response. Its bytes are those of the dict rows
# above through core.exports' generic encoders (tests/api/test_export_fast_path.py compares them).
_KIND = {
    "id": "int",
    "city": "int",
    "stage_entered_at": "datetime",
    "submitted_at": "datetime",
    "closed_at": "datetime",
    "updated_at": "datetime",
    "created_at": "datetime",
    "is_published": "bool",
}  # every other column is text (for CSV the many-valued ones too: the inner query joins them)
_FORMULA_CODES = ", ".join(str(ord(prefix)) for prefix in FORMULA_PREFIXES)


def _sql_neutralised(text: str) -> str:
    """core.exports.neutralise_cell of a text in SQL: an apostrophe before a formula's first character
    (ascii() is the code of the first character, 0 for an empty text: a cheap test)."""
    return f"CASE WHEN ascii({text}) IN ({_FORMULA_CODES}) THEN '''' || {text} ELSE {text} END"


def _sql_iso(column: str) -> str:
    """datetime.isoformat() of the UTC value: microseconds only when there are some, then +00:00."""
    return f"""replace(to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'), '.000000+', '+')"""


def _sql_cell(column: str, *, fmt: str) -> str:
    """One column's value as the format writes it. CSV: the field's text (never NULL) as csv.writer writes
    it; NDJSON: the JSON value row_to_json writes (text as it is, booleans, numbers and arrays)."""
    name = f'q."x_{column}"'
    kind = _KIND.get(column, "text")
    if kind == "datetime":
        value = _sql_iso(name)
        return f"coalesce({value}, '')" if fmt == "csv" else value
    if fmt != "csv":
        return name
    if kind == "int":
        return f"coalesce({name}::text, '')"
    if kind == "bool":
        return f"CASE WHEN {name} THEN 'true' WHEN NOT {name} THEN 'false' ELSE '' END"
    # Text (and the many-valued columns, joined by the inner query): neutralised, then quoted as csv.writer
    # quotes (QUOTE_MINIMAL: a field holding a comma, a double quote, CR or LF; quotes doubled).
    neutral = _sql_neutralised(name)
    special = " + ".join(f"strpos({name}, {char})" for char in ("','", "'\"'", "chr(10)", "chr(13)"))
    return (
        f"coalesce(CASE WHEN {special} > 0 THEN '\"' || replace({neutral}, '\"', '\"\"') || '\"' ELSE {neutral} END,"
        " '')"
    )


class ConsultationRows:
    """The export's rows. Iterating gives one dict per case (any database: the reference rendering);
    `chunks(fmt)` gives, on PostgreSQL, lists of rows formatted by the database, each row's text as the
    format writes it (see core.exports), or None where there is no faster path."""

    def __init__(self, queryset: QuerySet[Consultation], *, full: bool, one_transaction: bool = False) -> None:
        self.queryset = queryset
        self.full = full
        self.one_transaction = one_transaction
        self.columns = FULL_COLUMNS if full else PUBLIC_COLUMNS

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return consultation_rows(self.queryset, full=self.full)

    def chunks(self, fmt: str) -> Iterator[list[str]] | None:
        connection = connections[self.queryset.db]
        if connection.vendor != "postgresql" or connection.timezone_name != "UTC":
            return None
        arrays = _arrays()
        if fmt == "csv":  # the lists joined with ";" once, in the inner query
            arrays = {
                name: Func(array, Value(";"), function="array_to_string", output_field=TextField())
                for name, array in arrays.items()
            }
        sources = {
            f"x_{column}": arrays[f"many_{column}"] if column in _MANY else F(_SOURCE[column])
            for column in self.columns
        }
        inner = self.queryset.annotate(**sources).order_by("id").values_list(*sources)
        try:
            sql, params = inner.query.sql_with_params()
        except EmptyResultSet:  # a filter that can match nothing (e.g. an unknown policy module): no rows
            return iter(())
        # OFFSET 0 keeps the inner query whole, so each many-valued subquery runs once per case (not once per
        # mention in the formatting); the subquery scan keeps the inner order.
        if fmt == "csv":
            # Each line is the row's fields joined with commas, the bytes csv.writer writes (without the line end).
            line = " || ',' || ".join(_sql_cell(column, fmt=fmt) for column in self.columns)
            query = f"SELECT {line} FROM ({sql} OFFSET 0) q"  # noqa: S608 (fixed SQL; sql and params: the ORM's)
        else:
            # Each line is PostgreSQL's row_to_json, the bytes orjson writes for the same values (compact, the
            # same escapes; the fast-path test compares them), read as text (not parsed by psycopg).
            cells = ", ".join(f'{_sql_cell(column, fmt=fmt)} AS "{column}"' for column in self.columns)
            query = f"SELECT row_to_json(r)::text FROM (SELECT {cells} FROM ({sql} OFFSET 0) q) r"  # noqa: S608
        return ([line for (line,) in chunk] for chunk in _fetch(connection, query, params, self.one_transaction))


def _fetch(connection, sql: str, params, one_transaction: bool) -> Iterator[list[tuple]]:
    """Rows of a server-side cursor, CHUNK_SIZE at a time (memory bounded by a chunk).

    Outside a transaction Django declares the cursor WITH HOLD, and PostgreSQL then runs the whole query
    before the first row comes back (it keeps the result for the cursor past the commit). Within one
    transaction the database produces rows while the previous chunk is encoded; the HTTP stream does that
    (nothing else uses its connection meanwhile), the export job does not (its progress updates would stay
    invisible until the end)."""
    with transaction.atomic(using=connection.alias) if one_transaction else nullcontext():
        if one_transaction:
            with connection.cursor() as settings_cursor:
                # JIT compilation of this query took ~0.7 s at 200,000 cases (EXPLAIN ANALYZE), whatever the
                # row count, for no clear gain: its time goes to the many-valued subqueries' index lookups.
                # For this transaction only (the job's cursor has none to scope it to).
                settings_cursor.execute("SET LOCAL jit = off")
        with connection.chunked_cursor() as cursor:
            cursor.execute(sql, params)
            if not one_transaction:
                while chunk := cursor.fetchmany(CHUNK_SIZE):
                    yield chunk
                return
            # The next chunk is fetched (psycopg waits without the GIL) while the caller encodes this one.
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-fetch") as pool:
                pending = pool.submit(cursor.fetchmany, CHUNK_SIZE)
                try:
                    while chunk := pending.result():
                        pending = pool.submit(cursor.fetchmany, CHUNK_SIZE)
                        yield chunk
                finally:
                    pending.cancel() or pending.exception()  # never leave a fetch running on the connection


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
    return ConsultationRows(queryset, full=full), (FULL_COLUMNS if full else PUBLIC_COLUMNS), total


def consultation_export(queryset: QuerySet[Consultation], *, fmt: str, full: bool) -> StreamingHttpResponse:
    columns = FULL_COLUMNS if full else PUBLIC_COLUMNS
    return export_response(
        rows=ConsultationRows(queryset, full=full, one_transaction=True), columns=columns, fmt=fmt, name="consultations"
    )
