"""Suggest themes and a tone for one young person's answer, with the words that led to each theme.

Themes: two heads averaged, a linear model over the answer's words, letter runs and theme-lexicon
phrases (which also names the words that led to a theme) and a linear head on the shared sentence
encoder's vector (which reads meaning in wording nobody here wrote), blended (`Blend`); the question's own
theme is then weighted up, since an answer to "What would help you feel safer?" is most often about
feeling safe, the less so the surer the heads are of another theme and the longer the answer. Tone: the same two
kinds of head, trained on labelled tones, with the tone lexicon's reading as a feature of the meaning head, beside
the tone reader (`ToneReader`), which reads the question and the answer together.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from participation.pure.encoder import MODEL_DIR as ENCODER_DIR
from participation.pure.encoder import TOKENIZER_FILE, default_encoder
from participation.pure.textvec import MAX_CHARS, sparse
from participation.pure.theming import lexicon as lx

MODEL_DIR = Path(__file__).resolve().parent / "model"
MODEL_JSON = "theme_model.json"
MODEL_ARRAYS = "theme_model.npz"
TONE_JSON = "tone_model.json"
TONE_ARRAYS = "tone_model.npz"
TONE_READER_ONNX = "tone_reader-int8.onnx"  # the question and answer read together (scripts/finetune_tone.py)
TONES = ("positive", "mixed", "negative")
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Blend:
    """How the two theme heads and the question's theme make one ranking. A theme's score is
    `word` x log(the word head's probability) + `meaning` x log(the meaning head's); the question's theme
    gets `prior` + `likely` x log(p) + `sure` x (the best theme's p) + `long` x (the answer's length, in
    LONG_WORDS), where p is the two heads' average. Fitted by `training.fit_blend` on the labelled rows'
    held-out part (the heads never trained on it); these defaults are that fit for the shipped heads."""

    word: float = 0.704
    meaning: float = 0.642
    prior: float = 1.601
    likely: float = -1.002
    sure: float = -1.02
    long: float = -1.049


LONG_WORDS = 40  # an answer of this many words or more counts as long
_FLOOR = 1e-12  # a head's probability is never read as exactly nothing, whose log would be minus infinity

MAX_THEMES = 3
# A second or third theme is offered only if the model gives it this much of the probability (with the blend
# of 2026-12-07, 0.20 offers a second theme for 19% of the labelled rows' held-out part, as 0.18 did before it).
SECONDARY_MIN = 0.20
# Below this the best theme is a guess: the answer is offered to the officer as "emerging". The blend is surer of
# itself than the average it replaced: 0.50 leaves 4% of the labelled rows' held-out part as emerging, whose best
# theme was right for 37% of them, and 8 of the 10 off-topic answers of `benchmarks/eval_theming.py` (the average
# at 0.35: 5%, right for 52%, and 8 of 10).
FIT_MIN = 0.50
MAX_WORDS = 4

# Features and their weights; training stores these in the model so inference always matches it.
DEFAULT_PARAMS: dict[str, float] = {
    "char_min": 3,
    "char_max": 5,
    "w_word": 1.0,
    "w_char": 0.2,
    "w_bigram": 0.7,
    "w_lexicon": 3.0,
}
# Long answers are cut: the gist comes early and this bounds the cost of a pasted essay.
MAX_TOKENS = 200


@dataclass(frozen=True)
class ThemeSuggestion:
    theme: str
    confidence: float
    words: tuple[str, ...]  # words of the text that led to it, as written
    # The question's own theme, offered here only because the question lent it weight: the answer's words alone
    # would have suggested another theme first, or none that fits well, or (for a second or third) not this one.
    from_question: bool = False


@dataclass(frozen=True)
class Classification:
    themes: tuple[ThemeSuggestion, ...]  # best first, at least one, at most three
    tone: str  # "positive", "mixed" or "negative"
    fits_well: bool = True  # False: no theme fits well, group the answer with "emerging" ones

    @property
    def confident(self) -> bool:
        return self.fits_well

    @property
    def main_theme(self) -> str:
        return self.themes[0].theme


def tokenize(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Normalised tokens of the text and their (start, end) character positions."""
    norms: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in lx.TOKEN_RE.finditer(text):
        norms.append(lx.normalise_token(m.group()))
        spans.append(m.span())
        if len(norms) >= MAX_TOKENS:
            break
    return norms, spans


