"""Evidence pack renderers: every format is read back and checked against the pack it came from."""

from __future__ import annotations

import copy
import csv
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from participation.pure.evidence_rules import signature_reason
from participation.pure.render import chart_svg, render_csv, render_docx, render_html, render_pdf
from participation.pure.render.html import pack_css, render_document
from participation.pure.render.schema import (
    ANNEX,
    HIDDEN_NOTE,
    PLACEHOLDER_NOTE,
    PREVIEW_MARKER,
    SECTIONS,
    Pack,
    Summary,
    Theme,
    sections,
    shown,
    signatures_text,
    without_links,
)

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "pack_example.json"
NASTY = "<script>alert('x')</script> \"quoted\" & done"
RTL = "أريد أن أرى أخي كل أسبوع"  # "I want to see my brother every week"
EMOJI = "my carer is proper nice 😊👍🏽"


@pytest.fixture(scope="module")
def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def pack(example) -> dict:
    return copy.deepcopy(example)


@pytest.fixture
def preview(pack) -> dict:
    pack.update(status="preview", version=1, published_on=None, correction_note=None)
    return pack


@pytest.fixture(scope="module")
def pdf_bytes(example) -> bytes:
    return render_pdf(example)


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
        ).stdout.decode()
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def expected_headings(pack: dict, cover: bool = False) -> list[str]:
    # On a screen the summary comes straight after the title, then the questions to ask, then what the pack is
    # and its contents; the PDF keeps those on a cover page of their own, before the summary.
    headings = [h for _, h in SECTIONS] + ([ANNEX[1]] if pack["recommendations"] else [])
    return headings if cover else [*headings[:2], "About this pack", *headings[2:]]


def test_the_questions_to_ask_come_straight_after_the_summary_in_every_format(pack):
    # A councillor reads the pack the evening before committee and wants the questions with the summary,
    # not near the end: one order, for the web page, the PDF's HTML and Word alike.
    order = ["Summary", "Questions for the task group", "How we gathered the evidence, and its limits",
             "What young people told us, theme by theme", "The numbers",
             "Appendix: the questions asked and the written answers", "Annex: recommendations tracker"]
    screen = [squash(h.get_text()) for h in soup(render_html(pack)).select("article > section > h2")]
    assert screen == [*order[:2], "About this pack", *order[2:]]
    cover = soup(render_document(pack, resolve_direction=True, cover=True))
    assert [squash(h.get_text()) for h in cover.select("article > section > h2")] == order
    # The contents lists them in that order, and each link lands on its section.
    assert [squash(a.get_text()) for a in cover.select("nav.pack-contents a")] == order
    assert [a["href"] for a in cover.select("nav.pack-contents a")][:2] == ["#pack-summary", "#pack-questions"]
    word = [p.text for p in Document(io.BytesIO(render_docx(pack))).paragraphs if p.style.name == "Heading 1"]
    assert word == order


def test_example_pack_has_exactly_the_keys_the_schema_defines(example):
    assert set(example) == set(Pack.__annotations__)
    assert set(example["summary"]) == set(Summary.__annotations__)
    for theme in example["themes"]:
        assert set(theme) == set(Theme.__annotations__)
    # Counts arrive as strings, already suppressed: renderers never see a number to add up.
    assert all(isinstance(t["young_people"], str) for t in example["themes"])
    assert all(isinstance(v, str) for t in example["themes"] for v in t["tone"].values())


# HTML


def test_standalone_html_is_a_whole_accessible_document(pack):
    doc = soup(render_html(pack))
    assert doc.html["lang"] == "en-GB"
    assert doc.title.get_text() == pack["title"]
    assert doc.find("style") is not None
    article = doc.select_one("main > article")
    assert article is not None and article.select_one("header h1").get_text() == pack["title"]
    links = [a["href"] for a in doc.select("nav a")]
    assert links == [f"#{sid}" for sid, _ in SECTIONS] + [f"#{ANNEX[0]}"]
    for href in links:
        assert doc.find(id=href[1:]).name == "section"
    assert len(doc.find_all("h1")) == 1


def test_sections_come_in_the_order_the_issue_sets(pack):
    doc = soup(render_html(pack))
    assert [squash(h.get_text()) for h in doc.select("article > section > h2")] == expected_headings(pack)


