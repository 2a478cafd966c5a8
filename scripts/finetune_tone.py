"""Fine-tune the tone reader: all-MiniLM-L6-v2 reading a question and its answer together, three tones out.

The shared encoder reads an answer alone, and its sentence vector carries too little of how it answers its
question ("never" to "How often do you feel lonely?" is good news; "yes" to "Are there words adults use about
you that you don't like?" is not) or of an answer that says a good thing and a bad one. This model reads the
pair, as a person labelling it does, and is trained end to end on the labelled tones (with today's rows it
still reads a bare "yes" or "no" poorly: few rows are like that). Run offline, once,
outside the app (the app never imports this, nor torch), in the venv `scripts/finetune_encoder.py` names:

    PYTHONPATH=.:scripts /tmp/ft/bin/python scripts/finetune_tone.py --out participation/pure/theming/model \
        --epochs 3 --lr 6e-5 --every-row

The shipped reader trains on every labelled theme row (`--every-row`), the held-out part of
`theming.training.split` too: its figures come from fresh held-out batches only, and `theming.training` judges
the two heads without it. Without `--every-row` it trains on the training part and prints its share right on
the held-out part; `--every-epoch` also exports after each epoch, to choose their number on dev batches. The
export reads `input_ids`, `attention_mask` and `token_type_ids` and returns `probabilities` (positive, mixed,
negative, the order of `theming.classifier.TONES`), weights as 8-bit integers stored unsigned as the encoder's are.
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

import torch
from finetune_encoder import base_dir, unsigned_weights
from torch import nn
from transformers import AutoModel, AutoTokenizer

from participation.pure.textvec import MAX_CHARS
from participation.pure.theming import training as theming
from participation.pure.theming.classifier import TONE_READER_ONNX, TONES

MAX_TOKENS = 128


class ToneReader(nn.Module):
    """The encoder's attention-masked mean over question and answer, then three tones."""

    def __init__(self, bert: nn.Module) -> None:
        super().__init__()
        self.bert = bert
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(bert.config.hidden_size, len(TONES))

    def logits(self, input_ids, attention_mask, token_type_ids):
        hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                           token_type_ids=token_type_ids).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return self.head(self.drop(mean))

    def forward(self, input_ids, attention_mask, token_type_ids):
        return torch.softmax(self.logits(input_ids, attention_mask, token_type_ids), dim=-1)


def labelled_pairs() -> list[tuple[str, str, str, int]]:
    """(id, question, answer, tone index) of every labelled row with a tone (no question: the answer alone)."""
    out = []
    for path in theming.default_data_paths():
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                tone = (row.get("tone") or "").strip()
                if tone in TONES:
                    out.append((row["id"], (row.get("prompt") or "").strip(), row["text"][:MAX_CHARS], TONES.index(tone)))
    return out


def batches(rows: list, size: int, rng: random.Random):
    """Shuffled batches of rows of about the same length (padding a batch to its longest row is most of the cost)."""
    rows = rows[:]
    rng.shuffle(rows)
    out = []
    for start in range(0, len(rows), 50 * size):
        pool = sorted(rows[start : start + 50 * size], key=lambda r: len(r[1]) + len(r[2]))
        out += [pool[i : i + size] for i in range(0, len(pool), size)]
    rng.shuffle(out)
    return out


def encode(tokenizer, pairs: list[tuple[str, str]]) -> dict[str, torch.Tensor]:
    """A question and its answer as one input (an empty question when there is none)."""
    enc = tokenizer([q for q, _ in pairs], [a for _, a in pairs], padding=True, truncation="longest_first",
                    max_length=MAX_TOKENS, return_tensors="pt")
    return {k: enc[k] for k in ("input_ids", "attention_mask", "token_type_ids")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True, help="directory for the ONNX file")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--every-row", action="store_true", help="train on the held-out part too (no figure is printed)")
    ap.add_argument("--every-epoch", action="store_true",
                    help="also export the model after each epoch, to OUT/epochN (to choose the number on dev batches)")
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(2)

    rows = labelled_pairs()
    heldout = [] if args.every_row else [r for r in rows if theming.is_heldout(r[0])]
    train_rows = [r for r in rows if r not in heldout]
    tokenizer = AutoTokenizer.from_pretrained(base_dir())
    model = ToneReader(AutoModel.from_pretrained(base_dir(), attn_implementation="eager"))
    head = list(model.head.parameters())
    optimiser = torch.optim.AdamW([{"params": list(model.bert.parameters())}, {"params": head, "lr": 20 * args.lr}],
                                  lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((len(train_rows) + args.batch - 1) // args.batch)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / (0.06 * steps)) * max(0.0, (steps - s) / steps))
    ce = nn.CrossEntropyLoss(label_smoothing=0.05)
    started = time.perf_counter()
    step = 0
    for epoch in range(args.epochs):
        model.train()
        total = 0.0
        for n, chunk in enumerate(batches(train_rows, args.batch, rng), start=1):
            loss = ce(model.logits(**encode(tokenizer, [(q, a) for _, q, a, _ in chunk])),
                      torch.tensor([k for *_, k in chunk]))
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            step += 1
            total += loss.item()
            if step % 25 == 0:
                print(f"epoch {epoch + 1} step {step}/{steps} loss {total / n:.3f} "
                      f"({time.perf_counter() - started:.0f} s)", flush=True)
        if heldout:
            print(f"epoch {epoch + 1}: held-out part right {share_right(model, tokenizer, heldout):.3f}", flush=True)
        if args.every_epoch and epoch + 1 < args.epochs:
            export(model.eval(), tokenizer, args.out / f"epoch{epoch + 1}")

    export(model.eval(), tokenizer, args.out)
    print(f"trained on {len(train_rows)} labelled rows in {time.perf_counter() - started:.0f} s")
    return 0


def share_right(model: ToneReader, tokenizer, rows) -> float:
    model.eval()
    right = 0
    with torch.no_grad():
        for i in range(0, len(rows), 64):
            chunk = rows[i : i + 64]
            p = model(**encode(tokenizer, [(q, a) for _, q, a, _ in chunk]))
            right += int((p.argmax(-1) == torch.tensor([k for *_, k in chunk])).sum())
    return right / len(rows)


def export(model: nn.Module, tokenizer, out: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic  # noqa: PLC0415

    out.mkdir(parents=True, exist_ok=True)
    sample = encode(tokenizer, [("a question", "an answer to trace")])
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "full.onnx"
        torch.onnx.export(model, (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]), str(full),
                          input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["probabilities"],
                          dynamic_axes={"input_ids": {0: "b", 1: "s"}, "attention_mask": {0: "b", 1: "s"},
                                        "token_type_ids": {0: "b", 1: "s"}, "probabilities": {0: "b"}},
                          opset_version=17, dynamo=False)
        quantize_dynamic(str(full), str(out / TONE_READER_ONNX), weight_type=QuantType.QInt8)
    unsigned_weights(out / TONE_READER_ONNX)
    torch.save(model.state_dict(), Path(tempfile.gettempdir()) / "tone_reader.pt")  # to measure before quantizing


if __name__ == "__main__":
    raise SystemExit(main())
