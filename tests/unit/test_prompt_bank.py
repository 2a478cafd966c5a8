"""The prompt bank's ordering and the last question's wording (pure)."""

from __future__ import annotations

from participation.pure.prompt_bank import by_slug, in_chosen_order, options_for, youth_hint


def test_ticked_prompts_keep_the_order_they_were_ticked_in():
    assert in_chosen_order(["a", "b", "c"], ["c", "a", "b"]) == ["c", "a", "b"]


def test_without_a_recorded_order_the_prompts_keep_the_order_they_came_in():
    assert in_chosen_order(["a", "b", "c"], [""]) == ["a", "b", "c"]
    assert in_chosen_order(["a", "b", "c", "b"], ["c"]) == ["c", "a", "b"]


def test_only_the_last_question_says_it_is_the_last():
    assert youth_hint("Pick one.", is_last=True) == "Pick one. This is the last question."
    assert youth_hint("Pick one.", is_last=False) == "Pick one."
    assert youth_hint("", is_last=True) == "This is the last question."
    assert youth_hint(None, is_last=False) == ""


def test_a_hint_saved_with_the_old_last_question_words_loses_them_when_it_is_not_last():
    old = "This is the last question. Thank you for taking part."
    assert youth_hint(old, is_last=False) == ""
    assert youth_hint(old, is_last=True) == "This is the last question."
    assert youth_hint("Tell us. this is the last question.", is_last=False) == "Tell us."


def test_no_bank_prompt_claims_to_be_the_last_question():
    assert not [s for s, p in by_slug().items() if "last question" in (p.get("hint") or "").lower()]


def test_children_in_care_are_offered_only_ages_under_18_and_care_leavers_every_band():
    age = by_slug()["about-age"]
    children = options_for(age, "children-in-care")
    assert children == ["8 to 11", "12 to 15", "16 to 17", "I don't want to say"]
    assert options_for(age, "care-leavers") == options_for(age, "both") == age["options"]
    assert options_for(by_slug()["money-hard"], "children-in-care") == by_slug()["money-hard"]["options"]
