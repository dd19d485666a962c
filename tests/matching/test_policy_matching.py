"""The policy matcher: rankings, reasons that are true of the data, languages, past cases, the cache."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from matching import engine
from matching.evaluation import load_eval_set
from matching.language import detect_language, fold
from matching.policy_matching import PolicyRequest, match_policies
from tests import factories

NIGHT = {
    "en": ("Night buses", "Night-shift workers are stranded after midnight: they have no way home."),
    "ko": ("심야 버스", "야간 근무자들이 자정 이후에 집에 갈 방법이 없습니다."),
    "es": ("Autobuses nocturnos", "Los trabajadores del turno de noche quedan varados después de la medianoche."),
}
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.mark.parametrize("language", ["en", "ko", "es"])
def test_owl_bus_ranks_first_with_reasons_in_the_readers_language(demo_policies, language):
    title, challenge = NIGHT[language]
    matches = match_policies(request=PolicyRequest(title=title, challenge=challenge), reader_language=language)
    best = matches[0]
    assert best.module.slug == "owl-bus"
    assert 0 < best.score <= 1
    assert best.reasons
    text = " ".join(best.reasons)
    if language == "ko":
        assert HANGUL.search(text.replace(challenge, ""))  # the sentences themselves are Korean
    else:
        assert not HANGUL.search(text)
    if language == "es":
        assert "política" in text or "solicitud" in text


def test_scores_are_in_0_1_and_best_first(demo_policies):
    matches = match_policies(request=PolicyRequest(title="Water", challenge="Leaking pipes lose our water"), limit=None)
    scores = [match.score for match in matches]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= score <= 1 for score in scores)
    assert len(matches) == sum(1 for module in demo_policies.values() if module.is_published)


def test_every_reason_is_true_of_the_data(demo_policies):
    """Each fact a reason states (sector, SDG, words, concept, past case) holds for the request and the module."""
    for request_data in load_eval_set()[::3]:
        _check_reasons(request_data)


def _check_reasons(request_data):
    language = request_data["language"]
    sectors = request_data["sectors"] or ["water"]
    request = PolicyRequest(
        title=request_data["title"], challenge=request_data["challenge"], sectors=sectors, sdgs=[6, 11]
    )
    folded_request = fold(request.text)
    for match in match_policies(request=request, limit=5):
        module = match.module
        module_text = fold(engine.module_text(module, language))
        assert set(match.shared_sectors) <= set(sectors) & {module.sector.key}
        assert set(match.shared_sdgs) <= {6, 11} & {goal.number for goal in module.sdgs.all()}
        for word in match.words:
            assert word in folded_request
            assert word in module_text or word.rstrip("s") in module_text
        for key, phrase in match.concepts.items():
            assert fold(phrase) in folded_request
            concept = engine.concept_by_key(key)
            module_facts = " ".join(
                fold(module.text_in(field, code))
                for code in ("en", "ko", "es")
                for field in ("title", "summary", "goals")
            )
            assert any(fold(p) in module_facts for code in ("en", "ko", "es") for p in concept.phrases[code])
        assert match.past_case is None  # no region given


def test_a_past_case_in_the_same_region_is_cited_only_when_true_and_visible(demo_policies, city_a, official_a):
    owl = demo_policies["owl-bus"]
    other_city = factories.CityFactory(region=city_a.region)
    far_city = factories.CityFactory(region="latin_america")
    hidden = factories.ConsultationFactory(city=other_city, stage="analysis", track="consultation", title="Hidden")
    hidden.policy_modules.set([owl])
    far = factories.ConsultationFactory(city=far_city, stage="analysis", track="consultation", is_published=True)
    far.policy_modules.set([owl])
    request = PolicyRequest(title="Night buses", challenge=NIGHT["en"][1], region=city_a.region)

    # An official may not learn of another city's unpublished case; a published one is fine.
    best = match_policies(request=request, viewer=official_a)[0]
    assert best.past_case is None
    hidden.is_published = True
    hidden.save()
    best = match_policies(request=request, viewer=official_a)[0]
    assert best.past_case == hidden
    assert best.past_case.city.region == city_a.region and owl in best.past_case.policy_modules.all()
    with translation.override("en"):
        reason = next(r for r in match_policies(request=request, viewer=official_a)[0].reasons if "past case" in r)
    assert "Hidden" in reason and far.title not in reason


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Night-shift workers are stranded after midnight.", "en"),
        ("야간 근무자들이 자정 이후에 집에 갈 수 없습니다.", "ko"),
        ("Los trabajadores del turno de noche no tienen transporte.", "es"),
        ("La basura se acumula en la calle después del fin de semana.", "es"),
        ("Rubbish piles up on the pavement after every weekend.", "en"),
        ("", "en"),
    ],
)
def test_language_detection(text, language):
    assert detect_language(text) == language


def test_the_text_language_can_be_given(demo_policies):
    request = PolicyRequest(title="Metro", challenge="metro metro", language="es")
    assert request.text_language == "es"
    assert PolicyRequest(title="지하철", challenge="").text_language == "ko"


def test_symptom_words_reach_the_policy_through_the_thesaurus(demo_policies):
    matches = match_policies(
        request=PolicyRequest(title="", challenge="Rubbish piles up on the pavement after every weekend."),
        reader_language="en",
    )
    assert matches[0].module.slug == "volume-based-waste-fee"
    assert "rubbish" in matches[0].concepts.values()


def test_the_fitted_index_is_cached_and_refitted_when_modules_change(demo_policies):
    first = engine.module_index("en")
    assert engine.module_index("en") is first
    factories.PolicyModuleFactory(title="Midnight ferry", summary="A ferry after midnight for night-shift workers.")
    second = engine.module_index("en")
    assert second is not first
    assert "Midnight ferry" in [module.title for module in second.modules]
    owl = demo_policies["owl-bus"]
    owl.is_published = False
    owl.save()
    assert "owl-bus" not in [module.slug for module in engine.module_index("en").modules]


def test_no_published_module_gives_no_match(db):
    assert match_policies(request=PolicyRequest(title="Anything", challenge="at all")) == []


def test_modules_of_stop_words_only_do_not_break_the_matcher(db):
    factories.PolicyModuleFactory(title="The", summary="and the of")
    assert len(match_policies(request=PolicyRequest(title="Anything", challenge="at all"), limit=None)) == 1
