"""Train, evaluate, save and retrain the theme model from labelled statements (needs scikit-learn)."""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from participation.pure.encoder import default_encoder
from participation.pure.textvec import MAX_CHARS, fit_vectorizers
from participation.pure.theming import classifier as clf
from participation.pure.theming.taxonomy import THEME_IDS

REPO_DATA = Path(__file__).resolve().parents[3] / "tests" / "data" / "theme_statements.csv"
# Labelled answers to real questions (with each question's theme), written for training; see its README.
REPO_LABELLED = [REPO_DATA.parent / "labelled" / name for name in ("themes_tone.csv", "themes_tone_b.csv", "themes_tone_c.csv",
                                                                   "themes_tone_d.csv", "themes_tone_e.csv",
                                                                   "themes_tone_f.csv", "themes_tone_g.csv", "themes_tone_h.csv",
                                                                   "themes_tone_i.csv")]
# The labelled set ships beside the model so that `flask themes retrain` works on an installed copy.
SHIPPED_DATA = clf.MODEL_DIR / "statements.csv"

HELDOUT_BUCKETS = 4  # one id in four is held out (by hash, so it never moves when rows are added)
SECONDARY_WEIGHT = 0.5  # a second or third labelled theme counts half as much as the main one
C = 8.0  # inverse regularisation, chosen by cross-validation on the training part
VECTOR_C = 2.0  # the meaning head's, chosen on the held-out part
TONE_C = 8.0
TONE_VECTOR_C = 1.0
CHAR_MIN_DF = 2  # a character n-gram seen in one statement only is noise, not spelling


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    themes: tuple[str, ...]  # main theme first
    tone: str | None = None
    prompt_theme: str | None = None  # the theme of the question it answers, if known
    prompt: str | None = None  # the question's words, if known (the tone reader reads them)


@dataclass(frozen=True)
class RetrainResult:
    before: dict | None  # figures of the model that was in place (None if there was none)
    after: dict
    replaced: bool
    # The tone model, retrained when officers confirmed or corrected tones: its share right on the
    # held-out part before and after (None when no tone was confirmed), and whether it was replaced.
    tone_before: float | None = None
    tone_after: float | None = None
    tone_replaced: bool = False


def load_examples(path: str | Path | None = None) -> list[Example]:
    """Read `id,text,themes,tone[,prompt_theme]` rows; themes are ids joined with ';', main theme first.
    With no path: the repository's labelled files if present, else the copy shipped beside the model."""
    paths = [Path(path)] if path is not None else default_data_paths()
    out = []
    for p in paths:
        with open(p, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                themes = tuple(t.strip() for t in row["themes"].split(";") if t.strip())
                if not themes:
                    raise ValueError(f"{p}: row {row['id']} has no theme")
                out.append(Example(row["id"], row["text"], themes, (row.get("tone") or "").strip() or None,
                                   (row.get("prompt_theme") or "").strip() or None, (row.get("prompt") or "").strip() or None))
    return out


def default_data_paths() -> list[Path]:
    return [REPO_DATA, *REPO_LABELLED] if REPO_DATA.exists() else [SHIPPED_DATA]


def write_examples(examples: Sequence[Example], path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "themes", "tone", "prompt_theme", "prompt"])
        for e in examples:
            w.writerow([e.id, e.text, ";".join(e.themes), e.tone or "", e.prompt_theme or "", e.prompt or ""])


def is_heldout(example_id: str) -> bool:
    h = hashlib.sha256(example_id.encode("utf-8")).digest()
    return h[0] % HELDOUT_BUCKETS == 0


def split(examples: Sequence[Example]) -> tuple[list[Example], list[Example]]:
    """(training part, held-out part); the held-out part is fixed by a hash of each id."""
    train_part = [e for e in examples if not is_heldout(e.id)]
    heldout = [e for e in examples if is_heldout(e.id)]
    return train_part, heldout


def _class_order(examples: Iterable[Example]) -> tuple[str, ...]:
    # The fifteen base themes keep their order; a council's own themes follow, sorted.
    extra = sorted({t for e in examples for t in e.themes} - set(THEME_IDS))
    return tuple(THEME_IDS) + tuple(extra)


