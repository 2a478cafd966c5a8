"""Evidence packs: what reaches them, every format read back, publishing, access and downloads."""

from __future__ import annotations

import csv
import hashlib
import io
import subprocess

import pytest
from bs4 import BeautifulSoup
from docx import Document
from flask import url_for
from sqlalchemy import select

from participation.domain import pack_content, sessions
from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent, PackFile, PackVersion, Recommendation
from participation.domain.models.packs import FrozenRecord
from participation.pure.render.html import render_document
from participation.pure.render.schema import TRANSLATED_MARK
from tests.app.test_moderation import DISCLOSURE
from tests.conftest import Young, sign_in

FORBIDDEN = ["PLANTEDPENDING", "PLANTEDREJECTED", "PLANTEDNOTE", "barry", "07700", "hits me"]


def soup(r):
    return BeautifulSoup(r.text, "html.parser")


def _young(app, session):
    y = Young(app.test_client(), session.join_code)
    y.join()
    return y


@pytest.fixture
def planted(app, officer_client, open_session):
    """A session with approved answers and every kind of content that must never reach a pack."""
    ids = {}
    for i in range(6):
        y = _young(app, open_session)
        y.answer(1, "2")
        y.answer(4, f"my social worker keeps changing and never rings back {i}")
    y = _young(app, open_session)
    y.answer(4, "my sw is barry and his number is 07700 900123 PLANTED")  # approved: redacted only
    y = _young(app, open_session)
    y.answer(4, "PLANTEDPENDING words nobody approved")
    y = _young(app, open_session)
    y.answer(4, "PLANTEDREJECTED words left out")
    y = _young(app, open_session)
    y.answer(4, DISCLOSURE)
    db.session.expire_all()
    for a in db.session.execute(select(Answer).order_by(Answer.id)).scalars():
        if a.state != "pending" or (a.text and "PLANTEDPENDING" in a.text):
            continue
        if a.text and "PLANTEDREJECTED" in a.text:
            officer_client.post(f"/staff/moderation/answers/{a.id}/reject", data={"reason": "off-topic"})
        else:
            officer_client.post(f"/staff/moderation/answers/{a.id}/approve")
    # A moderator's note on an escalation, and confirmed themes for everything approved.
    y = _young(app, open_session)
    y.answer(4, "home is a bit much")
    note_answer = db.session.execute(select(Answer).where(Answer.text == "home is a bit much")).scalar_one()
    officer_client.post(f"/staff/moderation/answers/{note_answer.id}/escalate", data={"note": "PLANTEDNOTE worried"})
    approved = [a.id for a in db.session.execute(select(Answer).where(Answer.state == "approved")).scalars()]
    officer_client.post(f"/staff/reviews/{open_session.review_id}/theming/apply", data={"answer_ids": approved, "action": "confirm"})
    barry = db.session.execute(select(Answer).where(Answer.text.like("%PLANTED%"), Answer.state == "approved")).scalar_one()
    officer_client.post(f"/staff/reviews/{open_session.review_id}/theming/apply", data={"answer_ids": [barry.id], "action": "set", "theme": "money"})
    # One quote starred, as an officer is asked to, so the pack prints a young person's words.
    quote = db.session.execute(select(Answer).where(Answer.text == "my social worker keeps changing and never rings back 0")).scalar_one()
    officer_client.post(f"/staff/reviews/{open_session.review_id}/answers/{quote.id}/star", data={"on": "1"})
    ids["review"] = open_session.review_id
    return ids


def _build(officer_client, review_id):
    r = officer_client.post(f"/staff/reviews/{review_id}/packs", data={"title": "Test pack"})
    assert r.status_code == 303
    return int(r.location.rstrip("/").split("/")[-1])


def _publish(app, officer_client, pack_id, note=""):
    app.config["JOBS_MODE"] = "sync"
    r = officer_client.post(f"/staff/packs/{pack_id}/publish", data={"correction_note": note})
    assert r.status_code == 303
    page = soup(officer_client.get(r.location))
    assert "Published version" in page.select_one("#job-status").get_text(), page.select_one("#job-status")
    db.session.expire_all()
    return db.session.execute(select(PackVersion).order_by(PackVersion.id.desc())).scalars().first()


