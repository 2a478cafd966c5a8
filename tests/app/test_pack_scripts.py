"""Every script prints: the demo pack's PDF, read back, has a real glyph for every character young people
wrote (Arabic, Tigrinya, emoji), and its Word file is A4 with right-to-left paragraphs where the words are."""

from __future__ import annotations

import io
import json
import re
import unicodedata

import pytest
from docx import Document
from docx.oxml.ns import qn
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from sqlalchemy import select

from participation.domain import pack_content
from participation.domain.db import db
from participation.domain.models import Review
from participation.pure.render import render_docx, render_pdf
from tests.conftest import demo_loaded
from tests.unit.test_render import EXAMPLE

# Two of the demo's answers as the young people wrote them (Arabic, and Tigrinya in Ethiopic script).
ARABIC = "أحتاج مترجم في الاجتماعات"
TIGRINYA = "ኣደይን ኣሕዋተይን ብዙሕ ናፊቐዮም።"


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]  # the values are printed; the keys are not
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _to_unicode(cmap: str) -> list[tuple[int, str]]:
    """(glyph id, characters) pairs from a font's ToUnicode CMap."""
    pairs = []
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        pairs += [(int(a, 16), b) for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block)]
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            pairs += [(int(a, 16) + i, format(int(c, 16) + i, "04x")) for i in range(int(b, 16) - int(a, 16) + 1)]
    return [(gid, bytes.fromhex(h).decode("utf-16-be", "replace")) for gid, h in pairs]


def drawn_with_a_glyph(pdf: bytes) -> tuple[set[str], set[str]]:
    """Characters the PDF draws with a real glyph of an embedded font, and the names of those fonts.
    A character no font has is drawn by WeasyPrint with a glyph id the embedded font does not hold
    (or .notdef, id 0): an empty box on the page."""
    drawn, names, seen = set(), set(), set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            font = ref.get_object()
            if font["/BaseFont"] in seen:
                continue
            seen.add(font["/BaseFont"])
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            program = TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data()))
            glyphs = program["maxp"].numGlyphs
            names.add(str(font["/BaseFont"]).split("+", 1)[-1])
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            drawn.update(ch for gid, chars in _to_unicode(cmap) if 0 < gid < glyphs for ch in chars)
    return drawn, names


def _printable(chars: set[str]) -> set[str]:
    # Spaces, joiners and variation selectors, and combining marks (shaped into the letter before them)
    # are not drawn on their own.
    return {c for c in chars if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf", "Mn", "Me", "Zs")}


@pytest.fixture
def demo_pack(app):
    demo_loaded()
    review = db.session.execute(select(Review).order_by(Review.id)).scalars().first()
    return pack_content.build(review, None, review.title)


def test_every_character_in_the_demo_pack_has_a_glyph_in_the_pdf(demo_pack):
    # The demo's officer printed every answer in another language in English (the language alone could
    # point to one young person); an officer may choose to print the young person's own words, so the
    # pack must still draw them: the demo's Arabic and Tigrinya answers, as written, are added here.
    demo_pack["themes"][0]["quotes"] += [ARABIC, TIGRINYA]
    wanted = _printable({ch for s in _strings(demo_pack) for ch in s})
    # The demo pack has the scripts this is about: Arabic, Ethiopic (Tigrinya) and emoji.
    assert any("\u0600" <= c <= "\u06ff" for c in wanted)
    assert any("\u1200" <= c <= "\u137f" for c in wanted)
    assert any(ord(c) >= 0x1F300 for c in wanted)
    drawn, fonts = drawn_with_a_glyph(render_pdf(demo_pack))
    missing = [f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in sorted(wanted - drawn)]
    assert not missing, (
        f"No embedded font has {missing} (fonts: {sorted(fonts)}). "
        "Install fonts-noto-core and fonts-noto-color-emoji (make install)."
    )
    assert {"Noto-Sans-Ethiopic", "Noto-Color-Emoji"} <= fonts


def test_a_character_no_font_has_is_caught():
    # The check itself can fail: a private-use character is in no font, so it is drawn as a box.
    pack = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    pack["themes"][0]["quotes"] = ["\ue123 no font has this"]
    drawn, _ = drawn_with_a_glyph(render_pdf(pack))
    assert "\ue123" not in drawn and "n" in drawn


def test_word_is_a4_and_right_to_left_where_the_words_are():
    pack_words = "\u0623\u062d\u062a\u0627\u062c \u0645\u062a\u0631\u062c\u0645 \u0641\u064a \u0627\u0644\u0627\u062c\u062a\u0645\u0627\u0639\u0627\u062a"
    pack = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    pack["themes"][0]["quotes"] = [pack_words, "more trips please"]
    pack["appendix"]["answers_by_theme"][0]["answers"] = [pack_words, "more trips please"]
    pack["translations"] = {pack_words: "I need an interpreter in meetings"}
    doc = Document(io.BytesIO(render_docx(pack)))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    rtl = [p for p in doc.paragraphs if p.text == pack_words]
    assert len(rtl) == 2  # the quote and its place in the appendix
    for p in rtl:
        assert p._p.pPr.find(qn("w:bidi")) is not None
        assert all(r._r.rPr is not None and r._r.rPr.find(qn("w:rtl")) is not None for r in p.runs)
    ltr = [p for p in doc.paragraphs if p.text == "more trips please"]
    assert ltr and all(p._p.pPr is None or p._p.pPr.find(qn("w:bidi")) is None for p in ltr)
    # The translation follows the original, and the original is kept.
    texts = [p.text for p in doc.paragraphs]
    i = texts.index(pack_words)
    assert "I need an interpreter in meetings" in texts[i + 1]