def test_no_recommendations_means_no_annex(pack):
    pack["recommendations"] = []
    doc = soup(render_html(pack))
    assert [h.get_text() for h in doc.select("section > h2")] == expected_headings(pack)
    assert doc.find(id=ANNEX[0]) is None


def test_embedded_article_has_no_styles_so_it_passes_a_strict_csp(pack):
    html = render_html(pack, standalone=False)
    doc = soup(html)
    top = [el for el in doc.contents if getattr(el, "name", None)]
    assert [el.name for el in top] == ["article"]
    assert doc.find("style") is None and doc.find("script") is None
    assert doc.find(attrs={"style": True}) is None
    classes = {c for el in doc.find_all(class_=True) for c in el["class"]}
    assert classes and all(c.startswith("pack-") for c in classes), classes


def test_summary_says_who_took_part_without_identifying_anyone(pack):
    summary = soup(render_html(pack)).find(id="pack-summary")
    assert "42 of the 60 young people invited took part, in 1 session" in squash(summary.get_text())
    assert [squash(li.get_text()) for li in summary.select("ol.pack-messages li")] == pack["summary"][
        "messages"
    ]
    groups = summary.find("caption", string="Young people by group").find_parent("table")
    assert [[c.get_text() for c in tr.find_all(["th", "td"])] for tr in groups.tbody.find_all("tr")] == [
        [g["label"], g["young_people"]] for g in pack["summary"]["groups"]
    ]


def test_themes_come_most_raised_first_with_counts_tone_quotes_and_risk_as_questions(pack):
    doc = soup(render_html(pack))
    themes = doc.select("#pack-themes section.pack-theme")
    assert [t.h3.get_text() for t in themes] == [t["label"] for t in pack["themes"]]
    for el, theme in zip(themes, pack["themes"], strict=True):
        assert el.select_one(".pack-theme-count strong").get_text() == theme["young_people"]
        assert [dd.get_text() for dd in el.select(".pack-tone dd")] == [
            theme["tone"]["positive"],
            theme["tone"]["mixed"],
            theme["tone"]["negative"],
        ]
        quotes = el.select("blockquote.pack-quote")
        assert [q.get_text() for q in quotes] == theme["quotes"]  # kept exactly
        assert all(q["dir"] == "auto" for q in quotes)
        heading, lead, _ = signatures_text(theme["signatures"], theme["risk_weight"])
        # Never a bare label: each signature with why the theme's answers may point to it, and its question.
        for sig, li in zip(theme["signatures"], el.select(".pack-signatures li"), strict=True):
            assert li.strong.get_text() == sig["label"] + "."
            assert squash(li.get_text()) == f"{sig['label']}. {sig['reason']} Question to ask: {sig['question']}"
        if theme["signatures"]:
            assert el.select_one("h4[id$='-risk']").get_text() == heading
            # Too few negative to point to any: no line says so under the theme (the note at the start does).
            assert [p.get_text() for p in el.select(".pack-signatures-lead")] == ([lead] if lead else [])
            assert ("may point to" in lead) if theme["risk_weight"] in ("many", "some") else lead is None
    assert squash(doc.select_one("#pack-themes .pack-note").get_text()) == PLACEHOLDER_NOTE


def test_a_pack_built_before_signatures_had_reasons_still_gives_each_label_its_reason_in_every_format(pack):
    for theme in pack["themes"]:
        for sig in theme["signatures"]:
            del sig["reason"]
    wanted = [(f"{s['label']}.", signature_reason(t["id"], s["id"])) for t in pack["themes"] for s in t["signatures"]]
    assert wanted and all(reason for _, reason in wanted)
    for doc in (soup(render_html(pack)), soup(render_document(pack, resolve_direction=True, cover=True))):
        items = [(li.strong.get_text(), squash(li.get_text())) for li in doc.select(".pack-signatures li")]
        assert [label for label, _ in items] == [label for label, _ in wanted]
        assert all(text.startswith(f"{label} {reason} Question to ask: ") for (label, text), (_, reason) in zip(items, wanted, strict=True))
    word = [p.text for p in Document(io.BytesIO(render_docx(pack))).paragraphs]
    assert all(any(p.startswith(f"{label} {reason} Question to ask: ") for p in word) for label, reason in wanted)