def _text_of(fmt: str, data: bytes, tmp_path) -> str:
    if fmt == "html":
        return BeautifulSoup(data.decode("utf-8"), "html.parser").get_text(" ")
    if fmt == "csv":
        return data.decode("utf-8")
    if fmt == "pdf":
        path = tmp_path / "p.pdf"
        path.write_bytes(data)
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout

    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


def test_planted_forbidden_content_appears_in_no_format(app, officer_client, planted, tmp_path):
    pack_id = _build(officer_client, planted["review"])
    preview = officer_client.get(f"/staff/packs/{pack_id}").text
    version = _publish(app, officer_client, pack_id)
    outputs = {"preview": BeautifulSoup(preview, "html.parser").select_one(".py-pack-frame").get_text(" ")}
    for f in version.files:
        outputs[f.format] = _text_of(f.format, f.data, tmp_path)
    assert set(outputs) == {"preview", "html", "pdf", "docx", "csv"}
    for fmt, text in outputs.items():
        for needle in FORBIDDEN:
            assert needle.lower() not in text.lower(), (fmt, needle)
        # The approved, redacted words are there, with the placeholder.
        if fmt != "csv":  # the CSV holds counts only
            assert "keeps changing" in text, fmt
            assert "[name]" in text, fmt


def test_counts_match_the_database_and_small_ones_are_suppressed(app, officer_client, planted, tmp_path):
    pack_id = _build(officer_client, planted["review"])
    version = _publish(app, officer_client, pack_id)
    content = version.content
    themes = {t["id"]: t for t in content["themes"]}
    # Six young people wrote about social workers; one about money: hidden.
    assert themes["social-workers"]["young_people"] == "6"
    assert themes["money"]["young_people"] == "fewer than 5"
    rows = list(csv.reader(io.StringIO(next(f for f in version.files if f.format == "csv").data.decode("utf-8"))))
    flat = [",".join(r) for r in rows]
    assert any("Social workers" in r and ",6," in f",{r}," for r in flat)
    assert not any("Money" in r and ",1," in f",{r}," for r in flat)


def test_each_published_file_has_its_sha256_and_never_changes(app, officer_client, planted):

    pack_id = _build(officer_client, planted["review"])
    version = _publish(app, officer_client, pack_id)
    for f in version.files:
        assert f.sha256 == hashlib.sha256(f.data).hexdigest()
    f = db.session.execute(select(PackFile)).scalars().first()
    f.data = b"tampered"
    with pytest.raises(FrozenRecord):
        db.session.commit()
    db.session.rollback()


def test_a_correction_is_a_new_version_that_says_what_changed(app, officer_client, planted):
    pack_id = _build(officer_client, planted["review"])
    _publish(app, officer_client, pack_id)
    r = officer_client.post(f"/staff/packs/{pack_id}/publish", data={"correction_note": ""})
    assert r.status_code == 303 and "/jobs/" not in r.location  # refused: a correction needs a note
    v2 = _publish(app, officer_client, pack_id, note="Fixed a typo in a message")
    assert v2.number == 2 and v2.content["correction_note"] == "Fixed a typo in a message"


def test_scrutiny_reads_and_downloads_only_published_packs_of_their_reviews(app, make_staff, officer_client, planted, officer):
    pack_id = _build(officer_client, planted["review"])
    councillor = make_staff("scrutiny")
    c = app.test_client()
    sign_in(c, councillor)
    # No access yet, and nothing published: nothing to see.
    assert c.get(f"/staff/packs/{pack_id}").status_code == 403
    assert c.get(f"/staff/packs/{pack_id}/v/1").status_code == 404
    officer_client.post(f"/staff/reviews/{planted['review']}/access", data={"staff_ids": [councillor.id]})
    assert c.get(f"/staff/packs/{pack_id}/v/1").status_code == 404  # still unpublished
    _publish(app, officer_client, pack_id)
    home = soup(c.get("/staff/scrutiny"))
    assert home.select_one(f"a[href='/staff/packs/{pack_id}/v/1']") is not None
    assert c.get(f"/staff/packs/{pack_id}/v/1").status_code == 200
    r = c.get(f"/staff/packs/{pack_id}/v/1/download/pdf")
    assert r.status_code == 200 and r.data.startswith(b"%PDF") and "attachment" in r.headers["Content-Disposition"]
    downloads = db.session.execute(select(AuditEvent).where(AuditEvent.action == "pack-downloaded")).scalars().all()
    assert [(d.actor_id, d.detail["format"]) for d in downloads] == [(councillor.id, "pdf")]
    # Never answers outside a pack.
    for url in ("/staff/moderation", f"/staff/reviews/{planted['review']}/themes", f"/staff/reviews/{planted['review']}/theming"):
        assert c.get(url).status_code == 403


