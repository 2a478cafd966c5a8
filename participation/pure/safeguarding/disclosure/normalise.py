"""Step 1 of the screen: one spelling for every word, and where in the original each word came from."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

# Lower-case, fold text-speak and common misspellings into one spelling ("dont wanna" -> "dont want
# to", "bf" -> "boyfriend"), while remembering where every normalised word came from, so cues are
# always exact substrings of what the young person typed.

DATA = Path(__file__).resolve().parent.parent / "data"
SENTENCE_BREAK = "."


def load_table(path: Path) -> dict[str, str]:
    """A two-column table (typed form, canonical form, tab-separated); "#" lines are comments."""
    table: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            typed, _, canonical = line.partition("\t")
            if not typed or not canonical or "\t" in canonical or typed in table:
                raise ValueError(
                    f"{path.name}:{number}: want one new 'typed<TAB>canonical' pair, got {line!r}"
                )
            table[typed] = canonical
    return table


APOSTROPHE_FORMS = load_table(DATA / "apostrophes.tsv")
SLANG = load_table(DATA / "slang.tsv")

# Words and sentence breaks; everything else (commas, emoji, hyphens) only separates words.
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*|[.!?;\n]+")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_DOUBLE_RARE = re.compile(r"([aiuyhwkjqvx])\1")


@dataclass(frozen=True)
class Normalised:
    text: str  # canonical words joined by single spaces; "." marks a sentence break
    starts: list[int]  # start of each normalised piece in `text`
    spans: list[tuple[int, int]]  # matching [start, end) in the original text

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The [start, end) in the original text of the words covering text[start:end]."""
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, max(start, end - 1)) - 1
        return self.spans[max(first, 0)][0], self.spans[max(last, 0)][1]


_CANON_CACHE: dict[str, str] = {}


def canonical(token: str) -> str:
    """The one spelling of a lower-cased word token."""
    cached = _CANON_CACHE.get(token)
    if cached is not None:
        return cached
    canon = _canonical_uncached(token)
    if len(_CANON_CACHE) < 50_000:  # bounded: free text must not grow memory forever
        _CANON_CACHE[token] = canon
    return canon


def _canonical_uncached(token: str) -> str:
    if token in APOSTROPHE_FORMS:
        return APOSTROPHE_FORMS[token]
    key = token.replace("'", "")
    if len(key) > 2:
        # "sooo", "hiiits", "meee": stretched words still have to match.
        key = _DOUBLE_RARE.sub(r"\1", _REPEATS.sub(r"\1\1", key))
    return SLANG.get(key, key)


def normalise(text: str) -> Normalised:
    """Canonical words of the text, one space apart, with "." for each sentence break."""
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few characters change length when lower-cased; keep positions aligned with the input.
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    lowered = lowered.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    pieces: list[str] = []
    starts: list[int] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _TOKEN.finditer(lowered):
        tok = m.group()
        canon = SENTENCE_BREAK if tok[0] in ".!?;\n" else canonical(tok)
        starts.append(pos)
        spans.append((m.start(), m.end()))
        pieces.append(canon)
        pos += len(canon) + 1
    return Normalised(" ".join(pieces), starts, spans)