def test_placeholder_note_is_said_once(pack):
    text = soup(render_html(pack)).get_text()
    assert text.count("replaced by placeholders") == 1


def test_questions_follow_the_three_self_evaluation_questions(pack):
    section = soup(render_html(pack)).find(id="pack-questions")
    assert [h.get_text() for h in section.find_all("h3")] == [
        "What do you know?",
        "How do you know it?",
        "What will you do?",
    ]


def test_chart_is_an_image_with_a_text_alternative_and_the_same_numbers_beside_it(pack):
    pair = soup(render_html(pack)).select_one("#pack-numbers .pack-chart-pair")
    svg = pair.find("svg")
    assert svg["role"] == "img"
    title_id, desc_id = svg["aria-labelledby"].split()
    assert svg.find("title", id=title_id).get_text()
    desc = svg.find("desc", id=desc_id).get_text()
    for row in pack["chart"]:
        assert f"{row['label']}: {row['display']}" in desc
    table = pair.find("table")
    assert table.caption.get_text()
    assert [(tr.th.get_text(), tr.td.get_text()) for tr in table.tbody.find_all("tr")] == [
        (r["label"], r["display"]) for r in pack["chart"]
    ]
    assert len(svg.find_all("rect")) == sum(1 for r in pack["chart"] if r["value"])


def test_every_table_has_a_caption_and_scoped_headers(pack):
    tables = soup(render_html(pack)).find_all("table")
    assert len(tables) >= 6
    for t in tables:
        assert t.caption and t.caption.get_text().strip()
        assert all(th["scope"] == "col" for th in t.thead.find_all("th"))
        assert all(tr.th["scope"] == "row" for tr in t.tbody.find_all("tr"))


def test_scale_questions_and_group_breakdown_show_the_pack_counts(pack):
    section = soup(render_html(pack)).find(id="pack-numbers")
    scales = section.select("table.pack-scale")
    for table, scale in zip(scales, pack["scales"], strict=True):
        assert scale["prompt"] in table.caption.get_text() and scale["answered"] in table.caption.get_text()
        assert [[c.get_text() for c in tr.find_all(["th", "td"])] for tr in table.tbody.find_all("tr")] == [
            [d["label"], d["count"]] for d in scale["distribution"]
        ]
    pack["group_breakdown"] = []
    section = soup(render_html(pack)).find(id="pack-numbers")
    assert "too small to show a breakdown" in section.get_text()


def test_choice_tick_all_and_about_you_answers_are_reported_in_every_format(pack):
    doc = soup(render_html(pack))
    choice = pack["choices"][0]
    table = doc.find(id="pack-numbers").select_one("table.pack-choice")
    assert choice["prompt"] in table.caption.get_text()
    assert [[c.get_text() for c in tr.find_all(["th", "td"])] for tr in table.tbody.find_all("tr")] == [
        [d["label"], d["count"]] for d in choice["distribution"]
    ]
    assert "tick more than one" in doc.find(id="pack-numbers").get_text()  # a tick-all question says it
    age = doc.find(id="pack-summary").select_one("table.pack-choice")
    # A count kept back to protect another prints as "hidden", said once under its table.
    assert "Age" in age.caption.get_text() and "hidden" in age.get_text() and "not shown" not in age.get_text()
    assert age.find_parent(class_="pack-table-wrap").select_one(".pack-hidden-note").get_text() == HIDDEN_NOTE
    word = Document(io.BytesIO(render_docx(pack)))
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert "Brothers or sisters" in cells and "I'd rather not say" in cells
    rows = list(csv.DictReader(io.StringIO(render_csv(pack))))
    assert {"section": "choice-answer", "label": "Brothers or sisters", "young_people": "16"}.items() <= next(
        r for r in rows if r["label"] == "Brothers or sisters"
    ).items()
    assert any(r["section"] == "about-you-answer" and r["label"] == "8 to 11" for r in rows)


