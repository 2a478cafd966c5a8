"""The councillor review's remaining faults, read in the published demo pack: reworded quotes marked one
by one, rare details flagged, promises that agree with the tracker, questions that cite their evidence,
and what changed since the last review said in the summary."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import docx
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import pack_content, packs, you_said_we_did
from participation.domain import recommendations as rec_domain
from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent, StaffUser
from participation.domain.pack_content import HIDDEN_TONE_PLACED
from participation.domain.recommendations import recommendations
from participation.ops.demo import PASSWORD
from participation.pure.local_time import uk_today
from participation.pure.render.schema import EDITED_MARK, PLACEHOLDER_NOTE, TRANSLATED_MARK
from tests.conftest import sign_in


def pack_content_html(content: dict) -> str:
    return packs.render(content, "html").decode()


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
        assert TRANSLATED_MARK not in plain  # a translation is printed unmarked (the method says some are)
        if plain in translated:  # words in another language, printed as their translation
            answer_id = translated[plain]
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


def test_you_said_we_did_shows_the_trackers_own_records_so_the_two_never_disagree(app, demo_pack):
    review, pack, version = demo_pack
    session_obj = next(s for s in review.sessions if s.id in pack.session_ids)
    told = you_said_we_did.entry_for(session_obj)
    # The officer's words restate no date, status or owner of a recommendation: the page reads them from the tracker.
    assert not re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b",
                         told.we_did)
    recs = recommendations(review)
    officer = db.session.execute(select(StaffUser).where(StaffUser.email == "officer@northshire.example")).scalar_one()
    rec_domain.add_update(officer, recs[0], uk_today(), "The first letters went out this week.", False)
    page = BeautifulSoup(app.test_client().get(f"/j/{session_obj.join_code}/updates").text, "html.parser")
    for i, r in enumerate(recs, 1):
        block = page.select_one(f"#tracker-R{i}")
        text = block.get_text(" ", strip=True)
        assert r.title in text
        assert {"Overdue": "Not done yet: it is late", "In progress": "Started"}[r.status()] in text
        # In plain words for a 12-year-old: no reference number, job title or officers' progress notes.
        assert f"R{i}" not in text and r.owner not in text
        assert not r.updates or r.updates[-1].text not in text
    # A change in the tracker is a change on the young people's page, with nothing to write twice.
    assert "Started" in page.select_one("#tracker-R1").get_text()


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
        # Overdue with no progress recorded: since when nothing was heard (the service's response, dated).
        assert facts["Status"] == (f"Overdue: no update since {r.responded_on.day} {r.responded_on:%B %Y}" if r in overdue
                                   else "In progress")
        assert r.responded_on and section.select_one(f"#rec-{r.id}-responded").get_text() == (
            f"({r.responded_on.day} {r.responded_on:%B %Y})")
        # What it rests on: the figures behind it, as the pack prints them, never "Themes: …" alone.
        assert facts["Rests on"].startswith("Themes:")
        lines = [li.get_text(" ", strip=True) for li in section.select(f"#rec-{r.id}-rests li")]
        assert lines and re.search(r"\d+ of the \d+ young people|of the \d+ young people who answered, \d+ ticked", lines[0]), lines
        assert any(line.startswith("A young person said:") for line in lines)
    # The pack's annex prints the same references, owner and status, and so does the tracker's CSV download.
    content = pack_content.build(review, pack.session_ids, pack.title)
    assert [(r["ref"], r["owner"], r["status"]) for r in content["recommendations"]] == [
        (f"R{i}", r.owner, r.status()) for i, r in enumerate(recs, 1)
    ]
    for i, r in enumerate(recs, 1):
        assert page.select_one(f"#rec-{r.id}-h").get_text(" ", strip=True).startswith(f"R{i}. {r.title}")
    link = page.find("a", string=re.compile("Download the tracker"))
    download = c.get(link["href"])
    assert download.status_code == 200 and download.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(download.text)))
    assert [(x["ref"], x["recommendation"], x["owner"], x["status"], x["due"]) for x in rows] == [
        (f"R{i}", r.title, r.owner, r.status(), r.due.isoformat()) for i, r in enumerate(recs, 1)
    ]
    assert rows[0]["latest_progress"] == recs[0].updates[-1].text


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


def test_every_question_for_the_service_cites_what_it_rests_on_and_siblings_and_help_in_meetings_are_asked_about(
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
    labels = {t["label"] for t in version.content["themes"]}
    for k, h, d in zip(know["items"], how["items"], do["items"], strict=True):
        figure = re.split(r"\. | \(one said", k)[0]
        # Each theme's question under "What do you know?" opens with the figure it rests on, said once: the
        # later headings name the same theme instead of repeating it.
        # Only on a count that is shown: never on one hidden to protect another (it may be none), nor on
        # "fewer than 5", which the pack says cannot point to anything on its own.
        assert re.search(r"\d", figure) and "fewer than" not in figure.lower() and "hidden" not in figure, k
        label = h.split(": ")[0]
        assert label in labels and d.startswith(f"{label}: ") and figure not in h + d, (h, d)
        assert label.lower() in figure.lower() or label == "Seeing family", (label, figure)
    every = " ".join(know["items"] + how["items"] + do["items"])
    for template in (
        "What does your own data say about",
        "other than sessions like these",
        "in the next 12 months on",
    ):
        assert template not in every, template
    # Brothers and sisters: the tick-box figure, a young person's words, and a question about siblings placed apart.
    siblings = [i for i in know["items"] + how["items"] + do["items"] if "ticked Brothers or sisters" in i or i.startswith("Seeing family: ")]
    assert len(siblings) == 3 and "16 of the 37 young people" in siblings[0]
    assert "more time with my brothers" in siblings[0] and "brother or sister" in siblings[0]
    # Help to follow meetings: the quote that raised it, and a question about it under each heading. Needing
    # an interpreter could point to the one or two young people who do, so neither the words (written more
    # generally) nor the questions speak of one.
    heard = [
        i
        for i in know["items"] + how["items"] + do["items"]
        if "being heard in decisions were negative" in i or i.startswith("Being heard in decisions: ")
    ]
    assert "actually listen in reviews" in heard[0] and "help they needed to follow it" in heard[0]
    assert "understood their review" in heard[1] and "with the help they need booked" in heard[2]
    assert not any("interpreter" in i.lower() for i in heard)


def test_the_summary_calls_out_that_listening_got_better_since_the_last_review(app, demo_pack):
    review, pack, version = demo_pack
    content = version.content
    changes = content["since_last_time"]["changes"]
    listen = [c for c in changes if c.startswith("\u201cHow well do adults listen to you")]
    assert len(listen) == 1
    # Said as what changed, with why it may not mean things got better: not as a verdict.
    assert f"Fewer chose Bad or Really bad than in {content['since_last_time']['when']}" in listen[0]
    assert listen[0].endswith(pack_content.CHANGE_CAVEAT) and "Better" not in listen[0]
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
    # Here it is about the review's own question (being heard), so it is said there, once.
    focus = summary.select_one(".pack-focus")
    assert focus is not None and "Fewer chose Bad or Really bad than in" in focus.get_text()
    assert summary.select_one("#pack-since-summary") is None


def test_one_rule_places_each_theme_the_same_in_the_summary_and_on_its_page_never_on_a_hidden_number(app, demo_pack):
    review, pack, version = demo_pack
    content = pack_content.build(review, pack.session_ids, pack.title)
    summary = content["summary"]
    working = " ".join(summary["working_well"])
    not_working = " ".join(summary["not_working"])
    for t in content["themes"]:
        listed_w, listed_nw = f"{t['label']}:" in working, f"{t['label']}:" in not_working
        assert not (listed_w and listed_nw), t["label"]
        assert (t["placed"], listed_w, listed_nw) in (("working-well", True, False), ("not-working", False, True),
                                                       ("mixed", False, False)), t["label"]
        # Placed only on a side of 5 or more young people, shown as a number.
        if t["placed"] != "mixed":
            shown = t["tone"]["positive" if t["placed"] == "working-well" else "negative"]
            assert shown.isdigit() and int(shown) >= content["threshold"], t["label"]
    # No headline rests on "fewer than 5" or a count hidden to protect another.
    for line in summary["working_well"] + summary["not_working"] + summary["messages"]:
        figure = line.split(". One young person said")[0]
        assert "were positive" not in figure or "fewer than" not in figure, line
        assert "were negative" not in figure or "fewer than" not in figure, line
    # The themes listed on neither side are named in the summary, without a number: Money does not drop out unsaid.
    mixed = [t["label"] for t in content["themes"] if t["placed"] == "mixed" and t["placed_by"] in (None, HIDDEN_TONE_PLACED)]
    # (or, where how they felt is partly hidden to protect a small group, in a line of their own that says so)
    assert "Money" in mixed and summary["too_few"] and "Money" in summary["hidden_tone"]
    assert all(label in summary["too_few"] + summary["hidden_tone"] for label in mixed) and not re.search(r"\d", summary["too_few"])
    assert "How many young people felt each way about these is hidden, to protect a small number" in summary["hidden_tone"]
    # A theme whose own words were too few to say, but whose tick-box question the summary lists, is said once,
    # by that figure: "Seeing family" is not also among the themes too few to say.
    family = next(t for t in content["themes"] if t["label"] == "Seeing family")
    assert family["placed"] == "mixed" and "not working well, from the tick-box question" in family["placed_by"]
    assert "Seeing family" not in summary["too_few"]
    assert [line for line in summary["not_working"] + summary["working_well"] if "Seeing family" in line] == [
        next(line for line in summary["not_working"] if line.startswith("Seeing family, from the tick-box question"))]
    assert "16 ticked Brothers or sisters" in next(m for m in summary["messages"] if m.startswith("Seeing family"))
    html = BeautifulSoup(pack_content_html(content), "html.parser")
    assert html.select_one(".pack-too-few").get_text() == summary["too_few"]
    money = next(s for s in html.select(".pack-theme") if s.h3.get_text() == "Money")
    assert money.select_one(".pack-placed").get_text().startswith("The summary does not list this as working well or as not working well")


def test_the_coverage_is_said_once_in_the_method_and_pointed_to_from_the_summary(app, demo_pack):
    review, pack, version = demo_pack
    content = pack_content.build(review, pack.session_ids, pack.title)
    sentence = content["coverage"]["sentence"]
    page = BeautifulSoup(pack_content_html(content), "html.parser")
    everything = page.get_text(" ")
    assert everything.count(sentence) == 1 and sentence in page.select_one("#pack-method").get_text(" ")
    summary = page.select_one("#pack-summary").get_text(" ")
    assert content["coverage"]["pointer"] in summary and "How we gathered the evidence" in content["coverage"]["pointer"]
    word = "\n".join(p.text for p in docx.Document(io.BytesIO(packs.render(content, "docx"))).paragraphs)
    assert word.count(sentence) == 1


def test_the_method_is_short_and_its_detail_is_in_the_appendix(app, demo_pack):
    review, pack, version = demo_pack
    content = pack_content.build(review, pack.session_ids, pack.title)
    page = BeautifulSoup(pack_content_html(content), "html.parser")
    method = page.select_one("#pack-method").get_text(" ")
    assert len(method.split()) <= 460, len(method.split())  # with the counting rule, said here once
    # Every statement of how the figures were made is still printed: in the appendix, under its own heading.
    appendix = page.select_one("#pack-appendix")
    assert appendix.select_one("#pack-method-detail").get_text() == "How each figure was made"
    detail = appendix.get_text(" ")
    for said in content["method"]["detail"]:
        assert said in detail
    assert "Tone is counted in young people" in detail and "every count in that table or row is shown as \u201chidden\u201d" in detail
    assert "How each figure was made, in full, is at the start of the appendix." in method


def test_the_reviews_own_question_is_always_asked_about_first_where_the_evidence_does_not_already_lead_to_it(app, demo_pack):
    # A councillor: "the questions say nothing about the review's own question". The demo's review (being heard)
    # is among them already, once; a review about school, which the summary lists as working well but not first,
    # gets its question first, resting on what young people wrote.
    review, pack, version = demo_pack
    know = version.content["questions"][0]["items"]
    assert sum("being heard in decisions" in k for k in know) == 1
    review.title = "Is school going well for children in care?"
    content = pack_content.build(review, pack.session_ids, pack.title)
    know, how, do = (g["items"] for g in content["questions"])
    assert know[0].startswith("6 of the 10 young people who wrote about school, college and learning were positive"), know[0]
    assert how[0].startswith("School, college and learning: ") and do[0].startswith("School, college and learning: ")
    assert "work" in know[0].split("). ")[-1]  # the question for something working: what makes it work
    assert len(know) == len(version.content["questions"][0]["items"]) + 1


def test_a_review_theme_known_only_from_its_face_question_rests_on_the_counts_the_pack_shows():
    table = {"prompt": "How well do adults listen to you?", "answered": "37", "distribution": [
        {"label": "Really bad", "count": "fewer than 5"}, {"label": "Bad", "count": "8"}, {"label": "OK", "count": "16"},
        {"label": "Good", "count": "8"}, {"label": "Really good", "count": "hidden"}]}
    figure = pack_content._focus_figure("Being heard in decisions", [{"answered": "0", "distribution": []}, table])
    assert figure == ("On being heard in decisions, asked \u201cHow well do adults listen to you?\u201d, 16 of the 37 young "
                      "people who answered chose OK, 8 Bad and 8 Good")
    assert pack_content._focus_figure("Money", [{**table, "distribution": table["distribution"][:1]}]) is None
