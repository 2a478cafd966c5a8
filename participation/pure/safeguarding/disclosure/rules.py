"""Every rule, in one tuple, and the rules for one kind of harm."""

from __future__ import annotations

from participation.pure.safeguarding.disclosure import (
    abuse,
    domestic,
    exploitation,
    missing,
    neglect,
    self_harm,
    threats,
)
from participation.pure.safeguarding.disclosure.rule import Rule

_MODULES = (self_harm, abuse, neglect, exploitation, domestic, missing, threats)

# The precise rules were tuned on phrasings already seen and caught only about half of the sentences
# written afterwards. So each kind also has a doubt tier (BROAD) that flags on harm vocabulary itself
# (a harm word near a person, body, bed, night, money or car) at a low weight, so the precise rules
# still decide which kind comes first. Both tiers go through the same framing checks (negation,
# idiom, sport, policy, fiction, past-and-safe), so each rule can be broad.
RULES: tuple[Rule, ...] = tuple(rule for m in _MODULES for rule in m.PRECISE) + tuple(
    rule for m in _MODULES for rule in m.BROAD
)


def rules_for(category: str) -> tuple[Rule, ...]:
    """The rules, both tiers, that flag this kind of harm."""
    return tuple(rule for rule in RULES if rule.category == category)
