"""Pack -> Word document with real heading styles and tables, ready to paste into a committee report."""

from __future__ import annotations

import datetime as dt
import io
import re

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from participation.pure.render import schema
from participation.pure.render.html import CHART_TITLE, KINDS, text_direction


def _field(paragraph: Paragraph, instr: str) -> None:
    # A Word field (PAGE, NUMPAGES) that Word fills in when it lays the pages out.
    run = paragraph.add_run()
    for tag, attr in (
        ("w:fldChar", "begin"),
        ("w:instrText", None),
        ("w:fldChar", "separate"),
        ("w:t", None),
        ("w:fldChar", "end"),
    ):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        elif tag == "w:instrText":
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        else:
            el.text = "1"
        run._r.append(el)


def _language(doc: DocxDocument, lang: str = "en-GB") -> None:
    # Screen readers and spelling check read the language from the default run properties.
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), lang)


def _table(doc: DocxDocument, caption: str, head: list[str], rows: list[list[str]]) -> None:
    doc.add_paragraph(caption, style="Caption")
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    hdr = table.rows[0]
    # Mark the first row as a header row, so it repeats across pages and screen readers announce it.
    trpr = hdr._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    trpr.append(flag)
    for cell, text in zip(hdr.cells, head, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    rows = [[r[0], *(schema.shown(str(c)) for c in r[1:])] for r in rows]
    for r in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, r, strict=True):
            cell.text = str(text)
    _fit_page(table)
    # A hidden count is explained once, under the table that prints it; no empty paragraph otherwise (every
    # table follows its caption, so two tables never touch and merge).
    if any(schema.HIDDEN_MARK in r[1:] for r in rows):
        doc.add_paragraph(schema.HIDDEN_NOTE)


def _fit_page(table) -> None:
    """The table as wide as the page between its margins, whatever they are: 100% (w:tblW pct 5000) with Word
    fitting the columns to it, never python-docx's fixed widths from this file's margins, which spill out of
    a council's template with wider ones."""
    table.autofit = True
    tbl = table._tbl
    tblw = tbl.tblPr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tbl.tblPr.append(tblw)
    tblw.set(qn("w:type"), "pct")
    tblw.set(qn("w:w"), "5000")
    for col in tbl.tblGrid.findall(qn("w:gridCol")):
        col.attrib.pop(qn("w:w"), None)
    for tcw in tbl.iter(qn("w:tcW")):
        tcw.set(qn("w:type"), "auto")
        tcw.set(qn("w:w"), "0")


def _link(paragraph: Paragraph, url: str) -> None:
    """The full address as a link (w:hyperlink to an external relationship), blue and underlined as Word shows
    one (python-docx's template has no Hyperlink style to point to)."""
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "0563C1")
    rpr.append(colour)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(underline)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = _NOT_XML.sub("", url)
    run.append(text)
    link.append(run)
    paragraph._p.append(link)


def _tracker(doc: DocxDocument, pack: schema.Pack) -> None:
    """Where the recommendations tracker is, its full address a link (nothing where the pack has none)."""
    line = schema.tracker_line(pack)
    if line:
        p = doc.add_paragraph(f"{line} ")
        _link(p, pack["tracker_url"])


def _bullets(doc: DocxDocument, items: list[str], style: str = "List Bullet") -> None:
    for i in items:
        doc.add_paragraph(i, style=style)


def _rtl(p: Paragraph) -> Paragraph:
    """Marks a paragraph right-to-left (w:bidi) and its runs (w:rtl), so Word lays Arabic or Farsi
    out from the right and shapes it as it should."""
    ppr = p._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    style = ppr.find(qn("w:pStyle"))
    if style is None:
        ppr.insert(0, bidi)
    else:
        style.addnext(bidi)
    for run in p.runs:
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:rtl"))
    return p


def _words(doc: DocxDocument, text: str, style: str | None, translations: dict[str, str]) -> None:
    """A young person's words, right-to-left where they are, then any English translation."""
    p = doc.add_paragraph(text, style=style)
    if text_direction(text) == "rtl":
        _rtl(p)
    if translations.get(text):
        doc.add_paragraph(schema.translation_text(translations[text]), style=style)