def test_small_tables_of_figures_sit_in_a_grid_and_say_once_what_hidden_means(pack):
    # Two to a row on paper (pack.css); "hidden" explained once under the tables, not under each one.
    pack["scales"][0]["distribution"][0]["count"] = "not shown"
    pack["scales"][1]["distribution"][0]["count"] = "withheld"
    section = soup(render_html(pack)).find(id="pack-numbers")
    grid = section.select_one(".pack-table-grid")
    assert len(grid.select("table.pack-scale")) == len(pack["scales"])
    assert grid.select(".pack-hidden-note") == []
    note = grid.find_next_sibling()
    assert "pack-hidden-note" in note["class"] and note.get_text() == HIDDEN_NOTE
    assert len(section.select(".pack-hidden-note")) == 1
    # A table standing alone keeps its own note (the summary's age table, tested above).
    for s in pack["scales"]:
        s["distribution"][0]["count"] = "9"
    assert soup(render_html(pack)).find(id="pack-numbers").select(".pack-hidden-note") == []


def test_the_pack_links_to_you_said_we_did_and_says_which_annexes_it_holds(pack):
    doc = soup(render_html(pack))
    link = doc.find(id="pack-summary").select_one("a[href$='/j/HEAR34/updates']")
    assert link is not None and "You said, we did" in link.parent.get_text()
    assert "recommendations tracker, with" in doc.select_one(".pack-annexes").get_text()
    pack["recommendations"] = []
    assert "holds no annexes" in soup(render_html(pack)).select_one(".pack-annexes").get_text()
    word = "\n".join(p.text for p in Document(io.BytesIO(render_docx(pack))).paragraphs)
    assert "holds no annexes" in word and "/j/HEAR34/updates" in word


def test_appendix_lists_the_prompts_and_every_answer_by_theme(pack):
    section = soup(render_html(pack)).find(id="pack-appendix")
    assert [squash(li.contents[0]) for li in section.select("ol.pack-prompts > li")] == [
        p["text"] for p in pack["appendix"]["prompts"]
    ]
    lists = section.select("ul.pack-answers")
    for ul, group in zip(lists, pack["appendix"]["answers_by_theme"], strict=True):
        assert [li.get_text() for li in ul.find_all("li")] == group["answers"]
        assert all(li["dir"] == "auto" for li in ul.find_all("li"))


@pytest.mark.parametrize("standalone", [True, False])
def test_markup_rtl_and_emoji_in_young_peoples_words_come_out_as_text(pack, standalone):
    pack["themes"][0]["quotes"] = [NASTY, RTL, EMOJI]
    pack["appendix"]["answers_by_theme"][0]["answers"].append(NASTY)
    pack["themes"][1]["label"] = NASTY
    pack["council"] = "Northshire <b>County</b> Council"
    html = render_html(pack, standalone=standalone)
    doc = soup(html)
    assert doc.find("script") is None and doc.find("b") is None
    assert "<script>" not in html
    quotes = [q.get_text() for q in doc.select("#pack-themes blockquote")[:3]]
    assert quotes == [NASTY, RTL, EMOJI]
    assert doc.select("#pack-appendix ul.pack-answers")[0].find_all("li")[-1].get_text() == NASTY
    assert doc.select("#pack-themes section.pack-theme h3")[1].get_text() == NASTY


def test_preview_shows_its_marker_and_published_shows_version_date_and_correction(pack, preview):
    published = soup(render_html(json.loads(EXAMPLE.read_text(encoding="utf-8"))))
    status = published.select_one(".pack-status").get_text()
    assert status == "Published: version 2, 20 November 2026"
    assert "counted under this theme twice" in published.select_one(".pack-correction").get_text()
    doc = soup(render_html(preview))
    assert doc.select_one(".pack-status-preview").get_text() == PREVIEW_MARKER
    assert PREVIEW_MARKER in doc.title.get_text()
    assert doc.select_one(".pack-correction") is None


def test_recommendations_annex_shows_response_due_date_and_overdue_in_words(pack):
    annex = soup(render_html(pack)).find(id=ANNEX[0])
    recs = annex.select("section.pack-recommendation")
    assert len(recs) == 2
    assert "Accepted" in recs[0].get_text() and "30 April 2027" in recs[0].get_text()
    assert recs[1].select_one(".pack-overdue").get_text() == "Overdue"
    assert "Awaiting a response" in recs[1].get_text()