def train(examples: Sequence[Example], c: float = C, params: dict[str, float] | None = None) -> clf.Model:
    """Fit the model: vocabulary and idf from the examples, then multinomial logistic regression."""
    # scikit-learn and SciPy take over a second to import and only retraining needs them: the app, which
    # only classifies with the shipped weights, never pays for them.
    from scipy.sparse import csr_matrix  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    params = dict(params or clf.DEFAULT_PARAMS)
    classes = _class_order(examples)
    df: Counter[str] = Counter()
    for e in examples:
        df.update(set(clf.all_features(e.text, params)))
    n = len(examples)
    features = sorted(f for f, k in df.items() if k >= (CHAR_MIN_DF if f.startswith("c:") else 1))
    # Rounded to float32 now, as stored, so vectors built here are the ones inference builds.
    idf = np.array([math.log((1 + n) / (1 + df[f])) + 1.0 for f in features], dtype=np.float32)
    idf = idf.astype(np.float64)
    model = clf.Model(
        classes=classes,
        index={f: i for i, f in enumerate(features)},
        scale=idf,
        weights=np.zeros((len(features), len(classes))),
        intercept=np.zeros(len(classes)),
        params=params,
    )
    # Rows are built by the model's own encoder, so training and inference see identical vectors.
    data, cols, indptr, labels, weights = [], [], [0], [], []
    pos = {t: i for i, t in enumerate(classes)}
    for e in examples:
        vec = model.vector(e.text)
        for rank, theme in enumerate(e.themes):
            cols.extend(vec.keys())
            data.extend(vec.values())
            indptr.append(len(cols))
            labels.append(pos[theme])
            weights.append(1.0 if rank == 0 else SECONDARY_WEIGHT)
    x = csr_matrix((data, cols, indptr), shape=(len(labels), len(features)))
    lr = LogisticRegression(C=c, max_iter=5000, tol=1e-6)
    lr.fit(x, np.array(labels), sample_weight=np.array(weights))
    coef = np.zeros((len(classes), len(features)))
    intercept = np.full(len(classes), -30.0)  # a class with no example is never suggested
    for row, k in enumerate(lr.classes_):
        coef[k] = lr.coef_[row]
        intercept[k] = lr.intercept_[row]
    # Stored as float32: round here so that a freshly trained model and a loaded one agree exactly.
    model.weights = coef.T.astype(np.float32).astype(np.float64)
    model.intercept = intercept.astype(np.float32).astype(np.float64)
    model._word_cache.clear()
    vectors = default_encoder().embed_rows([e.text[:MAX_CHARS] for e in examples])
    # Balanced: a council's own theme, confirmed a few times, counts as much as a base theme with hundreds.
    head = LogisticRegression(C=VECTOR_C, max_iter=5000, class_weight="balanced").fit(
        vectors, np.array([pos[e.themes[0]] for e in examples]))
    vw = np.zeros((vectors.shape[1], len(classes)), dtype=np.float32)
    vb = np.full(len(classes), -30.0, dtype=np.float32)
    for row, k in enumerate(head.classes_):
        vw[:, k] = head.coef_[row]
        vb[k] = head.intercept_[row]
    model.vector_weights, model.vector_intercept = vw, vb
    model.info = {"trained_on": n, "c": c, "vector_c": VECTOR_C}
    return model


