"""Every example each disclosure rule carries, run through that rule alone and through the whole screen."""

from __future__ import annotations

import pytest

from participation.pure.safeguarding import screen
from participation.pure.safeguarding.disclosure import (
    CATEGORIES,
    INDEX,
    RULES,
    assess,
    hits,
    normalise,
    rules_for,
)
from participation.pure.safeguarding.disclosure.framing import HIDES, KEEPS


def _rule_id(category: str, rule_number: int) -> str:
    return f"{category}-{rule_number}"


def _examples(field: str) -> list:
    cases = []
    for category in CATEGORIES:
        for n, rule in enumerate(rules_for(category)):
            for text in getattr(rule, field):
                cases.append(pytest.param(rule, text, id=f"{_rule_id(category, n)}: {text[:40]}"))
    return cases


def _fires(rule, text: str) -> bool:
    return bool(hits(normalise(text).text, [rule]))


@pytest.mark.parametrize(("rule", "text"), _examples("matches"))
def test_each_rule_flags_the_answers_it_lists_as_matches(rule, text):
    assert _fires(rule, text), rule.pattern.pattern
    verdict = assess(text)
    assert verdict.disclosure and rule.category in verdict.categories, verdict
    assert screen(text).disclosure


@pytest.mark.parametrize(("rule", "text"), _examples("ignores"))
def test_each_rule_leaves_alone_the_answers_it_lists_as_ignores(rule, text):
    assert not _fires(rule, text), rule.pattern.pattern


@pytest.mark.parametrize(("rule", "text"), _examples("matches") + _examples("ignores"))
def test_the_pre_check_lets_every_example_reach_its_rule(rule, text):
    # Each anchor set is in every match, so skipping a rule whose anchors are absent hides nothing.
    norm = normalise(text).text
    for m in rule.pattern.finditer(norm):
        for literals in rule.anchors:
            assert any(a in m.group() for a in literals), (literals, m.group())
    if rule.pattern.search(norm):
        assert rule in INDEX.candidates(norm)


def test_every_rule_carries_examples_both_ways():
    assert len(RULES) == sum(len(rules_for(c)) for c in CATEGORIES) >= 250
    for rule in RULES:
        assert rule.matches, rule.pattern.pattern
        assert rule.ignores, rule.pattern.pattern


def test_rules_for_an_unknown_category_is_empty():
    assert rules_for("weather") == ()


@pytest.mark.parametrize("text", HIDES)
def test_framing_hides_these_whole_answers(text):
    assert not assess(text).disclosure, assess(text)


@pytest.mark.parametrize("text", KEEPS)
def test_framing_keeps_these_whole_answers_flagged(text):
    assert assess(text).disclosure
