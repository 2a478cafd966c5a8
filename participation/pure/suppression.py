"""Small-number suppression for counts of young people shown outside the participation team.

Pure Python. Counts from 1 to threshold-1 are hidden (primary suppression). Where the cells of a
breakdown add up to a total that is shown, one hidden cell could be worked out by subtraction, so the
next smallest cell is hidden too (secondary suppression), and a total below the threshold hides
everything under it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SECONDARY_LABEL = "hidden to protect a small number"


@dataclass(frozen=True)
class Shown:
    value: int | None  # None: hidden
    threshold: int
    # Hidden although not small, only so that a small count elsewhere cannot be worked out: saying
    # "fewer than N" of it would be false.
    secondary: bool = False

    @property
    def hidden(self) -> bool:
        return self.value is None

    def __str__(self) -> str:
        if self.value is not None:
            return str(self.value)
        return SECONDARY_LABEL if self.secondary else f"fewer than {self.threshold}"


def _small(n: int, threshold: int) -> bool:
    return 0 < n < threshold


def suppress_breakdown(
    counts: Mapping[str, int], threshold: int, total: int | None = None
) -> tuple[dict[str, Shown], Shown | None]:
    """Suppress a breakdown whose cells partition `total` (when given, the total is shown too).

    Returns the cells and the total, each as Shown.
    """
    if total is not None and _small(total, threshold):
        return {k: Shown(None, threshold) if v else Shown(0, threshold) for k, v in counts.items()}, Shown(None, threshold)
    hidden = {k for k, v in counts.items() if _small(v, threshold)}
    secondary: set[str] = set()
    if total is not None and len(hidden) == 1:
        # total minus the shown cells would give the hidden one away: hide the next smallest as well.
        others = sorted((v, k) for k, v in counts.items() if k not in hidden and v > 0)
        if others:
            secondary.add(others[0][1])
    cells = {
        k: Shown(None if k in hidden | secondary else v, threshold, secondary=k in secondary) for k, v in counts.items()
    }
    return cells, (Shown(total, threshold) if total is not None else None)


def suppress_count(n: int, threshold: int) -> Shown:
    return Shown(None if _small(n, threshold) else n, threshold)