def test_pdf_html_resolves_the_direction_that_dir_auto_leaves_to_browsers(pack):
    pack["appendix"]["answers_by_theme"][0]["answers"] = [RTL, EMOJI]
    pack["themes"][0]["quotes"] = [RTL]
    browser = soup(render_html(pack))
    assert [li["dir"] for li in browser.select("ul.pack-answers")[0].find_all("li")] == ["auto", "auto"]
    pdf = soup(render_document(pack, resolve_direction=True))
    assert [li["dir"] for li in pdf.select("ul.pack-answers")[0].find_all("li")] == ["rtl", "ltr"]
    assert pdf.select_one("blockquote.pack-quote")["dir"] == "rtl"


# Chart on its own


def test_chart_svg_escapes_labels_and_draws_no_bar_for_a_suppressed_count():
    rows = [
        {"label": 'Being <heard> & "listened to"', "value": 12, "display": "12"},
        {"label": "Money", "value": None, "display": "fewer than 5"},
    ]
    svg = soup(chart_svg(rows, "Themes <raised>")).find("svg")
    assert svg.title.get_text() == "Themes <raised>"
    assert "Money: fewer than 5" in svg.desc.get_text()
    assert len(svg.find_all("rect")) == 1
    texts = [squash(t.get_text()) for t in svg.find_all("text")]
    assert "fewer than 5" in texts and "12" in texts
    assert svg.find("script") is None and not svg.find_all(attrs={"href": True})
    assert svg.find_all(attrs={"xlink:href": True}) == []


def test_two_charts_on_one_page_get_different_ids():
    a = soup(chart_svg([{"label": "A", "value": 5, "display": "5"}], "One")).svg["aria-labelledby"]
    b = soup(chart_svg([{"label": "A", "value": 5, "display": "5"}], "Two")).svg["aria-labelledby"]
    assert a != b


# PDF


def test_pdf_text_has_headings_quotes_suppressed_counts_and_page_numbers(example, pdf_bytes):
    text = pdf_text(pdf_bytes)
    flat = squash(text)
    pages = len(PdfReader(io.BytesIO(pdf_bytes)).pages)
    for heading in expected_headings(example, cover=True):
        assert heading in flat
    assert example["themes"][1]["quotes"][0] in flat
    assert "fewer than 5" in flat
    assert f"Page 1 of {pages}" in flat and f"Page {pages} of {pages}" in flat
    assert "Published: version 2, 20 November 2026" in flat


def test_pdf_has_bookmarks_for_the_sections_and_themes(example, pdf_bytes):
    reader = PdfReader(io.BytesIO(pdf_bytes))
    outline = reader.outline
    top = [item.title for item in outline if not isinstance(item, list)]
    assert top == expected_headings(example, cover=True)
    nested = [
        item.title for sub in outline if isinstance(sub, list) for item in sub if not isinstance(item, list)
    ]
    assert example["themes"][0]["label"] in nested


def test_pdf_contents_on_the_cover_link_to_each_section(example, pdf_bytes):
    # A councillor taps an entry in the cover's contents and lands on its section: each entry is a link
    # annotation on page one to a destination inside the document, on the page the section starts.
    reader = PdfReader(io.BytesIO(pdf_bytes))
    targets = set()
    for annot in reader.pages[0].get("/Annots") or []:
        annot = annot.get_object()
        dest = annot.get("/Dest") or (annot.get("/A") or {}).get("/D")
        if annot.get("/Subtype") == "/Link" and dest is not None:
            targets.add(str(dest))
    assert targets == {sid for sid, _ in sections(example)}
    outline = {item.title: reader.get_destination_page_number(item) for item in reader.outline if not isinstance(item, list)}
    for sid, heading in sections(example):
        assert reader.get_destination_page_number(reader.named_destinations[sid]) == outline[heading] > 0
    # ... and on paper a link looks like one: never black text like the rest (as links were printed before).
    printed = pack_css().split("@media print", 1)[1]
    assert re.search(r"\n  a \{ color: #1d70b8; text-decoration: underline; \}", printed)


