"""Tests of the theme classifier, its training and retraining, tone, and emerging-answer groups."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from dataclasses import astuple
from pathlib import Path

import numpy as np
import pytest

from participation.pure.evidence_rules import says_nothing_more
from participation.pure.theming import classifier as clf
from participation.pure.theming import training as tr
from participation.pure.theming.classifier import classify_many
from participation.pure.theming.emerging import EmergingGroup, cluster
from participation.pure.theming.taxonomy import THEME_IDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def examples() -> list[tr.Example]:
    return tr.load_examples()


@pytest.fixture(scope="module")
def parts(examples):
    return tr.split(examples)


@pytest.fixture(scope="module")
def shipped() -> clf.Model:
    return clf.load_model()


@pytest.fixture(scope="module")
def small(examples, tmp_path_factory):
    """Every 6th labelled row (about 1,000, every theme and tone), split as the full set is, with theme and
    tone models trained on its training part: retraining tests run on it in seconds rather than minutes.
    Only test_training_reproduces_the_shipped_model needs every row."""
    data = tmp_path_factory.mktemp("small") / "statements.csv"
    tr.write_examples([e for e in examples if e.tone in clf.TONES][::6], data)
    train_part, heldout = tr.split(tr.load_examples(data))
    return data, train_part, heldout, tr.train(train_part), tr.train_tone(train_part)


# --- the labelled set ---------------------------------------------------------------------------


def test_labelled_set_covers_every_theme(examples):
    assert len(examples) >= 450
    assert len({e.id for e in examples}) == len(examples)
    # The same words twice only where they say nothing more ("ok", "no"): those carry no theme either way.
    repeated = [t for t, n in Counter(e.text.lower() for e in examples).items() if n > 1]
    assert all(says_nothing_more(t) for t in repeated), repeated
    mains = Counter(e.themes[0] for e in examples)
    for theme in THEME_IDS:
        assert mains[theme] >= 22, theme
    for e in examples:
        assert set(e.themes) <= set(THEME_IDS), e.id
        assert len(set(e.themes)) == len(e.themes), e.id
        assert e.tone in {*clf.TONES, "neutral"}, e.id  # neutral rows are kept but train no tone


def test_split_is_fixed_and_about_a_quarter(examples, parts):
    train_part, heldout = parts
    assert 0.18 < len(heldout) / len(examples) < 0.32
    assert {e.id for e in train_part}.isdisjoint(e.id for e in heldout)
    # The same id always lands on the same side, whatever else is in the list.
    again = tr.split(list(reversed(examples)) + [tr.Example("zzz-new", "x", ("money",))])
    assert {e.id for e in again[1]} - {"zzz-new"} == {e.id for e in heldout}


def test_shipped_copy_of_the_set_matches_the_test_data():
    assert tr.load_examples(tr.SHIPPED_DATA) == tr.load_examples(), "run: python -m participation.pure.theming.training"


# --- accuracy and reproducibility ---------------------------------------------------------------


def test_heldout_top1_of_shipped_model(shipped, parts):
    figures = tr.evaluate(shipped, parts[1])
    assert figures["n"] == len(parts[1])
    assert figures["top1"] >= 0.80, figures
    assert figures["top3"] >= 0.90, figures


def test_training_reproduces_the_shipped_model(shipped, parts):
    model = tr.train(parts[0])
    model.blend = tr.fit_blend(model, parts[1])  # as `training.rebuild` makes the shipped one
    assert model.classes == shipped.classes
    assert model.index == shipped.index
    # The encoder's float arithmetic differs a little from one CPU to another (AVX2 or AVX-512), and a newer
    # NumPy or SciPy from PyPI moves the solver's last digits: weights agree to about 1e-3 (8.6e-5 apart between
    # two machines here; on a third, one weight of 801,735 was 1.2e-3 apart), and an answer on a near-tie between
    # two themes can flip, so the held-out figures may differ by a couple of answers. A model not made by
    # training moves both far more.
    apart = np.abs(model.weights - shipped.weights)
    assert apart.max() < 5e-3 and (apart > 1e-3).mean() < 1e-4, (apart.max(), (apart > 1e-3).sum())
    np.testing.assert_allclose(model.intercept, shipped.intercept, atol=1e-3)
    ours, theirs = tr.evaluate(model, parts[1]), tr.evaluate(shipped, parts[1])
    assert ours["n"] == theirs["n"]
    for figure in ("top1", "top3"):
        assert abs(ours[figure] - theirs[figure]) * ours["n"] <= 3, (figure, ours[figure], theirs[figure])


def test_model_files_are_plain_and_inference_needs_no_sklearn():
    names = {p.name for p in clf.MODEL_DIR.iterdir()}
    assert {clf.MODEL_JSON, clf.MODEL_ARRAYS} <= names
    assert not [n for n in names if n.endswith((".pkl", ".pickle", ".joblib"))]
    with np.load(clf.MODEL_DIR / clf.MODEL_ARRAYS, allow_pickle=False) as arrays:
        assert all(arrays[k].dtype != object for k in arrays.files)
    code = (
        "import sys; from participation.pure.theming import classifier as c; "
        "r = c.classify('my sw never rings me back'); "
        "assert r.themes[0].theme == 'social-workers', r; "
        "assert 'sklearn' not in sys.modules and 'scipy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# --- classify() ---------------------------------------------------------------------------------


def test_classification_shape(examples, shipped):
    for e in examples[::5]:  # a fixed fifth of the rows: every theme, tone and voice, in a fifth of the time
        c = clf.classify(e.text, shipped)
        assert 1 <= len(c.themes) <= clf.MAX_THEMES
        confs = [s.confidence for s in c.themes]
        assert confs == sorted(confs, reverse=True)
        assert all(0.0 <= x <= 1.0 for x in confs)
        assert c.tone in {"positive", "mixed", "negative"}
        assert c.confident == c.fits_well
        assert len({s.theme for s in c.themes}) == len(c.themes)


def test_words_come_from_the_text(examples, shipped):
    with_words = 0
    sample = examples[::5]
    for e in sample:
        for s in clf.classify(e.text, shipped).themes:
            for w in s.words:
                assert w and w in e.text, (e.id, s.theme, w)
            with_words += bool(s.words)
    assert with_words >= len(sample)  # nearly every suggestion can say why


@pytest.mark.parametrize(
    ("text", "theme", "word"),
    [
        ("social wrker never rings me back", "social-workers", "social wrker"),
        ("moved 6 times in 2 years", "moves-and-stability", "moved 6 times"),
        ("been on the camhs waiting list for ages", "health-and-wellbeing", "camhs"),
        ("can i get a haircut without asking 3 people", "friendships-and-activities", "haircut"),
        ("my pathway plan is rubbish", "preparing-for-adulthood", "pathway plan"),
        ("want to see my bro more", "family-and-friends-contact", "see my bro"),
    ],
)
def test_slang_and_care_words(text, theme, word, shipped):
    c = clf.classify(text, shipped)
    assert c.themes[0].theme == theme
    assert word in c.themes[0].words
    assert c.confident


def test_off_topic_answers_are_not_confident(shipped):
    # ("the wifi is so slow" was here until the labelled rows of 2026-12-07 taught, rightly, that young people in
    # care mean the wifi at home, under its rules: Home and carers.)
    for text in ("can we have pizza next time", "my favourite colour is blue", "i support arsenal", "", "!!!"):
        c = clf.classify(text, shipped)
        assert not c.confident, text
        assert len(c.themes) >= 1


def test_the_question_leads_a_short_answer_and_gives_way_to_a_long_one_about_another_theme(shipped):
    # "sometimes", to "Do you feel safe where you live?", is about feeling safe; the heads alone cannot tell.
    short = clf.classify("sometimes", shipped, prompt_theme="safety")
    assert short.main_theme == "safety" and short.confident, short
    assert clf.classify("sometimes", shipped).main_theme != "safety"
    # A long answer plainly about school stays about school, the question's theme still ranked higher than
    # without the question.
    school = ("my teachers never let me go on school trips because the forms need my social worker to sign them "
              "and she never does it in time so i miss out every year")
    asked, alone = (shipped.probabilities(school, None, q) for q in ("safety", None))
    assert shipped.classes[int(np.argmax(asked))] == "education"
    k = shipped.classes.index("safety")
    assert asked[k] > alone[k]


def test_the_shipped_blend_is_the_fit_of_its_heads(shipped, parts):
    fitted = tr.fit_blend(shipped, parts[1])
    np.testing.assert_allclose(np.array(astuple(fitted)), np.array(astuple(shipped.blend)), atol=0.02)


def test_classify_many_matches_classify_and_default_model_loads_once(shipped):
    texts = ["my foster carers are amazing they treat me like family", "i was made homeless at 18"]
    assert clf.classify_many(texts) == [clf.classify(t, shipped) for t in texts]
    assert clf.default_model() is clf.default_model()


@pytest.mark.parametrize(
    ("text", "tone"),
    [
        ("my foster carers are amazing they treat me like family", "positive"),
        ("my sw is gr8 i luv her", "positive"),
        ("pa is sound", "positive"),
        ("school is shit", "negative"),
        ("my social worker never listens", "negative"),
        ("the food here is not good", "negative"),
        ("they dont care about us", "negative"),
        ("rubbish flat full of damp", "negative"),
        ("my carer is nice but she is really strict", "mixed"),
        ("college is good but the bus is rubbish", "mixed"),
        ("its not bad here", "positive"),
    ],
)
def test_tone_on_clear_cases(text, tone, shipped):
    assert clf.classify(text, shipped).tone == tone


# --- retraining ---------------------------------------------------------------------------------


def test_retrain_refuses_a_worse_model(tmp_path, small):
    data, train_part, _, model, _ = small
    tr.save(model, tmp_path)
    before_bytes = (tmp_path / clf.MODEL_ARRAYS).read_bytes()
    # Officer "confirmations" that are all wrong: every training statement labelled with another theme.
    ids = list(THEME_IDS)
    wrong = [
        tr.Example(f"x{i}", e.text, (ids[(ids.index(e.themes[0]) + 5) % len(ids)],))
        for i, e in enumerate(train_part)
    ]
    result = tr.retrain(wrong * 3, path=tmp_path, data_path=data)
    assert result.before is not None
    assert result.after["top1"] < result.before["top1"]
    assert result.replaced is False
    assert (tmp_path / clf.MODEL_ARRAYS).read_bytes() == before_bytes


def test_retrain_keeps_a_model_that_is_not_worse(tmp_path, small):
    data, _, _, model, _ = small
    tr.save(model, tmp_path)
    extra = [
        tr.Example(
            "db-1", "the bus to the youth club costs too much", ("friendships-and-activities", "money")
        )
    ]
    result = tr.retrain(extra, path=tmp_path, data_path=data)
    not_worse = (result.after["top1"], result.after["top3"]) >= (result.before["top1"], result.before["top3"])
    assert result.replaced is not_worse
    if result.replaced:
        assert clf.load_model(tmp_path).info["extra_examples"] == 1


def test_retrain_does_not_learn_from_heldout_statements(tmp_path, small):
    data, _, heldout, _, _ = small
    leaked = [tr.Example("db-9", e.text.upper(), e.themes) for e in heldout]
    result = tr.retrain(leaked, path=tmp_path, data_path=data)  # no model there yet: always written
    assert result.before is None and result.replaced
    assert clf.load_model(tmp_path).info["extra_examples"] == 0


def test_a_council_theme_can_be_learned(small):
    extra = [
        tr.Example(f"c{i}", text, ("transport",))
        for i, text in enumerate(
            [
                "the bus to college takes forever",
                "buses never come on time",
                "i need a bus pass to get anywhere",
                "taxi to school is always late",
                "no trains from my village",
                "the bus is too expensive to get to town",
            ]
        )
    ]
    model = tr.train(list(small[1]) + extra)
    assert model.classes[: len(THEME_IDS)] == THEME_IDS and model.classes[-1] == "transport"
    assert "transport" in [s.theme for s in clf.classify("the bus never comes", model).themes]


# --- emerging groups ----------------------------------------------------------------------------


def test_emerging_groups_near_identical_answers():
    items = [
        ("a1", "the wifi at the home is rubbish i cant do my homework"),
        ("a2", "wifi in my home is so rubbish"),
        ("a3", "can we have pizza at the next session"),
        ("a4", "i support arsenal"),
        ("a5", "Pizza next session please!!"),
    ]
    groups = cluster(items)
    assert all(isinstance(g, EmergingGroup) for g in groups)
    by_first = {g.keys[0]: g for g in groups}
    assert set(by_first["a1"].keys) == {"a1", "a2"}
    assert "wifi" in by_first["a1"].common_words
    assert set(by_first["a3"].keys) == {"a3", "a5"}
    assert "pizza" in by_first["a3"].common_words
    assert not any("a4" in g.keys for g in groups)
    for g in groups:
        assert not set(g.common_words) & {"the", "at", "is", "my", "can", "we"}


def test_emerging_min_size_and_empty_input():
    assert cluster([]) == []
    assert cluster([("k", "only one answer about wifi")]) == []
    singles = cluster([("k", "only one answer about wifi")], min_size=1)
    assert len(singles) == 1 and singles[0].keys == ("k",)
    assert "wifi" in singles[0].common_words
    three = cluster([(1, "wifi is slow"), (2, "slow wifi"), (3, "the wifi is so slow")], min_size=3)
    assert len(three) == 1 and set(three[0].keys) == {1, 2, 3}


def test_retrain_learns_confirmed_tones_only_when_the_tone_model_is_not_worse(tmp_path, small):
    data, train_part, _, model, tone_model = small
    tr.save(model, tmp_path)
    tr.save_tone(tone_model, tmp_path)
    before = (tmp_path / clf.TONE_ARRAYS).read_bytes()
    # Officer "corrections" that are all wrong: every training answer's tone turned round, twice over.
    flip = {"positive": "negative", "negative": "positive", "mixed": "positive"}
    wrong = [tr.Example(f"db-{i}", e.text + " .", (), flip[e.tone]) for i, e in enumerate(train_part)]
    result = tr.retrain(wrong * 2, path=tmp_path, data_path=data)
    assert result.replaced is False and result.after == result.before  # no themes confirmed: theme model untouched
    assert result.tone_before is not None and result.tone_after < result.tone_before
    assert result.tone_replaced is False
    assert (tmp_path / clf.TONE_ARRAYS).read_bytes() == before
    # A few right ones: kept when the held-out tone is not worse, and the tone model says it learned them.
    right = [tr.Example("db-1", "my new flat has a proper garden and I grow tomatoes in it now", (), "positive"),
             tr.Example("db-2", "passed my driving test on the third go, my PA paid for the lessons", (), "positive")]
    result = tr.retrain(right, path=tmp_path, data_path=data)
    assert result.tone_replaced is (result.tone_after >= result.tone_before)
    if result.tone_replaced:
        assert clf.load_tone_model(tmp_path).info["extra_examples"] == 2


def test_filler_and_placeholders_are_never_shown_as_reasons():
    for text in ("its alright i guess", "my pa [name] helps me", "Hello test"):
        (found,) = classify_many([text], prompt_themes=[None])
        words = {w.lower() for s in found.themes for w in s.words}
        assert words.isdisjoint({"alright", "i guess", "guess", "name", "hello", "test"}), (text, words)


@pytest.mark.parametrize("text", ["better stuff", "people being nicer", "not sure really", "my mum", "having someone to talk to",
                                  "lights on the street", "i feel safe at home", "the staff", "new sw every month"])
def test_a_suggestion_says_when_the_question_s_theme_decided_it(text):
    # The question's theme is marked on a suggestion exactly when the words alone would not have offered it so: as the
    # main theme (another first, or none fitting well), or at all (as a second or third).
    asked = clf.classify(text, prompt_theme="safety")
    alone = clf.classify(text)
    for rank, s in enumerate(asked.themes):
        if s.theme != "safety":
            assert not s.from_question
        elif rank == 0:
            assert s.from_question == (alone.main_theme != "safety" or not alone.fits_well)
        else:
            assert s.from_question == ("safety" not in {t.theme for t in alone.themes})
    assert not any(s.from_question for s in alone.themes)  # no question, nothing it decided


def test_the_question_s_theme_is_marked_where_it_decided_and_not_where_the_words_did():
    def marks(text):
        return [(s.theme, s.from_question) for s in clf.classify(text, prompt_theme="safety").themes]

    assert marks("better stuff")[0] == ("safety", True)  # the words alone: no theme fits well
    assert marks("people being nicer")[0] == ("safety", True)  # the words alone: identity and stigma
    assert ("safety", True) in marks("my carer")[1:]  # offered second only by the question
    assert marks("lights on the street")[0] == ("safety", False)  # the words alone say safety
    assert all(not q for _, q in marks("my mum"))  # the question's theme is not offered at all


# --- the tone reader (the question and the answer read together) ---------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "tone"),
    [
        ("Do you feel safe where you live?", "yes", "positive"),
        ("Do you feel safe where you live?", "no", "negative"),
        ("How often do you feel lonely?", "all the time", "negative"),
        ("How often do you feel lonely?", "not much now", "positive"),
        ("How is college going?", "love my course but my tutor keeps changing", "mixed"),
    ],
)
def test_the_shipped_tone_reader_reads_known_answers(question, answer, tone, shipped):
    # The shipped reader, read as the app reads it (onnxruntime; no torch, no network).
    reader = clf.default_tone_reader()
    assert reader is not None, f"no {clf.TONE_READER_ONNX} shipped"
    probabilities = reader.probabilities(question, answer)
    assert probabilities.shape == (3,) and abs(probabilities.sum() - 1) < 1e-4
    assert clf.TONES[int(np.argmax(probabilities))] == tone
    assert clf.classify(answer, shipped, question=question).tone == tone


def test_the_reader_is_weighed_beside_the_two_heads_and_can_turn_them():
    tone_model = clf.default_tone_model()
    text = "hardly ever"
    vector = clf.default_encoder().embed_one(text)
    heads = tone_model.probabilities(text, vector)
    read = clf.read_tone("Have you had to wait for a yes to do something?", text)
    blended = tone_model.probabilities(text, vector, read=read)
    np.testing.assert_allclose(blended, (1 - clf.READER_WEIGHT) * heads + clf.READER_WEIGHT * read)
    # The two heads alone, without the question, hear a complaint; read with it, the answer is good news.
    assert clf.TONES[int(np.argmax(heads))] == "negative"
    assert clf.TONES[int(np.argmax(blended))] == "positive"