def test_a_scrutiny_user_cannot_reach_another_reviews_pack(app, make_staff, officer_client, planted, officer):

    other = sessions.create_review(officer, "Another review", "", ["care-leavers"])
    pack_id = _build(officer_client, planted["review"])
    _publish(app, officer_client, pack_id)
    councillor = make_staff("scrutiny")
    officer_client.post(f"/staff/reviews/{other.id}/access", data={"staff_ids": [councillor.id]})
    c = app.test_client()
    sign_in(c, councillor)
    assert c.get(f"/staff/packs/{pack_id}/v/1").status_code == 404
    assert c.get(f"/staff/packs/{pack_id}/v/1/download/csv").status_code == 404


def test_recommendations_tracker_shows_responses_and_overdue(app, officer_client, planted, make_staff):
    rid = planted["review"]
    councillor = make_staff("scrutiny")
    officer_client.post(f"/staff/reviews/{rid}/access", data={"staff_ids": [councillor.id]})
    c = app.test_client()
    sign_in(c, councillor)
    new = {"title": "Tell children when their worker changes", "themes": ["social-workers"], "due": "2020-01-01"}
    # A scrutiny member reads the tracker; only the participation team writes in it, checked on the server.
    assert c.post(f"/staff/reviews/{rid}/recommendations", data=new).status_code == 403
    assert db.session.execute(select(Recommendation)).first() is None
    officer_client.post(f"/staff/reviews/{rid}/recommendations", data=new)

    rec = db.session.execute(select(Recommendation)).scalar_one()
    assert c.post(f"/staff/recommendations/{rec.id}/response", data={"response": "accepted"}).status_code == 403
    officer_client.post(f"/staff/recommendations/{rec.id}/response", data={"response": "partly", "reasons": ""})
    db.session.expire_all()
    assert db.session.get(Recommendation, rec.id).response is None  # partly needs reasons
    officer_client.post(f"/staff/recommendations/{rec.id}/response", data={"response": "partly", "reasons": "Letters from April"})
    officer_client.post(f"/staff/recommendations/{rec.id}/updates", data={"on": "2026-11-01", "text": "Template drafted"})
    page = soup(c.get(f"/staff/reviews/{rid}/recommendations"))
    section = page.select_one(f"#rec-{rec.id}")
    assert section.select_one(".govuk-tag--red").get_text(strip=True) == "Overdue"
    assert "Partly accepted" in section.get_text() and "Template drafted" in section.get_text()
    # The scrutiny member is shown no control they cannot use; the officer sees them all.
    assert "Add a recommendation" not in page.get_text() and not page.select("main form[method=post]")
    mine = soup(officer_client.get(f"/staff/reviews/{rid}/recommendations"))
    assert "Add a recommendation" in mine.get_text() and len(mine.select("main form[method=post]")) == 3


def test_you_said_we_did_is_shown_to_young_people_after_the_session_closes(app, officer_client, open_session):
    officer_client.post(f"/staff/sessions/{open_session.id}/close")
    r = officer_client.post(
        f"/staff/sessions/{open_session.id}/you-said-we-did",
        data={"you_said": "You said the food was bad.", "we_did": "We changed the menu.", "not_changed": "Pizza every day: too expensive."},
    )
    assert r.status_code == 303
    page = soup(app.test_client().get(f"/j/{open_session.join_code}/updates"))
    text = page.select_one("main").get_text(" ")
    assert "We changed the menu." in text and "Pizza every day" in text


