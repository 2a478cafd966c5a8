"""Help lines shown to young people, chosen by who they are: one data file, each number with its source."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HELP_PATH = Path(__file__).resolve().parents[1] / "data" / "help_numbers.json"


@dataclass(frozen=True)
class HelpLine:
    id: str
    name: str
    what: str
    number: str | None = None
    href: str | None = None
    label: str | None = None  # the link's words, when "Name number" is not right ("Text SHOUT to 85258")
    source: str | None = None
    checked: str = ""

    @property
    def link_text(self) -> str:
        return self.label or f"{self.name} {self.number}"


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, HelpLine], dict[str, tuple[str, ...]]]:
    data = json.loads(HELP_PATH.read_text(encoding="utf-8"))
    fields = set(HelpLine.__dataclass_fields__)
    lines = {raw["id"]: HelpLine(**{k: v for k, v in raw.items() if k in fields}) for raw in data["lines"]}
    return lines, {group: tuple(ids) for group, ids in data["groups"].items()}


def all_lines() -> tuple[HelpLine, ...]:
    return tuple(_load()[0].values())


def groups() -> dict[str, tuple[str, ...]]:
    return dict(_load()[1])


def lines_for(group: str | None) -> tuple[HelpLine, ...]:
    """The lines for children in care (under 18), care leavers (18 and over: no Childline, which is for
    under 19s, but money, a home and advice), or "both" when we do not know; "money-and-home" for hardship."""
    lines, by_group = _load()
    return tuple(lines[i] for i in by_group.get(group or "both", by_group["both"]))
