"""Policy matching: a city's request -> the published Seoul policy modules, ranked, each with true reasons."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _

from consultations.access import consultations_visible_to
from consultations.models import BudgetSituation, Consultation, FundingCommitment
from consultations.models.funding import CommitmentStatus
from consultations.pipeline import StageKey
from matching import engine
from matching.language import detect_language, normalise_language
from policies.models import PolicyModule
from policies.reference import SDG_LABELS, SECTOR_LABELS

DEFAULT_LIMIT = 10


@dataclass
class PolicyRequest:
    """What the matcher reads of a request (a draft in the portal, an API call, or a case)."""

    title: str = ""
    challenge: str = ""
    expected_outcomes: str = ""
    sectors: list[str] = field(default_factory=list)  # sector keys
    sdgs: list[int] = field(default_factory=list)
    budget_situation: str = ""
    region: str = ""
    language: str | None = None  # of the text; detected when not given
    exclude_consultation_id: int | None = None

    @property
    def text(self) -> str:
        return "\n".join(part for part in (self.title, self.title, self.challenge, self.expected_outcomes) if part)

    @property
    def text_language(self) -> str:
        return normalise_language(self.language) or detect_language(
            " ".join((self.title, self.challenge, self.expected_outcomes))
        )

    @classmethod
    def from_consultation(cls, consultation: Consultation) -> PolicyRequest:
        return cls(
            title=consultation.title,
            challenge=consultation.challenge,
            expected_outcomes=consultation.expected_outcomes,
            sectors=[sector.key for sector in consultation.sectors.all()],
            sdgs=[goal.number for goal in consultation.sdgs.all()],
            budget_situation=consultation.budget_situation,
            region=consultation.city.region if consultation.city_id else "",
            exclude_consultation_id=consultation.pk,
        )


@dataclass
class PolicyMatch:
    module: PolicyModule
    score: float
    reasons: list[str]
    # The facts the reasons state, for tests and for the UI.
    shared_sectors: list[str] = field(default_factory=list)
    shared_sdgs: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    concepts: dict[str, str] = field(default_factory=dict)  # concept key -> the request's phrase
    past_case: Consultation | None = None
    funded_case: Consultation | None = None
    components: dict[str, float] = field(default_factory=dict)

    @property
    def percent(self) -> int:
        return round(self.score * 100)


def _past_cases(request: PolicyRequest, viewer, module_ids: list[int]) -> dict[int, Consultation]:
    """Module id -> a case of the same region that used it (visible to the viewer, or published)."""
    if not request.region:
        return {}
    cases = (
        Consultation.objects.filter(Q(pk__in=consultations_visible_to(viewer).values("pk")) | Q(is_published=True))
        .filter(city__region=request.region, policy_modules__in=module_ids)
        .exclude(stage__in=[StageKey.DRAFT, StageKey.DECLINED, StageKey.WITHDRAWN])
        .exclude(pk=request.exclude_consultation_id)
        .select_related("city")
        .prefetch_related("policy_modules")
        .distinct()
        .order_by("-stage_entered_at", "-pk")
    )
    found: dict[int, Consultation] = {}
    for case in cases:
        for module in case.policy_modules.all():
            found.setdefault(module.pk, case)
    return found


def _funded_cases(request: PolicyRequest, viewer, module_ids: list[int]) -> dict[int, Consultation]:
    """For a city that needs funding: module id -> a case using it whose funding was secured."""
    if request.budget_situation != BudgetSituation.NEEDS_FUNDING:
        return {}
    secured = FundingCommitment.objects.filter(
        status__in=[CommitmentStatus.COMMITTED, CommitmentStatus.DISBURSED]
    ).values("consultation_id")
    cases = (
        Consultation.objects.filter(Q(pk__in=consultations_visible_to(viewer).values("pk")) | Q(is_published=True))
        .filter(pk__in=secured, policy_modules__in=module_ids)
        .exclude(pk=request.exclude_consultation_id)
        .select_related("city")
        .prefetch_related("policy_modules")
        .distinct()
        .order_by("-pk")
    )
    found: dict[int, Consultation] = {}
    for case in cases:
        for module in case.policy_modules.all():
            found.setdefault(module.pk, case)
    return found


def _sdg_names(numbers: list[int]) -> str:
    return ", ".join(f"{number}. {SDG_LABELS.get(number, '')}" for number in numbers)


def match_policies(
    *, request: PolicyRequest, viewer=None, limit: int | None = DEFAULT_LIMIT, reader_language: str | None = None
) -> list[PolicyMatch]:
    """Every published module scored against `request`, best first (the first `limit`), with reasons.

    The text is analysed in the request's language; reasons are written in `reader_language` (default: the
    active language).
    """
    language = request.text_language
    index = engine.module_index(language)
    if not index.modules:
        return []
    text = engine.text_similarity(index, request.text)
    best_text = float(text.similarity.max()) if len(text.similarity) else 0.0
    text_scale = max(best_text, engine.TEXT_FLOOR)
    query_concepts = text.query_concepts
    asked_sectors = set(request.sectors)
    hinted_sectors = {sector for key in query_concepts for sector in engine.concept_by_key(key).sectors} - asked_sectors
    asked_sdgs = set(request.sdgs)
    module_ids = [module.pk for module in index.modules]
    past = _past_cases(request, viewer, module_ids)
    funded = _funded_cases(request, viewer, module_ids)

    scored = []
    for position, module in enumerate(index.modules):
        module_sdgs = {goal.number for goal in module.sdgs.all()}
        shared_concepts = {key: phrase for key, phrase in query_concepts.items() if key in index.concepts[position]}
        components = {
            "text": float(text.similarity[position]) / text_scale,
            "concept": len(shared_concepts) / len(query_concepts) if query_concepts else 0.0,
            "sector": 1.0
            if module.sector.key in asked_sectors
            else (0.5 if module.sector.key in hinted_sectors else 0.0),
            "sdg": len(module_sdgs & asked_sdgs) / len(asked_sdgs) if asked_sdgs else 0.0,
            "region": 1.0 if module.pk in past else 0.0,
            "funding": 1.0 if module.pk in funded else 0.0,
        }
        score = sum(engine.WEIGHTS[name] * value for name, value in components.items())
        scored.append((min(1.0, max(0.0, score)), position, module, module_sdgs, shared_concepts, components))
    scored.sort(key=lambda item: (-item[0], item[2].pk))
    if limit is not None:
        scored = scored[:limit]

    matches = []
    with translation.override(normalise_language(reader_language) or translation.get_language() or "en"):
        for score, position, module, module_sdgs, shared_concepts, components in scored:
            match = PolicyMatch(
                module=module,
                score=round(score, 4),
                reasons=[],
                shared_sectors=[module.sector.key] if module.sector.key in asked_sectors else [],
                shared_sdgs=sorted(module_sdgs & asked_sdgs),
                words=engine.shared_words(index, position, request.text),
                concepts=shared_concepts,
                past_case=past.get(module.pk),
                funded_case=funded.get(module.pk),
                components=components,
            )
            match.reasons = _reasons(match, reader=translation.get_language())
            matches.append(match)
    return matches


def _reasons(match: PolicyMatch, *, reader: str) -> list[str]:
    reasons: list[str] = []
    if match.shared_sectors:
        reasons.append(
            _("Same sector as your request: %(sector)s.") % {"sector": SECTOR_LABELS[match.shared_sectors[0]]}
        )
    if match.shared_sdgs:
        reasons.append(_("Works towards your SDGs: %(sdgs)s.") % {"sdgs": _sdg_names(match.shared_sdgs)})
    for key, phrase in list(match.concepts.items())[:2]:
        concept = engine.concept_by_key(key)
        reasons.append(
            _("“%(phrase)s” in your request is about %(concept)s, which this policy addresses.")
            % {"phrase": phrase, "concept": concept.label.get(reader[:2], concept.label["en"])}
        )
    if match.words:
        reasons.append(
            _("Words of your request found in this policy: %(words)s.")
            % {"words": ", ".join(f"“{word}”" for word in match.words)}
        )
    if match.past_case is not None:
        reasons.append(
            _("A past case in the same region used this policy: %(case)s (%(city)s).")
            % {"case": match.past_case.title, "city": match.past_case.city.name}
        )
    if match.funded_case is not None:
        reasons.append(
            _("Funding was secured before for a case that used this policy: %(case)s (%(city)s).")
            % {"case": match.funded_case.title, "city": match.funded_case.city.name}
        )
    return reasons


def policy_by_slug(slug: str) -> PolicyModule | None:
    return PolicyModule.objects.published().filter(slug=slug).first()
