"""A paginator for large PostgreSQL tables (admin changelists, the public case list).

Unfiltered: the planner's row estimate (`pg_class.reltuples`) instead of counting every row. Filtered or
searched: a bounded count (at most BOUNDED_COUNT; refine to see more). Deep pages read the page's ids first
(an index-only scan) and then only those rows, instead of fetching and discarding every row before the OFFSET.
Other databases count and slice as Django's Paginator does.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property

ESTIMATE_ABOVE = 50_000  # below this many rows (estimated), count exactly
BOUNDED_COUNT = 1_000  # a filtered or searched changelist counts at most this many rows (refine to see more)
DEFERRED_JOIN_FROM = 2_000  # offsets at or beyond this read ids first


class LargeTablePaginator(Paginator):
    def _connection(self):
        queryset = self.object_list
        return connections[queryset.db] if hasattr(queryset, "db") else None

    @cached_property
    def count(self):
        queryset = self.object_list
        connection = self._connection()
        if (
            connection is not None
            and connection.vendor == "postgresql"
            and not queryset.query.where
            and not queryset.query.distinct
            and not queryset.query.combinator
        ):
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [queryset.model._meta.db_table]
                )
                row = cursor.fetchone()
            if row and row[0] and row[0] >= ESTIMATE_ABOVE:
                return int(row[0])
        if connection is not None and connection.vendor == "postgresql" and queryset.query.where:
            # Counting every match of a broad search or filter costs as much as reading them all.
            return queryset.order_by()[:BOUNDED_COUNT].count()
        return super().count

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        queryset = self.object_list
        connection = self._connection()
        if connection is None or connection.vendor != "postgresql" or bottom < DEFERRED_JOIN_FROM:
            return self._get_page(queryset[bottom:top], number, self)
        ids = list(queryset.values_list("pk", flat=True)[bottom:top])
        return self._get_page(list(queryset.filter(pk__in=ids)), number, self)
