"""The youth pages' colours meet WCAG 2.2 AA: read from the one file that defines them, checked pair by pair."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PALETTE = Path(__file__).resolve().parents[2] / "frontend" / "src" / "_youth-palette.scss"

# Every pair of colours the youth stylesheet puts text on (WCAG 1.4.3: 4.5:1), as (words, behind them).
TEXT_PAIRS = [
    ("py-ink", "py-cream"), ("py-ink", "py-card"), ("py-ink", "py-lilac"), ("py-ink", "py-peach"),
    ("py-ink", "py-amber-wash"), ("py-ink-soft", "py-card"), ("py-ink-soft", "py-cream"),
    ("py-plum", "py-card"), ("py-plum", "py-cream"), ("py-plum", "py-lilac"),  # links, Stop, Listen, progress
    ("py-plum-dark", "py-lilac"), ("py-plum-dark", "py-card"),  # links under the pointer
    ("py-card", "py-plum"), ("py-card", "py-plum-dark"),  # header and main buttons, and their hover
    ("py-amber", "py-amber-wash"), ("py-amber", "py-card"), ("py-amber", "py-cream"),  # "please check this"
]
# Edges that show where a control or a state is (WCAG 1.4.11: 3:1).
EDGE_PAIRS = [
    ("py-plum", "py-lilac"), ("py-plum", "py-card"),  # a chosen tile's edge, the Stop and Listen outlines
    ("py-amber", "py-card"), ("py-amber", "py-amber-wash"),  # the edge of an answer to check
    ("py-plum-dark", "py-card"),  # a main button's lower edge
]


def palette() -> dict[str, str]:
    return dict(re.findall(r"^\$(py-[a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;", PALETTE.read_text(encoding="utf-8"), re.M))


def luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_computed_as_wcag_defines_it():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the well-known lightest AA grey


def test_the_palette_defines_every_colour_the_pairs_name():
    named = {n for pair in TEXT_PAIRS + EDGE_PAIRS for n in pair}
    assert named <= set(palette())


@pytest.mark.parametrize(("words", "behind"), TEXT_PAIRS)
def test_youth_text_colours_have_at_least_4_5_to_1_contrast(words, behind):
    colours = palette()
    assert contrast(colours[words], colours[behind]) >= 4.5


@pytest.mark.parametrize(("edge", "behind"), EDGE_PAIRS)
def test_youth_control_edges_have_at_least_3_to_1_contrast(edge, behind):
    colours = palette()
    assert contrast(colours[edge], colours[behind]) >= 3


def test_no_red_on_youth_pages_the_check_this_colour_is_amber():
    r, g, b = (int(palette()["py-amber"][i:i + 2], 16) for i in (1, 3, 5))
    assert r > g > b and g >= 0.4 * r  # orange-brown, well away from GOV.UK's error red (#ca3535)
