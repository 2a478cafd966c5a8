"""The languages youth pages speak: their codes, names in their own script, direction, and who wrote each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"
SOURCE = "en"  # the language every page is written in, and what any missing string falls back to


@dataclass(frozen=True)
class Language:
    code: str  # the catalogue's folder under participation/translations/ (a Babel locale)
    html: str  # the BCP 47 tag for <html lang> and speech voices
    name: str  # in its own script, so someone who cannot read English finds it
    english: str  # for staff
    rtl: bool = False

    @property
    def dir(self) -> str:
        return "rtl" if self.rtl else "ltr"


# The order of the picker: English first, then the languages most children who arrive alone speak.
# Dari has no locale of its own in Babel (CLDR), so it is `fa_AF`, Persian as written in Afghanistan.
LANGUAGES: tuple[Language, ...] = (
    Language("en", "en-GB", "English", "English"),
    Language("ar", "ar", "العربية", "Arabic", rtl=True),
    Language("fa_AF", "fa-AF", "دری", "Dari (Afghan Persian)", rtl=True),
    Language("ps", "ps", "پښتو", "Pashto", rtl=True),
    Language("ckb", "ckb", "کوردیی سۆرانی", "Kurdish (Sorani)", rtl=True),
    Language("ti", "ti", "ትግርኛ", "Tigrinya"),
    Language("am", "am", "አማርኛ", "Amharic"),
    Language("sq", "sq", "Shqip", "Albanian"),
    Language("vi", "vi", "Tiếng Việt", "Vietnamese"),
    Language("cy", "cy", "Cymraeg", "Welsh"),
)
BY_CODE = {lang.code: lang for lang in LANGUAGES}
CODES = tuple(BY_CODE)

# Other ways a phone or a link may name one of them.
_ALIASES = {"fa": "fa_AF", "prs": "fa_AF", "fa_ir": "fa_AF", "fa_af": "fa_AF", "ku_iq": "ckb", "en_gb": "en", "en_us": "en"}


def match(value: str | None) -> str | None:
    """The code of a shipped language named by `value` ("ar", "fa-AF", "prs", "TI", "ar-SY"), or None."""
    if not value:
        return None
    key = re.sub(r"[^a-z_]", "", value.strip().lower().replace("-", "_"))
    if key in _ALIASES:
        return _ALIASES[key]
    for code in CODES:
        if code.lower() == key:
            return code
    primary = key.split("_")[0]
    if primary in _ALIASES:
        return _ALIASES[primary]
    return primary if primary in BY_CODE else None


def offered(codes: list[str] | None) -> tuple[Language, ...]:
    """The languages a session offers, in picker order: English always, and all of them when none were chosen."""
    if not codes:
        return LANGUAGES
    chosen = set(codes) | {SOURCE}
    return tuple(lang for lang in LANGUAGES if lang.code in chosen)


def catalogue_path(code: str) -> Path:
    return TRANSLATIONS / code / "LC_MESSAGES" / "messages.po"


@dataclass(frozen=True)
class Status:
    """Who wrote a translation and whether a fluent speaker has checked it, as its catalogue's header says."""


    written_by: str
    checked: str
    translated: int = 0  # strings with a translation; the others are shown in English
    total: int = 0

    @property
    def is_checked(self) -> bool:
        return not self.checked.lower().startswith("not")


_WRITTEN = re.compile(r"^#\s*Written by:\s*(.+?)\.?\s*$", re.MULTILINE)
_CHECKED = re.compile(r"^#\s*Checked:\s*(.+?)\.?\s*$", re.MULTILINE)


@cache
def status(code: str) -> Status | None:
    """Read from the top of the language's catalogue ("# Written by: ..." and "# Checked: ..."), the one
    place it is kept (`pybabel update` keeps those lines). None for English, which is not a translation."""
    if code == SOURCE:
        return None
    with catalogue_path(code).open("rb") as f:
        catalog = read_po(f)
    written, checked = _WRITTEN.search(catalog.header_comment), _CHECKED.search(catalog.header_comment)
    messages = [m for m in catalog if m.id]
    return Status(
        written_by=written.group(1) if written else "unknown",
        checked=checked.group(1) if checked else "not yet checked by a fluent speaker",
        translated=sum(1 for m in messages if m.string and not m.fuzzy),
        total=len(messages),
    )