class _PhraseMatcher:
    """Finds lexicon phrases in a token sequence, longest first, each theme counting a token once."""

    def __init__(self, phrases: dict[str, Sequence[str]]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        table: dict[tuple[str, ...], list[str]] = {}
        for theme, items in phrases.items():
            for phrase in items:
                key = tuple(phrase.split())
                if theme not in table.setdefault(key, []):
                    table[key].append(theme)
        for key, themes in table.items():
            self.by_first.setdefault(key[0], []).append((key, tuple(themes)))
        for entries in self.by_first.values():
            entries.sort(key=lambda e: -len(e[0]))

    def find(self, norms: Sequence[str]) -> list[tuple[str, int, int]]:
        """(theme, first token, end token) for each match."""
        found: list[tuple[str, int, int]] = []
        covered: dict[str, int] = {}  # theme -> end of its last match, so "my pa" does not also count "pa"
        n = len(norms)
        for i, tok in enumerate(norms):
            for key, themes in self.by_first.get(tok, ()):
                k = len(key)
                if i + k <= n and (k == 1 or tuple(norms[i : i + k]) == key):
                    for theme in themes:
                        if covered.get(theme, 0) <= i:
                            found.append((theme, i, i + k))
                            covered[theme] = i + k
        return found


_THEME_MATCHER = _PhraseMatcher(lx.THEME_LEXICON)


def token_features(norm: str, params: dict[str, float]) -> list[tuple[str, float]]:
    """Features of one word: the word itself and its character n-grams (for misspellings)."""
    feats = [("w:" + norm, params["w_word"])]
    padded = f"<{norm}>"
    wc = params["w_char"]
    lo, hi = int(params["char_min"]), int(params["char_max"])
    for size in range(lo, hi + 1):
        for i in range(len(padded) - size + 1):
            feats.append(("c:" + padded[i : i + size], wc))
    return feats


def doc_features(norms: Sequence[str], params: dict[str, float]) -> list[tuple[str, float, int, int]]:
    """Features spanning words: bigrams and lexicon hits, each with the tokens it covers."""
    out = []
    wb = params["w_bigram"]
    for i in range(len(norms) - 1):
        out.append((f"b:{norms[i]} {norms[i + 1]}", wb, i, i + 2))
    wl = params["w_lexicon"]
    for theme, s, e in _THEME_MATCHER.find(norms):
        out.append(("L:" + theme, wl, s, e))
    return out


def all_features(text: str, params: dict[str, float]) -> list[str]:
    """Every feature name of a text (training uses this to build the vocabulary)."""
    norms, _ = tokenize(text)
    names = [f for n in norms for f, _ in token_features(n, params)]
    names.extend(f for f, *_ in doc_features(norms, params))
    return names


@dataclass
class Model:
    """Linear model over a fixed vocabulary, softmax over classes.

    A text's vector x sums one value (block weight x idf) per feature occurrence and is divided by
    the root of the sum of squared occurrence values; that divisor can be cached per word, which
    is what makes inference fast, and training builds its rows with the same code (vector()).
    """

    classes: tuple[str, ...]
    index: dict[str, int]
    scale: np.ndarray  # per feature: idf
    weights: np.ndarray  # (n_features, n_classes)
    intercept: np.ndarray  # (n_classes,)
    params: dict[str, float]
    info: dict = field(default_factory=dict)
    vector_weights: np.ndarray | None = None  # (384, n_classes): the head on the sentence encoder
    vector_intercept: np.ndarray | None = None
    blend: Blend = field(default_factory=Blend)
    # word -> (its summed feature values @ weights, sum of squared values); None if no feature known
    _word_cache: dict[str, tuple[np.ndarray, float] | None] = field(default_factory=dict, repr=False)

    def _occurrences(self, norms: Sequence[str]) -> list[tuple[int, float, int, int]]:
        """(feature index, value, first token, end token) for every known feature occurrence."""
        out = []
        for i, n in enumerate(norms):
            for name, w in token_features(n, self.params):
                j = self.index.get(name)
                if j is not None:
                    out.append((j, w * float(self.scale[j]), i, i + 1))
        for name, w, s, e in doc_features(norms, self.params):
            j = self.index.get(name)
            if j is not None:
                out.append((j, w * float(self.scale[j]), s, e))
        return out

    def vector(self, text: str) -> dict[int, float]:
        """The text's sparse vector as training uses it: feature index -> value."""
        occ = self._occurrences(tokenize(text)[0])
        sq = sum(v * v for _, v, _, _ in occ)
        div = math.sqrt(sq) if sq > 0 else 1.0
        acc: dict[int, float] = {}
        for j, v, _, _ in occ:
            acc[j] = acc.get(j, 0.0) + v / div
        return acc

    def _word(self, norm: str) -> tuple[np.ndarray, float] | None:
        if norm in self._word_cache:
            return self._word_cache[norm]
        idx, val = [], []
        for name, w in token_features(norm, self.params):
            j = self.index.get(name)
            if j is not None:
                idx.append(j)
                val.append(w * float(self.scale[j]))
        hit = None
        if idx:
            va = np.asarray(val)
            hit = (va @ self.weights[idx], float(va @ va))
        if len(self._word_cache) < 200_000:  # bounded: free text has an endless tail of words
            self._word_cache[norm] = hit
        return hit

    def _score(self, norms: Sequence[str]) -> tuple[np.ndarray, np.ndarray | None, list[tuple[int, int]]]:
        """Probabilities, each span's (word or phrase) share of the scores, and the spans."""
        parts: list[np.ndarray] = []
        spans: list[tuple[int, int]] = []
        sq = 0.0
        for i, n in enumerate(norms):
            hit = self._word(n)
            if hit is not None:
                parts.append(hit[0])
                sq += hit[1]
                spans.append((i, i + 1))
        for name, w, s, e in doc_features(norms, self.params):
            j = self.index.get(name)
            if j is not None:
                v = w * float(self.scale[j])
                parts.append(v * self.weights[j])
                sq += v * v
                spans.append((s, e))
        if not parts:
            return _softmax(self.intercept), None, spans
        contrib = np.array(parts) / math.sqrt(sq)
        return _softmax(contrib.sum(axis=0) + self.intercept), contrib, spans

    def meaning_probs(self, vector: np.ndarray | None) -> np.ndarray | None:
        """The meaning head's probabilities, or None without a head or a vector."""
        if self.vector_weights is None or vector is None:
            return None
        return _softmax(vector @ self.vector_weights + self.vector_intercept)

    def combine(self, word_probs: np.ndarray, meaning_probs: np.ndarray | None, prompt_theme: str | None,
                n_words: int) -> np.ndarray:
        """The two heads blended, the question's theme weighted up (`Blend`)."""
        b = self.blend
        word = np.log(np.maximum(word_probs, _FLOOR))
        if meaning_probs is None:
            score, average = (b.word + b.meaning) * word, word_probs
        else:
            score = b.word * word + b.meaning * np.log(np.maximum(meaning_probs, _FLOOR))
            average = (word_probs + meaning_probs) / 2
        if prompt_theme in self.classes:
            k = self.classes.index(prompt_theme)
            score = score.copy()
            score[k] += (b.prior + b.likely * math.log(max(float(average[k]), _FLOOR)) + b.sure * float(average.max())
                         + b.long * min(n_words, LONG_WORDS) / LONG_WORDS)
        return _softmax(score)

    def probabilities(self, text: str, vector: np.ndarray | None = None, prompt_theme: str | None = None) -> np.ndarray:
        """Probability per class (order of self.classes)."""
        if vector is None and self.vector_weights is not None:
            vector = default_encoder().embed_one(text[:MAX_CHARS])
        norms = tokenize(text)[0]
        return self.combine(self._score(norms)[0], self.meaning_probs(vector), prompt_theme, len(norms))


@dataclass(frozen=True)
class ToneModel:
    """Tone from two heads averaged: words and letter runs (tf-idf), and the sentence vector with the
    tone lexicon's reading (`tone_features`)."""

    classes: tuple[str, ...]
    words: dict[str, int]
    word_idf: np.ndarray
    chars: dict[str, int]
    char_idf: np.ndarray
    coef: np.ndarray  # (n_classes, word features + letter runs)
    intercept: np.ndarray
    vector_coef: np.ndarray  # (n_classes, 384 + lexicon features)
    vector_intercept: np.ndarray
    info: dict = field(default_factory=dict)

    def probabilities(self, text: str, vector: np.ndarray, norms: Sequence[str] | None = None,
                      read: np.ndarray | None = None) -> np.ndarray:
        """`read`: the tone reader's probabilities for the question and answer together, weighed READER_WEIGHT."""
        x = sparse(text, self.words, self.word_idf, self.chars, self.char_idf)
        z = self.intercept.copy()
        for i, v in x.items():
            z += self.coef[:, i] * v
        meaning = np.concatenate([vector, tone_features(text, norms)]) @ self.vector_coef.T + self.vector_intercept
        heads = (_softmax(z) + _softmax(meaning)) / 2
        return heads if read is None else (1 - READER_WEIGHT) * heads + READER_WEIGHT * read

    def tone(self, text: str, vector: np.ndarray, norms: Sequence[str] | None = None,
             read: np.ndarray | None = None) -> str:
        return self.classes[int(np.argmax(self.probabilities(text, vector, norms, read)))]


READER_WEIGHT = 0.4  # the tone reader beside the two heads: chosen on the dev batches (benchmarks/README.md)
READER_TOKENS = 128  # question and answer together, cut from the longer first (as trained)


class ToneReader:
    """The question and the answer read together by a fine-tuned copy of the encoder's model, three tones out
    (`scripts/finetune_tone.py`), trained end to end on the labelled tones: it reads an answer that says a good
    thing and a bad one better than the heads do ("passed all my exams but im skint" is mixed). It does not yet read
    a bare "yes" or "no" by its question (few labelled rows are like that). Like the encoder: onnxruntime and
    `tokenizers`, one answer at a time on one core."""

    def __init__(self, path: Path) -> None:
        import onnxruntime  # noqa: PLC0415
        from tokenizers import Tokenizer  # noqa: PLC0415

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(str(ENCODER_DIR / TOKENIZER_FILE))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(READER_TOKENS, strategy="longest_first")
        self._lock = threading.Lock()

    def probabilities(self, question: str | None, answer: str) -> np.ndarray:
        """Positive, mixed, negative (the order of TONES); no question reads the answer alone, as trained."""
        with self._lock:
            enc = self._tokenizer.encode(question or "", answer[:MAX_CHARS])
        feed = {"input_ids": np.array([enc.ids], dtype=np.int64),
                "attention_mask": np.array([enc.attention_mask], dtype=np.int64),
                "token_type_ids": np.array([enc.type_ids], dtype=np.int64)}
        return self._session.run(None, feed)[0][0].astype(np.float64)


@lru_cache(maxsize=1)
def default_tone_reader() -> ToneReader | None:
    """The shipped tone reader, or None (the two heads alone decide) if none is shipped."""
    path = MODEL_DIR / TONE_READER_ONNX
    return ToneReader(path) if path.exists() else None


def read_tone(question: str | None, answer: str) -> np.ndarray | None:
    reader = default_tone_reader()
    return reader.probabilities(question, answer) if reader is not None else None


LEXICON_WEIGHT = 2.0  # the lexicon's features beside the 384 numbers of the sentence vector


def tone_features(text: str, norms: Sequence[str] | None = None) -> np.ndarray:
    """The tone lexicon's reading (one of three), whether there is a "but", and the answer's length."""
    if norms is None:
        norms = tokenize(text)[0]
    lexicon = tone_of(text, norms)
    return LEXICON_WEIGHT * np.array(
        [*(lexicon == t for t in TONES), any(n in lx.CONTRASTS for n in norms), min(len(norms), 60) / 60],
        dtype=np.float32)


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max())
    return e / e.sum()


