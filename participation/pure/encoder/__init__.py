"""One small sentence encoder, shared by the screen, the tone and the theme suggestions.

all-MiniLM-L6-v2 (Apache-2.0; see `model/README.md` for where it came from and how it was made),
exported to ONNX with its mean pooling and normalisation inside, weights stored as 8-bit integers.
It runs on the CPU with onnxruntime and the `tokenizers` package: no network, no torch. One answer
is read on one core; an answer is cut at MAX_TOKENS word pieces (about 90 words), which holds the
gist of all but long stories, and those the word-based parts of each model read in full.

Each model that uses the encoder keeps its own small head (logistic regression weights) and reads
`embed()`; none of them ever changes the encoder.
"""

from __future__ import annotations

import hashlib
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "model"
ONNX_FILE = "minilm-l6-v2-int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
MAX_TOKENS = 128
DIMENSIONS = 384
BATCH = 1  # one at a time: a batch shares its 8-bit scales, so an answer would read differently beside others
ROWS_KEPT = 100_000  # training rows whose vectors a process keeps (1.5 kB each)


class Encoder:
    """Sentence vectors of unit length: similar meaning, nearby vectors."""

    def __init__(self, directory: Path = MODEL_DIR) -> None:
        # Imported here: onnxruntime takes a moment to load and only the answer path needs it.
        import onnxruntime  # noqa: PLC0415
        from tokenizers import Tokenizer  # noqa: PLC0415

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # one answer on one core; a server runs one worker per core
        options.inter_op_num_threads = 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = onnxruntime.InferenceSession(
            str(directory / ONNX_FILE), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(str(directory / TOKENIZER_FILE))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._lock = threading.Lock()  # a tokenizer's settings are shared state; runs are cheap to queue
        self._rows: dict[bytes, np.ndarray] = {}

    def embed(self, texts: list[str]) -> np.ndarray:
        """An (n, 384) float32 array, one unit-length row per text ("" gives the vector of nothing)."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(texts), BATCH):
            chunk = texts[start : start + BATCH]
            with self._lock:
                encodings = self._tokenizer.encode_batch(chunk)
            width = max(len(e.ids) for e in encodings)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            for row, enc in enumerate(encodings):
                ids[row, : len(enc.ids)] = enc.ids
                mask[row, : len(enc.ids)] = 1
            out[start : start + len(chunk)] = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        return out

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]

    def embed_rows(self, texts: list[str]) -> np.ndarray:
        """embed() for training, where every retrain reads the same labelled rows again. A text's vector depends
        on the text alone (BATCH = 1), so the process keeps each one it has read, under a digest of the text,
        never the words (an officer's confirmed answers are training rows too). Answers are read with embed()."""
        keys = [hashlib.blake2b(t.encode(), digest_size=16).digest() for t in texts]
        missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in self._rows}  # a repeated row once
        if len(self._rows) + len(missing) > ROWS_KEPT:
            self._rows.clear()
            missing = dict(zip(keys, texts, strict=True))
        if missing:
            self._rows.update(zip(missing, self.embed(list(missing.values())), strict=True))
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for row, key in enumerate(keys):
            out[row] = self._rows[key]
        return out


@lru_cache(maxsize=1)
def default_encoder() -> Encoder:
    """The shipped encoder, loaded once per process (about 0.1 s)."""
    return Encoder()