# Characters XML 1.0 cannot hold; lxml refuses them, so one stray control character would sink the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _many_bullets(doc: DocxDocument, items: list[str], style: str = "List Bullet", translations: dict[str, str] | None = None) -> None:
    # doc.add_paragraph() looks for the closing w:sectPr from the start of the body every time, which
    # is quadratic: 10,000 answers took over 10 s. Building the same w:p elements and putting them
    # before sectPr directly is linear and gives identical XML.
    style_id = doc.styles[style].style_id
    body = doc.element.body
    anchor = body.find(qn("w:sectPr"))
    translations = translations or {}
    for text in items:
        lines = [text] + ([schema.translation_text(translations[text])] if translations.get(text) else [])
        for n, line in enumerate(lines):
            rtl = n == 0 and text_direction(line) == "rtl"
            p = OxmlElement("w:p")
            ppr = OxmlElement("w:pPr")
            pstyle = OxmlElement("w:pStyle")
            pstyle.set(qn("w:val"), style_id)
            ppr.append(pstyle)
            if rtl:
                ppr.append(OxmlElement("w:bidi"))
            p.append(ppr)
            r = OxmlElement("w:r")
            if rtl:
                rpr = OxmlElement("w:rPr")
                rpr.append(OxmlElement("w:rtl"))
                r.append(rpr)
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = _NOT_XML.sub("", line)
            r.append(t)
            p.append(r)
            if anchor is not None:
                anchor.addprevious(p)
            else:
                body.append(p)


def _summary(doc: DocxDocument, pack: schema.Pack) -> None:
    s = pack["summary"]
    # Who took part and the strongest messages first, in the same order as the PDF and the web page.
    doc.add_heading("Who took part", 2)
    doc.add_paragraph(schema.who_took_part(pack) + " No names, schools or homes were asked for or are shown.")
    doc.add_heading("The strongest messages", 2)
    _bullets(doc, s["messages"], "List Number")
    if s.get("review_focus"):
        doc.add_heading(schema.FOCUS_HEADING, 2)
        doc.add_paragraph(schema.focus_intro(pack))
        _bullets(doc, s["review_focus"]["lines"])
    doc.add_heading("Who they were", 2)
    doc.add_paragraph(schema.coverage_pointer(pack))
    if s["sessions"]:
        _table(
            doc,
            "Sessions",
            ["Session", "Date", "Who it was for"],
            [[x["title"], schema.long_date(x["date"]), x["audience"]] for x in s["sessions"]],
        )
    if s["groups"]:
        _table(
            doc,
            "Young people by group",
            ["Group", "Young people"],
            [[g["label"], g["young_people"]] for g in s["groups"]],
        )
    # Age and time in care beside the groups, in the same order as the PDF and the web page.
    for c in pack.get("about_you") or []:
        _choice(doc, c)
    if pack.get("about_you"):
        doc.add_paragraph("Young people could say how old they are and how long they have been in care, or skip it.")
    if s.get("groups_note"):  # why there is no table, or how a young person's group in it was decided
        doc.add_paragraph(s["groups_note"])

    doc.add_heading("What is working well", 2)
    _bullets(doc, s["working_well"] or ["Nothing was raised as working well."])
    doc.add_heading("What is not working well", 2)
    _bullets(doc, s["not_working"] or ["Nothing was raised as not working well."])
    if s.get("too_few"):
        doc.add_paragraph(s["too_few"])
    if s.get("hidden_tone"):
        doc.add_paragraph(s["hidden_tone"])
    changes = schema.summary_changes(pack)
    if changes:
        for c in changes:
            doc.add_paragraph(f"{schema.SINCE_HEADING}: {c}")
    if pack.get("follow_up"):
        doc.add_heading("What young people were told afterwards", 2)
        _bullets(doc, [f"{schema.follow_up_line(f)} {f['url']}" if f.get("url") else schema.follow_up_line(f) for f in pack["follow_up"]])


def _method(doc: DocxDocument, pack: schema.Pack) -> None:
    m = pack["method"]
    for p in schema.method_paragraphs(pack):
        doc.add_paragraph(p)
    doc.add_heading("Answers left out", 2)
    if m["left_out"]:
        doc.add_paragraph(
            "The reason each answer was left out, never what it said."
        )
        _table(
            doc,
            "Answers left out, by reason",
            ["Reason", "Answers"],
            [[x["reason"], x["count"]] for x in m["left_out"]],
        )
    else:
        doc.add_paragraph("No answers were left out.")
    doc.add_heading("Small numbers", 2)
    doc.add_paragraph(m["suppression"])
    doc.add_heading("What this evidence cannot tell you", 2)
    _bullets(doc, m["limits"])


