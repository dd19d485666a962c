"""Expert matching: how well each expert of the pool fits a case, with reasons and warnings.

Two layers: `load_profiles()` reads the database in a fixed number of queries for any number of cases and
experts; `expert_fit()` is a pure function of those profiles (the optimiser and the benchmark use it on
thousands of pairs).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.models import Consultation, TaskForceMember, TaskForceRole
from consultations.pipeline import ACTIVE_STAGE_KEYS, StageKey
from experts.models import Availability, Expert
from experts.selectors import is_unavailable_on
from matching.language import detect_language, fold
from policies.reference import LANGUAGE_LABELS, SECTOR_LABELS

# The working languages of a country's cities, for countries whose officials are not (yet) portal users.
# Reference data (ISO 3166 -> ISO 639-1), only for languages the expert pool may speak.
COUNTRY_LANGUAGES = {
    **dict.fromkeys(
        ["AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GT", "HN", "MX", "NI", "PA", "PE", "PY", "SV", "UY",
         "VE"],
        ("es",),
    ),
    "BR": ("pt",), "PT": ("pt",), "MZ": ("pt",), "AO": ("pt",),
    "MN": ("mn",), "KR": ("ko",), "VN": ("vi",), "TH": ("th",), "ID": ("id",), "CN": ("zh",), "RU": ("ru",),
    "KZ": ("ru",), "UZ": ("ru",), "KG": ("ru",), "ET": ("am", "en"), "IN": ("hi", "en"), "PH": ("en",),
    "KE": ("en",), "TZ": ("en",), "GH": ("en",), "NG": ("en",), "RW": ("en", "fr"), "UG": ("en",), "NZ": ("en",),
    "US": ("en",), "GB": ("en",), "AU": ("en",), "LK": ("en",), "NP": ("en",), "KH": ("en",), "LA": ("en",),
    "MY": ("en",), "PK": ("en",), "BD": ("en",), "FR": ("fr",), "SN": ("fr",), "CI": ("fr",), "MA": ("ar", "fr"),
    "EG": ("ar",), "JO": ("ar",),
}  # fmt: skip
WEIGHTS = {"sector": 0.30, "modules": 0.25, "language": 0.15, "experience": 0.15, "availability": 0.10, "load": 0.05}


@dataclass
class CaseProfile:
    id: int
    title: str
    city: str
    sectors: set[str]
    modules: dict[int, str]  # the case's policy modules (or the best matches): id -> title
    languages: set[str]
    companies: dict[str, str]  # folded name -> name, of companies involved or bidding
    members: set[int] = field(default_factory=set)  # experts already on the task force
    has_lead: bool = False
    expert_count: int = 0


@dataclass
class ExpertProfile:
    id: int
    name: str
    affiliation: str
    sectors: set[str]
    languages: set[str]
    case_sectors: dict[int, set[str]]  # the expert's past and current cases -> their sectors
    case_modules: dict[int, set[int]]  # ... -> their policy modules
    active_cases: int
    availability: str
    is_active: bool = True
    unavailable_now: bool = False


@dataclass
class ExpertFit:
    expert: ExpertProfile
    score: float
    reasons: list[str]
    warnings: list[str]
    blockers: set[str]  # hard constraints this expert breaks for this case: unavailable, conflict, over_limit, member
    shares_language: bool

    @property
    def eligible(self) -> bool:
        return not self.blockers


def conflicting_company(case: CaseProfile, expert: ExpertProfile) -> str | None:
    """The company involved in (or bidding on) the case that the expert works for, if any."""
    affiliation = fold(expert.affiliation).strip()
    if len(affiliation) < 3:
        return None
    for folded, name in case.companies.items():
        if folded and (folded in affiliation or affiliation in folded):
            return name
    return None


def expert_fit(
    case: CaseProfile, expert: ExpertProfile, *, limit: int | None = None, explain: bool = True
) -> ExpertFit:
    """The fit in [0, 1]; with `explain`, the reasons and warnings in the active language (else empty lists)."""
    limit = settings.EXPERT_MAX_ACTIVE_CASES if limit is None else limit
    reasons: list[str] = []
    warnings: list[str] = []
    shared_sectors = sorted(expert.sectors & case.sectors)
    other_cases = [pk for pk in expert.case_sectors if pk != case.id]
    modules_known = set().union(*(expert.case_modules.get(pk, set()) for pk in other_cases)) if other_cases else set()
    known = sorted(set(case.modules) & modules_known)
    shared_languages = sorted(expert.languages & case.languages)
    similar_cases = sum(1 for pk in other_cases if expert.case_sectors[pk] & case.sectors)
    components = {
        "sector": len(shared_sectors) / len(case.sectors) if case.sectors else 0.0,
        "modules": len(known) / len(case.modules) if case.modules else 0.0,
        "language": 1.0 if shared_languages else 0.0,
        "experience": min(1.0, similar_cases / 3),
        "availability": {Availability.AVAILABLE: 1.0, Availability.LIMITED: 0.5}.get(expert.availability, 0.0),
        "load": max(0.0, (limit - expert.active_cases) / limit) if limit else 0.0,
    }
    score = round(sum(WEIGHTS[name] * value for name, value in components.items()), 4)
    if not explain:
        return ExpertFit(expert, score, [], [], _blockers(case, expert, limit), bool(shared_languages))
    if shared_sectors:
        reasons.append(
            _("Knows the case's sectors: %(sectors)s.")
            % {"sectors": ", ".join(str(SECTOR_LABELS.get(key, key)) for key in shared_sectors)}
        )
    if known:
        reasons.append(
            _("Has worked on cases with these Seoul policies: %(policies)s.")
            % {"policies": ", ".join(case.modules[pk] for pk in known)}
        )
    if shared_languages:
        reasons.append(
            _("Speaks the city's language: %(languages)s.")
            % {"languages": ", ".join(str(LANGUAGE_LABELS.get(code, code)) for code in shared_languages)}
        )
    if similar_cases > 0:
        reasons.append(_("Experience with %(count)d other case(s) in these sectors.") % {"count": similar_cases})
    if expert.availability == Availability.AVAILABLE and not expert.unavailable_now:
        reasons.append(_("Available."))
    blockers = _blockers(case, expert, limit)
    if "member" in blockers:
        warnings.append(_("Already on this case's task force."))
    if not expert.is_active:
        warnings.append(_("No longer active in the pool."))
    if expert.availability == Availability.UNAVAILABLE or expert.unavailable_now:
        warnings.append(_("Unavailable now."))
    elif expert.availability == Availability.LIMITED:
        warnings.append(_("Only limited availability."))
    if "over_limit" in blockers:
        warnings.append(
            _("Already on %(count)d active cases; one more exceeds the limit of %(limit)d.")
            % {"count": expert.active_cases, "limit": limit}
        )
    if "conflict" in blockers:
        warnings.append(
            _("Conflict of interest: works for %(company)s, a company involved in or bidding on this case.")
            % {"company": conflicting_company(case, expert)}
        )
    return ExpertFit(expert, score, reasons, warnings, blockers, bool(shared_languages))


def _blockers(case: CaseProfile, expert: ExpertProfile, limit: int) -> set[str]:
    blockers: set[str] = set()
    if expert.id in case.members:
        blockers.add("member")
    if not expert.is_active or expert.availability == Availability.UNAVAILABLE or expert.unavailable_now:
        blockers.add("unavailable")
    if expert.id not in case.members and expert.active_cases + 1 > limit:
        blockers.add("over_limit")
    if conflicting_company(case, expert):
        blockers.add("conflict")
    return blockers


# ---- loading profiles from the database -------------------------------------------------------------


def city_languages(consultation: Consultation) -> set[str]:
    """The city's working languages: its officials', its contacts', its country's and the request's own."""
    city = consultation.city
    languages = {official.preferred_language for official in city.officials.all() if official.is_active}
    languages |= {contact.language[:2].lower() for contact in city.contacts.all() if contact.language}
    languages |= set(COUNTRY_LANGUAGES.get(str(city.country), ()))
    text = " ".join((consultation.title, consultation.challenge))
    if text.strip():
        languages.add(detect_language(text))
    return languages


