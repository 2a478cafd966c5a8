"""The councillor review's remaining faults, read in the published demo pack: reworded quotes marked one
by one, rare details flagged, promises that agree with the tracker, questions that cite their evidence,
and what changed since the last review said in the summary."""

from __future__ import annotations

import re
from datetime import date

from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import pack_content, you_said_we_did
from participation.domain import recommendations as rec_domain
from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent, StaffUser
from participation.domain.recommendations import recommendations
from participation.ops.demo import PASSWORD
from participation.pure.render.schema import EDITED_MARK, PLACEHOLDER_NOTE, TRANSLATED_MARK
from tests.conftest import sign_in


def test_each_quote_an_officer_reworded_is_marked_where_it_is_printed(app, demo_pack):
    review, pack, version = demo_pack
    content = version.content
    reworded = set(
        db.session.execute(
            select(AuditEvent.subject_id).where(AuditEvent.action == "answer-edited-for-pack")
        ).scalars()
    )
    words = {
        a.id: a.text
        for a in db.session.execute(
            select(Answer).where(Answer.state == "approved", Answer.text.is_not(None))
        ).scalars()
    }
    printed = [w for g in content["appendix"]["answers_by_theme"] for w in g["answers"]]
    quotes = [q for t in content["themes"] for q in t["quotes"]]
    assert reworded and quotes
    translated = {
        a.translation: a.id
        for a in db.session.execute(select(Answer).where(Answer.translation.is_not(None))).scalars()
    }
    for w in printed + quotes:
        plain = w.removesuffix(f" {EDITED_MARK}")
        if plain.endswith(TRANSLATED_MARK):  # words in another language, printed as their translation
            answer_id = translated[plain.removesuffix(f" {TRANSLATED_MARK}")]
        else:
            answer_id = next(i for i, t in words.items() if plain == t)
        assert w.endswith(EDITED_MARK) == (answer_id in reworded), w
    # The demo's officer wrote "7 social workers since i was 9" more generally: the appendix says so beside it.
    joke = next(w for w in printed if w.startswith("honestly its a joke"))
    assert joke.endswith(EDITED_MARK)
    assert not next(w for w in printed if w.startswith("nobody told me the old one")).endswith(EDITED_MARK)
    # The note over the quotes says what the mark means, and the web page prints it inside the quote.
    assert EDITED_MARK in PLACEHOLDER_NOTE
    html = next(f.data for f in version.files if f.format == "html").decode()
    page = BeautifulSoup(html, "html.parser")
    assert any(
        EDITED_MARK in li.get_text() and "honestly its a joke" in li.get_text()
        for li in page.select("#pack-appendix li")
    )
    csv = next(f.data for f in version.files if f.format == "csv").decode()
    assert EDITED_MARK in csv or "honestly its a joke" not in csv


def test_the_letter_young_people_were_promised_starts_when_the_tracker_says_it_is_due(app, demo_pack):
    review, pack, version = demo_pack
    told = you_said_we_did.entry_for(next(s for s in review.sessions if s.id in pack.session_ids))
    letter = recommendations(review)[0]
    assert "letter" in letter.title.lower() or "in writing" in letter.title.lower()
    promised = re.search(r"From (\w+), when your worker changes you will get a letter", told.we_did)
    assert promised and promised.group(1) == letter.due.strftime("%B")
    assert letter.due > told.updated_on and not letter.overdue()


def test_the_tracker_shows_owner_due_date_status_what_it_rests_on_and_how_many_are_overdue(app, demo_pack):
    review, pack, version = demo_pack
    recs = recommendations(review)
    assert all(r.owner for r in recs)
    overdue = [r for r in recs if r.overdue()]
    assert len(overdue) == 1  # the demo's second recommendation was due a fortnight after it was made
    c = app.test_client()
    sign_in(
        c, db.session.execute(select(StaffUser).where(StaffUser.role == "scrutiny")).scalar_one(), PASSWORD
    )
    page = BeautifulSoup(c.get(f"/staff/reviews/{review.id}/recommendations").text, "html.parser")
    assert (
        page.select_one("#rec-tally").get_text(strip=True)
        == f"{len(recs)} recommendations: 1 overdue, 0 done, {len(recs) - 1} not yet due."
    )
    for r in recs:
        section = page.select_one(f"#rec-{r.id}")
        facts = {
            dt.get_text(strip=True): dd.get_text(" ", strip=True)
            for dt, dd in zip(section.select("dt"), section.select("dd"), strict=True)
        }
        assert facts["Owner"] == r.owner
        assert facts["Due"] == f"{r.due.day} {r.due:%B %Y}"
        assert facts["Status"] == ("Overdue" if r in overdue else "In progress")
        assert facts["Rests on"].startswith("Themes:") and "What young people said:" in facts["Rests on"]
    # The pack's annex prints the same owner and status.
    content = pack_content.build(review, pack.session_ids, pack.title)
    assert [(r["owner"], r["status"]) for r in content["recommendations"]] == [
        (r.owner, r.status()) for r in recs
    ]


