"""Template globals and filters shared by every page."""

from __future__ import annotations

from flask import Flask

from . import codes
from .assets import static_url
from .theming.taxonomy import AUDIENCES, ILACS_AREAS, THEMES_BY_ID

SCALE_LABELS = {1: "Really bad", 2: "Bad", 3: "OK", 4: "Good", 5: "Really good"}
# Faces drawn as small inline SVG, so they look the same on every phone (emoji fonts differ or are missing).
_MOUTHS = {
    5: "M11 23 Q20 35 29 23",
    4: "M13 25 Q20 31 27 25",
    3: "M13 27 L27 27",
    2: "M13 30 Q20 25 27 30",
    1: "M11 31 Q20 21 29 31",
}
SCALE_FACES = {
    n: (
        '<svg class="py-face" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">'
        '<circle cx="20" cy="20" r="18" fill="#ffdd57" stroke="#0b0c0c" stroke-width="2"/>'
        '<circle cx="14" cy="15" r="2.5" fill="#0b0c0c"/><circle cx="26" cy="15" r="2.5" fill="#0b0c0c"/>'
        f'<path d="{d}" fill="none" stroke="#0b0c0c" stroke-width="2.5" stroke-linecap="round"/></svg>'
    )
    for n, d in _MOUTHS.items()
}


def register(app: Flask) -> None:
    app.add_template_global(static_url)
    app.add_template_global(SCALE_LABELS, "SCALE_LABELS")
    app.add_template_global(SCALE_FACES, "SCALE_FACES")
    app.add_template_global(ILACS_AREAS, "ILACS_AREAS")
    app.add_template_global(AUDIENCES, "AUDIENCES")
    app.add_template_global(THEMES_BY_ID, "THEMES_BY_ID")
    app.add_template_filter(codes.display, "code_display")
    app.add_template_filter(lambda d: f"{d.day} {d:%B %Y}" if d else "", "long_date")