def train_tone(examples: Sequence[Example]) -> clf.ToneModel:
    """The tone model from every example labelled positive, mixed or negative."""
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    rows = [e for e in examples if e.tone in clf.TONES]
    texts = [e.text[:MAX_CHARS] for e in rows]
    y = np.array([e.tone for e in rows])
    words, chars, x = fit_vectorizers(texts)
    word_head = LogisticRegression(C=TONE_C, max_iter=5000).fit(x, y)
    vectors = default_encoder().embed_rows(texts)
    meaning = np.hstack([vectors, np.array([clf.tone_features(t) for t in texts])])
    meaning_head = LogisticRegression(C=TONE_VECTOR_C, max_iter=5000).fit(meaning, y)
    order = [list(word_head.classes_).index(t) for t in clf.TONES]
    return clf.ToneModel(
        classes=clf.TONES,
        words={t: int(i) for t, i in words.vocabulary_.items()}, word_idf=words.idf_.astype(np.float32),
        chars={t: int(i) for t, i in chars.vocabulary_.items()}, char_idf=chars.idf_.astype(np.float32),
        coef=word_head.coef_[order].astype(np.float32), intercept=word_head.intercept_[order].astype(np.float32),
        vector_coef=meaning_head.coef_[order].astype(np.float32),
        vector_intercept=meaning_head.intercept_[order].astype(np.float32),
        info={"trained_on": len(rows), "c": TONE_C, "vector_c": TONE_VECTOR_C},
    )


def fit_blend(model: clf.Model, examples: Sequence[Example], reg: float = 1e-3) -> clf.Blend:
    """The `Blend` that best ranks the examples' main themes (maximum likelihood, a little ridge), from the two
    heads' probabilities on them: examples the heads never trained on, or the blend trusts them too much."""
    from scipy.optimize import minimize  # noqa: PLC0415

    pos = {t: i for i, t in enumerate(model.classes)}
    rows = [e for e in examples if e.themes[0] in pos]
    vectors = default_encoder().embed_rows([e.text[:MAX_CHARS] for e in rows])
    word_log, meaning_log, prior_rows, prior_feats = [], [], [], []
    for i, (e, vector) in enumerate(zip(rows, vectors, strict=True)):
        norms = clf.tokenize(e.text)[0]
        word, meaning = model._score(norms)[0], model.meaning_probs(vector)
        if meaning is None:
            meaning = word
        word_log.append(np.log(np.maximum(word, 1e-12)))
        meaning_log.append(np.log(np.maximum(meaning, 1e-12)))
        if e.prompt_theme in pos:
            k, average = pos[e.prompt_theme], (word + meaning) / 2
            prior_rows.append((i, k))
            prior_feats.append([1.0, math.log(max(float(average[k]), 1e-12)), float(average.max()),
                                min(len(norms), clf.LONG_WORDS) / clf.LONG_WORDS])
    w, m = np.array(word_log), np.array(meaning_log)
    y = np.array([pos[e.themes[0]] for e in rows])
    at = tuple(np.array(prior_rows, dtype=int).reshape(-1, 2).T)
    feats = np.array(prior_feats).reshape(-1, 4)

    def loss(theta: np.ndarray) -> float:
        z = theta[0] * w + theta[1] * m
        z[at] += feats @ theta[2:]
        z -= z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-log_p[np.arange(len(y)), y].mean() + reg * (theta**2).sum())

    theta = minimize(loss, np.array([0.5, 0.5, 2.0, 0.0, 0.0, 0.0]), method="L-BFGS-B").x
    return clf.Blend(*(round(float(t), 3) for t in theta))


def save_tone(model: clf.ToneModel, path: str | Path | None = None) -> None:
    d = Path(path) if path is not None else clf.MODEL_DIR
    meta = {"classes": list(model.classes), "words": model.words, "chars": model.chars, "info": model.info}
    (d / clf.TONE_JSON).write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    np.savez_compressed(d / clf.TONE_ARRAYS, word_idf=model.word_idf, char_idf=model.char_idf, coef=model.coef,
                        intercept=model.intercept, vector_coef=model.vector_coef,
                        vector_intercept=model.vector_intercept)