def case_profiles(consultations: list[Consultation], *, fallback_modules: dict[int, dict[int, str]] | None = None):
    """Profiles of cases loaded with `case_queryset()` (no further query)."""
    profiles = []
    for case in consultations:
        companies = {fold(company.name): company.name for company in case.companies.all()}
        for commitment in case.funding_commitments.all():
            if commitment.company is not None:
                companies[fold(commitment.company.name)] = commitment.company.name
        modules = {module.pk: module.localized_title for module in case.policy_modules.all()}
        if not modules and fallback_modules:
            modules = fallback_modules.get(case.pk, {})
        members = [member for member in case.task_force.all() if member.released_on is None]
        profiles.append(
            CaseProfile(
                id=case.pk,
                title=case.title,
                city=case.city.name,
                sectors={sector.key for sector in case.sectors.all()},
                modules=modules,
                languages=city_languages(case),
                companies=companies,
                members={member.expert_id for member in members if member.expert_id},
                has_lead=any(member.role == TaskForceRole.LEAD_EXPERT for member in members),
                expert_count=sum(1 for member in members if member.role == TaskForceRole.EXPERT),
            )
        )
    return profiles


def case_queryset():
    return Consultation.objects.select_related("city").prefetch_related(
        "sectors",
        "policy_modules",
        "companies",
        "city__officials",
        "city__contacts",
        Prefetch("funding_commitments", queryset=_commitments()),
        Prefetch("task_force", queryset=TaskForceMember.objects.filter(released_on__isnull=True)),
    )


