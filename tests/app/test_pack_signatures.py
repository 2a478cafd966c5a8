"""A councillor never meets a bare signature-of-risk label: wherever a pack names one (web page, HTML, the PDF's
HTML, Word), it says why that theme's answers may point to it and the question to ask."""

from __future__ import annotations

import io
import re

from bs4 import BeautifulSoup
from docx import Document
from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import StaffUser
from participation.ops.demo import PASSWORD
from participation.pure.evidence_rules import signature_question, signature_reason
from participation.pure.render.html import render_document
from participation.pure.theming.taxonomy import SIGNATURES_OF_RISK
from tests.conftest import sign_in


def _squash(text: str) -> str:
    return " ".join(text.split())


def _wanted(content: dict) -> list[tuple[str, str, str]]:
    """(theme label, signature label, its reason and question) for every signature the pack names, in order."""
    return [(t["label"], s["label"], f"{s['label']}. {signature_reason(t['id'], s['id'])} Question to ask: "
             f"{signature_question(t['id'], s['id'])}") for t in content["themes"] for s in t["signatures"]]


def _from_html(page: BeautifulSoup) -> list[tuple[str, str, str]]:
    return [(sec.h3.get_text(), li.strong.get_text().rstrip("."), _squash(li.get_text()))
            for sec in page.select(".pack-theme") for li in sec.select(".pack-signatures li")]


def test_every_signature_label_in_the_pack_carries_its_reason_and_question_in_every_format(app, demo_pack):
    review, pack, version = demo_pack
    content = version.content
    wanted = _wanted(content)
    # The demo names most of the taxonomy's signatures, under themes that can point to them and themes that cannot.
    assert len(wanted) >= 15 and {t["risk_weight"] for t in content["themes"]} >= {"many", "some", "few", "question"}
    assert all(s["reason"] == signature_reason(t["id"], s["id"]) for t in content["themes"] for s in t["signatures"])
    html = BeautifulSoup(next(f.data for f in version.files if f.format == "html").decode(), "html.parser")
    pdf_source = BeautifulSoup(render_document(content, resolve_direction=True, cover=True), "html.parser")
    c = app.test_client()
    sign_in(c, db.session.execute(select(StaffUser).where(StaffUser.role == "scrutiny")).scalar_one(), PASSWORD)
    web = BeautifulSoup(c.get(f"/staff/packs/{pack.id}/v/{version.number}").text, "html.parser")
    for page in (html, pdf_source, web):
        assert _from_html(page) == wanted
        # Nowhere else does a label stand on its own (the note before the themes names none of the labels).
        text = _squash(page.get_text(" "))
        for label in SIGNATURES_OF_RISK.values():
            assert text.count(label) == sum(1 for _, sig, _ in wanted if sig == label), label
    word = [p.text for p in Document(io.BytesIO(next(f.data for f in version.files if f.format == "docx"))).paragraphs]
    lines = [line for _, _, line in wanted]
    for _, label, line in wanted:
        assert sum(p == line for p in word) == 1, line
        assert all(p in lines for p in word if label in p), label


def test_the_same_reason_or_question_is_never_said_twice_in_a_pack(app, demo_pack):
    _, _, version = demo_pack
    html = BeautifulSoup(next(f.data for f in version.files if f.format == "html").decode(), "html.parser")
    sentences = [s for li in html.select(".pack-signatures li")
                 for s in re.split(r"(?<=[.?])\s+", _squash(li.get_text()).split(". ", 1)[1]) if s != "Question to ask:"]
    assert sentences and len(sentences) == len(set(sentences))