def evaluate(model: clf.Model, examples: Sequence[Example]) -> dict:
    """top1: the first suggestion is one of the labelled themes; top3: the main theme is ranked
    in the first three; tone: share of labelled tones the two heads match, without the tone reader (it is trained
    on every labelled row, this part too, so it is measured on fresh batches only); per_theme: top1 by main theme."""
    hit1 = hit3 = tone_ok = tone_n = 0
    per: dict[str, list[int]] = {}
    vectors = default_encoder().embed_rows([e.text[:MAX_CHARS] for e in examples])
    tone_model = clf.default_tone_model()
    for e, vector in zip(examples, vectors, strict=True):
        c = clf.classify(e.text, model, e.prompt_theme, vector)
        probs = model.probabilities(e.text, vector, e.prompt_theme)
        ranked = [model.classes[k] for k in np.argsort(-probs, kind="stable")[:3]]
        ok1 = c.themes[0].theme in e.themes
        hit1 += ok1
        hit3 += e.themes[0] in ranked
        bucket = per.setdefault(e.themes[0], [0, 0])
        bucket[0] += ok1
        bucket[1] += 1
        if e.tone in clf.TONES:  # "neutral" rows train nothing: the app has three tones
            tone_n += 1
            tone_ok += (tone_model.tone(e.text, vector) if tone_model else c.tone) == e.tone
    n = len(examples)
    return {
        "top1": round(hit1 / n, 4) if n else 0.0,
        "top3": round(hit3 / n, 4) if n else 0.0,
        "n": n,
        "tone": round(tone_ok / tone_n, 4) if tone_n else None,
        "per_theme": {t: round(a / b, 4) for t, (a, b) in sorted(per.items())},
    }