def _commitments():
    from consultations.models import FundingCommitment

    return FundingCommitment.objects.select_related("company")


def expert_profiles(*, day: datetime.date | None = None) -> list[ExpertProfile]:
    """Every expert of the pool with what they know and how busy they are (a fixed number of queries)."""
    day = day or timezone.localdate()
    experts = Expert.objects.prefetch_related(
        "sectors",
        "languages",
        Prefetch(
            "assignments",
            queryset=TaskForceMember.objects.filter(released_on__isnull=True)
            .exclude(consultation__stage__in=[StageKey.DRAFT, StageKey.DECLINED, StageKey.WITHDRAWN])
            .select_related("consultation")
            .prefetch_related("consultation__sectors", "consultation__policy_modules"),
        ),
    ).order_by("name", "pk")
    profiles = []
    for expert in experts:
        case_sectors: dict[int, set[str]] = {}
        case_modules: dict[int, set[int]] = {}
        active = 0
        for assignment in expert.assignments.all():
            case = assignment.consultation
            if case.pk in case_sectors:
                continue
            active += case.stage in ACTIVE_STAGE_KEYS
            case_sectors[case.pk] = {sector.key for sector in case.sectors.all()}
            case_modules[case.pk] = {module.pk for module in case.policy_modules.all()}
        profiles.append(
            ExpertProfile(
                id=expert.pk,
                name=expert.name,
                affiliation=expert.affiliation,
                sectors={sector.key for sector in expert.sectors.all()},
                languages={language.code for language in expert.languages.all()},
                case_sectors=case_sectors,
                case_modules=case_modules,
                active_cases=active,
                availability=expert.availability,
                is_active=expert.is_active,
                unavailable_now=is_unavailable_on(expert, day),
            )
        )
    return profiles


def rank_experts(case: CaseProfile, experts: list[ExpertProfile], *, limit: int | None = None) -> list[ExpertFit]:
    """Every expert's fit for the case: the eligible ones first, best first."""
    fits = [expert_fit(case, expert, limit=limit) for expert in experts]
    fits.sort(key=lambda fit: (not fit.eligible, -fit.score, fit.expert.name))
    return fits
