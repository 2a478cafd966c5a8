"""Template globals and filters shared by every page."""

from __future__ import annotations

import hashlib
import re

from flask import Flask, g
from markupsafe import Markup, escape

from participation.domain import moderation
from participation.domain.alerts import (
    awaiting_sign_off,
    bar_rooms,
    minutes_waiting,
    open_alerts,
    system_entry,
    unseen,
)
from participation.pure import codes
from participation.pure.choices import is_exclusive, is_other
from participation.pure.evidence_rules import NO_CONTENT_EXAMPLES, open_to_any_theme, says_nothing_more
from participation.pure.help_numbers import (
    card_line,
    lines_for,
    not_happy_leave_out,
    sections_for,
    spoken_digits,
)
from participation.pure.local_time import uk_format
from participation.pure.prompt_bank import youth_hint
from participation.pure.safeguarding import language
from participation.pure.scale import SCALE_LABELS
from participation.pure.theming.taxonomy import (
    AUDIENCES,
    ILACS_AREA_NAMES,
    ILACS_AREAS,
    PII_KIND_LABELS,
    THEMES_BY_ID,
)
from participation.web.assets import static_url

# Faces drawn as small inline SVG, so they look the same on every phone (emoji fonts differ or are missing).
# The two ends have open mouths and eyebrows, so "Really good" and "Really bad" do not look like "Good" and "Bad".
_MOUTHS = {
    5: '<path d="M10 22 Q20 38 30 22 Z" fill="#0b0c0c"/>',
    4: '<path d="M13 25 Q20 31 27 25" fill="none" stroke="#0b0c0c" stroke-width="2.5" stroke-linecap="round"/>',
    3: '<path d="M13 27 L27 27" fill="none" stroke="#0b0c0c" stroke-width="2.5" stroke-linecap="round"/>',
    2: '<path d="M13 30 Q20 25 27 30" fill="none" stroke="#0b0c0c" stroke-width="2.5" stroke-linecap="round"/>',
    1: '<path d="M11 32 Q20 19 29 32 Z" fill="#0b0c0c"/>',
}
_BROWS = {
    5: '<path d="M10 10 Q14 6 18 10 M22 10 Q26 6 30 10" fill="none" stroke="#0b0c0c" stroke-width="2" stroke-linecap="round"/>',
    # Raised at the middle: upset, not angry (a cross face can look like a cross adult).
    1: '<path d="M10 11 L17 8 M30 11 L23 8" fill="none" stroke="#0b0c0c" stroke-width="2" stroke-linecap="round"/>',
}
SCALE_FACES = {
    n: (
        '<svg class="py-face" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">'
        '<circle cx="20" cy="20" r="18" fill="#ffdd57" stroke="#0b0c0c" stroke-width="2"/>'
        '<circle cx="14" cy="15" r="2.5" fill="#0b0c0c"/><circle cx="26" cy="15" r="2.5" fill="#0b0c0c"/>'
        f"{_BROWS.get(n, '')}{mouth}</svg>"
    )
    for n, mouth in _MOUTHS.items()
}


_PLACEHOLDER = re.compile(r"\[(?:name|phone|email|handle|address|postcode|date|school|number)\]")


def highlight_placeholders(text: str | None) -> Markup:
    """Escaped text with each placeholder wrapped in <mark>, so a moderator sees what was removed."""
    out, pos = [], 0
    text = text or ""
    for m in _PLACEHOLDER.finditer(text):
        out.append(escape(text[pos : m.start()]))
        out.append(Markup('<mark class="py-removed">') + escape(m.group(0)) + Markup("</mark>"))
        pos = m.end()
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def highlight_cues(text: str | None, cues) -> Markup:
    """Escaped text with the screen's cues marked, so the safeguarding lead sees why it was flagged."""
    text = text or ""
    spans = []
    lowered = text.lower()
    for cue in cues or []:
        i = lowered.find(str(cue).lower())
        if i >= 0:
            spans.append((i, i + len(cue)))
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark class="py-cue">') + escape(text[start:end]) + Markup("</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def around_cues(text: str | None, cues, width: int = 90) -> str:
    """At most `width` letters of the text, around the first cue the screen found in it (from a word boundary a
    little before it), so a list row shows why an alert was raised, not a harmless opening ("i like school
    mostly…" when the harm comes at the end). With no cue in it, the first `width` letters. "…" marks a cut."""
    text = text or ""
    if len(text) <= width:
        return text
    lowered = text.lower()
    found = [i for i in (lowered.find(str(c).lower()) for c in cues or [] if c) if i >= 0]
    start = 0
    if found and min(found) > width - 30:  # the cue would be cut off or near the end: start a little before it
        start = max(0, min(found) - 25)
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space > 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def digest(text: str) -> str:
    """A short fingerprint of some rendered HTML: a polled part sends the one it shows, and is sent again only when it differs."""
    return hashlib.sha256(str(text).encode()).hexdigest()[:16]