# Filler that says nothing about a theme, though a model's weights may lean on it: never shown as a reason.
_NOT_REASONS = frozenset(
    "alright ok okay fine guess suppose yeah yes yh no nah lol idk dunno test testing hello hi hey just really "
    "think thing things stuff like actually basically literally pretty quite bit".split()
)


def _evidence(
    text: str,
    norms: Sequence[str],
    tok_spans: Sequence[tuple[int, int]],
    contrib: np.ndarray | None,
    spans: list[tuple[int, int]],
    k: int,
) -> tuple[str, ...]:
    """The words (or lexicon phrases) that pushed class k up most, as they appear in the text."""
    if contrib is None:
        return ()
    col = contrib[:, k]
    order = np.argsort(-col, kind="stable")
    best = col[order[0]]
    words: list[str] = []
    used: set[int] = set()
    for si in order:
        c = col[si]
        if c <= 0 or c < 0.2 * best or len(words) >= MAX_WORDS:
            break
        s, e = spans[si]
        # A phrase and the words inside it share credit; report the phrase once rather than its parts.
        if all(t in used for t in range(s, e)):
            continue
        if all(norms[t] in lx.STOP_WORDS or norms[t] in _NOT_REASONS for t in range(s, e)):
            continue  # "the", "alright" or "i guess" may tip a score but explain nothing to an officer
        if text[max(0, tok_spans[s][0] - 1) : tok_spans[s][0]] == "[":
            continue  # "[name]": a placeholder for a removed detail, not the young person's word
        w = text[tok_spans[s][0] : tok_spans[e - 1][1]]
        if w not in words:
            words.append(w)
        used.update(range(s, e))
    return tuple(words)


