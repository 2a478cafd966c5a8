"""A horizontal bar chart as self-contained, accessible SVG, drawn by our own code."""

from __future__ import annotations

import hashlib
import textwrap
from collections.abc import Sequence
from html import escape

from participation.pure.render.schema import ChartRow

WIDTH = 680
LABEL_W = 250  # room for a wrapped theme label on the left
VALUE_W = 110  # room for "fewer than 5" after the longest bar
BAR_H = 22
LINE_H = 15
ROW_GAP = 12
TOP = 10
# GOV.UK blue on white is 5.2:1 and text #0b0c0c is 19:1, both past WCAG AA; the value is always
# written as text beside the bar, so no meaning rests on colour or length alone.
BAR = "#1d70b8"
TEXT = "#0b0c0c"
RULE = "#505a5f"
FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"
WRAP = 32  # characters per label line at 13px in the label column


def _e(s: object) -> str:
    return escape(str(s), quote=True)


def describe(rows: Sequence[ChartRow], title: str) -> str:
    """The text alternative: every label with its (already suppressed) count."""
    if not rows:
        return f"{title}: no data to show."
    parts = "; ".join(f"{r['label']}: {r['display']}" for r in rows)
    return f"Bar chart. {title}. {parts}."


def chart_svg(rows: list[ChartRow], title: str) -> str:
    """Draw `rows` as horizontal bars; a suppressed row (value None) gets no bar, only its text."""
    # Ids must be unique on a page that may hold several charts, and stable between renders.
    digest = hashlib.sha1(repr((title, [(r["label"], r["display"]) for r in rows])).encode()).hexdigest()[:10]
    tid, did = f"pack-chart-{digest}-title", f"pack-chart-{digest}-desc"
    values = [r["value"] for r in rows if isinstance(r.get("value"), int) and r["value"] > 0]
    top = max(values, default=1)
    bar_area = WIDTH - LABEL_W - VALUE_W

    body: list[str] = []
    y = TOP
    for r in rows:
        lines = textwrap.wrap(str(r["label"]), WRAP, break_long_words=True) or [""]
        lines = lines[:3] if len(lines) <= 3 else lines[:2] + [lines[2][: WRAP - 1] + "…"]
        row_h = max(BAR_H, len(lines) * LINE_H)
        mid = y + row_h / 2
        first = mid - (len(lines) - 1) * LINE_H / 2
        tspans = "".join(
            f'<tspan x="{LABEL_W - 8}" y="{first + i * LINE_H:.1f}">{_e(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        body.append(
            f'<text class="pack-chart-label" text-anchor="end" dominant-baseline="middle" font-size="13">{tspans}</text>'
        )
        value = r.get("value")
        if isinstance(value, int) and value > 0:
            w = max(2.0, bar_area * value / top)
            body.append(
                f'<rect class="pack-chart-bar" x="{LABEL_W}" y="{mid - BAR_H / 2:.1f}" width="{w:.1f}" '
                f'height="{BAR_H}" fill="{BAR}"/>'
            )
            tx, extra = LABEL_W + w + 6, 'class="pack-chart-value"'
        else:
            # Suppressed: no bar at all, so its length cannot hint at the hidden number.
            tx, extra = LABEL_W + 6, 'class="pack-chart-value pack-chart-suppressed" font-style="italic"'
        body.append(
            f'<text {extra} x="{tx:.1f}" y="{mid:.1f}" dominant-baseline="middle" font-size="13">'
            f"{_e(r['display'])}</text>"
        )
        y += row_h + ROW_GAP
    height = max(y - ROW_GAP + TOP, 2 * TOP + BAR_H)
    axis = f'<line x1="{LABEL_W}" y1="{TOP - 4}" x2="{LABEL_W}" y2="{height - TOP + 4}" stroke="{RULE}" stroke-width="1"/>'

    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="pack-chart" role="img" '
        f'aria-labelledby="{tid} {did}" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'font-family="{_e(FONT)}" fill="{TEXT}">'
        f'<title id="{tid}">{_e(title)}</title>'
        f'<desc id="{did}">{_e(describe(rows, title))}</desc>'
        f"{axis}{''.join(body)}</svg>"
    )
