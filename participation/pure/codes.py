"""Join codes: short, easy to read out and type, with no look-alike characters."""

from __future__ import annotations

import re
import secrets

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B or U/V: each can be misread on a projector or typed as its twin.
ALPHABET = "ACDEFGHJKMNPQRTWXY34679"
LENGTH = 6
_STRIP = re.compile(r"[\s\-_.]+")


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(typed: str) -> str:
    """What the young person typed, in any case and with any spaces, as a stored code."""
    return _STRIP.sub("", typed or "").upper()


def looks_valid(code: str) -> bool:
    return len(code) == LENGTH and all(c in ALPHABET for c in code)


def display(code: str) -> str:
    """Split in two for reading aloud and for the projector: 'ACD EFG'."""
    half = len(code) // 2
    return f"{code[:half]} {code[half:]}"
