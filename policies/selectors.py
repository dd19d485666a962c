"""Reads of the public policy archive: published modules, faceted search, the per-SDG pages.

Everything here reads *published* modules only (the public view of the archive). The search itself is
one function, `policy_search_q`, so a database-specific engine (PostgreSQL full text or trigram indexes)
can replace it without touching the pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, ExpressionWrapper, F, IntegerField, Q, QuerySet, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from policies.models import SDG, TRANSLATED_FIELDS, Language, PolicyModule, Sector
from policies.reference import LANGUAGE_LABELS, SDG_LABELS

READER_LANGUAGES = ("en", "ko", "es")
MAX_SEARCH_TERMS = 8


@dataclass(frozen=True)
class ArchiveFilters:
    """What a reader asked of the archive. Empty values mean "any"."""

    query: str = ""
    sector: str = ""
    sdg: int | None = None
    materials: str = ""  # a language code: material available in that language
    period: int | None = None  # the decade the policy started in (1990 = 1990-1999)
    department: str = ""

    def without(self, name: str) -> ArchiveFilters:
        empty = {"sdg": None, "period": None}.get(name, "")
        return ArchiveFilters(**{**self.__dict__, name: empty})

    @property
    def active(self) -> bool:
        return any(self.__dict__.values())


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass(frozen=True)
class Facet:
    name: str  # the query parameter
    label: str
    values: list[FacetValue] = field(default_factory=list)

    @property
    def selected(self) -> FacetValue | None:
        return next((value for value in self.values if value.selected), None)


def reader_language(language: str | None = None) -> str:
    code = (language or get_language() or "en")[:2]
    return code if code in READER_LANGUAGES else "en"


def searched_columns(language: str) -> list[str]:
    """The columns a reader's search looks at: their language's columns, plus English (shown wherever a
    translation is missing, and the language of most proper names), plus the responsible department."""
    columns = [*TRANSLATED_FIELDS]
    if language != "en":
        columns += [f"{name}_{language}" for name in TRANSLATED_FIELDS]
    return [*columns, "responsible_department"]


def policy_search_q(query: str, *, language: str) -> Q:
    """Every word of `query` must appear (case-insensitively) in one of the reader's columns.

    The swap point for a database-specific search engine: it returns a filter over PolicyModule.
    """
    terms = query.split()[:MAX_SEARCH_TERMS]
    condition = Q()
    for term in terms:
        any_column = Q()
        for column in searched_columns(language):
            any_column |= Q(**{f"{column}__icontains": term})
        condition &= any_column
    return condition


def published_modules() -> QuerySet[PolicyModule]:
    return PolicyModule.objects.published()


def _decade() -> ExpressionWrapper:
    return ExpressionWrapper(F("period_start") / 10 * 10, output_field=IntegerField())


def _filtered(filters: ArchiveFilters, language: str) -> QuerySet[PolicyModule]:
    modules = published_modules()
    query = (filters.query or "").strip()
    if query:
        modules = modules.filter(policy_search_q(query, language=language))
    if filters.sector:
        modules = modules.filter(sector__key=filters.sector)
    if filters.sdg:
        modules = modules.filter(sdgs__number=filters.sdg)
    if filters.materials:
        modules = modules.filter(languages__code=filters.materials)
    if filters.period:
        modules = modules.annotate(decade=_decade()).filter(decade=filters.period)
    if filters.department:
        modules = modules.filter(responsible_department=filters.department)
    return modules


def localized_title_expression(language: str):
    if language == "en":
        return F("title")
    return Coalesce(NullIf(F(f"title_{language}"), Value("")), F("title"))


def policy_archive(*, filters: ArchiveFilters, language: str | None = None) -> QuerySet[PolicyModule]:
    """Published modules matching `filters`, by sector and then title in the reader's language."""
    language = reader_language(language)
    ids = _filtered(filters, language).values("pk")
    return (
        published_modules()
        .filter(pk__in=ids)
        .select_related("sector")
        .prefetch_related("sdgs", "languages")
        .annotate(localized_title_sort=localized_title_expression(language))
        .order_by("sector__order", "localized_title_sort", "pk")
    )


