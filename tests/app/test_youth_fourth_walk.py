"""What the three young people found on their fourth walk: "Talk to someone" could not be taken back, a shared
phone showed the last person's answers, the Stop page did not say the phone can be cleared, the help page had
no way back, and Listen had nothing to read back from a box."""

from __future__ import annotations

from bs4 import BeautifulSoup
from sqlalchemy import func, select

from participation.domain.db import db
from participation.domain.models import Alert, Answer, AuditEvent, Participant
from participation.pure.readability import grade
from participation.web.youth.views import RESUME_AFTER, SEEN_KEY
from tests.app.test_youth_pages import page_words
from tests.conftest import Young


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def _hidden(form) -> dict:
    return {i["name"]: i["value"] for i in form.select("input[type=hidden]")}


def _ask_to_talk(young, n=2):
    form = soup(young.page(n)).select_one(f"form[action='/j/{young.code}/q/{n}/talk']")
    sent = young.client.post(form["action"], data=_hidden(form))
    assert sent.status_code == 303
    return young.client.get(sent.location)


def _the_alert() -> Alert:
    db.session.expire_all()
    return db.session.execute(select(Alert)).scalar_one()


# ---- 1. "Talk to someone": raised at once, with an Undo that marks it and never takes it away ------------


def test_talk_raises_the_alert_at_once_and_offers_undo_for_a_mistake(young):
    page = soup(_ask_to_talk(young))
    assert page.select_one("h1").get_text(strip=True) == "We have told the adults running today"
    undo = page.select_one(f"form[action='/j/{young.code}/q/2/talk/undo']")
    assert undo is not None and _hidden(undo).get("stay") == "1"
    assert (
        undo.select_one("p").get_text(strip=True)
        == "Tapped this by mistake? That is OK. Tell an adult, or tap Undo."
    )
    assert undo.select_one("button").get_text(strip=True) == "Undo"
    alert = _the_alert()
    assert alert.is_open and alert.wants_to_talk and alert.talk_undone_at is None


def test_undo_marks_the_request_and_the_alert_stays_open_for_the_safeguarding_lead(young):
    page = soup(_ask_to_talk(young))
    undo = page.select_one(f"form[action='/j/{young.code}/q/2/talk/undo']")
    sent = young.client.post(undo["action"], data=_hidden(undo))
    assert sent.status_code == 303 and sent.location == f"/j/{young.code}/q/2/talk?stay=1"
    alert = _the_alert()
    # Never deleted, never closed, still a request to talk with its number: only marked.
    assert db.session.scalar(select(func.count()).select_from(Alert)) == 1
    assert alert.is_open and alert.wants_to_talk and alert.talk_code and alert.talk_undone_at is not None
    actions = (
        db.session.execute(select(AuditEvent.action).where(AuditEvent.subject_id == alert.id)).scalars().all()
    )
    assert "young-person-tapped-undo" in actions

    after = soup(young.client.get(sent.location))
    assert after.select_one("h1").get_text(strip=True) == "You tapped Undo"
    assert after.select_one(".govuk-body-l").get_text(strip=True) == (
        "That is OK. The adults running today will see that you tapped Undo."
    )
    # A way to ask again, and to carry on with the question they were on.
    again = after.select_one(f"form[action='/j/{young.code}/q/2/talk']")
    assert again is not None and _hidden(again).get("stay") == "1"
    assert next(a for a in after.select("a.govuk-button") if a.get_text(strip=True) == "Carry on answering")[
        "href"
    ] == (f"/j/{young.code}/q/2")
    assert after.select_one(f"form[action='/j/{young.code}/q/2/talk/undo']") is None


def test_asking_again_after_undo_makes_the_request_real_again(young):
    page = soup(_ask_to_talk(young))
    undo = page.select_one(f"form[action='/j/{young.code}/q/2/talk/undo']")
    young.client.post(undo["action"], data=_hidden(undo))
    code = _the_alert().talk_code
    page = soup(_ask_to_talk(young))
    assert page.select_one(".py-talk-code").get_text(strip=True) == code
    alert = _the_alert()
    assert alert.talk_undone_at is None and alert.wants_to_talk


