"""Text search that an index can answer on PostgreSQL and that still works everywhere else.

Searches are case-insensitive substring matches (`icontains`), the same semantics on every database.
Django writes them as `UPPER(col::text) LIKE UPPER('%term%')`; on PostgreSQL the migrations add GIN
`pg_trgm` indexes on exactly those expressions (`trigram_index_operations`), so a search reads the
index instead of scanning the table. SQLite has no such indexes and scans, which is fine at its sizes.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import migrations
from django.db.models import Q
from django.utils.text import smart_split, unescape_string_literal

MAX_TERMS = 8  # more words than this are ignored (each one is another condition on the query)


def search_terms(text: str | None) -> list[str]:
    """Words of a search box, quoted phrases kept together (as DRF's and the admin's search split them)."""
    terms = []
    for bit in smart_split((text or "").replace("\x00", "").strip()):
        if bit.startswith(('"', "'")) and bit[0] == bit[-1] and len(bit) > 1:
            bit = unescape_string_literal(bit)
        bit = bit.strip()
        if bit:
            terms.append(bit)
    return terms[:MAX_TERMS]


def contains_any(fields: Sequence[str], term: str) -> Q:
    """Q: `term` occurs in any of `fields` (case-insensitive)."""
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": term})
    return condition


def _index_name(table: str, column: str) -> str:
    return f"{table}_{column}_trgm"[:63]


def trigram_index_operations(table: str, columns: Sequence[str]) -> list:
    """Migration operations: on PostgreSQL only, pg_trgm and a GIN index on UPPER(column) per column."""

    def forwards(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for column in columns:
            schema_editor.execute(
                f'CREATE INDEX IF NOT EXISTS "{_index_name(table, column)}" ON "{table}" '
                f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
            )

    def backwards(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for column in columns:
            schema_editor.execute(f'DROP INDEX IF EXISTS "{_index_name(table, column)}"')

    return [migrations.RunPython(forwards, backwards, elidable=False)]