def test_packs_build_cli_writes_each_format(runner, planted, tmp_path):
    for fmt, magic in (("html", b"<!DOCTYPE html"), ("pdf", b"%PDF"), ("docx", b"PK"), ("csv", b"section")):
        out = tmp_path / f"pack.{fmt}"
        result = runner.invoke(args=["packs", "build", str(planted["review"]), "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert out.read_bytes()[:20].lower().startswith(magic.lower()), (fmt, out.read_bytes()[:20])


def _unthemed(app, officer_client, session, words, star=False):
    """An approved written answer whose theme nobody confirmed (only the classifier's suggestion)."""
    y = _young(app, session)
    y.answer(4, words)
    db.session.expire_all()
    a = db.session.execute(select(Answer).where(Answer.text == words)).scalar_one()
    officer_client.post(f"/staff/moderation/answers/{a.id}/approve")
    if star:
        officer_client.post(f"/staff/reviews/{session.review_id}/answers/{a.id}/star", data={"on": "1"})
    db.session.expire_all()
    return db.session.get(Answer, a.id)


def test_publishing_waits_for_themes_or_an_explicit_publish_anyway(app, officer_client, planted, open_session):
    app.config["JOBS_MODE"] = "sync"
    _unthemed(app, officer_client, open_session, "my social worker never answers my texts UNTHEMED", star=True)
    pack_id = _build(officer_client, planted["review"])
    # The pack page has no one-click publish: it leads to the check.
    page = soup(officer_client.get(f"/staff/packs/{pack_id}"))
    assert page.select_one(f"form[action='/staff/packs/{pack_id}/publish']") is None
    assert page.select_one(f"a[href='/staff/packs/{pack_id}/check']") is not None
    assert "Not every answer is counted" in page.select_one(".py-pack-frame").get_text()
    # The check says what is covered, which counts change and which starred quote would be dropped.
    check = soup(officer_client.get(f"/staff/packs/{pack_id}/check"))
    text = check.select_one("main").get_text(" ")
    assert "1 approved written answer is not counted" in text
    assert "UNTHEMED" in check.select_one("#dropped ~ ul").get_text() and "Its theme is not confirmed" in text
    assert check.select_one("#publish_anyway") is not None
    assert "Money" in check.select_one("#no-quote ~ ul").get_text()  # written about, nothing starred
    # Without the tick: refused, nothing published.
    r = officer_client.post(f"/staff/packs/{pack_id}/publish", data={})
    assert r.status_code == 303 and r.location.endswith(f"/staff/packs/{pack_id}/check")
    assert db.session.execute(select(PackVersion)).first() is None
    # With it: published, and the pack says so and what it covers.
    r = officer_client.post(f"/staff/packs/{pack_id}/publish", data={"publish_anyway": "yes"})
    assert "/jobs/" in r.location
    db.session.expire_all()
    version = db.session.execute(select(PackVersion)).scalar_one()
    content = version.content
    assert content["coverage"]["unthemed"] == 1 and content["coverage"]["publish_anyway"] is True
    method = " ".join(content["method"]["paragraphs"])
    assert "publish it anyway" in method and f"{content['coverage']['themed']} of the {content['coverage']['written']}" in method
    assert "UNTHEMED" not in str(content["themes"]) and "UNTHEMED" not in str(content["appendix"])
    assert "have no confirmed theme and are not shown" in content["appendix"]["answers_intro"]
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "pack-published")).scalar_one()
    assert event.detail["publish_anyway"] is True and event.detail["coverage"]["unthemed"] == 1


def test_the_check_flags_starred_quotes_with_rare_details(app, officer_client, planted, open_session):
    a = _unthemed(app, officer_client, open_session, "my social worker left when i was pregnant with my little girl", star=True)
    officer_client.post(f"/staff/reviews/{open_session.review_id}/theming/apply", data={"answer_ids": [a.id], "action": "confirm"})
    pack_id = _build(officer_client, planted["review"])
    check = soup(officer_client.get(f"/staff/packs/{pack_id}/check"))
    card = check.select_one(f"#check-{a.id}")
    assert "pregnant" in card.get_text(" ") and "a life event few share" in card.get_text(" ")
    assert card.select_one("h3").get_text(strip=True).startswith("Quoted under")