def _phrase_hits(norms: Sequence[str], table: dict[str, float]) -> list[tuple[int, int, float]]:
    """(start, end, weight) of tone words and two-word phrases, longest first, no overlaps."""
    hits = []
    taken: set[int] = set()
    for i in range(len(norms) - 1):
        w = table.get(norms[i] + " " + norms[i + 1])
        if w is not None:
            hits.append((i, i + 2, w))
            taken.update((i, i + 1))
    for i, n in enumerate(norms):
        if i not in taken:
            w = table.get(n)
            if w is not None:
                hits.append((i, i + 1, w))
    return hits


def tone_of(text: str, norms: Sequence[str] | None = None) -> str:
    """Tone ("positive", "mixed" or "negative") from the tone lexicon, with negation and "but"."""
    if norms is None:
        norms = tokenize(text)[0]
    negated = [False] * len(norms)
    for i, n in enumerate(norms):
        if n in lx.NEGATORS:
            for j in range(i + 1, min(len(norms), i + 1 + lx.NEGATION_WINDOW)):
                negated[j] = True
    pos = neg = 0.0
    pos_hits = _phrase_hits(norms, lx.POSITIVE_WORDS)
    neg_hits = _phrase_hits(norms, lx.NEGATIVE_WORDS)
    neg_tokens = {i for s, e, _ in neg_hits for i in range(s, e)}
    for s, e, w in pos_hits:
        if any(i in neg_tokens for i in range(s, e)):
            continue  # "dont care" is negative, not also the positive "care"
        if negated[s]:
            neg += w  # "not good", "never listens"
        else:
            pos += w
    for s, _, w in neg_hits:
        if negated[s] and w >= lx.FLIP_MIN and norms[s] not in lx.NEGATORS:
            pos += w  # "not bad", "dont feel depressed anymore"
        else:
            neg += w
    contrast = any(n in lx.CONTRASTS for n in norms)
    if not norms:
        return "mixed"  # nothing to go on
    if pos == 0 and neg == 0:
        # Most answers with no tone word still report something wrong ("moved 6 times").
        return "negative"
    if pos > 0 and neg > 0:
        if contrast:
            return "mixed"  # "nice but strict": both sides of a story
        if pos >= 2 * neg:
            return "positive"
        if neg >= 2 * pos:
            return "negative"
        return "mixed"
    return "positive" if pos > 0 else "negative"


