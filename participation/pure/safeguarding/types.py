"""Plain result types of the screen."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Removal:
    """One personal detail found in the original text: kind id and [start, end) positions."""

    kind: str  # one of taxonomy.PII_PLACEHOLDERS keys
    start: int
    end: int


@dataclass(frozen=True)
class Verdict:
    """The disclosure half of the screen."""

    disclosure: bool
    categories: tuple[str, ...]  # ids from taxonomy.DISCLOSURE_CATEGORIES, most likely first
    cues: tuple[str, ...]  # the words of the text that triggered it, so a person can see why
    # Harm told as past of someone who looks after or works with children: for the LADO however long ago, so
    # the model's low risk never overrules it.
    by_carer: bool = False


@dataclass(frozen=True)
class Screening:
    original: str
    redacted: str
    removals: tuple[Removal, ...]
    disclosure: bool
    categories: tuple[str, ...]
    cues: tuple[str, ...]
    language: str = "en"  # "en", an ISO 639-1 code, or "script:NAME"
    language_name: str = "English"
    screened: bool = True  # False: the rules could not read it, so "not checked by the screen: read first"
    hardship: bool = False  # a care leaver's hardship with no harm in it: help, not an alert
    risk: float = 0.0  # the model's probability that this may disclose harm
    similar: tuple[str, ...] = ()  # raised by the model alone: the labelled examples closest in meaning

    @property
    def pii_kinds(self) -> tuple[str, ...]:
        seen: list[str] = []
        for r in self.removals:
            if r.kind not in seen:
                seen.append(r.kind)
        return tuple(seen)
