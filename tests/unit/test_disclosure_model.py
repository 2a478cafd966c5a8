"""The screen's model: shipped as plain arrays, read with numpy, rebuilt exactly from its training data;
it ranks answers by risk and raises no alert alone."""

from __future__ import annotations

import numpy as np

from participation.pure.encoder import default_encoder
from participation.pure.safeguarding import RULE_FLOOR, screen, training
from participation.pure.safeguarding import model as screen_model
from participation.pure.safeguarding.disclosure import assess

# Said indirectly, with no words the rules look for: the model is there for wording like this.
INDIRECT = "i wont be around after christmas so it doesnt matter"


def test_the_shipped_model_is_what_training_on_the_labelled_rows_gives():
    rebuilt = training.train(training.load_rows())
    shipped = screen_model.load()
    assert rebuilt.words == shipped.words and rebuilt.chars == shipped.chars
    np.testing.assert_allclose(rebuilt.coef, shipped.coef, atol=1e-6)
    # The threshold is the first step of THRESHOLDS whose cross-validated added precision clears the bar, and
    # at the shipped one it cleared it by 0.001 (0.651 against 0.65): the encoder's float arithmetic, which
    # differs a little between CPUs, can move a rebuild one step either side, never further.
    steps = training.THRESHOLDS
    assert abs(steps.index(rebuilt.threshold) - steps.index(shipped.threshold)) <= 1
    assert rebuilt.info["cross_validated"]["added_by_model"]["precision"] >= training.ADDED_PRECISION


def test_numpy_features_match_scikit_learns():
    from scipy.sparse import hstack  # noqa: PLC0415  (scikit-learn is for training only; the app never imports it)
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415

    texts = [text for text, _ in training.load_rows()]
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=screen_model.WORD.pattern).fit(texts)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True).fit(texts)
    sample = texts[:300] + ["i am ok", "Ünïcode and emoji 😢 too", ""]
    expected = hstack([words.transform(sample), chars.transform(sample)]).toarray()
    shipped = screen_model.load()
    for row, text in zip(expected, sample, strict=True):
        got = np.zeros(len(shipped.coef))
        for i, v in screen_model.features(shipped, text).items():
            got[i] = v
        np.testing.assert_allclose(got, row, atol=1e-9)


def test_the_meaning_head_read_with_numpy_gives_scikit_learns_probability():
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(400, 384)).astype(np.float32)
    y = (vectors[:, 0] + 0.5 * vectors[:, 1] * vectors[:, 2] > 0).astype(int)  # not linear: the hidden layer has work
    fitted = training.meaning_head().fit(vectors[:300], y[:300])
    hidden, hidden_bias, out, out_bias = training.meaning_arrays(fitted)
    shipped = screen_model.load()
    assert shipped.vector_hidden.shape == (384, training.HIDDEN) and shipped.vector_coef.shape == (training.HIDDEN,)
    head = screen_model.Model(**{**shipped.__dict__, "vector_hidden": hidden, "vector_hidden_bias": hidden_bias,
                                 "vector_coef": out, "vector_intercept": out_bias})
    got = [screen_model.vector_risk(head, v) for v in vectors[300:]]
    np.testing.assert_allclose(got, fitted.predict_proba(vectors[300:])[:, 1], atol=1e-5)


def test_wording_the_rules_miss_raises_an_alert_from_the_model_with_the_closest_examples_as_its_reason():
    assert not assess(INDIRECT).disclosure
    result = screen(INDIRECT)
    assert result.risk >= screen_model.default_model().threshold and result.disclosure
    assert result.cues == () and len(result.similar) == 3
    assert "self-harm-suicide" in result.categories
    assert not screen("my carer is kind and i like my school").similar  # only an alert by the model has them


def test_every_answer_carries_a_risk_and_ordinary_words_score_low():
    assert screen("the food is good and my carer is kind").risk < 0.1
    assert screen("my stepdad slaps me when hes drunk").risk > 0.9


def test_a_rule_the_model_finds_nothing_like_harm_in_is_not_an_alert_but_is_read_among_the_first():
    ordinary = "The police came to our house cos the alarm went off by accident, it was funny"
    assert assess(ordinary).disclosure  # the rules see "police came"
    result = screen(ordinary)
    assert not result.disclosure and result.categories == ()
    assert result.risk == screen_model.default_model().threshold  # ranked at the alert line in the queue
    harm = screen("my stepdad slaps me when hes drunk")
    assert harm.disclosure and harm.risk > 0.9 and harm.cues


def test_words_that_name_abuse_are_never_overruled_by_the_model_however_long_ago():
    past = "my first foster carer was later found guilty of abusing kids, that was when I was 5, I am 15 now and fine"
    assert screen_model.risk(screen_model.default_model(), past, default_encoder().embed_one(past)) < RULE_FLOOR
    result = screen(past)
    assert result.disclosure and result.categories == ("abuse",) and any("abusing" in cue for cue in result.cues)
    assert screen("the staff there tortured me").disclosure


def test_past_harm_by_someone_who_looks_after_children_is_an_alert_however_long_ago():
    # An adult who works with children may still be looking after children: the LADO hears it however long ago,
    # so neither "safe now" nor the model's low risk hides it, and the cue names who did it.
    past = "the staff at my first home used to drag us to our rooms, im settled now and doing my gcses"
    assert screen_model.risk(screen_model.default_model(), past, default_encoder().embed_one(past)) < RULE_FLOOR
    result = screen(past)
    assert result.disclosure and result.cues == ("staff at my first home used to drag us",)
    assert screen("my old foster carer used to hit us but that was years ago, im settled now").cues == (
        "foster carer used to hit us",)
    # The same told of a parent is history the young person's social worker already knows; told and acted on
    # (the carer deregistered), it is known too.
    assert not screen("my dad used to hit us but that was years ago, im safe now with my carers").disclosure
    assert not screen("my old foster carer used to hit us but she got deregistered, im with great carers now").disclosure
