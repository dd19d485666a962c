"""`column = ANY(%s)`: membership in a long list of ids as one array parameter on PostgreSQL.

Django writes `__in=[...]` as one placeholder per value and prepares each value on its own: a search whose
word matches a thousand city names compiled a thousand parameters into each of the changelist's four
queries (20-30 ms of a page). PostgreSQL takes the whole list as one array and still answers it from the
column's index; other databases get the usual IN list.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import F, Lookup, Q


class AnyOf(Lookup):
    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        values = list(self.rhs)
        if not values:
            return "1 = 0", []
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s)", [*lhs_params, values]
        return f"{lhs} IN ({', '.join(['%s'] * len(values))})", [*lhs_params, *values]


def any_of(column: str, values: Iterable[int]) -> Q:
    """Q: `column` (a plain integer column, e.g. "city_id") is one of `values`."""
    return Q(AnyOf(F(column), list(values)))
