"""The language list, the translation catalogues and what they promise (pure: no app)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from participation.pure import languages
from participation.pure.catalogue_sources import strings_in

ROOT = Path(__file__).resolve().parents[2]
POT = languages.TRANSLATIONS / "messages.pot"
TRANSLATED = [lang.code for lang in languages.LANGUAGES if lang.code != languages.SOURCE]


def _catalog(path: Path):
    with path.open("rb") as f:
        return read_po(f)


def _template_ids() -> set[str]:
    return {m.id for m in _catalog(POT) if m.id}


@pytest.mark.parametrize(
    ("value", "code"),
    [("ar", "ar"), ("ar-SY", "ar"), ("AR", "ar"), ("fa", "fa_AF"), ("fa-IR", "fa_AF"), ("prs", "fa_AF"), ("fa-AF", "fa_AF"),
     ("ti-ER", "ti"), ("ckb", "ckb"), ("en-US", "en"), ("en-GB", "en"), ("de", None), ("", None), (None, None), ("*", None)],
)
def test_a_language_is_found_however_a_phone_or_link_names_it(value, code):
    assert languages.match(value) == code


def test_right_to_left_languages_are_the_arabic_script_ones():
    assert {lang.code for lang in languages.LANGUAGES if lang.rtl} == {"ar", "fa_AF", "ps", "ckb"}


def test_a_session_always_offers_english_and_keeps_the_picker_order():
    assert [lang.code for lang in languages.offered(["ti", "ar"])] == ["en", "ar", "ti"]
    assert languages.offered(None) == languages.LANGUAGES


# Arabic and Tigrinya were drafted whole on 2026-12-03; the others had the journey then and the rest
# (prompt bank, help lines, privacy, accessibility, "You said, we did") on 2026-12-04; every language had the help
# page's "If you are not happy with how you are looked after" on 2026-12-06.
WRITTEN_BY = {code: "machine-drafted by the development team, 2026-12-03, 2026-12-04 and 2026-12-06" for code in TRANSLATED} | {
    "ar": "machine-drafted by the development team, 2026-12-03 and 2026-12-06",
    "ti": "machine-drafted by the development team, 2026-12-03 and 2026-12-06",
}


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_catalogue_says_who_wrote_it_and_whether_a_fluent_speaker_checked_it(code):
    status = languages.status(code)
    assert status.written_by == WRITTEN_BY[code]
    assert status.checked == "not yet checked by a fluent speaker"
    assert not status.is_checked


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_shipped_language_holds_every_youth_string_translated_or_as_english_fallback(code):
    # An entry with an empty translation is the explicit "show the English" (gettext falls back to it);
    # a string missing from a catalogue altogether means `make translations` was not run.
    catalog = _catalog(languages.catalogue_path(code))
    ids = {m.id for m in catalog if m.id and not m.fuzzy}
    assert _template_ids() - ids == set()
    assert not [m.id for m in catalog if m.id and m.fuzzy], "a fuzzy guess would be compiled out silently"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_language_is_translated_in_full(code):
    # A phrase added to the youth pages needs all nine languages before it lands: English on a page in
    # Dari is a page half understood.
    status = languages.status(code)
    assert status.translated == status.total == len(_template_ids())


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_every_placeholder_and_number(code):
    for m in _catalog(languages.catalogue_path(code)):
        if not m.id or not m.string:
            continue
        assert sorted(re.findall(r"%\(\w+\)s|%%\{count\}", m.string)) == sorted(re.findall(r"%\(\w+\)s|%%\{count\}", m.id)), m.id
        # Help numbers and ages must never change in translation (every number shown is in help_numbers.json).
        numbers = lambda s: sorted(re.findall(r"\d+", re.sub(r"%\(\w+\)s", "", s)))  # noqa: E731
        assert numbers(m.string) == numbers(m.id), m.id
        assert "SHOUT" not in m.id or "SHOUT" in m.string


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_compiled_catalogue_matches_its_source(code):
    po = languages.catalogue_path(code)
    with po.with_suffix(".mo").open("rb") as f:
        compiled = {m.id: m.string for m in read_mo(f) if m.id}
    source = {m.id: m.string for m in _catalog(po) if m.id and m.string and not m.fuzzy}
    assert compiled == source, "run `make translations` to compile the .mo files"


def test_the_template_holds_every_string_young_people_see():
    with (ROOT / "babel.cfg").open() as f:
        method_map, options_map = parse_mapping_cfg(f)
    found = {
        message
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords={"_": None, "gettext": None, "lazy_gettext": None}
        )
        if isinstance(message, str)
    }
    assert found == _template_ids(), "run `make translations` after changing words young people see"


def test_prompt_bank_and_help_lines_are_in_the_template():
    data = ROOT / "participation" / "data"
    for name in ("prompt_bank.json", "help_numbers.json"):
        wanted = set(strings_in(name, json.loads((data / name).read_text(encoding="utf-8"))))
        assert wanted - _template_ids() == set(), name
