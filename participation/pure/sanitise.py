"""The one place text from outside is cleaned: control and invisible characters out, everything else kept.

Text is kept as typed, angle brackets and all, and escaped wherever it is shown (Jinja's autoescape, the pack
renderers, the CSV writer). It is never read as HTML: stripping "tags" deleted the words between a "<" and a
">" ("im ok <but my stepdad hits me>" became "im ok") and everything after a "<!--", before the screen saw them.
"""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls except tab and newline; also the bidi overrides and isolates that can make a
# line read differently from what was typed. Zero-width joiners stay (emoji and some scripts need them),
# except where _INVISIBLE says.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
# Characters that show nothing and join nothing (zero-width space, word joiner, soft hyphen, fillers): they
# could hide a phone number or a postcode from the screen ("07700\u200b900123"). A joiner between letters or
# digits of the Latin alphabet does nothing either, so it goes too; elsewhere (emoji, Persian) it stays.
_INVISIBLE = re.compile(r"[\u00ad\u115f\u1160\u180e\u200b\u2060-\u2064\u3164\uffa0]|(?<=[0-9A-Za-z])[\u200c\u200d]+|[\u200c\u200d]+(?=[0-9A-Za-z])")


def clean_text(value: str | None, max_length: int | None = None) -> str:
    """Plain text as the young person typed it: no control or invisible characters, tidy whitespace."""
    if not value:
        return ""
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", _CONTROL.sub("", text))
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if max_length is not None:
        text = text[:max_length]
    return text


def one_line(value: str | None, max_length: int | None = None) -> str:
    """A title, a place or a label: clean_text on one line (a line break typed or sent into a title broke the
    subject of an alert email, and could forge a line in the log)."""
    text = " ".join(clean_text(value).split())
    return text[:max_length] if max_length is not None else text
