"""Which language an answer is in, so that words the screen cannot read are never passed as safe.

The screen's rules read English only. An answer in another language goes to a person first, marked
"not checked by the screen", with its language named. Script decides first (Arabic script, Ethiopic
and the rest are never English); for Latin script, a share of known English words decides, and only
where few words are English does the offline identifier py3langid (BSD-3) name the language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import py3langid.langid as langid

_DATA = Path(__file__).parent / "data"
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")

# Names staff see. Identifiers confuse Tigrinya with Amharic, and Arabic script carries Arabic, Dari,
# Farsi, Pashto, Urdu and Sorani Kurdish, so those are named by their script, not guessed.
SCRIPT_NAMES = {
    "ARABIC": "Arabic script (Arabic, Dari, Farsi, Pashto, Kurdish or Urdu)",
    "ETHIOPIC": "Ethiopic script (Tigrinya or Amharic)",
    "CYRILLIC": "Cyrillic script",
    "CJK": "Chinese or Japanese",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "HANGUL": "Korean",
    "DEVANAGARI": "Hindi, Nepali or Marathi",
    "BENGALI": "Bengali",
    "GURMUKHI": "Punjabi",
    "GUJARATI": "Gujarati",
    "TAMIL": "Tamil",
    "THAI": "Thai",
    "HEBREW": "Hebrew",
    "GEORGIAN": "Georgian",
    "ARMENIAN": "Armenian",
    "GREEK": "Greek",
}
LANGUAGE_NAMES = {
    "sq": "Albanian", "vi": "Vietnamese", "ku": "Kurdish", "so": "Somali", "ro": "Romanian", "pl": "Polish",
    "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian", "de": "German", "nl": "Dutch",
    "tr": "Turkish", "lt": "Lithuanian", "lv": "Latvian", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian",
    "hr": "Croatian", "bs": "Bosnian", "sr": "Serbian", "sw": "Swahili", "ms": "Malay", "id": "Indonesian",
    "tl": "Tagalog", "cy": "Welsh", "ga": "Irish", "af": "Afrikaans", "az": "Azerbaijani", "uz": "Uzbek",
}
ENGLISH_SHARE = 0.8  # this share of known English words or more: English, whatever the identifier says
SURE = 0.9  # below this the identifier's guess is not trusted, and the answer counts as English


@dataclass(frozen=True)
class Language:
    code: str  # "en", an ISO 639-1 code, or "script:NAME" where only the script is known
    name: str
    english: bool


ENGLISH = Language("en", "English", True)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Everyday English words (SCOWL sizes 10-35) and the text-speak the screen knows, lower-cased."""
    words = (_DATA / "common_words.txt").read_text(encoding="utf-8").split()
    slang = [line.split("\t")[0] for line in (_DATA / "slang.tsv").read_text(encoding="utf-8").splitlines() if line]
    return frozenset(w.lower() for w in [*words, *slang])


@lru_cache(maxsize=1)
def _identifier() -> langid.LanguageIdentifier:
    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def detect(text: str) -> Language:
    """The language of an answer, as far as it can be told; anything with no letters counts as English."""
    letters = [ch for ch in text or "" if ch.isalpha()]
    if not letters:
        return ENGLISH
    scripts: dict[str, int] = {}
    for ch in letters:
        script = _script(ch)
        scripts[script] = scripts.get(script, 0) + 1
    main, count = max(scripts.items(), key=lambda kv: kv[1])
    if main != "LATIN" and count / len(letters) >= 0.3:
        code = f"script:{main.lower()}"
        return Language(code, name_of(code), False)
    words = [w.lower() for w in _WORD.findall(text)]
    known = english_words()
    share = sum(w in known for w in words) / len(words) if words else 1.0
    code, probability = _identifier().classify(text)
    # Text-speak and slang confuse the identifier, so it is believed only when it is sure and most
    # words are not English ones (the word list is broad: "no", "me" and "casa" are in it too).
    if code == "en" or probability < SURE or share >= ENGLISH_SHARE:
        return ENGLISH
    return Language(code, name_of(code), False)


def name_of(code: str | None) -> str:
    """The name staff see for a stored language code."""
    if not code or code == "en":
        return ENGLISH.name
    if code.startswith("script:"):
        script = code.split(":", 1)[1].upper()
        return SCRIPT_NAMES.get(script, f"{script.title()} script")
    return LANGUAGE_NAMES.get(code, f"another language ({code})")
