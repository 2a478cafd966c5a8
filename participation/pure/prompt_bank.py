"""The bank of ready prompts officers pick from (written for the product, shipped as JSON)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

BANK_PATH = Path(__file__).resolve().parents[1] / "data" / "prompt_bank.json"


@lru_cache(maxsize=1)
def load_bank() -> tuple[dict, ...]:
    return tuple(json.loads(BANK_PATH.read_text(encoding="utf-8")))


def by_slug() -> dict[str, dict]:
    return {p["slug"]: p for p in load_bank()}