def _themes(doc: DocxDocument, pack: schema.Pack) -> None:
    doc.add_paragraph(schema.PLACEHOLDER_NOTE)
    if any(t["signatures"] for t in pack["themes"]):
        doc.add_paragraph(schema.SIGNATURES_NOTE)
    if any(schema.shown(t["tone"][k]) == schema.HIDDEN_MARK for t in pack["themes"] for k, _ in schema.TONE_NAMES):
        doc.add_paragraph(schema.HIDDEN_NOTE)
    if not pack["themes"]:
        doc.add_paragraph("No themes came out of the answers.")
    for t in pack["themes"]:
        doc.add_heading(t["label"], 2)
        p = doc.add_paragraph()
        p.add_run(t["young_people"]).bold = True
        p.add_run(schema.theme_count_text(t)[len(t["young_people"]):] + " " + schema.tone_text(t["tone"]))
        if schema.placed_text(t):
            doc.add_paragraph(schema.placed_text(t))
        for q in t.get("other_questions") or []:
            doc.add_paragraph(q)
        if t["quotes"]:
            doc.add_heading("In their words", 3)
            for q in t["quotes"]:
                _words(doc, q, "Quote", pack.get("translations") or {})
        else:
            doc.add_paragraph("No answer on this theme was starred as a quote.")
        if t["ilacs_areas"]:
            p = doc.add_paragraph()
            p.add_run("ILACS areas: ").bold = True
            p.add_run("; ".join(a["label"] for a in t["ilacs_areas"]))
        if t["signatures"]:
            heading, lead, items = schema.signatures_text(t["signatures"], t["risk_weight"], t.get("risk_basis", ""), t["id"])
            doc.add_heading(heading, 3)
            if lead:
                doc.add_paragraph(lead)
            for label, why in items:
                p = doc.add_paragraph(style="List Bullet")
                p.add_run(label).bold = True
                p.add_run(f" {why}")


def _questions(doc: DocxDocument, pack: schema.Pack) -> None:
    doc.add_paragraph(
        "Framed by the three questions councils answer about their own practice in the self-evaluation "
        "they share with Ofsted, so the service can be asked them directly."
    )
    for q in pack["questions"]:
        doc.add_heading(q["heading"], 2)
        _bullets(doc, q["items"])


def _choice(doc: DocxDocument, c: dict) -> None:
    _table(
        doc,
        schema.answered_caption(c),
        ["Answer", "Young people"],
        [[d["label"], d["count"]] for d in c["distribution"]],
    )
    if c["multiple"]:
        doc.add_paragraph(schema.TICK_ALL_NOTE)


def _numbers(doc: DocxDocument, pack: schema.Pack) -> None:
    doc.add_heading("Themes by number of young people", 2)
    if pack["chart"]:
        # Word gets the chart as its numbers: a table pastes into any template and reads aloud.
        _table(
            doc, CHART_TITLE, ["Theme", "Young people"], [[r["label"], r["display"]] for r in pack["chart"]]
        )
    else:
        doc.add_paragraph("No themes to chart.")
    doc.add_heading("Answers to the scale questions", 2)
    for s in pack["scales"]:
        _table(
            doc,
            f"{s['prompt']} (answered by {s['answered']} young people)",
            ["Answer", "Young people"],
            [[d["label"], d["count"]] for d in s["distribution"]],
        )
    if not pack["scales"]:
        doc.add_paragraph("No scale questions were asked.")
    doc.add_heading("Answers to the choice questions", 2)
    for c in pack["choices"]:
        _choice(doc, c)
    if not pack["choices"]:
        doc.add_paragraph("No choice questions were asked.")
    since = pack.get("since_last_time")
    if since:
        doc.add_heading(schema.SINCE_HEADING, 2)
        doc.add_paragraph(schema.since_intro(since))
        for q in since["questions"]:
            _table(doc, q["question"], schema.since_head(since, q), [[r["answer"], r["then"], r["now"]] for r in q["rows"]])
    doc.add_heading("Themes by group", 2)
    if pack["group_breakdown"]:
        _table(doc, "Young people who raised each theme, by group", *schema.group_table(pack["group_breakdown"]))
    else:
        doc.add_paragraph(schema.NO_BREAKDOWN)


def _appendix(doc: DocxDocument, pack: schema.Pack) -> None:
    a = pack["appendix"]
    if pack["method"].get("detail"):
        doc.add_heading(schema.METHOD_DETAIL_HEADING, 2)
        for p in pack["method"]["detail"]:
            doc.add_paragraph(p)
    doc.add_heading("The questions as they were asked", 2)
    for p in a["prompts"]:
        kind = KINDS.get(p["kind"], p["kind"])
        opts = f" Options: {', '.join(p['options'])}." if p["options"] else ""
        doc.add_paragraph(f"{p['n']}. {p['text']} ({kind}).{opts}")
    doc.add_paragraph(a["answers_intro"])
    translations = pack.get("translations") or {}
    for group in a["answers_by_theme"]:
        doc.add_heading(f"Answers about {group['label']}", 2)
        if group.get("count_text"):
            doc.add_paragraph(group["count_text"])
        _many_bullets(doc, group["answers"], translations=translations)
    if a.get("nothing_more"):
        doc.add_heading(schema.NOTHING_MORE_HEADING, 2)
        doc.add_paragraph(schema.NOTHING_MORE_NOTE)
        _many_bullets(doc, a["nothing_more"])
    if a.get("no_theme"):
        doc.add_heading(schema.NO_THEME_HEADING, 2)
        doc.add_paragraph(schema.no_theme_note(a["no_theme"]))


