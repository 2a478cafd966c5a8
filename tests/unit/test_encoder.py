"""The shared sentence encoder: the real shipped model, loaded offline, gives the known result."""

from __future__ import annotations

import hashlib

import numpy as np

from participation.pure import encoder


def test_the_shipped_files_are_the_ones_described_with_their_licence():
    described = (encoder.MODEL_DIR / "README.md").read_text(encoding="utf-8")
    onnx = hashlib.sha256((encoder.MODEL_DIR / encoder.ONNX_FILE).read_bytes()).hexdigest()
    assert onnx in described
    assert "Apache License" in (encoder.MODEL_DIR / "LICENSE").read_text(encoding="utf-8")


def test_the_real_model_gives_its_known_vector_and_reads_meaning():
    vectors = encoder.default_encoder().embed(
        ["my social worker never calls me back", "my sw never rings me", "i love playing football"])
    assert vectors.shape == (3, encoder.DIMENSIONS) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    # Measured once from the shipped file; a different model or a broken tokenizer moves these.
    np.testing.assert_allclose(vectors[0][:4], [-0.0738, -0.0110, -0.0177, 0.0681], atol=2e-3)
    assert vectors[0] @ vectors[1] > 3 * (vectors[0] @ vectors[2])  # same meaning, other words: closer


def test_an_answer_reads_the_same_alone_or_among_others():
    texts = ["short", "a much longer answer about my placement and my carers and school", ""]
    together = encoder.default_encoder().embed(texts)
    for text, row in zip(texts, together, strict=True):
        np.testing.assert_array_equal(encoder.default_encoder().embed_one(text), row)


def test_a_long_answer_is_cut_not_refused():
    vector = encoder.default_encoder().embed_one("i feel alone " * 500)
    assert np.isfinite(vector).all() and abs(np.linalg.norm(vector) - 1.0) < 1e-3


def test_training_rows_read_once_give_the_same_vectors_and_keep_no_words():
    model = encoder.Encoder()
    texts = ["my carer is kind", "i never see my brother", "my carer is kind"]
    calls = []
    run = model._session.run
    model._session = type("Counted", (), {"run": lambda self, *a: calls.append(1) or run(*a)})()
    first = model.embed_rows(texts)
    assert len(calls) == 2  # the repeated row is read once
    np.testing.assert_array_equal(first, model.embed(texts))
    calls.clear()
    np.testing.assert_array_equal(model.embed_rows(texts[::-1]), first[::-1])
    assert calls == []  # a retrain reads nothing again
    assert not any(isinstance(k, str) or b"carer" in k for k in model._rows)


def test_past_the_rows_kept_the_process_starts_again_and_still_answers(monkeypatch):
    monkeypatch.setattr(encoder, "ROWS_KEPT", 2)
    model = encoder.Encoder()
    model.embed_rows(["one", "two"])
    both = model.embed_rows(["two", "three"])  # would pass 2 kept: forget, read these two again
    assert len(model._rows) == 2
    np.testing.assert_array_equal(both, model.embed(["two", "three"]))