def open_alerts_for(user):
    """`open_alerts` once a request: a staff page's tab title (its count of unseen alerts) and its bar share them."""
    if "open_alerts" not in g:
        g.open_alerts = open_alerts(user)
    return g.open_alerts


ERROR_PREFIX = "Error: "


def with_count(title: str, count: int) -> Markup:
    """A page's title with a count of things waiting before it ("(2) Safeguarding alerts"), after "Error: " where
    the page has a problem (a screen reader says that first); the title alone when there are none."""
    title = Markup(title)
    if not count:
        return title
    if title.startswith(ERROR_PREFIX):
        return Markup(ERROR_PREFIX) + f"({count}) " + title[len(ERROR_PREFIX):]
    return Markup(f"({int(count)}) ") + title


def register(app: Flask) -> None:
    app.add_template_filter(with_count, "with_count")
    app.add_template_global(open_alerts_for, "open_alerts_for")
    app.add_template_global(awaiting_sign_off, "awaiting_sign_off_for")
    app.add_template_global(bar_rooms, "bar_rooms")
    app.add_template_global(unseen, "unseen_alerts")
    app.add_template_global(minutes_waiting, "minutes_waiting")
    app.add_template_global(system_entry, "alert_system_entry")
    app.add_template_filter(is_exclusive, "is_exclusive")
    app.add_template_filter(youth_hint, "youth_hint")
    app.add_template_filter(is_other, "is_other")
    app.add_template_global(lines_for, "help_lines_for")
    app.add_template_global(sections_for, "help_sections_for")
    app.add_template_global(not_happy_leave_out, "help_not_happy_leave_out")
    app.add_template_global(card_line, "help_card_line")
    app.add_template_filter(spoken_digits, "spoken_digits")
    app.add_template_filter(highlight_placeholders, "highlight_placeholders")
    app.add_template_filter(highlight_cues, "highlight_cues")
    app.add_template_filter(around_cues, "around_cues")
    app.add_template_filter(digest, "digest")
    app.add_template_filter(uk_format, "uk")  # a stored UTC time as UK time: {{ at|uk("%H:%M") }}
    app.add_template_test(says_nothing_more, "nothing_more")
    app.add_template_test(open_to_any_theme, "open_question")  # {% if p.bank_slug is open_question %}
    app.add_template_global(NO_CONTENT_EXAMPLES, "no_content_examples")
    app.add_template_global(static_url)
    app.add_template_global(SCALE_LABELS, "SCALE_LABELS")
    app.add_template_global(SCALE_FACES, "SCALE_FACES")
    app.add_template_global(ILACS_AREAS, "ILACS_AREAS")
    app.add_template_global(ILACS_AREA_NAMES, "ILACS_AREA_NAMES")
    app.add_template_filter(lambda kind: PII_KIND_LABELS.get(kind, kind), "pii_kind_label")
    app.add_template_global(moderation.HIGH_RISK, "HIGH_RISK")
    app.add_template_global(AUDIENCES, "AUDIENCES")
    app.add_template_global(THEMES_BY_ID, "THEMES_BY_ID")
    app.add_template_filter(codes.display, "code_display")
    app.add_template_filter(language.name_of, "language_name")
    app.add_template_global(moderation.unscreened_waiting, "unscreened_waiting_for")
