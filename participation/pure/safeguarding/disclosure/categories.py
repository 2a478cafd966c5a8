"""The seven kinds of harm the screen names; CATEGORIES also breaks ties between equally likely kinds."""

from __future__ import annotations

SELF_HARM = "self-harm-suicide"
ABUSE = "abuse"
NEGLECT = "neglect"
EXPLOITATION = "exploitation"
DOMESTIC = "domestic-abuse"
MISSING = "missing"
THREATS = "bullying-threats"

# When two kinds score the same and were first seen at the same word, the one listed first here
# is named first.
CATEGORIES: tuple[str, ...] = (SELF_HARM, ABUSE, NEGLECT, EXPLOITATION, DOMESTIC, MISSING, THREATS)
