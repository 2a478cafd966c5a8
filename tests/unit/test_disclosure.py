"""Tests for the disclosure screen: thresholds on the labelled set and the behaviours that matter most."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from participation.pure.safeguarding.disclosure import INDEX, RULES, Verdict, assess, hits, normalise
from participation.pure.theming.taxonomy import DISCLOSURE_CATEGORIES

DATA = Path(__file__).resolve().parent.parent / "data" / "disclosure_sentences.csv"
MIN_RECALL = 0.97
MIN_PRECISION = 0.80


def _rows() -> list[dict[str, str]]:
    with DATA.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


ROWS = _rows()


# --- the labelled set ---------------------------------------------------------------------


def test_labelled_set_is_big_and_balanced_enough():
    assert len(ROWS) >= 340
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    positives = [r for r in ROWS if r["disclosure"] == "1"]
    negatives = [r for r in ROWS if r["disclosure"] == "0"]
    assert 0.4 <= len(positives) / len(ROWS) <= 0.6
    for cat in DISCLOSURE_CATEGORIES:
        assert sum(cat in r["categories"].split(";") for r in positives) >= 20, cat
    for r in positives:
        assert r["categories"], r["id"]
        assert set(r["categories"].split(";")) <= set(DISCLOSURE_CATEGORIES), r["id"]
    for r in negatives:
        assert r["categories"] == "", r["id"]


# The newest batch, written after the last rule change and never tuned on. The targets apply to every
# other row; the hold-out has its own lower floor, so a regression on unseen wording still fails the
# suite while its figure stays an honest measure of how the rules do on new words.
HOLDOUT = "fresh-e-"
HOLDOUT_MIN_RECALL = 0.55
HOLDOUT_MIN_PRECISION = 0.75


def _score(rows):
    tp = fp = fn = 0
    misses, false_alarms = [], []
    for r in rows:
        truth = r["disclosure"] == "1"
        flagged = assess(r["text"]).disclosure
        if truth and flagged:
            tp += 1
        elif truth:
            fn += 1
            misses.append(r["text"])
        elif flagged:
            fp += 1
            false_alarms.append(r["text"])
    return tp / (tp + fn), tp / (tp + fp), misses, false_alarms


def test_the_held_out_batch_stays_above_its_floor():
    rows = [r for r in ROWS if r["id"].startswith(HOLDOUT)]
    assert len(rows) >= 50
    recall, precision, misses, _ = _score(rows)
    assert recall >= HOLDOUT_MIN_RECALL, f"hold-out recall {recall:.3f}; missed: {misses}"
    assert precision >= HOLDOUT_MIN_PRECISION


def test_recall_and_precision_on_the_labelled_set_meet_the_targets():
    recall, precision, misses, false_alarms = _score([r for r in ROWS if not r["id"].startswith(HOLDOUT)])
    assert recall >= MIN_RECALL, f"recall {recall:.3f}; missed: {misses}"
    assert precision >= MIN_PRECISION, f"precision {precision:.3f}; false alarms: {false_alarms}"


@pytest.mark.parametrize("category", sorted(DISCLOSURE_CATEGORIES))
def test_every_category_is_caught_on_the_labelled_set(category):
    rows = [r for r in ROWS if category in r["categories"].split(";")]
    caught = sum(assess(r["text"]).disclosure for r in rows)
    assert caught / len(rows) >= 0.9


def test_pre_checks_give_the_same_matches_as_running_every_rule():
    key = lambda found: sorted((h.category, h.start, h.end) for h in found)  # noqa: E731
    for r in ROWS:
        norm = normalise(r["text"]).text
        assert key(hits(norm, INDEX.candidates(norm))) == key(hits(norm, RULES)), r["text"]


def test_rule_pre_checks_never_hide_a_match():
    # Each rule only runs when a literal of each of its anchor sets is in the text: every match of
    # its pattern must hold one literal of each set.
    for r in ROWS:
        norm = normalise(r["text"]).text
        for rule in RULES:
            for m in rule.pattern.finditer(norm):
                for literals in rule.anchors:
                    assert any(a in m.group() for a in literals), (rule.pattern.pattern, m.group())


# --- focused behaviours ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to be here anymore",
        "dont wanna be here no more",
        "nobody would notice if i was gone",
        "everyone would be better off without me",
        "i just want to go to sleep and not wake up",
    ],
)
def test_indirect_suicidal_wording_is_flagged(text):
    verdict = assess(text)
    assert verdict.disclosure
    assert verdict.categories[0] == "self-harm-suicide"


@pytest.mark.parametrize(
    "text", ["kms", "i wanna unalive myself", "i been cuttin again", "thinkin of endin it all"]
)
def test_slang_and_misspelt_self_harm_is_flagged(text):
    assert "self-harm-suicide" in assess(text).categories


def test_homework_is_killing_me_is_not_flagged():
    assert not assess("this homework is killing me").disclosure


@pytest.mark.parametrize(
    "text",
    [
        "I nearly died laughing",
        "my feet are killing me",
        "i could murder a pizza",
        "the trip was dead good",
        "i'm dead lol that video was so funny",
        "my social worker never rings back it kills me",
        "i hit my head on the bunk bed lol",
        "the bus didn't turn up so i had to run",
        "she beat me at mario kart",
        "my carer will kill me if i'm late again lol",
    ],
)
def test_idiom_and_everyday_words_are_not_flagged(text):
    assert not assess(text).disclosure, assess(text).cues


def test_third_person_disclosure_is_flagged():
    verdict = assess("my mate says her stepdad hits her")
    assert verdict.disclosure
    assert "abuse" in verdict.categories or "domestic-abuse" in verdict.categories


def test_domestic_abuse_seen_at_home_is_flagged():
    verdict = assess("my mum's boyfriend hits her")
    assert verdict.disclosure
    assert verdict.categories[0] == "domestic-abuse"


def test_idiom_does_not_hide_a_real_disclosure_in_the_same_answer():
    verdict = assess("this homework is killing me and my dad hits me")
    assert verdict.disclosure
    assert "abuse" in verdict.categories
    assert any("hits me" in cue for cue in verdict.cues)


def test_policy_talk_about_self_harm_is_not_flagged():
    for text in (
        "there should be more help for self-harm",
        "we need more help for young people who self-harm",
        "i want to be a nurse to help kids who self harm",
        "staff need training on self harm so they dont panic",
    ):
        assert not assess(text).disclosure, text


def test_policy_talk_does_not_hide_a_first_person_disclosure():
    verdict = assess("there should be more help for self harm because i self harm every day")
    assert verdict.disclosure
    assert "self-harm-suicide" in verdict.categories


def test_policy_talk_about_county_lines_and_running_away_is_not_flagged():
    assert not assess("we need training on county lines").disclosure
    assert not assess("what happens if someone runs away").disclosure


def test_past_harm_that_is_safe_now_is_not_flagged():
    assert not assess(
        "i was hurt by my dad when i was little but i'm safe now with my foster carers"
    ).disclosure


def test_past_framing_does_not_hide_present_harm():
    assert assess("my dad used to hit me and he still does").disclosure
    assert assess("i'm safe now but my mum's boyfriend still hits my mum when i visit").disclosure
    assert assess("my uncle abused me when i was little and he got away with it").disclosure


def test_fiction_is_not_flagged_but_own_words_beside_it_are():
    assert not assess("in eastenders her husband hits her").disclosure
    assert assess("i watched a film last night and then my stepdad hit me").disclosure


def test_clear_negation_is_not_flagged():
    assert not assess("nobody hurts me here").disclosure
    assert not assess("my carers never hit me they are really kind").disclosure
    assert not assess("no one has ever hurt me").disclosure


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("he touches me and says its our secret", "abuse"),
        ("he makes me keep secrets", "abuse"),
        ("no food in the house", "neglect"),
        ("i sleep in the car", "neglect"),
        ("i have to look after my little brothers and there's no food", "neglect"),
        ("older lads make me carry stuff", "exploitation"),
        ("im doing county lines for them and i cant get out", "exploitation"),
        ("he said he would hurt me if i tell", "bullying-threats"),
        ("i ran away last night", "missing"),
    ],
)
def test_examples_from_the_issue_are_flagged_with_their_category(text, category):
    verdict = assess(text)
    assert verdict.disclosure
    assert category in verdict.categories


def test_cues_are_substrings_of_the_text():
    texts = [r["text"] for r in ROWS] + [
        "My Step-Dad HIT me!!! and i dont wanna go home",
        "i’m scared to go home cos of my dad",  # curly apostrophe
        "İ dont want to be here anymore",  # a character that changes length when lower-cased
        "sooooo done... i wanna dieee",
    ]
    for text in texts:
        verdict = assess(text)
        if verdict.disclosure:
            assert verdict.cues, text
        for cue in verdict.cues:
            assert cue and cue in text, (cue, text)


def test_verdict_shape():
    verdict = assess("he hits me and i ran away")
    assert verdict.disclosure
    assert isinstance(verdict.categories, tuple) and isinstance(verdict.cues, tuple)
    assert set(verdict.categories) <= set(DISCLOSURE_CATEGORIES)
    assert len(set(verdict.categories)) == len(verdict.categories)
    assert assess("") == assess("   ") == Verdict(False, (), ())
    assert assess("i love my foster carers") == Verdict(False, (), ())


# --- the doubt tier: harm vocabulary in wording no precise rule was written for -------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my foster dad gets angry and chucks me against the wardrobe", "abuse"),
        ("dad gives me a slap whenever im cheeky and it leaves a red mark", "abuse"),
        ("i cant sleep at home cos of what my brother does to me at night", "abuse"),
        ("my sister is 13 and goes off with men in cars", "exploitation"),
        ("my cousin gets me to hold his phone and theres always people ringing for food", "exploitation"),
        ("mum leaves me to mind the baby when she goes out drinking till the next day", "neglect"),
        ("we've had no lecky for a week and the little ones are freezing", "neglect"),
        ("my dad pinned my mum to the floor on saturday and i rang 999", "domestic-abuse"),
        ("i bailed from placement on friday and been dossing at a mates since", "missing"),
        ("theres a group of year 10s saying theyll put me in hospital after school", "bullying-threats"),
        ("been looking up how many paracetamol it takes", "self-harm-suicide"),
    ],
)
def test_doubt_tier_flags_harm_vocabulary_in_unseen_wording(text, category):
    verdict = assess(text)
    assert verdict.disclosure, text
    assert category in verdict.categories, (text, verdict.categories)


def test_kill_yourself_written_to_a_young_person_is_bullying_and_self_harm():
    verdict = assess("everyone at college hates me and someone wrote kill yourself on my locker")
    assert verdict.disclosure
    assert {"bullying-threats", "self-harm-suicide"} <= set(verdict.categories)


def test_concern_signals_flag_a_sentence_no_rule_matches():
    # Someone, a door at night and a cause: no harm verb at all, still worth a minute of a lead's time.
    verdict = assess("i sleep with a chair against my door cos of mums boyfriend")
    assert verdict.disclosure
    assert all(cue in "i sleep with a chair against my door cos of mums boyfriend" for cue in verdict.cues)


@pytest.mark.parametrize(
    "text",
    [
        "i punched the pads so hard at boxing",
        "she hit the roof when i got my nose pierced",
        "the twins slap each other with pillows every night lol",
        "we smashed it at the talent show",
        "i got battered at chess by my carer every time",
        "my brother punched the air when he passed his driving test",
        "i burnt my toast and set off the smoke alarm haha",
        "my carer shouts up the stairs when tea is ready",
        "i take my meds every morning with breakfast",
        "i ran off to get the bus when the meeting finished",
        "i keep sneaking snacks into my room at night",
    ],
)
def test_doubt_tier_stays_quiet_on_sport_play_and_everyday_words(text):
    assert not assess(text).disclosure, assess(text).cues


def test_sport_in_one_sentence_does_not_hide_harm_in_the_next():
    verdict = assess(
        "i hit the ball so hard at rounders lol. my step dad gives me a good hiding when hes drunk"
    )
    assert verdict.disclosure
    assert "abuse" in verdict.categories


def test_a_secret_game_is_not_taken_for_a_video_game():
    # "games" frames fiction ("in my game you can stab zombies"), but not a game someone makes secret.
    assert assess("he told me not to say anything about the tickling games in the tent").disclosure
    assert not assess("in my game you can stab zombies and its class").disclosure


def test_past_and_safe_framing_also_hides_the_doubt_tier():
    assert not assess(
        "when i was little my dad used to lamp me but im safe now with my foster carers"
    ).disclosure


def test_rule_specific_harmless_readings_are_applied():
    # Each rule's `unless` must reach the rule: a keyword slip once left every one of them unused.
    with_unless = [rule for rule in RULES if rule.unless is not None]
    assert len(with_unless) >= 40
    assert not assess("my foster mum threatens to hide the xbox if i dont do my homework lol").disclosure
    assert not assess("i got hit in the face with a netball at practice lol").disclosure
