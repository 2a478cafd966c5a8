"""How hard English words are to read: the Flesch-Kincaid grade, for checking youth pages and prompts."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?…]+|\n\s*\n")
_VOWEL_RUN = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """Syllables in one English word, counted the usual rough way: runs of vowels, less a silent e."""
    w = word.lower().replace("’", "'").split("'")[0]
    if not w:
        return 1
    count = len(_VOWEL_RUN.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # "make", "home": the last e is silent ("little", "free" keep theirs)
    if w.endswith(("ed", "es")) and not w.endswith(("ted", "ded", "ses", "zes", "ches", "shes", "ges", "ces", "xes")) and count > 1:
        count -= 1  # "helped", "makes": no extra beat
    return max(count, 1)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentences(text: str) -> int:
    """Sentences: pieces ending in . ! ? or a blank line, each with at least one word."""
    return max(sum(1 for part in _SENTENCE_END.split(text) if _WORD.search(part)), 1)


def grade(text: str) -> float:
    """The Flesch-Kincaid grade level: 0.39 x words a sentence + 11.8 x syllables a word - 15.59.

    Grade 5 is about age 10. Text with no words has grade 0.
    """
    found = words(text)
    if not found:
        return 0.0
    per_sentence = len(found) / sentences(text)
    per_word = sum(syllables(w) for w in found) / len(found)
    return round(0.39 * per_sentence + 11.8 * per_word - 15.59, 1)