def _confirmed(app, officer_client, session, words, star=False):
    a = _unthemed(app, officer_client, session, words, star=star)
    officer_client.post(f"/staff/reviews/{session.review_id}/theming/apply", data={"answer_ids": [a.id], "action": "confirm"})
    db.session.expire_all()
    return db.session.get(Answer, a.id)


def test_the_check_flags_rare_details_in_answers_the_appendix_prints_and_the_officer_edits_or_leaves_them_out(
        app, officer_client, planted, open_session):
    hostel = _confirmed(app, officer_client, open_session, "in my hostel i share a kitchen with 12 people")
    age = _confirmed(app, officer_client, open_session, "i have been in care since i was 9 and i like my carers")
    pack_id = _build(officer_client, planted["review"])
    check = soup(officer_client.get(f"/staff/packs/{pack_id}/check"))
    for a, detail in ((hostel, "12 people"), (age, "an age")):
        card = check.select_one(f"#check-{a.id}")
        assert card is not None, a.text  # not starred, but the appendix prints it
        assert detail in card.get_text(" ") and card.select_one("h3").get_text(strip=True).startswith("In the appendix")
        assert card.select_one(f"form[action$='/answers/{a.id}/leave-out']") and card.select_one("textarea[name=text]")
    # The officer writes the detail more generally, and leaves the other answer out.
    r = officer_client.post(f"/staff/packs/{pack_id}/answers/{hostel.id}/edit",
                            data={"text": "in my hostel i share a kitchen with lots of people"})
    assert r.status_code == 303 and r.location.endswith("#to-check")
    officer_client.post(f"/staff/packs/{pack_id}/answers/{age.id}/leave-out")
    db.session.expire_all()
    content = pack_content.build(db.session.get(Answer, hostel.id).session.review, None, "x")
    printed = " ".join(w for g in content["appendix"]["answers_by_theme"] for w in g["answers"])
    assert "lots of people" in printed and "12 people" not in printed and "since i was 9" not in printed
    assert {"reason": "Could identify someone", "count": "fewer than 5"} in content["method"]["left_out"]
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-left-out-for-pack")).scalar_one()
    # An edit is screened again: a name put back in is refused.
    officer_client.post(f"/staff/packs/{pack_id}/answers/{hostel.id}/edit", data={"text": "my sw is called barry and my number is 07700 900123"})
    db.session.expire_all()
    assert "lots of people" in db.session.get(Answer, hostel.id).text


