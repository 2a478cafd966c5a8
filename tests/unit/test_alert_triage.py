"""The order the safeguarding lead reads open alerts in (pure/safeguarding/triage.py)."""

from __future__ import annotations

from participation.pure.safeguarding.triage import FOUND, MODEL_ONLY, READ_FIRST, alert_priority


def priority(source="screen", cues=False, words=True, screened=True, talk=False, risk=None):
    return alert_priority(source=source, has_cues=cues, has_words=words, screened=screened, asked_to_talk=talk, risk=risk)


def test_words_the_screen_could_not_read_rank_with_the_highest_whatever_the_model_says():
    unread = priority(source="moderator", screened=False, risk=0.02)
    assert (unread.group, unread.risk, unread.reason) == (READ_FIRST, 1.0, "another-language")
    assert unread.key > priority(cues=True, risk=0.99).key > priority(risk=0.99).key


def test_a_young_person_waiting_to_talk_is_read_first_with_or_without_words():
    assert priority(source="asked-to-talk", words=False).reason == "asked-to-talk"
    with_words = priority(cues=True, talk=True, risk=0.4)
    assert (with_words.group, with_words.reason) == (READ_FIRST, "asked-to-talk")


def test_what_the_rules_found_or_a_person_sent_outranks_the_model_alone_and_risk_orders_each_group():
    rules_low, rules_high = priority(cues=True, risk=0.3), priority(cues=True, risk=0.8)
    sent = priority(source="moderator", risk=0.5)
    model_high = priority(risk=0.95)
    assert (rules_low.group, sent.group, model_high.group) == (FOUND, FOUND, MODEL_ONLY)
    assert sorted([model_high, rules_low, sent, rules_high], key=lambda p: p.key, reverse=True) == [rules_high, sent, rules_low, model_high]


def test_a_face_or_choice_answer_a_moderator_sent_is_not_called_asked_to_talk():
    sent = priority(source="moderator", words=False)
    assert (sent.group, sent.reason) == (FOUND, "moderator")
    assert sent.key > priority(source="moderator", risk=0.9).key  # a person decided, with no words to weigh


def test_an_answer_saved_before_the_model_reads_as_no_risk():
    assert priority(cues=True, risk=None).risk == 0.0
