"""Reads of consultations, scoped to the viewer, with their related rows named explicitly."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from consultations.access import consultations_visible_to
from consultations.models import Consultation
from consultations.pipeline import PIPELINE_STAGES


def overdue_q(now: datetime | None = None) -> Q:
    """Cases that have sat in their stage longer than the stage's target duration."""
    now = now or timezone.now()
    condition = Q(pk__in=[])
    for stage in PIPELINE_STAGES:
        if stage.target_days is not None:
            condition |= Q(stage=stage.key, stage_entered_at__lt=now - timedelta(days=stage.target_days))
    return condition


def consultation_list(*, viewer) -> QuerySet[Consultation]:
    return (
        consultations_visible_to(viewer)
        .select_related("city")
        .prefetch_related("sectors")
        .order_by("-created_at", "-id")
    )


CASE_SEARCH_FIELDS = ("title", "challenge", "public_summary")
PUBLIC_CASE_SEARCH_FIELDS = ("title", "public_summary")
CITY_SEARCH_FIELDS = ("name", "name_local")


# A word found in more city names than this may be in all of them (then it filters nothing): worth a count.
CITY_IDS_WORTH_COUNTING = 50


def consultation_search(queryset: QuerySet[Consultation], *, terms: list[str], full: bool) -> QuerySet[Consultation]:
    """Cases where every term occurs in the title, summary (and challenge, for `full` readers) or city name.

    Each term is one OR over columns of the case table only (the city's name becomes a list of city ids,
    looked up first), so PostgreSQL answers it with a BitmapOr of the trigram indexes (core.search).
    """
    from cities.models import City
    from core.lookups import any_of
    from core.search import contains_any

    fields = CASE_SEARCH_FIELDS if full else PUBLIC_CASE_SEARCH_FIELDS
    every_city: int | None = None
    for term in terms:
        city_ids = list(City.objects.filter(contains_any(CITY_SEARCH_FIELDS, term)).values_list("pk", flat=True))
        if len(city_ids) > CITY_IDS_WORTH_COUNTING:
            if every_city is None:
                every_city = City._base_manager.count()  # archived cities too: their cases match no city id
            if len(city_ids) == every_city:
                continue  # the word is in every city's name, so every case matches it
        condition = contains_any(fields, term)
        if city_ids:
            condition |= any_of("city_id", city_ids)
        queryset = queryset.filter(condition)
    return queryset


SEARCH_RANK = "search_rank"
# Ranking reads every match (PostgreSQL computes each one's text vector): up to this many matches it is
# cheap (tens of ms); a broader search (a common word at 200,000 cases) lists its matches newest first.
SEARCH_RANK_MAX_MATCHES = 1_000


def consultation_search_ranked(
    queryset: QuerySet[Consultation], *, terms: list[str], full: bool
) -> QuerySet[Consultation]:
    """consultation_search, plus on PostgreSQL a relevance annotation `search_rank` (full-text `ts_rank`:
    the title weighs most, then the public summary, then the challenge for `full` readers; a reader who may
    not see the challenge is never ranked by it) when the search matches at most SEARCH_RANK_MAX_MATCHES
    cases. Order by `-search_rank` when the annotation is there (see `is_ranked`)."""
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
    from django.db import connections
    from django.db.models import FloatField
    from django.db.models.functions import Cast

    queryset = consultation_search(queryset, terms=terms, full=full)
    if not terms or connections[queryset.db].vendor != "postgresql":
        return queryset
    if queryset.order_by()[: SEARCH_RANK_MAX_MATCHES + 1].count() > SEARCH_RANK_MAX_MATCHES:
        return queryset
    vector = SearchVector("title", weight="A", config="simple") + SearchVector(
        "public_summary", weight="B", config="simple"
    )
    if full:
        vector += SearchVector("challenge", weight="C", config="simple")
    query = SearchQuery(terms[0], config="simple")
    for term in terms[1:]:
        query |= SearchQuery(term, config="simple")
    # double precision, so a cursor's position (the rank as text) compares exactly on the next page
    return queryset.annotate(**{SEARCH_RANK: Cast(SearchRank(vector, query), FloatField())})


def is_ranked(queryset: QuerySet) -> bool:
    return SEARCH_RANK in queryset.query.annotations


def is_overdue(consultation: Consultation, now: datetime | None = None) -> bool:
    target = consultation.stage_info.target_days
    if target is None:
        return False
    return consultation.stage_entered_at < (now or timezone.now()) - timedelta(days=target)


def stage_due_at(consultation: Consultation) -> datetime | None:
    target = consultation.stage_info.target_days
    return None if target is None else consultation.stage_entered_at + timedelta(days=target)


# Phases of a programme -------------------------------------------------------------------------------

MAX_PHASES = 20  # a guard against a loop that slipped past validation


def programme_root(consultation: Consultation) -> Consultation:
    """The first phase of the programme the case belongs to (the case itself when it continues nothing)."""
    root, seen = consultation, {consultation.pk}
    while root.continues_id is not None and root.continues_id not in seen and len(seen) < MAX_PHASES:
        seen.add(root.continues_id)
        root = Consultation.objects.select_related("city").get(pk=root.continues_id)
    return root


def programme_phases(consultation: Consultation, *, visible: QuerySet[Consultation] | None = None) -> list:
    """Every phase of the case's programme, in order (phase number, then request date), the case included.

    With `visible` (a viewer's scoped queryset), phases the viewer may not see are left out, except the case.
    """
    if consultation.continues_id is None and not Consultation.objects.filter(continues=consultation).exists():
        return [consultation]
    root = programme_root(consultation)
    phases, frontier, seen = [root], [root.pk], {root.pk}
    while frontier and len(seen) < MAX_PHASES:
        children = list(
            Consultation.objects.filter(continues_id__in=frontier).exclude(pk__in=seen).select_related("city")
        )
        frontier = [child.pk for child in children]
        seen.update(frontier)
        phases += children
    if visible is not None:
        allowed = set(visible.filter(pk__in=seen).values_list("pk", flat=True))
        phases = [phase for phase in phases if phase.pk in allowed or phase.pk == consultation.pk]
    return sorted(phases, key=lambda case: (case.phase_number or 0, case.submitted_at or case.created_at, case.pk))


def phase_label(consultation: Consultation) -> str:
    """ "Phase 2 of 3: title", "Phase 2: title" or the title alone."""
    from django.utils.translation import gettext as _

    if consultation.phase_number and consultation.phase_count:
        prefix = _("Phase %(number)d of %(count)d") % {
            "number": consultation.phase_number,
            "count": consultation.phase_count,
        }
    elif consultation.phase_number:
        prefix = _("Phase %(number)d") % {"number": consultation.phase_number}
    else:
        return consultation.title
    return f"{prefix}: {consultation.title}"
