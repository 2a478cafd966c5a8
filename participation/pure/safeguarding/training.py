"""Training the screen's model from labelled sentences (run offline: `python -m participation.pure.safeguarding.training`).

Word features are built by scikit-learn's TfidfVectorizer and read back by `model.py` with numpy alone
(a test checks the two agree); sentence vectors come from the shared encoder. The alert threshold is
chosen by five-fold cross-validation on the training rows: the lowest at which the alerts the model
raises on its own (those the rules did not raise) were right at least ADDED_PRECISION of the time, so the
model adds recall the rules lack without burying the safeguarding lead. (A share of the model's alerts,
unlike a share of all alerts, does not move when ordinary answers are added to the training rows.)
"""

from __future__ import annotations

import csv
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from participation.pure.encoder import default_encoder
from participation.pure.safeguarding import model as screen_model
from participation.pure.safeguarding.disclosure import assess
from participation.pure.textvec import fit_vectorizers

REPO = Path(__file__).resolve().parents[3]
TRAINING_FILES = [REPO / "tests" / "data" / name for name in (
    "disclosure_sentences.csv", "labelled/disclosure_a.csv", "labelled/disclosure_b.csv",
    "labelled/disclosure_c.csv", "labelled/disclosure_d.csv", "labelled/disclosure_e.csv", "labelled/disclosure_g.csv", "labelled/disclosure_h.csv",
    "labelled/disclosure_themes.csv")]
C = 8.0  # word head
HIDDEN = 256  # the meaning head: one hidden layer of this many, on the encoder's vector
ALPHA = 1e-3  # its weight penalty
ADDED_PRECISION = 0.65  # of the alerts the model raises alone, in cross-validation: about two in three real
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9)
FOLDS = 5
# 250 sentences written on 2026-12-03 by someone who never saw the rules, the model or the training
# rows, after both were built. Never trained on: it only decides whether a retrained model is kept.
FROZEN_HELDOUT = Path(__file__).resolve().parent / "data" / "frozen_heldout.csv"


def load_rows(paths=TRAINING_FILES) -> list[tuple[str, int]]:
    return [(text, label) for text, label, _ in load_labelled(paths)]


def load_labelled(paths=TRAINING_FILES) -> list[tuple[str, int, str]]:
    """(text, disclosure 0/1, main category or "") of every labelled row."""
    rows = []
    for path in paths:
        with open(path, newline="", encoding="utf-8") as f:
            rows += [(r["text"], int(r["disclosure"]), (r.get("categories") or "").split(";")[0].strip())
                     for r in csv.DictReader(f)]
    return rows


def train(rows: list[tuple[str, int]], examples: list[tuple[str, int, str]] | None = None) -> screen_model.Model:
    """Both heads on `rows`; the labelled disclosures among `examples` (the shipped rows by default)
    become the closest examples an alert raised by the model shows as its reason."""
    # scikit-learn and SciPy take over a second to import and only training needs them: the app, which
    # reads the shipped arrays with numpy, never pays for them.
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415
    from sklearn.model_selection import StratifiedKFold, cross_val_predict  # noqa: PLC0415

    texts = [t[: screen_model.MAX_CHARS] for t, _ in rows]
    y = np.array([label for _, label in rows])
    words, chars, features = fit_vectorizers(texts)
    vectors = default_encoder().embed_rows(texts)
    fitted = LogisticRegression(C=C, max_iter=3000).fit(features, y)
    hidden, hidden_bias, out, out_bias = meaning_arrays(meaning_head().fit(vectors, y))
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=0)
    held = (cross_val_predict(LogisticRegression(C=C, max_iter=3000), features, y, cv=folds, method="predict_proba")[:, 1]
            + cross_val_predict(meaning_head(), vectors, y, cv=folds, method="predict_proba")[:, 1]) / 2
    rules = np.array([assess(t).disclosure for t in texts])
    threshold, figures = _choose_threshold(held, rules, y)
    shown = [(text, category) for text, label, category in (examples or load_labelled()) if label == 1]
    return screen_model.Model(
        words={t: int(i) for t, i in words.vocabulary_.items()},
        chars={t: int(i) for t, i in chars.vocabulary_.items()},
        word_idf=words.idf_, char_idf=chars.idf_, coef=fitted.coef_[0], intercept=float(fitted.intercept_[0]),
        threshold=threshold,
        info={"trained_on": len(rows), "c": C, "meaning_head": {"hidden": HIDDEN, "alpha": ALPHA}, "cross_validated": figures,
              "data_sha256": hashlib.sha256("\n".join(f"{t}\t{label}" for t, label in rows).encode()).hexdigest()},
        vector_hidden=hidden, vector_hidden_bias=hidden_bias, vector_coef=out, vector_intercept=out_bias,
        example_vectors=default_encoder().embed_rows([t[: screen_model.MAX_CHARS] for t, _ in shown]),
        examples=tuple(shown),
    )


