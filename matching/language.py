"""Which language a request is written in: Hangul by script, Spanish against English by stopwords.

Small and dependency-free on purpose: the portal works in three languages, and those three are told apart
reliably by the script (Korean) and by a handful of function words and diacritics (Spanish vs English).
"""

from __future__ import annotations

import re
import unicodedata

SUPPORTED = ("en", "ko", "es")

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN_WORD = re.compile(r"[a-záéíóúüñ]+")
_SPANISH_MARKS = re.compile(r"[ñ¿¡áéíóú]")

SPANISH_STOPWORDS = frozenset(
    "de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí "
    "porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos "
    "uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él "
    "tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros mi mis tú "
    "te ti tu tus ellas nosotras vosotros os mío mía tuyo suyo nuestro nuestra nuestros nuestras es son "
    "está están fue han ha hace cada tiene tienen después".split()
)
ENGLISH_MARKERS = frozenset(
    "the and of to in is are for with on our that this from by at as be it we not no have has after "
    "every there their they which when into more than its can cannot".split()
)


def detect_language(text: str, default: str = "en") -> str:
    """ "ko" when a fair share of the letters are Hangul; else "es" or "en" by function words; else `default`."""
    text = text or ""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return default
    hangul = len(_HANGUL.findall(text))
    if hangul >= 2 and hangul / len(letters) >= 0.2:
        return "ko"
    words = _LATIN_WORD.findall(text.lower())
    if not words:
        return default
    spanish = sum(1 for word in words if word in SPANISH_STOPWORDS) + 2 * len(_SPANISH_MARKS.findall(text.lower()))
    english = sum(1 for word in words if word in ENGLISH_MARKERS)
    if spanish == english == 0:
        return default
    return "es" if spanish > english else "en"


def normalise_language(code: str | None) -> str | None:
    """ "es-419" -> "es"; None for anything the matcher does not read."""
    if not code:
        return None
    code = code.strip().lower()[:2]
    return code if code in SUPPORTED else None


def fold(text: str) -> str:
    """Lower case without accents (for Latin-script phrase matching); Hangul is left as it is."""
    decomposed = unicodedata.normalize("NFD", (text or "").lower())
    return unicodedata.normalize("NFC", "".join(char for char in decomposed if unicodedata.category(char) != "Mn"))