def _offered(probs: np.ndarray) -> list[int]:
    """The classes offered as suggestions, best first: the best, then up to two more with SECONDARY_MIN or more."""
    order = [int(k) for k in np.argsort(-probs, kind="stable")[:MAX_THEMES]]
    return order[:1] + [k for k in order[1:] if probs[k] >= SECONDARY_MIN]


def classify(text: str, model: Model | None = None, prompt_theme: str | None = None,
             vector: np.ndarray | None = None, question: str | None = None) -> Classification:
    """Themes (best first) and tone of one answer; `prompt_theme` is the theme of the question it answers,
    `question` its words (the tone reads them)."""
    m = model if model is not None else default_model()
    if vector is None:
        vector = default_encoder().embed_one(text[:MAX_CHARS])
    norms, tok_spans = tokenize(text)
    word_probs, contrib, spans = m._score(norms)
    meaning = m.meaning_probs(vector)
    probs = m.combine(word_probs, meaning, prompt_theme, len(norms))
    offered = _offered(probs)
    suggestions = []
    for rank, k in enumerate(offered):
        from_question = False
        if prompt_theme is not None and m.classes[k] == prompt_theme:
            # What the words alone would offer (the same heads, without the question's weight): read only here.
            alone = m.combine(word_probs, meaning, None, len(norms))
            offered_alone = _offered(alone)
            if rank == 0:
                from_question = offered_alone[0] != k or not (norms and alone[k] >= FIT_MIN)
            else:
                from_question = k not in offered_alone
        words = _evidence(text, norms, tok_spans, contrib, spans, int(k))
        suggestions.append(ThemeSuggestion(m.classes[k], round(float(probs[k]), 4), words, from_question))
    fits = bool(norms and probs[offered[0]] >= FIT_MIN)
    tone_model = default_tone_model()
    tone = tone_model.tone(text, vector, norms, read_tone(question, text)) if tone_model is not None else tone_of(text, norms)
    return Classification(tuple(suggestions), tone, fits)


