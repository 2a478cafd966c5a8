"""Screening on submit, the moderation queue, decisions and the audit log."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Alert, Answer, AuditEvent
from participation.domain.models.audit import AuditLogIsAppendOnly
from participation.pure.local_time import uk_today
from participation.web.extensions import limiter
from tests.conftest import Young, make_app, sign_in

DISCLOSURE = "my stepdad hits me when mum is out and i dont feel safe at home"
# Names and a number, and nothing else the screen should act on.
WITH_NAME = "my social worker is barry, his number is 07700 900123 and he is sound"


def soup(r):
    return BeautifulSoup(r.text, "html.parser")


def text_answer(young, words):
    young.answer(4, words)
    db.session.expire_all()
    return db.session.execute(select(Answer).where(Answer.text.is_not(None)).order_by(Answer.id.desc())).scalars().first()


def test_personal_details_are_removed_before_anyone_but_the_moderator_sees_them(young):
    answer = text_answer(young, WITH_NAME)
    assert "barry" not in answer.text and "07700" not in answer.text
    assert "[name]" in answer.text and "[phone]" in answer.text
    assert answer.raw_text == WITH_NAME
    assert set(answer.pii_kinds) == {"name", "phone"}


def test_a_possible_disclosure_is_held_raises_an_alert_and_shows_the_calm_screen(young):
    r = young.answer(4, DISCLOSURE)
    assert r.location.endswith(f"/j/{young.code}/q/4/check-in")
    db.session.expire_all()
    answer = db.session.execute(select(Answer)).scalar_one()
    assert answer.state == "held" and answer.disclosure
    alert = db.session.execute(select(Alert)).scalar_one()
    assert alert.text == DISCLOSURE and alert.state == "open" and alert.categories
    assert all(c.lower() in DISCLOSURE.lower() for c in alert.cues)
    page = soup(young.client.get(r.location))
    assert page.select_one("h1").get_text(strip=True) == "Are you OK?"
    carry_on = page.select_one(f"a[href='/j/{young.code}/thanks']")
    assert carry_on.get_text(strip=True) == "Carry on answering"
    assert {"tel:08001111", "tel:116123", "tel:999"} <= {a["href"] for a in page.select(".py-support a")}
    # The way back to the questions comes before the help lines, not 1,600 px down a phone under them.
    assert carry_on.find_next(class_="py-support") is not None and carry_on.find_parent(class_="py-support") is None


def test_asking_to_talk_tells_the_room_without_a_name(young):
    young.answer(4, DISCLOSURE)
    r = young.client.post(f"/j/{young.code}/q/4/talk", follow_redirects=True)
    page = soup(r)
    code = page.select_one(".py-talk-code").get_text(strip=True)
    db.session.expire_all()
    alert = db.session.execute(select(Alert)).scalar_one()
    assert alert.wants_to_talk and alert.talk_code == code


def test_a_double_tapped_disclosure_raises_one_alert_and_both_taps_see_the_calm_screen(young):
    page = young.page(4)
    first = young.answer(4, DISCLOSURE, page=page)
    second = young.answer(4, DISCLOSURE, page=page)
    assert first.location == second.location and first.location.endswith("/check-in")
    assert len(db.session.execute(select(Alert)).scalars().all()) == 1


def test_changing_a_disclosure_to_something_else_does_not_drop_the_alert(young):
    young.answer(4, DISCLOSURE)
    young.answer(4, "actually never mind")
    db.session.expire_all()
    assert db.session.execute(select(Answer.state)).scalar_one() == "held"
    assert db.session.execute(select(Alert.state)).scalar_one() == "open"


def test_queue_shows_redacted_text_with_removed_parts_marked(officer_client, young, open_session):
    text_answer(young, WITH_NAME)
    page = soup(officer_client.get(f"/staff/moderation?session={open_session.id}"))
    item = page.select_one(".py-mod-item")
    assert "barry" not in item.get_text() and "07700" not in item.get_text()
    assert [m.get_text() for m in item.select("mark.py-removed")] == ["[name]", "[phone]"]


def test_held_answers_are_not_in_the_moderation_queue(officer_client, young, open_session):
    young.answer(4, DISCLOSURE)
    page = soup(officer_client.get(f"/staff/moderation?session={open_session.id}"))
    assert page.select(".py-mod-item") == []
    assert "hits me" not in page.select_one("main").get_text()


def test_seeing_the_exact_words_is_one_click_and_recorded(officer_client, young):
    answer = text_answer(young, WITH_NAME)
    r = officer_client.get(f"/staff/moderation/answers/{answer.id}/raw", headers={"HX-Request": "true"})
    assert "barry" in r.text
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "raw-text-viewed")).scalar_one()
    assert event.subject_id == answer.id


def test_approve_purges_the_exact_words_and_records_who(officer_client, officer, young):
    answer = text_answer(young, WITH_NAME)
    r = officer_client.post(f"/staff/moderation/answers/{answer.id}/approve", headers={"HX-Request": "true"})
    assert r.status_code == 200 and soup(r).select_one("[data-decided]")
    db.session.expire_all()
    answer = db.session.get(Answer, answer.id)
    assert answer.state == "approved" and answer.raw_text is None and answer.decided_by_id == officer.id
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-approved")).scalar_one().actor_id == officer.id


def test_an_edit_that_brings_back_a_personal_detail_is_refused(officer_client, young):
    answer = text_answer(young, WITH_NAME)
    r = officer_client.post(
        f"/staff/moderation/answers/{answer.id}/approve",
        data={"text": "my social worker barry never rings me back"}, headers={"HX-Request": "true"},
    )
    assert r.status_code == 422
    assert "personal detail" in soup(r).select_one(".govuk-error-message").get_text()
    db.session.expire_all()
    assert db.session.get(Answer, answer.id).state == "pending"


def test_an_answer_flagged_as_a_disclosure_can_never_be_approved(officer_client, young):
    # However it got there (a race, a bug, a hand edit of the database), a flagged answer is not the queue's to approve.
    answer = text_answer(young, DISCLOSURE)
    db.session.execute(Answer.__table__.update().values(state="pending"))
    db.session.commit()
    officer_client.post(f"/staff/moderation/answers/{answer.id}/approve", headers={"HX-Request": "true"})
    young.answer(1, "3")
    scale = db.session.execute(select(Answer).where(Answer.scale.is_not(None))).scalar_one()
    db.session.execute(Answer.__table__.update().where(Answer.id == scale.id).values(disclosure=True))
    db.session.commit()
    officer_client.post("/staff/moderation/bulk-approve", data={"answer_ids": [str(scale.id)]})
    db.session.expire_all()
    assert {a.state for a in db.session.execute(select(Answer)).scalars()} == {"pending"}


def test_edit_then_approve_keeps_the_edit(officer_client, young):
    answer = text_answer(young, "the food is rubish and i want more pocket money")
    officer_client.post(f"/staff/moderation/answers/{answer.id}/approve", data={"text": "the food is rubbish and i want more pocket money"})
    db.session.expire_all()
    answer = db.session.get(Answer, answer.id)
    assert (answer.state, answer.text) == ("approved", "the food is rubbish and i want more pocket money")


def test_reject_needs_a_known_reason(officer_client, young):
    answer = text_answer(young, "lol lol lol")
    officer_client.post(f"/staff/moderation/answers/{answer.id}/reject", data={"reason": "made-up"})
    db.session.expire_all()
    assert db.session.get(Answer, answer.id).state == "pending"
    officer_client.post(f"/staff/moderation/answers/{answer.id}/reject", data={"reason": "off-topic"})
    db.session.expire_all()
    rejected = db.session.get(Answer, answer.id)
    assert (rejected.state, rejected.reject_reason, rejected.raw_text) == ("rejected", "off-topic", None)


def test_escalate_sends_an_answer_to_safeguarding(officer_client, young):
    answer = text_answer(young, "things at home are a bit much lately")
    officer_client.post(f"/staff/moderation/answers/{answer.id}/escalate", data={"note": "worried"})
    db.session.expire_all()
    assert db.session.get(Answer, answer.id).state == "held"
    alert = db.session.execute(select(Alert)).scalar_one()
    assert alert.source == "moderator" and alert.text == "things at home are a bit much lately"


def test_bulk_approve_takes_only_clean_scale_and_choice_answers(officer_client, young, open_session):
    young.answer(1, "4")
    young.answer(2, "Red")
    text = text_answer(young, "some words")
    ids = [a.id for a in db.session.execute(select(Answer)).scalars()]
    officer_client.post("/staff/moderation/bulk-approve", data={"answer_ids": [str(i) for i in ids], "session": str(open_session.id)})
    db.session.expire_all()
    states = {a.id: a.state for a in db.session.execute(select(Answer)).scalars()}
    assert states[text.id] == "pending"
    assert sorted(s for i, s in states.items() if i != text.id) == ["approved", "approved"]


def test_only_the_sessions_officers_moderate_it(app, make_staff, young, open_session):
    answer = text_answer(young, WITH_NAME)
    other = app.test_client()
    sign_in(other, make_staff("officer"))  # same council, not running this session
    assert other.get(f"/staff/moderation/answers/{answer.id}/raw").status_code == 404
    assert other.post(f"/staff/moderation/answers/{answer.id}/approve").status_code == 404
    assert "barry" not in other.get("/staff/moderation").text


@pytest.mark.parametrize("role", ["scrutiny", "safeguarding"])
def test_raw_text_is_never_on_a_page_a_non_moderator_can_open(app, make_staff, young, open_session, role):
    text_answer(young, WITH_NAME)
    c = app.test_client()
    sign_in(c, make_staff(role))
    for url in ["/staff/", "/staff/moderation", f"/staff/sessions/{open_session.id}", "/staff/alerts"]:
        r = c.get(url)
        assert "barry" not in r.text and "07700" not in r.text, url


def test_new_answers_arriving_are_announced_while_moderating(officer_client, young, open_session):
    frag = soup(officer_client.get(f"/staff/moderation/new?after=0&session={open_session.id}", headers={"HX-Request": "true"}))
    assert frag.select_one("#new-answers")["hx-trigger"] == "every 5s"
    assert frag.select_one("[role=status]") is None
    young.answer(1, "3")
    frag = soup(officer_client.get(f"/staff/moderation/new?after=0&session={open_session.id}", headers={"HX-Request": "true"}))
    assert "1 new answer arrived" in frag.select_one("[role=status]").get_text(" ", strip=True)


def test_the_audit_log_cannot_be_changed_or_deleted(officer_client, young):
    event = db.session.execute(select(AuditEvent)).scalars().first()
    event.action = "forged"
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.commit()
    db.session.rollback()
    with pytest.raises(AuditLogIsAppendOnly):
        db.session.delete(db.session.execute(select(AuditEvent)).scalars().first())
        db.session.commit()
    db.session.rollback()


def test_the_admin_reads_and_filters_the_audit_log_but_no_route_changes_it(app, make_staff, officer_client, young):
    admin = app.test_client()
    sign_in(admin, make_staff("admin"))
    page = soup(admin.get("/staff/admin/audit?action=session-opened"))
    actions = {row.select("td")[2]["data-action"] for row in page.select("tbody tr")}
    assert actions == {"session-opened"}
    assert {row.select("td")[2].get_text(strip=True) for row in page.select("tbody tr")} == {"Opened a session"}
    audit_routes = [r for r in app.url_map.iter_rules() if "audit" in r.rule]
    assert all(r.methods <= {"GET", "HEAD", "OPTIONS"} for r in audit_routes)


def test_retention_purge_deletes_old_exact_words_only(app, runner, young):

    old = text_answer(young, WITH_NAME)
    old.answered_on = uk_today() - timedelta(days=31)
    db.session.commit()
    y2 = Young(app.test_client(), young.code)
    y2.join()
    fresh = text_answer(y2, "my pa is called sarah")
    result = runner.invoke(args=["retention", "purge"])
    assert "1 answer" in result.output
    db.session.expire_all()
    assert db.session.get(Answer, old.id).raw_text is None
    assert db.session.get(Answer, fresh.id).raw_text == "my pa is called sarah"


def test_screen_cli_writes_the_agreed_columns(runner, tmp_path):

    src = tmp_path / "in.csv"
    src.write_text('id,text\n1,"my sw is barry"\n2,"i want to kill myself"\n3,"the food is good"\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    result = runner.invoke(args=["screen", str(src), str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0].keys()) == ["id", "redacted_text", "pii_kinds", "disclosure", "categories", "language", "screened"]
    assert rows[0]["redacted_text"] == "my sw is [name]" and rows[0]["pii_kinds"] == "name"
    assert rows[1]["disclosure"] == "1" and "self-harm-suicide" in rows[1]["categories"].split(";")
    assert rows[2]["disclosure"] == "0" and rows[2]["pii_kinds"] == ""


def test_a_script_submitting_fast_is_slowed_with_its_words_kept(open_session):

    app = make_app(RATELIMIT_ENABLED=True)
    with app.app_context():
        limiter.reset()
        y = Young(app.test_client(), open_session.join_code)
        y.join()
        # Without JavaScript a refused answer comes back at the question's own address (views.DRAFT_KEY).
        went = [y.answer(4, f"spam {i}").location.rsplit("/", 1)[-1] for i in range(45)]
        assert went[:40] == ["thanks"] * 40
        assert went[-1] == "4"
        last = y.sent_back(y.answer(4, "keep these words"), 4)
        assert "going very fast" in last.text
        assert soup(last).select_one("#answer").get_text() == "keep these words"
        # The line names the button on the page: Finish on question 4, the last; Next on an earlier one.
        for page, button, other in ((last, "Finish", "Next"), (y.sent_back(y.answer(3, ["Red"]), 3), "Next", "Finish")):
            assert soup(page).select_one("button[name=action][value=next]").get_text(strip=True) == button
            notice = soup(page).select_one(".py-notice").get_text(" ", strip=True)
            assert notice == f"You are going very fast. Wait a few seconds, then tap {button} again. Your answer is still here."
            assert other not in notice