def policy_facets(*, filters: ArchiveFilters, language: str | None = None) -> list[Facet]:
    """Counts per value of each facet, among the modules matching every *other* filter (so choosing a
    sector still shows how many modules each other sector has). One aggregate query per facet."""
    language = reader_language(language)

    def matching(without: str):
        return _filtered(filters.without(without), language).values("pk")

    sectors = Sector.objects.annotate(
        n=Count("policy_modules", filter=Q(policy_modules__in=matching("sector")), distinct=True)
    ).order_by("order")
    sdgs = SDG.objects.annotate(
        n=Count("policy_modules", filter=Q(policy_modules__in=matching("sdg")), distinct=True)
    ).order_by("number")
    languages = Language.objects.annotate(
        n=Count("policymodule", filter=Q(policymodule__in=matching("materials")), distinct=True)
    ).order_by("code")
    decades = (
        published_modules()
        .filter(pk__in=matching("period"), period_start__isnull=False)
        .annotate(decade=_decade())
        .values("decade")
        .annotate(n=Count("pk"))
        .order_by("decade")
    )
    departments = (
        published_modules()
        .filter(pk__in=matching("department"))
        .exclude(responsible_department="")
        .values("responsible_department")
        .annotate(n=Count("pk"))
        .order_by("responsible_department")
    )

    def keep(value: str, count: int, selected: str) -> bool:
        return count > 0 or value == selected

    selected_sdg = str(filters.sdg or "")
    selected_period = str(filters.period or "")
    return [
        Facet(
            "sector",
            _("Sector"),
            [
                FacetValue(s.key, str(s), s.n, s.key == filters.sector)
                for s in sectors
                if keep(s.key, s.n, filters.sector)
            ],
        ),
        Facet(
            "sdg",
            _("Sustainable Development Goal"),
            [
                FacetValue(
                    str(g.number), f"{g.number}. {SDG_LABELS.get(g.number, '')}", g.n, str(g.number) == selected_sdg
                )
                for g in sdgs
                if keep(str(g.number), g.n, selected_sdg)
            ],
        ),
        Facet(
            "materials",
            _("Materials available in"),
            [
                FacetValue(
                    lang.code, str(LANGUAGE_LABELS.get(lang.code, lang.code)), lang.n, lang.code == filters.materials
                )
                for lang in languages
                if keep(lang.code, lang.n, filters.materials)
            ],
        ),
        Facet(
            "period",
            _("Started"),
            [
                FacetValue(
                    str(row["decade"]), decade_label(row["decade"]), row["n"], str(row["decade"]) == selected_period
                )
                for row in decades
            ],
        ),
        Facet(
            "department",
            _("Responsible department"),
            [
                FacetValue(
                    row["responsible_department"],
                    row["responsible_department"],
                    row["n"],
                    row["responsible_department"] == filters.department,
                )
                for row in departments
            ],
        ),
    ]


def decade_label(decade: int) -> str:
    return f"{decade}–{decade + 9}"


def policy_module(*, slug: str) -> PolicyModule | None:
    return published_modules().select_related("sector").prefetch_related("sdgs", "languages").filter(slug=slug).first()


def sdg_overview() -> QuerySet[SDG]:
    """The 17 goals, each with the number of Seoul's published local actions (policy modules) toward it."""
    return SDG.objects.annotate(
        actions=Count("policy_modules", filter=Q(policy_modules__is_published=True), distinct=True)
    ).order_by("number")


def sdg_actions(*, number: int, language: str | None = None) -> QuerySet[PolicyModule]:
    """Seoul's published policy modules that work toward SDG `number`, by sector."""
    language = reader_language(language)
    return (
        published_modules()
        .filter(sdgs__number=number)
        .select_related("sector")
        .prefetch_related("sdgs", "languages")
        .annotate(localized_title_sort=localized_title_expression(language))
        .order_by("sector__order", "localized_title_sort", "pk")
    )