def test_staff_see_that_the_young_person_tapped_undo(young, officer_client):
    page = soup(_ask_to_talk(young))
    undo = page.select_one(f"form[action='/j/{young.code}/q/2/talk/undo']")
    young.client.post(undo["action"], data=_hidden(undo))
    alert = _the_alert()
    one = soup(officer_client.get(f"/staff/alerts/{alert.id}"))
    assert one.select_one(".py-talk-undone strong").get_text(strip=True) == "Young person tapped Undo"
    assert "The alert stays open" in one.select_one(".py-talk-undone").get_text()
    rows = soup(officer_client.get("/staff/alerts")).select(f"tr[data-alert='{alert.id}'] td")
    assert rows[4].get_text(strip=True) == f"Yes, number {alert.talk_code} (young person tapped Undo)"
    banner = soup(officer_client.get("/staff/alerts/banner", headers={"HX-Request": "true"})).select_one(
        ".py-alert-banner__talk"
    )
    assert banner.get_text(strip=True) == f"Asked to talk today: number {alert.talk_code} (tapped Undo)"


# ---- 2. A shared phone: "Carry on where you left off?" after a gap; Start fresh; Clear on the Stop page ------


def _left_alone(young, seconds=RESUME_AFTER + 60):
    with young.client.session_transaction() as s:
        seen = dict(s[SEEN_KEY])
        for key, (at, n) in seen.items():
            seen[key] = [at - seconds, n]
        s[SEEN_KEY] = seen


def test_a_visit_picked_up_soon_goes_straight_on(young):
    young.answer(1, "3")
    page = young.page(2)
    assert (
        page.status_code == 200
        and soup(page).select_one("legend h1").get_text(strip=True) == "A single question?"
    )


def test_a_visit_left_alone_asks_first_and_shows_no_answers(young):
    young.answer(1, "3")
    young.page(2)
    _left_alone(young)
    r = young.page(1)
    assert r.status_code == 303 and r.location == f"/j/{young.code}/resume"
    page = soup(young.client.get(r.location))
    assert page.select_one("h1").get_text(strip=True) == "Carry on where you left off?"
    assert page.select_one("input[type=radio]") is None  # nobody's answers on it
    buttons = {
        b.get_text(strip=True): b["value"]
        for b in page.select(f"form[action='/j/{young.code}/resume'] button")
    }
    assert buttons == {"Carry on": "carry-on", "Start fresh": "fresh"}


def test_carry_on_goes_back_to_the_question_it_was_on(young):
    young.answer(1, "3")
    young.page(2)
    _left_alone(young)
    r = young.client.post(f"/j/{young.code}/resume", data={"action": "carry-on"})
    assert r.status_code == 303 and r.location == f"/j/{young.code}/q/2"
    assert young.page(2).status_code == 200
    assert young.page(1).status_code == 200  # and it does not ask again


def test_start_fresh_ends_the_visit_on_this_phone_and_keeps_its_answers(young):
    young.answer(1, "3")
    _left_alone(young)
    r = young.client.post(f"/j/{young.code}/resume", data={"action": "fresh"})
    assert r.status_code == 303 and r.location == f"/j/{young.code}"
    db.session.expire_all()
    assert db.session.execute(select(Participant.finished)).scalar_one() is True
    assert db.session.scalar(select(func.count()).select_from(Answer)) == 1  # still there for the officer
    # The earlier answers cannot be reached from this phone: a question sends to the welcome, which says Start.
    assert young.page(1).location == f"/j/{young.code}"
    welcome = soup(young.client.get(f"/j/{young.code}"))
    assert welcome.select_one("button.py-start").get_text(strip=True) == "Start"
    assert welcome.select_one("#card").has_attr("data-drafts-end")
    # The next person starts a visit of their own.
    young.join()
    assert db.session.scalar(select(func.count()).select_from(Participant)) == 2


