"""Step 4 of the screen: concern signals, for answers where no rule matched at all."""

from __future__ import annotations

import re

from participation.pure.safeguarding.disclosure.categories import (
    ABUSE,
    EXPLOITATION,
    NEGLECT,
    SELF_HARM,
    THREATS,
)
from participation.pure.safeguarding.disclosure.framing import (
    FICTION,
    FIRST_PERSON,
    PAST,
    POLICY,
    RECENT,
    SAFE_NOW,
)
from participation.pure.safeguarding.disclosure.rule import Hit

# Every batch of sentences written after tuning found wording no rule had seen, yet the misses
# shared a shape: someone, something about night, body, money or secrecy, and a young person's
# unease. A sentence in the young person's own words that shows three of these kinds of signal is
# flagged (lowest weight), unless it is fiction, policy talk or past and safe. Tuned against the
# ordinary answers of the labelled set, where it now fires on none of the negatives.
SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "someone",
            r"\b(?:dad|mum|mums|dads|step \w+|carers?|foster \w+|brother|sister|uncle|aunty|auntie|nan"
            r"|grandad|cousin|boyfriend|girlfriend|partner|teacher|staff|worker|man|men|lads|boys|girls|he"
            r"|she|they|someone|somebody|people|older|neighbour|son|guy|guys)\b",
        ),
        (
            "unease",
            r"\b(?:dont like|hate it|hate when|scared|afraid|frightened|terrified|worried|upset|cry|crying"
            r"|cried|sick|wrong|weird|uncomfortable|hurts|hurt|pain|awful|horrible|nasty|creepy|cant sleep"
            r"|nightmares|shaking|panic|dont care|alone|no one|nobody|noone)\b",
        ),
        (
            "night",
            r"\b(?:at night|night|nights|(?:my|his|her|in|into|in the same|share a) bed|bedroom|bath|bathroom"
            r"|shower|door|on my own|when (?:mum|dad|mums|dads)|when no one|locked in|locked out"
            r"|locks (?:me|us|her)|locked (?:me|us|her))\b",
        ),
        (
            "body",
            r"\b(?:hard|grab\w*|holds?|held|pin\w*|neck|throat|breath|bleed\w*|blood|bruise\w*|marks"
            r"|chair against)\b",
        ),
        (
            "money",
            r"\b(?:older|his age|mums age|age|money|paid|pay|owe|cash|second phone|(?:his|their|a mans) flat"
            r"|(?:his|their|a) car|drugs|weed|drink|alcohol|vodka|parties|party|hotel|private number)\b",
        ),
        (
            "secret",
            r"\b(?:secret|dont tell|dont know|doesnt know|no one knows|nobody knows|watching (?:me|us)"
            r"|following|any more|no one believes|nobody believes|what happens|cos of|because of)\b",
        ),
        (
            "lack",
            r"\b(?:never any|never anything|nothing|no food|smelly|dirty|hungry|cold|no money|picked on"
            r"|left (?:me|us|alone)|phone is off|for a week|for days)\b",
        ),
        (
            "death",
            r"\b(?:die|dying|dead|death|ways to|end it|disappear|hope i dont|not wake|come up|pointless)\b",
        ),
    )
)
# Which kind of harm a flagged sentence is filed under: the first of its signals in this list.
SIGNAL_CATEGORY = (
    ("death", SELF_HARM),
    ("money", EXPLOITATION),
    ("body", ABUSE),
    ("night", ABUSE),
    ("lack", NEGLECT),
    ("secret", THREATS),
    ("unease", THREATS),
    ("someone", THREATS),
)
MIN_SIGNALS = 3


def concern(norm: str) -> list[Hit]:
    """Hits for sentences that show enough kinds of concern signal, in the young person's own words."""
    found: list[Hit] = []
    start = 0
    for sentence in norm.split(" . "):
        s0, start = start, start + len(sentence) + 3
        if not FIRST_PERSON.search(sentence):
            continue
        signals = {}
        for name, pattern in SIGNALS:
            m = pattern.search(sentence)
            if m:
                signals[name] = m
        if len(signals) < MIN_SIGNALS:
            continue
        if FICTION.search(sentence) or POLICY.search(sentence):
            continue
        if PAST.search(sentence) and not RECENT.search(sentence) and SAFE_NOW.search(norm):
            continue
        category = next(c for name, c in SIGNAL_CATEGORY if name in signals)
        for name, m in signals.items():
            if name != "someone":  # "she" or "my" shows nothing on its own to the person reading
                found.append(Hit(category, 1, s0 + m.start(), s0 + m.end()))
    return found
