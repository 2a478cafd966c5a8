"""Hardship is not harm: a care leaver short of money, heat, food or a home needs help, not a welfare check.

For care leavers (18 and over) the screen does not raise an alert when everything that made it worry
is hardship vocabulary and the only kinds of harm it thought of were neglect or going missing (which
is how "no food", "no heating" and "sofa surfing" look to rules written for children). Anything that
also says harm or danger still raises an alert, because its cues are not all hardship. And a care leaver's
answer that worried the screen not at all but says they are going without (behind on rent, facing eviction,
skipping meals) is marked hardship too (`says_going_without`), so they are offered help with money or a home and
the officer sees why.
"""

from __future__ import annotations

import re

from participation.pure.safeguarding.disclosure.categories import MISSING, NEGLECT
from participation.pure.safeguarding.types import Verdict

HARDSHIP_ONLY_CATEGORIES = frozenset({NEGLECT, MISSING})

_HARDSHIP = re.compile(
    r"\b(?:food ?banks?|homeless\w*|sofa[ -]?surf\w*|mould\w*|damp|rent|arrears|evict\w*|tenancy|"
    r"hostel|emergency accommodation|heating|boiler|radiators?|cold|gas|electric\w*|leccy|meter|"
    r"bills?|money|skint|broke|universal credit|uc|benefits?|wages?|pay ?day|paid|"
    r"no (?:food|money|gas|leccy|electric\w*|heating|bed|carpets?|curtains?|furniture)|"
    r"(?:fridge|cupboards?) (?:is |are )?empty|empty (?:fridge|cupboards?)|living on noodles|"
    r"never enough food|not enough food|can'?t afford|top up|cut off|"
    r"(?:flat|room|house|place|studio) (?:has|is) (?:damp|mould\w*|cold|freezing))\b",
    re.I,
)


# Someone else in the picture (a carer withholding food, a man whose flat "isn't free", staff who only
# come in the day), a child's age, or being kept from something: that is not hardship alone.
_SOMEONE = re.compile(
    r"\b(?:carers?|staff|foster\w*|man|men|woman|lady|adults?|he|she|him|her|they|them|someone|"
    r"boyfriend|girlfriend|partner|deserve\w*|punish\w*|allowed|let me|lets me|lock\w*|alone|"
    r"free|only|here|owe\w*|i'?m 1[0-7]|i am 1[0-7]|aged? 1[0-7]|children|kids?|boys|girls)\b",
    re.I,
)


# "The flat they gave me": "they" is the council or a housing team handing over a place, nobody in the room with
# the young person (Kayden's review, 2026-12-07: "the flat they gave me had damp everywhere" raised a welfare check).
_PLACE_GIVEN = re.compile(
    r"\b(?:flat|room|place|house|hostel|studio|bedsit|accommodation) (?:that |which )?they "
    r"(?:gave|give|found|offered|put) (?:me|us)\b",
    re.I,
)


def _someone_else(text: str) -> bool:
    return bool(_SOMEONE.search(_PLACE_GIVEN.sub(" ", text)))


def is_hardship_only(text: str, verdict: Verdict) -> bool:
    """The verdict's worry is hardship and nothing else: neglect or missing, every cue hardship words,
    and nobody else in the answer."""
    return (
        verdict.disclosure
        and not _someone_else(text)
        and bool(verdict.cues)
        and set(verdict.categories) <= HARDSHIP_ONLY_CATEGORIES
        and all(_HARDSHIP.search(cue) for cue in verdict.cues)
    )


def is_hardship_wording(text: str, categories: tuple[str, ...]) -> bool:
    """For an answer the model flagged with no rule cue: hardship words, nobody else in it, and the
    closest labelled examples were only neglect or going missing."""
    return (
        bool(_HARDSHIP.search(text))
        and not _someone_else(text)
        and set(categories) <= HARDSHIP_ONLY_CATEGORIES
    )


# Going without, said plainly: words that mean a need now, not money or a home merely named ("my pocket money is
# fine", "rent is paid by leaving care"). For an answer the screen did not worry about at all (Kayden's review,
# 2026-12-07: "3 months behind on rent… evicted next month… I skip meals" was offered no help).
_GOING_WITHOUT = re.compile(
    r"\b(?:food ?banks?|homeless\w*|sofa[ -]?surf\w*|arrears|evict\w*|emergency accommodation|"
    r"behind (?:on|with) (?:my |the )?(?:rent|bills?|payments?|council tax)|in debt|debts|loan sharks?|"
    r"sanction(?:ed|s)?|skint|can'?t afford|cant pay|can'?t pay|"
    r"(?:gas|electric\w*|leccy|water|heating|power) (?:got |was |been |is |has been )?cut off|"
    r"cut off (?:my |the |our )?(?:gas|electric\w*|leccy|water|heating|power)|"
    r"no (?:food|money|gas|leccy|electric\w*|heating|hot water|bed)|"
    r"skip(?:ping|ped|s)? (?:meals?|dinner|lunch|breakfast|eating)|(?:never|not) enough (?:food|money)|"
    r"(?:fridge|cupboards?) (?:is |are )?empty|empty (?:fridge|cupboards?)|living on noodles|"
    r"(?:flat|room|house|place|studio) (?:has|is) (?:damp|mould\w*|freezing)|damp everywhere|black mould)\b",
    re.I,
)


def says_going_without(text: str) -> bool:
    """Words that say a care leaver is going without money, food, heat or a home now."""
    return bool(_GOING_WITHOUT.search(text))