def classify_many(texts: Iterable[str], model: Model | None = None,
                  prompt_themes: Iterable[str | None] | None = None,
                  questions: Iterable[str | None] | None = None) -> list[Classification]:
    """classify() over many answers, loading the shipped model once and reading them in batches."""
    m = model if model is not None else default_model()
    texts = list(texts)
    themes = list(prompt_themes) if prompt_themes is not None else [None] * len(texts)
    questions = list(questions) if questions is not None else [None] * len(texts)
    vectors = default_encoder().embed([t[:MAX_CHARS] for t in texts])
    return [classify(t, m, p, v, q) for t, p, v, q in zip(texts, themes, vectors, questions, strict=True)]


def load_model(path: str | Path | None = None) -> Model:
    """Read a model written by training.save(): a JSON vocabulary and a .npz of weights."""
    d = Path(path) if path is not None else MODEL_DIR
    meta = json.loads((d / MODEL_JSON).read_text(encoding="utf-8"))
    if meta.get("format") != FORMAT_VERSION:
        raise ValueError(f"unsupported theme model format {meta.get('format')!r} in {d}")
    with np.load(d / MODEL_ARRAYS) as arrays:
        weights = arrays["weights"].astype(np.float64)
        intercept = arrays["intercept"].astype(np.float64)
        scale = arrays["scale"].astype(np.float64)
        vector_weights = arrays["vector_weights"].astype(np.float32) if "vector_weights" in arrays else None
        vector_intercept = arrays["vector_intercept"].astype(np.float32) if "vector_intercept" in arrays else None
    features = meta["features"]
    if weights.shape != (len(features), len(meta["classes"])):
        raise ValueError(f"theme model in {d} is inconsistent: {weights.shape} weights")
    return Model(
        classes=tuple(meta["classes"]),
        index={f: i for i, f in enumerate(features)},
        scale=scale,
        weights=weights,
        intercept=intercept,
        params=dict(meta["params"]),
        info=dict(meta.get("info", {})),
        vector_weights=vector_weights,
        vector_intercept=vector_intercept,
        blend=Blend(**meta["blend"]) if "blend" in meta else Blend(),
    )


def load_tone_model(path: str | Path | None = None) -> ToneModel:
    d = Path(path) if path is not None else MODEL_DIR
    meta = json.loads((d / TONE_JSON).read_text(encoding="utf-8"))
    with np.load(d / TONE_ARRAYS) as a:
        return ToneModel(tuple(meta["classes"]), meta["words"], a["word_idf"], meta["chars"], a["char_idf"],
                         a["coef"], a["intercept"], a["vector_coef"], a["vector_intercept"], meta.get("info", {}))


@lru_cache(maxsize=1)
def default_tone_model() -> ToneModel | None:
    """The shipped tone model, or None (the lexicon alone decides) if none is shipped."""
    try:
        return load_tone_model()
    except FileNotFoundError:
        return None


_default: Model | None = None
_default_lock = threading.Lock()


def default_model() -> Model:
    """The shipped model, loaded on first use (once, even with several threads)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = load_model()
    return _default


def reset_default_model() -> None:
    """Forget the loaded shipped model, so the next call reads the files again (after retraining)."""
    global _default
    with _default_lock:
        _default = None