def test_a_recommendation_with_no_owner_says_so_and_one_done_is_not_overdue(app, demo_pack):
    review, pack, version = demo_pack
    officer = db.session.execute(
        select(StaffUser).where(StaffUser.email == "officer@northshire.example")
    ).scalar_one()
    rec = rec_domain.add_recommendation(
        officer, review, "Tell young people who their PA is.", "", [], date(2020, 1, 1)
    )
    assert rec.status() == "Overdue" and rec.owner == ""
    rec_domain.add_update(officer, rec, date(2020, 2, 1), "Done: a card with the name.", True)
    assert rec.status() == "Done" and not rec.overdue()
    c = app.test_client()
    sign_in(c, officer, PASSWORD)
    section = BeautifulSoup(
        c.get(f"/staff/reviews/{review.id}/recommendations").text, "html.parser"
    ).select_one(f"#rec-{rec.id}")
    assert "Not yet named" in section.get_text()


def test_every_question_for_the_service_cites_what_it_rests_on_and_siblings_and_interpreters_are_asked_about(
    app, demo_pack
):
    review, pack, version = demo_pack
    know, how, do = version.content["questions"]
    assert [g["heading"] for g in (know, how, do)] == [
        "What do you know?",
        "How do you know it?",
        "What will you do?",
    ]
    assert len(know["items"]) == len(how["items"]) == len(do["items"])
    for k, h, d in zip(know["items"], how["items"], do["items"], strict=True):
        figure = h.split(". ")[0]
        # Each question, under each heading, opens with the figure it rests on.
        # Only on a count that is shown: never on one hidden to protect another (it may be none), nor on
        # "fewer than 5", which the pack says cannot point to anything on its own.
        assert re.search(r"\d", figure) and "fewer than" not in figure.lower() and "not shown" not in figure, h
        assert k.startswith(figure) and d.startswith(figure)
    every = " ".join(know["items"] + how["items"] + do["items"])
    for template in (
        "What does your own data say about",
        "other than sessions like these",
        "in the next 12 months on",
    ):
        assert template not in every, template
    # Brothers and sisters: the tick-box figure, a young person's words, and a question about siblings placed apart.
    siblings = [i for i in know["items"] + how["items"] + do["items"] if "ticked Brothers or sisters" in i]
    assert len(siblings) == 3 and "16 of the 37 young people" in siblings[0]
    assert "let me see my little brother more" in siblings[0] and "brother or sister" in siblings[0]
    # Interpreters: the quote that raised it, and a question about interpreters under each heading.
    heard = [
        i
        for i in know["items"] + how["items"] + do["items"]
        if "negative about being heard in decisions" in i
    ]
    # (The young person's words were written more generally: needing an interpreter could point to them.)
    assert "help to understand everything in my meetings" in heard[0] and "interpreter" in heard[0].split("\u201d")[-1]
    assert "own language" in heard[1] and "interpreter booked" in heard[2]


def test_the_summary_calls_out_that_listening_got_better_since_the_last_review(app, demo_pack):
    review, pack, version = demo_pack
    content = version.content
    changes = content["since_last_time"]["changes"]
    listen = [c for c in changes if c.startswith("\u201cHow well do adults listen to you")]
    assert len(listen) == 1
    assert (
        "Better than in May" in listen[0]
        or "Better than in " + content["since_last_time"]["when"] in listen[0]
    )
    assert "fewer chose Bad or Really bad" in listen[0]
    # The figures are the cells the tables show: no hidden count added to a shown one.
    table = next(
        q
        for q in content["since_last_time"]["questions"]
        if q["question"].startswith("How well do adults listen")
    )
    then = {r["answer"]: r["then"] for r in table["rows"]}
    now = {r["answer"]: r["now"] for r in table["rows"]}
    assert f"(then {int(then['Bad']) + int(then['Really bad'])} of {table['then_answered']};" in listen[0]
    assert (
        f"now {now['Bad']} Bad and {now['Really bad']} Really bad, of {table['now_answered']})" in listen[0]
    )
    # Where the place young people live was rated much the same, nothing is called out.
    assert not any(c.startswith("\u201cHow do you feel about where you live?") for c in changes)
    # It is in the summary of the web page, the PDF's first section and the Word file.
    html = next(f.data for f in version.files if f.format == "html").decode()
    summary = BeautifulSoup(html, "html.parser").select_one("#pack-summary").find_parent(
        "section"
    ) or BeautifulSoup(html, "html.parser")
    assert (
        summary.select_one("#pack-since-summary") is not None
        and "Better than in" in summary.select_one(".pack-since-changes").get_text()
    )
