"""The policy matcher's engine: TF-IDF (scikit-learn) over the published modules, per language, plus the
concept thesaurus, sectors, SDGs and past cases, combined into one score in [0, 1] with its reasons.

- Texts: every module's title (weighted), summary and case sections, in the request's language
  (`PolicyModule.text_in`, which falls back to English where a translation is missing).
- English and Spanish: a word analyser (uni- and bigrams, stop words removed) and a `char_wb` 3-5-gram analyser,
  averaged; Korean: `char_wb` 1-3-grams only (they cope with particles glued to words).
- The request is expanded with the thesaurus terms of the concepts it mentions (see `matching.thesaurus`).
- Fitted vectorisers are cached per language and refitted when the published modules change (a cheap
  version query: count, latest change, id sum and SDG links).
The weights below were set on the tuned part of the evaluation set only (`tests/matching/eval_set.json`).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

import numpy as np
from django.db.models import Count, Max, Sum
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel

from matching.language import SPANISH_STOPWORDS, fold
from matching.thesaurus import CONCEPTS, Concept
from policies.models import PolicyModule

WEIGHTS = {"text": 0.55, "concept": 0.15, "sector": 0.15, "sdg": 0.05, "region": 0.05, "funding": 0.05}
TEXT_FLOOR = 0.12  # a best text similarity below this is weak: scores stay low instead of being stretched to 1
SECTIONS = ("summary", "background", "goals", "implementation", "difficulties", "outcomes")
_WORD = re.compile(r"[a-z0-9ñ]+(?:-[a-z0-9ñ]+)*")
_KO_TOKEN = re.compile(r"[\uac00-\ud7a3A-Za-z0-9]+")
# Korean words too general to count as a match on their own.
KO_GENERIC = frozenset(
    {"서울", "서울시", "도시", "시민", "정책", "우리", "문제", "도입", "운영", "시설", "지역", "사업"}
)
EN_GENERIC = frozenset({"city", "cities", "seoul", "policy", "residents", "people", "system", "want", "wants", "need"})
ES_GENERIC = frozenset({"ciudad", "ciudades", "seul", "politica", "vecinos", "sistema", "quiere", "necesita"})


@dataclass
class ModuleIndex:
    language: str
    modules: list[PolicyModule]
    texts: list[str]  # folded full text per module, for phrase and word checks
    word_vectorizer: TfidfVectorizer | None
    word_matrix: object
    char_vectorizer: TfidfVectorizer
    char_matrix: object
    concepts: list[set[str]]
    words: list[set[str]] = field(default_factory=list)


def _stop_words(language: str) -> list[str] | None:
    if language == "en":
        return sorted(ENGLISH_STOP_WORDS | EN_GENERIC)
    if language == "es":
        return sorted({fold(word) for word in SPANISH_STOPWORDS} | ES_GENERIC)
    return None


def module_text(module: PolicyModule, language: str) -> str:
    title = module.text_in("title", language)
    parts = [title, title, title, module.text_in("summary", language), module.text_in("summary", language)]
    parts += [module.text_in(section, language) for section in SECTIONS[1:]]
    return "\n".join(part for part in parts if part)


def concepts_in(text: str, language: str) -> dict[str, str]:
    """Concept key -> the phrase that found it, for every thesaurus concept `text` mentions."""
    folded = fold(text)
    found: dict[str, str] = {}
    for concept in CONCEPTS:
        for phrase in concept.phrases.get(language, ()):
            if _contains_phrase(folded, fold(phrase), language):
                found[concept.key] = phrase
                break
    return found


def _contains_phrase(folded_text: str, folded_phrase: str, language: str) -> bool:
    if language == "ko":
        return folded_phrase in folded_text
    return re.search(r"(?<![a-z0-9ñ])" + re.escape(folded_phrase), folded_text) is not None


def _module_concepts(module: PolicyModule) -> set[str]:
    keys: set[str] = set()
    for language in ("en", "ko", "es"):
        text = " ".join(module.text_in(name, language) for name in ("title", "summary", "goals"))
        keys |= set(concepts_in(text, language))
    return keys


_cache: dict[str, tuple[tuple, ModuleIndex]] = {}
_lock = threading.Lock()


def modules_version() -> tuple:
    """Changes whenever a published module is added, removed, edited or gets other SDGs (one query)."""
    row = PolicyModule.objects.published().aggregate(
        count=Count("id", distinct=True), latest=Max("updated_at"), ids=Sum("id", distinct=True), sdgs=Count("sdgs")
    )
    return (row["count"], row["latest"], row["ids"], row["sdgs"])


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def module_index(language: str) -> ModuleIndex:
    version = modules_version()
    with _lock:
        cached = _cache.get(language)
        if cached and cached[0] == version:
            return cached[1]
    index = _build_index(language)
    with _lock:
        _cache[language] = (version, index)
    return index


def _build_index(language: str) -> ModuleIndex:
    modules = list(PolicyModule.objects.published().select_related("sector").prefetch_related("sdgs").order_by("pk"))
    documents = [module_text(module, language) for module in modules]
    texts = [fold(document) for document in documents]
    corpus = texts if any(text.strip() for text in texts) else ["-"]
    word_vectorizer = word_matrix = None
    if language == "ko":
        char_vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True, min_df=1)
    else:
        char_vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        word_vectorizer = TfidfVectorizer(
            analyzer="word",
            stop_words=_stop_words(language),
            ngram_range=(1, 2),
            sublinear_tf=True,
        )
        try:
            word_matrix = word_vectorizer.fit_transform(corpus)
        except ValueError:  # only stop words in every module: the character n-grams carry the match alone
            word_vectorizer = word_matrix = None
    char_matrix = char_vectorizer.fit_transform(corpus)
    return ModuleIndex(
        language=language,
        modules=modules,
        texts=texts,
        word_vectorizer=word_vectorizer,
        word_matrix=word_matrix,
        char_vectorizer=char_vectorizer,
        char_matrix=char_matrix,
        concepts=[_module_concepts(module) for module in modules],
        words=[set(_WORD.findall(text)) for text in texts],
    )


@dataclass
class TextMatch:
    similarity: np.ndarray  # per module, in index order
    query_concepts: dict[str, str]


def text_similarity(index: ModuleIndex, query: str) -> TextMatch:
    """Cosine similarity of the (expanded) request with every module, in [0, 1]."""
    concepts = concepts_in(query, index.language)
    expansion = " ".join(concept.terms[index.language] for concept in CONCEPTS if concept.key in concepts)
    expanded = fold(f"{query}\n{expansion}")
    if not index.modules:
        return TextMatch(np.zeros(0), concepts)
    char = linear_kernel(index.char_vectorizer.transform([expanded]), index.char_matrix)[0]
    if index.word_vectorizer is None:
        similarity = char
    else:
        word = linear_kernel(index.word_vectorizer.transform([expanded]), index.word_matrix)[0]
        similarity = 0.5 * word + 0.5 * char
    return TextMatch(np.clip(similarity, 0.0, 1.0), concepts)


def shared_words(index: ModuleIndex, position: int, query: str, limit: int = 5) -> list[str]:
    """Words of the request (not of the expansion) that occur in the module's text, most distinctive first."""
    text = index.texts[position]
    if index.language == "ko":
        found: list[str] = []
        for token in _KO_TOKEN.findall(query):
            for end in range(len(token), 1, -1):
                stem = token[:end]
                if stem in KO_GENERIC:
                    break
                if stem in text:
                    if stem not in found:
                        found.append(stem)
                    break
        return sorted(found, key=len, reverse=True)[:limit]
    stop = set(_stop_words(index.language) or ())
    module_words = index.words[position]
    vocabulary = index.word_vectorizer.vocabulary_ if index.word_vectorizer is not None else {}
    idf = index.word_vectorizer.idf_ if index.word_vectorizer is not None else None
    candidates: dict[str, float] = {}
    for word in _WORD.findall(fold(query)):
        if len(word) < 3 or word in stop:
            continue
        form = word if word in module_words else (word[:-1] if word.endswith("s") and word[:-1] in module_words else "")
        if not form:
            continue
        weight = float(idf[vocabulary[form]]) if idf is not None and form in vocabulary else 1.0
        candidates[word] = max(candidates.get(word, 0.0), weight)
    return [word for word, _weight in sorted(candidates.items(), key=lambda item: -item[1])][:limit]


def concept_by_key(key: str) -> Concept:
    return next(concept for concept in CONCEPTS if concept.key == key)