def _recommendations(doc: DocxDocument, pack: schema.Pack) -> None:
    if as_at := schema.as_at_text(pack):
        doc.add_paragraph(as_at)
    _tracker(doc, pack)
    rows = []
    for i, r in enumerate(pack["recommendations"], 1):
        due = schema.long_date(r["due"]) if r.get("due") else "No date set"
        rows.append(
            [
                f"{r.get('ref') or i}. {r['title']}",
                "; ".join(r["themes"]),
                schema.response_text(r),
                r.get("owner") or "Not yet named",
                due + (" (overdue)" if r.get("overdue") else ""),
                (r.get("status") or "") + (f": {schema.no_update_text(r)}" if schema.no_update_text(r) else ""),
            ]
        )
    _table(doc, "Recommendations and responses", ["Recommendation", "Themes", "Response", "Owner", "Due", "Status"], rows)
    for i, r in enumerate(pack["recommendations"], 1):
        doc.add_heading(f"{r.get('ref') or i}. {r['title']}", 2)
        if r.get("rests_on"):
            doc.add_heading("What it rests on in this pack", 3)
            _bullets(doc, [schema.without_links(line) for line in r["rests_on"]])  # nothing to click in Word
        if r.get("reasons"):
            doc.add_paragraph(r["reasons"])
        if r["updates"]:
            doc.add_heading("Progress", 3)
        for u in r["updates"]:
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(f"{schema.long_date(u['date'])}: ").bold = True
            p.add_run(u["text"])


# Each section's builder, by its id: schema.SECTIONS alone sets their order.
BUILDERS = {
    "pack-summary": _summary,
    "pack-questions": _questions,
    "pack-method": _method,
    "pack-themes": _themes,
    schema.NUMBERS_ANCHOR: _numbers,
    "pack-appendix": _appendix,
    schema.ANNEX[0]: _recommendations,
}


def render_docx(pack: schema.Pack) -> bytes:
    """Heading 1 per section, Heading 2/3 inside, real tables, quotes in the Quote style."""
    doc = Document()
    _language(doc)
    doc.styles["Normal"].font.size = Pt(11)
    props = doc.core_properties
    props.title = pack["title"]
    props.author = pack["council"]
    props.subject = pack["review"]["title"]
    props.language = "en-GB"
    props.comments = schema.status_line(pack)
    props.keywords = "voice of the child; scrutiny; evidence pack"
    props.last_modified_by = pack["council"]
    # The pack's own date, never the template's (python-docx's says 2013).
    on = dt.datetime.fromisoformat(pack.get("published_on") or pack["generated_on"])
    props.created = props.modified = on

    # A4 (python-docx's template is US Letter) with a committee report's usual margins, so it pastes into
    # a UK committee report template without reflowing.
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin = section.right_margin = Mm(17)
    # Council and status on every page, "Page N of M" at the foot, as in the PDF.
    section.header.paragraphs[0].text = f"{pack['council']}    {schema.status_line(pack)}"
    foot = section.footer.paragraphs[0]
    foot.add_run("Page ")
    _field(foot, "PAGE")
    foot.add_run(" of ")
    _field(foot, "NUMPAGES")

    doc.add_paragraph(pack["title"], style="Title")
    status = doc.add_paragraph()
    status.add_run(schema.status_line(pack)).bold = True
    if pack.get("correction_note"):
        p = doc.add_paragraph()
        p.add_run("Correction: ").bold = True
        p.add_run(pack["correction_note"])
    p = doc.add_paragraph()
    p.add_run("Review: ").bold = True
    p.add_run(pack["review"]["title"])
    if pack["review"].get("description"):
        doc.add_paragraph(pack["review"]["description"])
    if pack["review"].get("ilacs_areas"):
        p = doc.add_paragraph()
        p.add_run("ILACS areas: ").bold = True
        p.add_run("; ".join(a["label"] for a in pack["review"]["ilacs_areas"]))
    doc.add_paragraph(schema.annex_line(pack))
    _tracker(doc, pack)
    doc.add_paragraph(f"Prepared on {schema.long_date(pack['generated_on'])}.")

    for sid, heading in schema.sections(pack):
        doc.add_heading(heading, 1)
        BUILDERS[sid](doc, pack)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