def test_every_format_gives_the_trackers_full_address_as_a_link(pack, pdf_bytes):
    url = pack["tracker_url"]
    doc = soup(render_html(pack))
    # On the cover (the web page's "About this pack") and at the start of the annex.
    assert [a["href"] for a in doc.select(".pack-tracker a")] == [url, url]
    assert doc.find(id="pack-recommendations").select_one(f".pack-tracker a[href='{url}']") is not None
    uris = {str((a.get_object().get("/A") or {}).get("/URI")) for page in PdfReader(io.BytesIO(pdf_bytes)).pages
            for a in page.get("/Annots") or []}
    assert url in uris
    word = Document(io.BytesIO(render_docx(pack)))
    links = [r.target_ref for r in word.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert links == [url]  # one relationship, used by both paragraphs
    lines = [p for p in word.paragraphs if "recommendations tracker keeps every" in p.text]
    assert len(lines) == 2 and all(p._p.find(qn("w:hyperlink")) is not None and p.text.endswith(url) for p in lines)
    # Without the app's public address there is no address to give, and no link to nowhere.
    pack["tracker_url"] = None
    assert soup(render_html(pack)).select(".pack-tracker") == []
    assert not [p for p in Document(io.BytesIO(render_docx(pack))).paragraphs if "recommendations tracker keeps every" in p.text]


def test_pdf_is_a4_tagged_with_title_and_language(example, pdf_bytes):
    reader = PdfReader(io.BytesIO(pdf_bytes))
    assert reader.metadata.title == example["title"]
    root = reader.trailer["/Root"]
    assert str(root["/Lang"]).lower() == "en-gb"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_pdf_preview_shows_the_marker(preview):
    assert PREVIEW_MARKER in squash(pdf_text(render_pdf(preview)))


# Word


def test_docx_uses_heading_styles_quote_style_and_sets_the_title(pack):
    doc = Document(io.BytesIO(render_docx(pack)))
    assert doc.core_properties.title == pack["title"]
    # Its dates are the pack's, not those of python-docx's template (2013).
    on = (pack.get("published_on") or pack["generated_on"])[:10]
    assert doc.core_properties.created.date().isoformat() == on == doc.core_properties.modified.date().isoformat()
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert h1 == expected_headings(pack, cover=True)
    h2 = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert all(t["label"] in h2 for t in pack["themes"])
    quotes = [p.text for p in doc.paragraphs if p.style.name in ("Quote", "Intense Quote")]
    assert quotes == [q for t in pack["themes"] for q in t["quotes"]]
    assert "Published: version 2, 20 November 2026" in [p.text for p in doc.paragraphs]


def test_docx_tables_have_header_rows_and_the_pack_numbers(pack):
    doc = Document(io.BytesIO(render_docx(pack)))
    assert len(doc.tables) >= 6
    for table in doc.tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    cells = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    chart = next(t for t in doc.tables if [c.text for c in t.rows[0].cells] == ["Theme", "Young people"])
    assert [[c.text for c in row.cells] for row in chart.rows[1:]] == [
        [r["label"], r["display"]] for r in pack["chart"]
    ]
    for g in pack["group_breakdown"]:
        assert [g["theme"], g["children_in_care"], g["care_leavers"]] in cells


def test_docx_tables_fit_the_page_whatever_its_margins_with_no_empty_paragraph_after(pack):
    doc = Document(io.BytesIO(render_docx(pack)))
    for table in doc.tables:
        tbl = table._tbl
        width = tbl.tblPr.find(qn("w:tblW"))
        assert (width.get(qn("w:type")), width.get(qn("w:w"))) == ("pct", "5000")  # 100% of the page between margins
        assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "autofit"
        assert all(col.get(qn("w:w")) is None for col in tbl.tblGrid.findall(qn("w:gridCol")))
        assert all(w.get(qn("w:type")) == "auto" for w in tbl.iter(qn("w:tcW")))
        after = tbl.getnext()
        assert after is not None and after.tag == qn("w:p")  # two tables never touch
        assert "".join(after.itertext()).strip()  # ... and the paragraph after says something
    assert "9978" not in doc.element.xml


def test_docx_leaves_out_link_words_there_is_nothing_to_click(pack):
    pack["recommendations"][0]["rests_on"] = ["Being heard: 5 of the 9 young people who wrote about it were negative (see the theme).",
                                              "“How safe do you feel?” (faces, answered by 9 young people): Good 5 (see The numbers)."]
    pack["recommendations"][0]["rests_on_themes"] = ["being-heard", None]
    text = "\n".join(p.text for p in Document(io.BytesIO(render_docx(pack))).paragraphs)
    assert "see the theme" not in text and "see The numbers" not in text
    assert "were negative." in text and "Good 5." in text
    assert without_links("A (see the theme). B (see The numbers).") == "A. B."


def test_docx_appendix_keeps_every_answer_exactly(pack):
    pack["appendix"]["answers_by_theme"][0]["answers"] += [NASTY, RTL, EMOJI]
    pack["appendix"]["answers_by_theme"][-1]["answers"].append("line one\x0bline two")
    paragraphs = Document(io.BytesIO(render_docx(pack))).paragraphs
    headings = [i for i, p in enumerate(paragraphs) if p.style.name == "Heading 1"]
    start = next(i for i in headings if paragraphs[i].text.startswith("Appendix"))
    end = next((i for i in headings if i > start), len(paragraphs))
    bullets = [p.text for p in paragraphs[start:end] if p.style.name == "List Bullet"]
    answers = [a for g in pack["appendix"]["answers_by_theme"] for a in g["answers"]]
    # A control character XML cannot hold is dropped rather than breaking the whole document.
    assert bullets == answers[:-1] + ["line oneline two"]


def test_docx_preview_shows_the_marker(preview):
    doc = Document(io.BytesIO(render_docx(preview)))
    assert PREVIEW_MARKER in [p.text for p in doc.paragraphs]
    assert PREVIEW_MARKER in doc.sections[0].header.paragraphs[0].text


# CSV


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_counts_match_the_pack(pack):
    rows = read_csv(render_csv(pack))
    themes = [r for r in rows if r["section"] == "theme"]
    assert [(r["label"], r["young_people"], r["positive"], r["mixed"], r["negative"]) for r in themes] == [
        (t["label"], shown(t["young_people"]), shown(t["tone"]["positive"]), shown(t["tone"]["mixed"]),
         shown(t["tone"]["negative"]))
        for t in pack["themes"]
    ]
    # One word for a count kept back, as in every other format.
    assert not any(v in ("not shown", "withheld") for r in rows for v in r.values())
    for scale in pack["scales"]:
        answered = [r for r in rows if r["section"] == "question" and r["question"] == scale["prompt"]]
        assert [r["young_people"] for r in answered] == [scale["answered"]]
        dist = [
            (r["label"], r["young_people"])
            for r in rows
            if r["section"] == "question-answer" and r["question"] == scale["prompt"]
        ]
        assert dist == [(d["label"], d["count"]) for d in scale["distribution"]]
    by_group = {(r["label"], r["group"]): r["young_people"] for r in rows if r["section"] == "theme-by-group"}
    for g in pack["group_breakdown"]:
        assert by_group[(g["theme"], "Children in care")] == g["children_in_care"]
        assert by_group[(g["theme"], "Care leavers")] == g["care_leavers"]
    took_part = {r["label"]: r["young_people"] for r in rows if r["section"] == "took-part"}
    assert took_part["All young people"] == pack["summary"]["young_people"]


@pytest.mark.parametrize("label", ['=HYPERLINK("http://evil.example","x")', "+1", "-2", "@x", "\tx", "\rx"])
def test_csv_neutralises_cells_a_spreadsheet_would_run(pack, label):
    pack["themes"][0]["label"] = label
    pack["scales"][0]["distribution"][0]["label"] = label
    rows = read_csv(render_csv(pack))
    theme = next(r for r in rows if r["section"] == "theme")
    answer = next(r for r in rows if r["section"] == "question-answer")
    assert theme["label"] == "'" + label and answer["label"] == "'" + label
    assert theme["positive"] == pack["themes"][0]["tone"]["positive"]  # ordinary cells untouched


def test_csv_preview_shows_the_marker_first(preview):
    rows = read_csv(render_csv(preview))
    assert (rows[0]["section"], rows[0]["label"]) == ("status", PREVIEW_MARKER)


def test_the_annex_says_progress_as_at_and_the_appendix_answers_from_young_people_in_html_and_word(example):
    pack = copy.deepcopy(example)
    pack["appendix"]["answers_by_theme"][0]["count_text"] = "12 answers from 10 young people."
    word = "\n".join(p.text for p in Document(io.BytesIO(render_docx(pack))).paragraphs)
    page = soup(render_document(pack)).get_text(" ")
    for text in (word, page):
        assert "Progress as at 15 January 2027." in text
        assert "12 answers from 10 young people." in text