def test_a_visit_whose_time_is_not_known_asks_first(young):
    with young.client.session_transaction() as s:
        s.pop(SEEN_KEY, None)
    assert young.page(1).location == f"/j/{young.code}/resume"


def test_sending_an_answer_after_a_gap_is_still_saved(young):
    page = young.page(4)
    _left_alone(young)
    r = young.answer(4, "my words, typed slowly", page=page)
    assert r.status_code == 303
    db.session.expire_all()
    assert db.session.execute(select(Answer.raw_text)).scalar_one() == "my words, typed slowly"


def test_the_stop_page_offers_to_clear_the_answers_from_this_phone(young):
    young.answer(1, "3")
    page = soup(young.client.get(f"/j/{young.code}/q/2/stop"))
    form = page.select_one(f"form[action='/j/{young.code}/clear']")
    assert (
        form.select_one("p").get_text(strip=True)
        == "Sharing this phone? You can clear your answers from it. We still keep them safe."
    )
    assert form.select_one("button").get_text(strip=True) == "Clear my answers from this phone"
    r = young.client.post(form["action"], data=_hidden(form))
    assert r.status_code == 303 and r.location == f"/j/{young.code}/thanks?stopped=1&cleared=1"
    thanks = soup(young.client.get(r.location))
    assert (
        thanks.select_one(".py-cleared").get_text(strip=True) == "Your answers are cleared from this phone."
    )
    assert thanks.select_one("#card").has_attr("data-drafts-end")
    with young.client.session_transaction() as s:
        assert not s.get("visits") and not s.get(SEEN_KEY)
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Answer)) == 1
    assert young.page(2).location == f"/j/{young.code}"


# ---- 7. The help page has a way back -----------------------------------------------------------------------


def test_help_goes_back_to_the_question_the_visit_was_on(young):
    young.page(3)
    back = soup(young.client.get(f"/help?code={young.code}")).select_one("a.py-help-back")
    assert back.get_text(strip=True) == "Back to my questions" and back["href"] == f"/j/{young.code}/q/3"


def test_help_without_a_visit_goes_back_to_the_start(app, open_session):
    someone = Young(app.test_client(), open_session.join_code)
    back = soup(someone.client.get(f"/help?code={open_session.join_code}")).select_one("a.py-help-back")
    assert (
        back.get_text(strip=True) == "Back to my questions" and back["href"] == f"/j/{open_session.join_code}"
    )
    back = soup(someone.client.get("/help")).select_one("a.py-help-back")
    assert back.get_text(strip=True) == "Back to the start" and back["href"] == "/join"


# ---- 6. Listen can read back the words in a box ------------------------------------------------------------


def test_a_question_with_a_box_carries_the_words_listen_says_before_them(young):
    form = soup(young.page(4)).select_one("form[data-draft]")
    assert form["data-listen-wrote"] == "You wrote:"
    assert not soup(young.page(1)).select_one("form[data-draft]").has_attr("data-listen-wrote")


def test_the_new_words_are_in_every_language(young):
    young.client.get(f"/j/{young.code}?lang=ti")
    page = soup(young.client.get(f"/help?code={young.code}"))
    assert page.select_one("a.py-help-back").get_text(strip=True) == "ናብ ሕቶታተይ ተመለስ"


def test_the_new_pages_read_at_grade_5_or_below(young):
    pages = {
        "resume": young.client.get(f"/j/{young.code}/resume"),
        "stop": young.client.get(f"/j/{young.code}/q/1/stop"),
    }
    pages["talk"] = _ask_to_talk(young)
    undo = soup(pages["talk"]).select_one(f"form[action='/j/{young.code}/q/2/talk/undo']")
    pages["undone"] = young.client.get(young.client.post(undo["action"], data=_hidden(undo)).location)
    pages["cleared"] = young.client.get(f"/j/{young.code}/thanks?stopped=1&cleared=1")
    for name, response in pages.items():
        assert response.status_code == 200, name
        assert grade(page_words(response)) <= 5, name