def test_words_in_another_language_are_printed_with_a_translation_and_the_original_kept(app, officer_client, planted, open_session):
    tigrinya = "\u12a3\u12f0\u12ed\u1295 \u12a3\u1215\u12cb\u1270\u12ed\u1295 \u1265\u12d9\u1215 \u1293\u134a\u1250\u12ee\u121d\u1362"
    y = _young(app, open_session)
    y.answer(4, tigrinya)
    db.session.expire_all()
    a = db.session.execute(select(Answer).where(Answer.text == tigrinya)).scalar_one()
    assert a.language and a.language != "en" and not a.screened  # marked "not checked by the screen: read first"
    officer_client.post(f"/staff/moderation/answers/{a.id}/approve")
    officer_client.post(f"/staff/reviews/{open_session.review_id}/answers/{a.id}/star", data={"on": "1"})
    # No theme is guessed for words the suggestions cannot read: the officer, who had it read, sets one.
    officer_client.post(f"/staff/reviews/{open_session.review_id}/theming/apply",
                        data={"answer_ids": [a.id], "action": "set", "theme": "family-and-friends-contact"})
    db.session.expire_all()
    a = db.session.get(Answer, a.id)
    pack_id = _build(officer_client, planted["review"])
    card = soup(officer_client.get(f"/staff/packs/{pack_id}/check")).select_one(f"#translate-{a.id}")
    assert card is not None and "Ethiopic" in card.get_text(" ")
    officer_client.post(f"/staff/packs/{pack_id}/answers/{a.id}/translation", data={"translation": "I miss my mother and my brothers and sisters"})
    db.session.expire_all()
    assert db.session.get(Answer, a.id).text == tigrinya  # the original is kept
    # The pack prints the translation in place of the Tigrinya (the language alone could point to the young person)...
    page = soup(officer_client.get(f"/staff/packs/{pack_id}"))
    assert tigrinya not in page.get_text()
    # ...unmarked: a mark would say the young person writes in another language (the method says some were translated).
    assert any(q.get_text(" ").strip() == "I miss my mother and my brothers and sisters" for q in page.select(".pack-quote"))
    assert TRANSLATED_MARK not in page.get_text()
    assert "Some answers were in another language" in page.select_one("#pack-method").get_text()
    # The officer's own check page keeps the mark, so they know which words the pack prints are a translation.
    check = soup(officer_client.get(f"/staff/packs/{pack_id}/check")).get_text(" ")
    assert TRANSLATED_MARK in check or "The pack prints the translation, not these words." in check
    # ...unless the officer chooses to print the young person's own words, with the translation after them.
    officer_client.post(f"/staff/packs/{pack_id}/answers/{a.id}/original", data={"original": "yes"})
    page = soup(officer_client.get(f"/staff/packs/{pack_id}"))
    quote = next(q for q in page.select(".pack-quote") if tigrinya in q.get_text())
    assert quote.select_one(".pack-translation").get_text().endswith("I miss my mother and my brothers and sisters")
    assert quote.select_one(".pack-translation")["dir"] == "ltr"
    answer = next(li for li in page.select(".pack-answers li") if tigrinya in li.get_text())
    assert "I miss my mother" in answer.select_one(".pack-translation").get_text()
    # Arabic in the PDF's HTML is set right to left, its translation left to right.
    arabic = "\u0623\u062d\u062a\u0627\u062c \u0645\u062a\u0631\u062c\u0645"
    content = pack_content.build(a.session.review, None, "x")
    content["themes"][0]["quotes"] = [arabic]
    content["translations"] = {arabic: "I need an interpreter"}
    doc = BeautifulSoup(render_document(content, resolve_direction=True), "html.parser")
    block = next(q for q in doc.select(".pack-quote") if arabic in q.get_text())
    assert block["dir"] == "rtl" and block.select_one(".pack-translation")["dir"] == "ltr"


def test_a_written_answer_that_says_nothing_more_counts_toward_no_theme(app, officer_client, planted, open_session):
    before = pack_content.build(db.session.get(Answer, _confirmed(app, officer_client, open_session, "the food is rubbish").id).session.review, None, "x")
    for words in ("fine", "ok", "Nothing."):
        _confirmed(app, officer_client, open_session, words)
    review = db.session.execute(select(Answer).where(Answer.text == "fine")).scalar_one().session.review
    content = pack_content.build(review, None, "x")
    assert [t["young_people"] for t in content["themes"]] == [t["young_people"] for t in before["themes"]]
    assert content["coverage"]["nothing_more"] == 3 and content["coverage"]["unthemed"] == 0
    assert "3 said nothing more" in content["coverage"]["sentence"]
    # The check before publishing lists them in its own row, so its rows add up to the approved written answers.
    app.config["JOBS_MODE"] = "sync"
    page = soup(officer_client.get(f"/staff/packs/{_build(officer_client, review.id)}/check"))
    rows = {dt.get_text(" ", strip=True): dd.get_text(" ", strip=True)
            for dt, dd in zip(page.select("#coverage + dl dt"), page.select("#coverage + dl dd"), strict=True)}
    nothing_row = next(v for k, v in rows.items() if k.startswith("Saying nothing more than"))
    assert nothing_row.startswith("3, from 3 young people")
    assert sum(int(v.split(",")[0]) for k, v in rows.items() if k != "Approved written answers") == int(rows["Approved written answers"])
    assert sorted(content["appendix"]["nothing_more"]) == ["Nothing.", "fine", "ok"]
    assert not any(w in ("fine", "ok") for g in content["appendix"]["answers_by_theme"] for w in g["answers"])


def test_the_link_to_you_said_we_did_works_when_typed(app, officer_client, planted, open_session):
    review = open_session.review
    app.config["PUBLIC_BASE_URL"] = ""
    item = pack_content.build(review, None, "x")["follow_up"][0]
    assert item["url"] is None and item["code"] == open_session.join_code
    from participation.pure.render.schema import follow_up_line  # noqa: PLC0415
    assert f"type the code {open_session.join_code} on the app's Join page" in follow_up_line(item)
    app.config["PUBLIC_BASE_URL"] = "https://say.example.gov.uk/"
    item = pack_content.build(review, None, "x")["follow_up"][0]
    assert item["url"] == f"https://say.example.gov.uk/j/{open_session.join_code}/updates"


