"""The bank of ready prompts officers pick from (written for the product, shipped as JSON)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

BANK_PATH = Path(__file__).resolve().parents[1] / "data" / "prompt_bank.json"


@lru_cache(maxsize=1)
def load_bank() -> tuple[dict, ...]:
    return tuple(json.loads(BANK_PATH.read_text(encoding="utf-8")))


def by_slug() -> dict[str, dict]:
    return {p["slug"]: p for p in load_bank()}


def options_for(item: dict, audience: str | None) -> list[str]:
    """A bank prompt's answers for a session's group. Children in care are under 18, so their "How old are you?"
    offers no band from 18 up; a care leavers' session (or one for both) keeps every band."""
    options = list(item.get("options") or [])
    if item.get("about_you") == "age-band" and audience == "children-in-care":
        options = [o for o in options if not (m := re.match(r"\s*(\d+)", o)) or int(m.group(1)) < 18]
    return options


def in_chosen_order(slugs: list[str], order: list[str]) -> list[str]:
    """The ticked prompts in the order the officer ticked them (`order`, kept by the page's script);
    any not in `order` follow in the order they came, so the page still works with no script."""
    place = {slug: i for i, slug in enumerate(order)}
    return sorted(dict.fromkeys(slugs), key=lambda slug: place.get(slug, len(place)))


# Bank prompts once said this in their hint wherever they ended up; young people are now told on
# whichever question is really the last.
_LAST_WORDS = re.compile(r"\s*This is the last question\.(?:\s*Thank you for taking part\.)?\s*", re.IGNORECASE)
LAST_QUESTION = "This is the last question."
# Said under every box young people write in: many worry about spelling (some are dyslexic, some new to English).
SPELLING = "Spelling does not matter."


def without_last_words(hint: str | None) -> str:
    """A hint without the "This is the last question." some once carried wherever they ended up."""
    return _LAST_WORDS.sub(" ", hint or "").strip()


def youth_hint(hint: str | None, is_last: bool, free_text: bool = False) -> str:
    """A prompt's hint as young people see it: "Spelling does not matter." under a box they write in
    (`free_text`), and "This is the last question." on the last one only."""
    parts = [without_last_words(hint)]
    if free_text:
        parts.append(SPELLING)
    if is_last:
        parts.append(LAST_QUESTION)
    return " ".join(p for p in parts if p)
