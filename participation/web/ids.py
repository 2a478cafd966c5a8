"""Ids from URLs and forms: plain ASCII digits within the database's integer range, or nothing."""

from __future__ import annotations

from werkzeug.routing import IntegerConverter

MAX_ID = 2**31 - 1


def parse_id(value: str | None) -> int | None:
    if not value or len(value) > 10 or not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    return number if number <= MAX_ID else None


def parse_ids(values: list[str], limit: int = 5000) -> list[int]:
    return [n for n in (parse_id(v) for v in values[:limit]) if n is not None]


class BoundedInt(IntegerConverter):
    """`<int:...>` in every route: an id too large for the database is a 404, not a 500."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)