def test_the_pack_gives_the_trackers_full_address_from_the_public_address(app, officer_client, planted, open_session):
    review = open_session.review
    app.config["PUBLIC_BASE_URL"] = ""
    assert pack_content.build(review, None, "x")["tracker_url"] is None  # a bare path on paper leads nowhere
    app.config["PUBLIC_BASE_URL"] = "https://say.example.gov.uk/"
    url = pack_content.build(review, None, "x")["tracker_url"]
    with app.test_request_context():
        path = url_for("recommendations.recommendation_list", review_id=review.id)
    assert url == f"https://say.example.gov.uk{path}"
    assert officer_client.get(path).status_code == 200


def test_the_officer_enters_how_many_were_invited_and_the_pack_says_how_many_of_them_took_part(app, officer_client, planted):
    pack_id = _build(officer_client, planted["review"])
    officer_client.post(f"/staff/packs/{pack_id}/invited", data={"invited": "3"})  # fewer than took part: refused
    page = soup(officer_client.get(f"/staff/packs/{pack_id}"))
    assert "took part, so at least" in page.get_text(" ")
    officer_client.post(f"/staff/packs/{pack_id}/invited", data={"invited": "40"})
    page = soup(officer_client.get(f"/staff/packs/{pack_id}"))
    assert page.select_one("#invited-number")["value"] == "40"
    assert "of the 40 young people invited took part" in page.select_one(".pack-lead").get_text()


def test_a_recommendation_names_the_quotes_it_rests_on_and_the_pack_shows_them(app, officer_client, planted, open_session):
    quote = _confirmed(app, officer_client, open_session, "my social worker keeps changing and i have to tell my story again", star=True)
    r = officer_client.get(f"/staff/reviews/{planted['review']}/recommendations")
    assert soup(r).select_one(f"input[name=quote_ids][value='{quote.id}']") is not None
    officer_client.post(f"/staff/reviews/{planted['review']}/recommendations",
                        data={"title": "Tell young people when their worker changes", "themes": ["social-workers"], "quote_ids": [str(quote.id), "99999"]})
    rec = db.session.execute(select(Recommendation)).scalar_one()
    assert rec.quote_answer_ids == [quote.id]
    content = pack_content.build(quote.session.review, None, "x")
    rests = content["recommendations"][0]["rests_on"]
    assert any(line.startswith("Social workers") and "young people wrote about it" in line for line in rests)
    assert any(quote.text in line for line in rests)


def test_with_every_answer_themed_publishing_needs_no_confirmation(app, officer_client, planted):
    pack_id = _build(officer_client, planted["review"])
    check = soup(officer_client.get(f"/staff/packs/{pack_id}/check"))
    assert check.select_one("#publish_anyway") is None
    version = _publish(app, officer_client, pack_id)
    c = version.content["coverage"]
    assert c["unthemed"] == 0 and c["publish_anyway"] is False and c["themed"] == c["written"] > 0
    assert "cover every one of them" in c["sentence"]
    assert not any("publish it anyway" in p for p in version.content["method"]["paragraphs"])


def test_a_fresh_session_never_says_zero_young_people_in_each_group(app, officer_client, planted, tmp_path):
    pack_id = _build(officer_client, planted["review"])
    content = _publish(app, officer_client, pack_id).content
    # Nobody said which group they are in, and the session was for both: no "0, 0" table, a sentence instead.
    assert content["summary"]["groups"] == [] and "not asked" in content["summary"]["groups_note"]
    assert content["group_breakdown"] == []


def test_a_session_for_one_group_counts_its_young_people_in_that_group(app, officer, make_session):
    s = make_session(state="draft")
    s.audience = "care-leavers"
    db.session.commit()
    sessions.open_session(officer, s)
    for _ in range(6):
        _young(app, s).answer(1, "4")
    db.session.expire_all()
    for a in db.session.execute(select(Answer)).scalars():
        a.state = "approved"  # faces need no moderation; set directly for the test
    db.session.commit()
    content = pack_content.build(s.review, None, "t")
    assert content["summary"]["groups"] == [
        {"label": "Children in care", "young_people": "0"}, {"label": "Care leavers", "young_people": "6"},
    ]


