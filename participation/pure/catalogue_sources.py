"""Words young people see that live in data files (prompt bank, help lines, face scale), for translation.

`pybabel extract` reads them through `extract` (see babel.cfg); the app looks each one up by its English
at render time, so a prompt an officer has reworded is shown in English until it is translated."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from participation.pure.prompt_bank import LAST_QUESTION, SPELLING, without_last_words
from participation.pure.scale import SCALE_LABELS


def prompt_bank_strings(bank: list[dict]) -> Iterator[str]:
    for prompt in bank:
        yield prompt["text"]
        if without_last_words(prompt.get("hint")):
            yield without_last_words(prompt.get("hint"))
        yield from prompt.get("options") or ()
    yield from SCALE_LABELS.values()
    yield LAST_QUESTION
    yield SPELLING


def help_line_strings(data: dict) -> Iterator[str]:
    for line in data["lines"]:
        if not line.get("number"):  # a service's own name stays as it is; "Your personal adviser" does not
            yield line["name"]
        if line.get("label"):
            yield line["label"]
        yield line["what"]


def strings_in(path: Path | str, data) -> list[str]:
    name = Path(path).name
    if name == "prompt_bank.json":
        found = prompt_bank_strings(data)
    elif name == "help_numbers.json":
        found = help_line_strings(data)
    else:
        found = iter(())
    return list(dict.fromkeys(s for s in found if s))


def extract(fileobj, keywords, comment_tags, options):
    """A Babel extraction method: (line, function, message, comments) for each string of a data file."""
    data = json.loads(fileobj.read().decode("utf-8"))
    for text in strings_in(getattr(fileobj, "name", ""), data):
        yield 0, None, text, [f"from {Path(getattr(fileobj, 'name', '')).name}"]