def meaning_head():
    """The meaning head, unfitted: a network with one hidden layer on the encoder's vector. In cross-validation
    on the labelled rows it found more disclosures than logistic regression on the same vectors at fewer false
    alarms (rules or model at the same threshold: recall 0.902 to 0.913, precision 0.763 to 0.775)."""
    from sklearn.neural_network import MLPClassifier  # noqa: PLC0415  (training only)

    return MLPClassifier(hidden_layer_sizes=(HIDDEN,), alpha=ALPHA, max_iter=200, early_stopping=True, random_state=0)


def meaning_arrays(fitted) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """A fitted meaning head as the arrays `model.vector_risk` reads with numpy."""
    return (fitted.coefs_[0].astype(np.float32), fitted.intercepts_[0].astype(np.float32),
            fitted.coefs_[1][:, 0].astype(np.float32), float(fitted.intercepts_[1][0]))


def _choose_threshold(held: np.ndarray, rules: np.ndarray, y: np.ndarray) -> tuple[float, dict]:
    """The lowest threshold at which the alerts the model raised without the rules were right at least
    ADDED_PRECISION of the time in cross-validation. Below it the model still ranks the queue; it just
    does not raise alerts alone, because ordinary complaints about care ("nobody told me my worker was
    leaving") read to it a little like harm."""

    def score(flagged):
        tp = int((flagged & (y == 1)).sum())
        return {"recall": round(tp / max(int((y == 1).sum()), 1), 4), "precision": round(tp / max(int(flagged.sum()), 1), 4),
                "false_alarms_per_100_ordinary": round(100 * int((flagged & (y == 0)).sum()) / max(int((y == 0).sum()), 1), 2)}

    for threshold in THRESHOLDS:
        if score((held >= threshold) & ~rules)["precision"] >= ADDED_PRECISION:
            break
    return threshold, {"threshold": threshold, "model_alone": score(held >= threshold),
                       "added_by_model": score((held >= threshold) & ~rules),
                       "rules_or_model": score(rules | (held >= threshold)), "rules_alone": score(rules)}


def ranking_auc(model: screen_model.Model, rows: list[tuple[str, int]]) -> float:
    """How often a disclosure gets a higher risk than a look-alike (1.0: always; 0.5: chance)."""
    vectors = default_encoder().embed_rows([text[: screen_model.MAX_CHARS] for text, _ in rows])
    risks = np.array([screen_model.risk(model, text, vector) for (text, _), vector in zip(rows, vectors, strict=True)])
    labels = np.array([label for _, label in rows], dtype=bool)
    pos, neg = risks[labels], risks[~labels]
    return float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())


@dataclass(frozen=True)
class RetrainResult:
    before: float | None  # ranking AUC on the frozen held-out set
    after: float
    used: int  # labelled decisions added to the shipped rows
    replaced: bool


def retrain(extra: list[tuple[str, int]], directory: Path | None = None) -> RetrainResult:
    """Train on the shipped rows plus people's decisions; keep the new model only if it ranks the frozen
    held-out set at least as well as the model in `directory`."""
    directory = directory or screen_model.MODEL_DIR
    frozen = load_rows([FROZEN_HELDOUT])
    held = {text.strip().lower() for text, _ in frozen}
    extra = [(text, label) for text, label in extra if text.strip().lower() not in held]
    try:
        before = ranking_auc(screen_model.load(directory), frozen)
    except FileNotFoundError:
        before = None
    candidate = train(load_rows() + extra)
    after = ranking_auc(candidate, frozen)
    replaced = before is None or after >= before
    if replaced:
        candidate.info["frozen_heldout_auc"] = round(after, 4)
        screen_model.save(candidate, directory)
        screen_model.default_model.cache_clear()
    return RetrainResult(before, after, len(extra), replaced)


def main() -> int:
    built = train(load_rows())
    screen_model.save(built)
    print(built.info["cross_validated"], "features:", len(built.coef))
    return 0


if __name__ == "__main__":
    sys.exit(main())