def test_many_is_said_only_where_the_number_supports_it(app, officer_client, planted):
    pack_id = _build(officer_client, planted["review"])
    content = _publish(app, officer_client, pack_id).content
    html = next(f for f in db.session.execute(select(PackFile)).scalars() if f.format == "html").data.decode()
    social = next(t for t in content["themes"] if t["id"] == "social-workers")
    # Fewer than ten negative: not "many"; and five or more, so not "only a few" either.
    assert social["young_people"] == "6" and social["tone"]["negative"] == "6" and social["risk_weight"] == "some"
    assert "Many young people" not in html and "The young people negative about this (counted above) may point to" in html
    # One rule, from the count shown: "fewer than 5" negative is only ever "only a few".
    for t in content["themes"]:
        if t["tone"]["negative"].startswith("fewer than"):
            assert t["risk_weight"] == "few", t["label"]


def test_a_pack_counts_an_answer_no_theme_fits_as_decided_toward_no_theme_and_never_quotes_it(app, officer, officer_client, planted,
                                                                                              open_session):
    review = open_session.review
    before = pack_content.build(review, None, "x")
    odd = _unthemed(app, officer_client, open_session, "my social worker likes my cat biscuit NOFIT", star=True)
    waiting = pack_content.build(review, None, "x")["coverage"]
    assert waiting["unthemed"] == before["coverage"]["unthemed"] + 1  # waiting for an officer, until one decides
    officer_client.post(f"/staff/reviews/{review.id}/theming/answers/{odd.id}/no-theme")
    db.session.expire_all()
    content = pack_content.build(review, None, "x")
    c = content["coverage"]
    assert c["no_theme"] == 1 and c["young_people_no_theme"] == 1
    assert c["unthemed"] == before["coverage"]["unthemed"] and c["themed"] == before["coverage"]["themed"]
    assert c["written"] == before["coverage"]["written"] + 1
    assert "an officer read 1 and found no theme fits it: it counts toward no theme" in c["sentence"]
    # The same figures under every theme, and its words nowhere: not quoted, not in the appendix.
    assert [(t["label"], t["young_people"]) for t in content["themes"]] == [(t["label"], t["young_people"]) for t in before["themes"]]
    assert "NOFIT" not in str(content["themes"]) and "NOFIT" not in str(content["appendix"]) and "NOFIT" not in str(content["summary"])
    assert content["appendix"]["no_theme"] == 1
    doc = BeautifulSoup(render_document(content), "html.parser")
    assert doc.select_one("#pack-no-theme").get_text() == "Answers no theme fits"
    assert doc.select_one("#pack-no-theme").find_next_sibling("p").get_text() == (
        "An officer read 1 written answer and found no theme fits it, so it counts toward no theme. Its words are not printed.")
    # The check before publishing counts it apart, says why its star is not used, and asks for no "publish anyway" for it.
    pack_id = _build(officer_client, review.id)
    check = soup(officer_client.get(f"/staff/packs/{pack_id}/check"))
    row = next(r for r in check.select("#coverage ~ dl .govuk-summary-list__row") if "No theme fits" in r.select_one("dt").get_text())
    assert row.select_one("dd").get_text(strip=True) == "1, from 1 young person"
    dropped = next(li for li in check.select("#dropped ~ ul li") if "NOFIT" in li.get_text())
    assert "An officer found no theme fits it" in dropped.get_text()
    app.config["JOBS_MODE"] = "sync"
    r = officer_client.post(f"/staff/packs/{pack_id}/publish", data={})
    assert "/jobs/" in r.location  # every answer is decided: nothing to publish "anyway"
    db.session.expire_all()
    version = db.session.execute(select(PackVersion)).scalar_one()
    assert version.content["coverage"]["no_theme"] == 1 and not version.content["coverage"]["publish_anyway"]
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "pack-published")).scalar_one().detail["coverage"]["no_theme"] == 1
