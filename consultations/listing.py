"""The consultation list's rows, read flat: `values()` for the cases and one set-based query per relation.

The JSON is exactly what `ConsultationSerializer` / `PublicConsultationSerializer` produce for the same
cases (tests/api/test_list_rows.py compares them), but without building a model instance and a serializer
field tree per case: plain values are converted by small per-column functions, the related rows of the
whole page are read in one query per relation and grouped by case. The number of queries does not depend
on the page size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.db import connections
from django.db.models import QuerySet
from django.utils import timezone

from consultations.access import CaseParts
from consultations.models import (
    Activity,
    Consultation,
    FundingCommitment,
    OutcomeIndicator,
    SiteVisit,
    StageTransition,
    TaskForceMember,
)
from consultations.pipeline import StageKey
from core.choices import choice_label

# Plain columns read with values(): (output name, values() path).
PUBLIC_VALUES: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("title", "title"),
    ("city", "city_id"),
    ("city_name", "city__name"),
    ("country", "city__country"),
    ("region", "city__region"),
    ("track", "track"),
    ("stage", "stage"),
    ("public_summary", "public_summary"),
    ("lessons_learned", "lessons_learned"),
    ("submitted_at", "submitted_at"),
    ("closed_at", "closed_at"),
    ("updated_at", "updated_at"),
)
FULL_VALUES: tuple[tuple[str, str], ...] = (
    *PUBLIC_VALUES,
    ("resume_stage", "resume_stage"),
    ("stage_entered_at", "stage_entered_at"),
    ("challenge", "challenge"),
    ("expected_outcomes", "expected_outcomes"),
    ("budget_situation", "budget_situation"),
    ("budget_notes", "budget_notes"),
    ("contact_name", "contact_name"),
    ("contact_email", "contact_email"),
    ("contact_phone", "contact_phone"),
    ("auto_advance", "auto_advance"),
    ("is_published", "is_published"),
    ("evaluation_summary", "evaluation_summary"),
    ("created_at", "created_at"),
)


def value_fields(*, full: bool) -> list[str]:
    """The values() paths a page needs (the cursor's ordering fields are among them)."""
    return [path for _name, path in (FULL_VALUES if full else PUBLIC_VALUES)]


def _datetime_formatter() -> Callable[[datetime | None], datetime | None]:
    """DRF's DateTimeField value: the datetime in the current time zone. The API's renderer (core.renderers,
    orjson) writes it as DRF would (ISO 8601, `Z` for UTC) several times faster than isoformat() here."""
    tz = timezone.get_current_timezone()

    def fmt(value: datetime | None) -> datetime | None:
        return None if value is None else value.astimezone(tz)

    return fmt


def _decimal(places: int) -> Callable[[Decimal | None], str | None]:
    exponent = Decimal(1).scaleb(-places)

    def fmt(value: Decimal | None) -> str | None:
        return None if value is None else f"{value.quantize(exponent):f}"

    return fmt


def _date(value) -> str | None:
    return None if value is None else value.isoformat()


def _full_name(first: str, last: str, username: str) -> str:
    return f"{first} {last}".strip() or username


def _group(rows: Iterable[tuple[int, Any]]) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for case_id, value in rows:
        grouped[case_id].append(value)
    return grouped


def of_cases(queryset: QuerySet, ids: Sequence[int], column: str = "consultation_id") -> QuerySet:
    """`queryset` restricted to rows of these cases: one array parameter on PostgreSQL (`= ANY(%s)`), since
    Django prepares an `__in` list value by value (about 10 ms for 500 ids)."""
    if connections[queryset.db].vendor == "postgresql":
        table = queryset.model._meta.db_table
        return queryset.extra(where=[f'"{table}"."{column}" = ANY(%s)'], params=[list(ids)])  # noqa: S610
    return queryset.filter(**{f"{column}__in": ids})


def _many(model_through, ids: Sequence[int], path: str, ordering: Sequence[str]) -> dict[int, list]:
    pairs = (
        of_cases(model_through.objects.all(), ids)
        .order_by("consultation_id", *ordering)
        .values_list("consultation_id", path)
    )
    return _group(pairs)


def _many_postgres(ids: Sequence[int], *, with_parts: bool) -> tuple[dict[int, list], ...]:
    """The page's sector keys, SDG numbers and policy-module slugs in ONE query (three joins over the page's
    ids, UNION ALL), each case's values in the order the serializers give them; with `with_parts`, in the
    same query, which cases have any row of each sparse part of the work (SPARSE_PART_NAMES: most cases have
    none, and a part no case of the page has then costs no query)."""
    from policies.models import SDG, PolicyModule, Sector

    def table(model) -> str:
        return connections[Consultation.objects.db].ops.quote_name(model._meta.db_table)

    sector_through = table(Consultation.sectors.through)
    sdg_through = table(Consultation.sdgs.through)
    module_through = table(Consultation.policy_modules.through)
    sector, sdg, module = table(Sector), table(SDG), table(PolicyModule)
    parts_sql = "".join(
        f"""
        UNION ALL
        SELECT DISTINCT {3 + index}, x.consultation_id, ''::text, 0, ''::text, 0::bigint
          FROM {table(model)} x WHERE x.consultation_id = ANY(%(ids)s)"""  # noqa: S608 - quoted table names
        for index, model in enumerate(_sparse_part_models() if with_parts else [])
    )
    sql = f"""
        SELECT 0, t.consultation_id, s.key, s."order", ''::text, s.id
          FROM {sector_through} t JOIN {sector} s ON s.id = t.sector_id WHERE t.consultation_id = ANY(%(ids)s)
        UNION ALL
        SELECT 1, t.consultation_id, d.number::text, d.number, ''::text, d.id
          FROM {sdg_through} t JOIN {sdg} d ON d.id = t.sdg_id WHERE t.consultation_id = ANY(%(ids)s)
        UNION ALL
        SELECT 2, t.consultation_id, p.slug, ps."order", p.title::text, p.id
          FROM {module_through} t JOIN {module} p ON p.id = t.policymodule_id
          LEFT JOIN {sector} ps ON ps.id = p.sector_id WHERE t.consultation_id = ANY(%(ids)s){parts_sql}
        ORDER BY 1, 2, 4, 5, 6
    """  # noqa: S608 - table names from the models' metadata, quoted; the ids are a parameter
    found: tuple[dict[int, list], ...] = tuple(defaultdict(list) for _ in range(3 + len(SPARSE_PART_NAMES)))
    with connections[Consultation.objects.db].cursor() as cursor:
        cursor.execute(sql, {"ids": list(ids)})
        for kind, case_id, value, *_order in cursor.fetchall():
            found[kind][case_id].append(int(value) if kind == 1 else value)
    return found


def _sparse_part_models() -> list[type]:
    # In the order of SPARSE_PART_NAMES. Archived rows count here: this only spares queries, the scoped reads
    # (related_parts) decide what is shown.
    return [TaskForceMember, Activity, SiteVisit, FundingCommitment, OutcomeIndicator]


def _history(ids: Sequence[int], dt) -> dict[int, list]:
    rows = (
        of_cases(StageTransition.objects.all(), ids)
        .order_by("consultation_id", "created_at", "id")
        .values_list(
            "consultation_id",
            "id",
            "from_stage",
            "to_stage",
            "actor_id",
            "actor__first_name",
            "actor__last_name",
            "actor__username",
            "is_automatic",
            "note",
            "created_at",
        )
    )
    return _group(
        (
            case_id,
            {
                "id": pk,
                "from_stage": from_stage,
                "to_stage": to_stage,
                "actor": _full_name(first, last, username) if actor_id else "",
                "is_automatic": automatic,
                "note": note,
                "created_at": dt(created_at),
            },
        )
        for case_id, pk, from_stage, to_stage, actor_id, first, last, username, automatic, note, created_at in rows
    )


def _activities(ids: Sequence[int]) -> dict[int, list]:
    rows = (
        of_cases(Activity.objects.all(), ids)
        .order_by("consultation_id", "starts_on", "id")
        .values_list(
            "consultation_id",
            "id",
            "kind",
            "title",
            "starts_on",
            "ends_on",
            "completed_on",
            "participants_count",
            "participants",
            "outputs",
        )
    )
    return _group(
        (
            row[0],
            {
                "id": row[1],
                "kind": row[2],
                "title": row[3],
                "starts_on": _date(row[4]),
                "ends_on": _date(row[5]),
                "completed_on": _date(row[6]),
                "participants_count": row[7],
                "participants": row[8],
                "outputs": row[9],
            },
        )
        for row in rows
    )


def _by_case(instances: list, data: list[dict]) -> dict[int, list]:
    return _group((instance.consultation_id, item) for instance, item in zip(instances, data, strict=True))


def _task_force(ids: Sequence[int], seats: QuerySet) -> dict[int, list]:
    from consultations.serializers import TaskForceMemberSerializer

    members = list(of_cases(seats, ids).select_related("expert", "user").order_by("consultation_id", "role", "id"))
    return _by_case(members, TaskForceMemberSerializer(members, many=True).data) if members else {}


def _site_visits(ids: Sequence[int], hidden: frozenset[str] = frozenset()) -> dict[int, list]:
    visits = list(of_cases(SiteVisit.objects.all(), ids).order_by("consultation_id", "starts_on", "id").values())
    if not visits:
        return {}
    experts = _group(
        of_cases(SiteVisit.experts.through.objects.all(), [visit["id"] for visit in visits], "sitevisit_id")
        .order_by("sitevisit_id", "expert__name", "expert_id")
        .values_list("sitevisit_id", "expert_id")
    )
    return _group(
        (
            visit["consultation_id"],
            {
                "id": visit["id"],
                "starts_on": _date(visit["starts_on"]),
                "ends_on": _date(visit["ends_on"]),
                "location": visit["location"],
                "experts": experts.get(visit["id"], []),
                "participants": visit["participants"],
                **({} if "findings" in hidden else {"findings": visit["findings"]}),
            },
        )
        for visit in visits
    )


def _funding(ids: Sequence[int], commitments: QuerySet) -> dict[int, list]:
    from consultations.serializers import FundingCommitmentSerializer

    commitments = list(
        of_cases(commitments, ids)
        .select_related("source", "company")
        .order_by("consultation_id", "-committed_on", "-id")
    )
    return _by_case(commitments, FundingCommitmentSerializer(commitments, many=True).data) if commitments else {}


def _indicators(ids: Sequence[int]) -> dict[int, list]:
    from consultations.models import IndicatorMeasurement

    indicators = list(of_cases(OutcomeIndicator.objects.all(), ids).order_by("consultation_id", "id").values())
    if not indicators:
        return {}
    dec = _decimal(4)
    measurements = _group(
        (
            row[0],
            {
                "id": row[1],
                "measured_on": _date(row[2]),
                "value": dec(row[3]),
                "source": row[4],
                "status": row[5],
                "note": row[6],
                "review_note": row[7],
                "evidence": row[8],
            },
        )
        for row in of_cases(IndicatorMeasurement.objects.all(), [row["id"] for row in indicators], "indicator_id")
        .order_by("indicator_id", "measured_on", "id")
        .values_list(
            "indicator_id", "id", "measured_on", "value", "source", "status", "note", "review_note", "evidence_id"
        )
    )
    return _group(
        (
            row["consultation_id"],
            {
                "id": row["id"],
                "name": row["name"],
                "unit": row["unit"],
                "baseline": dec(row["baseline"]),
                "baseline_on": _date(row["baseline_on"]),
                "target": dec(row["target"]),
                "target_on": _date(row["target_on"]),
                "description": row["description"],
                "reporting_interval_months": row["reporting_interval_months"],
                "measurements": measurements.get(row["id"], []),
            },
        )
        for row in indicators
    )


# The parts of the work most cases have none of, in the order of the JSON object.
SPARSE_PART_NAMES: tuple[str, ...] = ("task_force", "activities", "site_visits", "funding_commitments", "indicators")


def related_parts(ids_by_part: dict[str, Sequence[int]], *, parts: CaseParts | None) -> dict[str, dict[int, list]]:
    """Each sparse part of the work of the given cases (`{part: case ids}`), as the reader's CaseParts allow
    (everything for internal readers when `parts` is None); a part with no ids costs no query."""
    seats = parts.task_force if parts is not None else TaskForceMember.objects.all()
    commitments = parts.funding_commitments if parts is not None else FundingCommitment.objects.all()
    hidden_visit_fields = parts.hidden_site_visit_fields if parts is not None else frozenset()
    readers = {
        "task_force": lambda ids: _task_force(ids, seats),
        "activities": _activities,
        "site_visits": lambda ids: _site_visits(ids, hidden_visit_fields),
        "funding_commitments": lambda ids: _funding(ids, commitments),
        "indicators": _indicators,
    }
    return {name: (readers[name](ids_by_part[name]) if ids_by_part.get(name) else {}) for name in SPARSE_PART_NAMES}


def case_rows(rows: list[dict[str, Any]], *, full: bool, parts: CaseParts | None = None) -> list[dict[str, Any]]:
    """The API's JSON objects for a page of `values(*value_fields(full=...))` rows, in the page's order.

    With `full`, `parts` (consultations.access.case_parts_for) says which parts of the work the reader sees,
    as for the detail and the portal page; without it, everything (internal readers)."""
    if not rows:
        return []
    dt = _datetime_formatter()
    ids = [row["id"] for row in rows]
    ids_by_part = dict.fromkeys(SPARSE_PART_NAMES, ids)
    if connections[Consultation.objects.db].vendor == "postgresql":
        sectors, sdgs, modules, *with_rows = _many_postgres(ids, with_parts=full)
        ids_by_part = {name: list(cases) for name, cases in zip(SPARSE_PART_NAMES, with_rows, strict=False)}
    else:
        sectors = _many(Consultation.sectors.through, ids, "sector__key", ["sector__order", "sector_id"])
        sdgs = _many(Consultation.sdgs.through, ids, "sdg__number", ["sdg__number"])
        modules = _many(
            Consultation.policy_modules.through,
            ids,
            "policymodule__slug",
            ["policymodule__sector__order", "policymodule__title", "policymodule_id"],
        )
    labels = {key: choice_label(StageKey, key) for key in StageKey.values}
    related: dict[str, dict[int, list]] = {}
    if full:
        related = {"history": _history(ids, dt)}
        related.update(related_parts(ids_by_part, parts=parts))
    out = []
    for row in rows:
        pk = row["id"]
        stage = row["stage"]
        item = {
            "id": pk,
            "title": row["title"],
            "city": row["city_id"],
            "city_name": row["city__name"],
            "country": row["city__country"],
            "region": row["city__region"],
            "track": row["track"],
            "stage": stage,
            "stage_label": labels.get(stage, stage),
        }
        if full:
            item["resume_stage"] = row["resume_stage"]
            item["stage_entered_at"] = dt(row["stage_entered_at"])
            item["challenge"] = row["challenge"]
            item["expected_outcomes"] = row["expected_outcomes"]
            item["budget_situation"] = row["budget_situation"]
            item["budget_notes"] = row["budget_notes"]
            item["contact_name"] = row["contact_name"]
            item["contact_email"] = row["contact_email"]
            item["contact_phone"] = row["contact_phone"]
        item["sectors"] = sectors.get(pk, [])
        item["sdgs"] = sdgs.get(pk, [])
        item["policy_modules"] = modules.get(pk, [])
        if full:
            item["auto_advance"] = row["auto_advance"]
            item["is_published"] = row["is_published"]
            item["public_summary"] = row["public_summary"]
            if parts is None or "evaluation_summary" not in parts.hidden_case_fields:
                item["evaluation_summary"] = row["evaluation_summary"]
            item["lessons_learned"] = row["lessons_learned"]
            item["submitted_at"] = dt(row["submitted_at"])
            item["closed_at"] = dt(row["closed_at"])
            item["created_at"] = dt(row["created_at"])
            item["updated_at"] = dt(row["updated_at"])
            for name, groups in related.items():
                item[name] = groups.get(pk, [])
        else:
            item["public_summary"] = row["public_summary"]
            item["lessons_learned"] = row["lessons_learned"]
            item["submitted_at"] = dt(row["submitted_at"])
            item["closed_at"] = dt(row["closed_at"])
            item["updated_at"] = dt(row["updated_at"])
        out.append(item)
    return out


def case_values(queryset: QuerySet[Consultation], *, full: bool) -> QuerySet:
    """The flat read behind `case_rows`: plain columns only (no prefetches, no model instances, no per-row
    subqueries; the page's sectors, SDGs and modules come in one set-based query, see `case_rows`)."""
    extra = ["search_rank"] if "search_rank" in queryset.query.annotations else []  # a ranked search's cursor
    return queryset.values(*value_fields(full=full), *extra)