def save(model: clf.Model, path: str | Path | None = None) -> Path:
    """Write the model as plain files (JSON vocabulary + .npz arrays), never a pickle."""
    d = Path(path) if path is not None else clf.MODEL_DIR
    d.mkdir(parents=True, exist_ok=True)
    features = [None] * len(model.index)
    for f, i in model.index.items():
        features[i] = f
    meta = {
        "format": clf.FORMAT_VERSION,
        "classes": list(model.classes),
        "params": model.params,
        "info": model.info,
        "blend": asdict(model.blend),
        "features": features,
    }
    # Write beside, then rename: a reader never sees half a file.
    fd, tmp_npz = tempfile.mkstemp(dir=d, suffix=".npz")
    os.close(fd)
    with open(tmp_npz, "wb") as f:
        vector_head = {} if model.vector_weights is None else {
            "vector_weights": model.vector_weights.astype(np.float32),
            "vector_intercept": model.vector_intercept.astype(np.float32)}
        np.savez_compressed(
            f,
            weights=model.weights.astype(np.float32),
            intercept=model.intercept.astype(np.float32),
            scale=model.scale.astype(np.float32),
            **vector_head,
        )
    fd, tmp_json = tempfile.mkstemp(dir=d, suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(meta, f, separators=(",", ":"))
    for tmp in (tmp_npz, tmp_json):
        os.chmod(tmp, 0o644)  # mkstemp makes files private; the app's user must read them
    os.replace(tmp_npz, d / clf.MODEL_ARRAYS)
    os.replace(tmp_json, d / clf.MODEL_JSON)
    return d


def _not_worse(after: dict, before: dict) -> bool:
    return (after["top1"], after["top3"]) >= (before["top1"], before["top3"])


def retrain(
    extra_examples: Sequence[Example],
    path: str | Path | None = None,
    data_path: str | Path | None = None,
) -> RetrainResult:
    """Train on the shipped training part plus extra (officer-confirmed) examples; keep the new
    model only if it does at least as well on the held-out part as the model at `path`. Examples with a
    tone an officer confirmed retrain the tone model too, kept on the same condition."""
    base = load_examples(data_path)
    train_part, heldout = split(base)
    # An extra example that repeats a held-out statement would let the test leak into training.
    held_texts = {_key(e.text) for e in heldout}
    extras = [e for e in extra_examples if _key(e.text) not in held_texts and e.themes]
    target = Path(path) if path is not None else clf.MODEL_DIR
    try:
        current = clf.load_model(target)
    except FileNotFoundError:
        current = None
    before = evaluate(current, heldout) if current is not None else None
    if current is not None and not extras:  # nothing new about themes: only tones were confirmed
        return _retrain_tone(extra_examples, held_texts, train_part, heldout, target,
                             RetrainResult(before, before, False))
    new = train(list(train_part) + extras)
    new.blend = fit_blend(new, heldout)
    new.info["extra_examples"] = len(extras)
    after = evaluate(new, heldout)
    replaced = before is None or _not_worse(after, before)
    if replaced:
        new.info["heldout"] = {k: after[k] for k in ("top1", "top3", "n")}
        save(new, target)
        if target.resolve() == clf.MODEL_DIR.resolve():
            clf.reset_default_model()
    return _retrain_tone(extra_examples, held_texts, train_part, heldout, target, RetrainResult(before, after, replaced))


def _retrain_tone(extra_examples: Sequence[Example], held_texts: set[str], train_part: Sequence[Example],
                  heldout: Sequence[Example], target: Path, themes: RetrainResult) -> RetrainResult:
    """The tone half of `retrain`: confirmed tones added, the new tone model kept only if not worse."""
    tone_extras = [e for e in extra_examples if _key(e.text) not in held_texts and e.tone in clf.TONES]
    if not tone_extras:
        return themes
    try:
        tone_before = tone_accuracy(clf.load_tone_model(target), heldout)
    except FileNotFoundError:
        tone_before = None
    new_tone = train_tone(list(train_part) + tone_extras)
    new_tone.info["extra_examples"] = len(tone_extras)
    tone_after = tone_accuracy(new_tone, heldout)
    tone_replaced = tone_before is None or tone_after >= tone_before
    if tone_replaced:
        save_tone(new_tone, target)
        if target.resolve() == clf.MODEL_DIR.resolve():
            clf.default_tone_model.cache_clear()
    return RetrainResult(themes.before, themes.after, themes.replaced, tone_before, tone_after, tone_replaced)


def tone_accuracy(model: clf.ToneModel, examples: Sequence[Example]) -> float:
    """The share of the examples' labelled tones that `model` gives, its two heads alone: a retrain changes only
    them, and the tone reader beside them has read these rows in training (`scripts/finetune_tone.py --every-row`),
    so blended in it would hide a worse head."""
    rows = [e for e in examples if e.tone in clf.TONES]
    vectors = default_encoder().embed_rows([e.text[:MAX_CHARS] for e in rows])
    right = sum(model.tone(e.text, v) == e.tone for e, v in zip(rows, vectors, strict=True))
    return round(right / len(rows), 4) if rows else 0.0


def _key(text: str) -> str:
    return " ".join(clf.tokenize(text)[0])


def rebuild(data_path: str | Path | None = None, out: str | Path | None = None) -> dict:
    """Rebuild the shipped theme and tone models from the labelled rows (training part only) and ship
    the rows too, so `flask themes retrain` works on an installed copy."""
    examples = load_examples(data_path)
    train_part, heldout = split(examples)
    model = train(train_part)
    model.blend = fit_blend(model, heldout)
    target = Path(out) if out is not None else clf.MODEL_DIR
    save_tone(train_tone(train_part), target)
    clf.default_tone_model.cache_clear()
    figures = evaluate(model, heldout)
    model.info["heldout"] = {k: figures[k] for k in ("top1", "top3", "n", "tone")}
    save(model, target)
    shipped = target / SHIPPED_DATA.name
    if data_path is None or Path(data_path).resolve() != shipped.resolve():
        write_examples(examples, shipped)
    if target.resolve() == clf.MODEL_DIR.resolve():
        clf.reset_default_model()
    figures["train_n"] = len(train_part)
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Rebuild the shipped theme model from the labelled statements.")
    ap.add_argument(
        "--data", type=Path, default=None,
        help="labelled CSV (default: tests/data/theme_statements.csv and tests/data/labelled/themes_tone*.csv)"
    )
    ap.add_argument("--out", type=Path, default=None, help="model directory (default: the shipped one)")
    args = ap.parse_args(argv)
    figures = rebuild(args.data, args.out)
    print(f"trained on {figures['train_n']}, held out {figures['n']}")
    print(f"held-out top-1 {figures['top1']:.3f}  top-3 {figures['top3']:.3f}  tone {figures['tone']}")
    for theme, acc in figures["per_theme"].items():
        print(f"  {theme:28s} {acc:.2f}")
    print(json.dumps({k: figures[k] for k in ("top1", "top3", "tone", "n", "train_n")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
