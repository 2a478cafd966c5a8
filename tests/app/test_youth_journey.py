"""A young person joins and answers, through the test client."""

from __future__ import annotations

import threading
from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import func, select

from participation.domain import sessions as services
from participation.domain import you_said_we_did
from participation.domain.answers import MAX_EDITS
from participation.domain.db import db
from participation.domain.models import Alert, Answer, AuditEvent, FormToken, Participant
from tests.conftest import Young, form_value


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def answers_count():
    return db.session.scalar(select(func.count(Answer.id)))


def test_join_accepts_code_in_any_case_with_spaces(client, open_session):
    code = open_session.join_code
    typed = f" {code[:3].lower()} {code[3:].lower()} "
    r = client.post("/join", data={"code": typed})
    assert r.status_code == 303
    assert r.location.endswith(f"/j/{code}")


def test_typing_the_code_on_a_shared_phone_starts_afresh_and_keeps_what_was_saved(young, open_session):
    young.answer(2, "the first person's words")
    saved = answers_count()
    # Someone else picks up the same phone and types the code: a new visit, nothing of the first one's.
    r = young.client.post("/join", data={"code": open_session.join_code})
    assert r.status_code == 303
    assert young.client.get(f"/j/{open_session.join_code}/q/2").status_code in (302, 303)  # no visit: back to the welcome
    young.join()
    assert "the first person" not in young.page(2).text
    assert answers_count() == saved  # what the first person saved is kept


def test_the_code_typed_on_join_reaches_what_changed_in_one_tap(client, open_session):
    # The thanks card says: go to /join and type the code. That lands on the welcome, which links to it.
    code = open_session.join_code
    welcome = client.post("/join", data={"code": code.lower()}, follow_redirects=True)
    link = soup(welcome).select_one(f"#card a[href='/j/{code}/updates']")
    assert link is not None and link.get_text(strip=True) == "See what changed"
    # Below Start, so Start stays the first thing to tap.
    html = welcome.text
    assert html.index("py-start") < html.index(f"/j/{code}/updates")
    assert client.get(link["href"]).status_code == 200


def test_unknown_code_is_refused_kindly_and_kept_in_the_box(client, open_session):
    r = client.post("/join", data={"code": "zzzzzz"})
    assert r.status_code == 422
    page = soup(r)
    assert page.select_one(".govuk-error-summary") is not None
    assert "could not find that code" in page.select_one("#code-error").get_text()
    assert page.select_one("#code")["value"] == "zzzzzz"


def test_welcome_says_anonymous_skip_and_that_an_adult_must_act(client, open_session):
    page = soup(client.get(f"/j/{open_session.join_code}"))
    text = page.select_one(".py-promises").get_text(" ", strip=True)
    assert "never ask your name" in text
    assert "Skip any question" in text
    assert "Stop any time" in text
    assert "adults here are told, not who you are" in page.select_one(".py-promises__safe").get_text().lower()
    assert "council" in text


def test_each_prompt_is_one_screen_with_progress_back_and_skip(young):
    page = soup(young.page(2))
    assert page.select_one(".py-progress").get_text(" ", strip=True) == "Question 2 of 4"
    buttons = {b["value"]: b.get_text(strip=True) for b in page.select("form button[name=action]")}
    assert buttons == {"next": "Next", "back": "Back", "skip": "Skip this question"}
    assert page.select_one("h1").get_text(strip=True) == "A single question?"


def test_scale_faces_are_each_labelled_in_words(young):
    labels = [lab.get_text(" ", strip=True) for lab in soup(young.page(1)).select(".py-scale .govuk-radios__label")]
    assert labels == ["Really good", "Good", "OK", "Bad", "Really bad"]


def test_free_text_shows_its_limit_before_it_is_reached(young):
    page = soup(young.page(4))
    assert page.select_one("#answer")["dir"] == "auto"
    assert page.select_one(".govuk-character-count")["data-maxlength"] == "200"
    assert "up to 200 letters" in page.select_one(".govuk-character-count__message").get_text()


def test_answers_are_saved_as_the_young_person_moves_on(young, open_session):
    assert young.answer(1, "4").status_code == 303
    assert young.answer(2, "Green").status_code == 303
    assert young.answer(3, ["Red", "Blue"]).status_code == 303
    r = young.answer(4, "my social worker keeps changing 😞")
    assert r.location.endswith(f"/j/{open_session.join_code}/thanks")
    rows = {a.prompt.kind: a for a in db.session.execute(select(Answer)).scalars()}
    assert rows["scale"].scale == 4
    assert rows["single"].choices == ["Green"]
    assert rows["multiple"].choices == ["Red", "Blue"]
    assert rows["text"].text == "my social worker keeps changing 😞"
    assert {a.state for a in rows.values()} == {"pending"}


def test_a_double_tap_stores_the_answer_once(young):
    page = young.page(4)
    first = young.answer(4, "same words twice", page=page)
    second = young.answer(4, "same words twice", page=page)
    assert first.status_code == second.status_code == 303
    assert first.location == second.location
    assert answers_count() == 1
    assert db.session.scalar(select(func.count(FormToken.token))) == 1


def test_a_replayed_old_form_does_not_overwrite_a_newer_answer(young):
    old_page = young.page(4)
    young.answer(4, "first words", page=old_page)
    young.answer(4, "changed my mind")  # a fresh form after coming back
    young.answer(4, "first words", page=old_page)  # the network retries the old request
    assert db.session.execute(select(Answer.text)).scalar_one() == "changed my mind"


def test_coming_back_shows_the_earlier_answer_and_lets_it_change(young):
    young.answer(1, "2")
    young.answer(4, "not great")
    page = soup(young.page(1))
    assert page.select_one("input[name=answer][value='2']").has_attr("checked")
    assert soup(young.page(4)).select_one("#answer").get_text() == "not great"
    young.answer(1, "5")
    assert db.session.execute(select(Answer.scale).where(Answer.scale.is_not(None))).scalar_one() == 5
    assert answers_count() == 2


def test_back_saves_what_is_on_the_screen(young, open_session):
    r = young.answer(2, "Blue", action="back")
    assert r.location.endswith(f"/j/{open_session.join_code}/q/1")
    assert db.session.execute(select(Answer.choices)).scalar_one() == ["Blue"]


def test_skip_moves_on_without_storing(young, open_session):
    r = young.answer(1, None, action="skip")
    assert r.location.endswith(f"/j/{open_session.join_code}/q/2")
    assert answers_count() == 0


def test_text_over_the_limit_is_refused_with_the_words_kept(young):
    long_text = "a" * 201
    r = young.sent_back(young.answer(4, long_text), 4)
    page = soup(r)
    # How many to take out, in the counter's words (JavaScript off is told as much as on).
    assert "You have 1 letter too many. Make it a bit shorter." in page.select_one(".govuk-error-summary").get_text()
    assert "You have 1 letter too many." in page.select_one(".govuk-error-message").get_text()
    assert page.select_one("#answer").get_text() == long_text
    assert answers_count() == 0


def test_spaces_at_the_ends_of_the_words_are_not_counted_as_the_counter_does_not_count_them(young):
    # One rule for the box, the error and the counter (app.js): the spaces at either end are not kept.
    r = young.sent_back(young.answer(4, " " + "a" * 263 + " "), 4)
    assert "You have 63 letters too many." in soup(r).select_one(".govuk-error-message").get_text()
    assert young.answer(4, "a" * 200 + " \r\n ").status_code == 303
    assert db.session.scalar(select(Answer.text).where(Answer.text.is_not(None))) == "a" * 200


def test_an_expired_form_token_shows_the_page_again_with_the_words(young):
    r = young.sent_back(young.client.post(f"/j/{young.code}/q/4", data={"form_token": "tampered", "answer": "keep me", "action": "next"}), 4)
    page = soup(r)
    assert page.select_one("#answer").get_text() == "keep me"
    assert "tap Finish again" in page.select_one(".py-notice").get_text()  # question 4, the last: Finish
    retry = young.client.post(
        f"/j/{young.code}/q/4", data={"form_token": form_value(r.text, "form_token"), "answer": "keep me", "action": "next"}
    )
    assert retry.status_code == 303
    assert answers_count() == 1


@pytest.mark.parametrize("n, value, button, other", [(3, ["Red"], "Next", "Finish"), (4, "keep me", "Finish", "Next")])
def test_the_line_after_a_page_open_too_long_names_the_button_on_the_page(young, n, value, button, other):
    # Question 4 of 4 has Finish, not Next: "tap Next again" would name a button not on the page.
    data = {"form_token": "tampered", "answer": value, "action": "next"}
    page = soup(young.sent_back(young.client.post(f"/j/{young.code}/q/{n}", data=data), n))
    assert page.select_one("button[name=action][value=next]").get_text(strip=True) == button
    notice = page.select_one(".py-notice").get_text(" ", strip=True)
    assert notice == f"This page was open for a long time. Your answer is still here: tap {button} again."
    assert other not in notice


def test_the_line_after_a_page_open_too_long_names_finish_in_its_own_word(young):
    young.client.get("/join?lang=cy")
    data = {"form_token": "tampered", "answer": "keep me", "action": "next"}
    page = soup(young.sent_back(young.client.post(f"/j/{young.code}/q/4", data=data), 4))
    button = page.select_one("button[name=action][value=next]").get_text(strip=True)
    notice = page.select_one(".py-notice").get_text()
    assert button == "Gorffen" and f"tapia {button} eto" in notice and "Nesaf" not in notice


def test_a_choice_not_offered_is_refused(young):
    r = young.sent_back(young.answer(2, "Purple"), 2)
    assert soup(r).select_one(".govuk-error-summary") is not None
    assert answers_count() == 0


def test_words_in_any_script_survive(young):
    words = "أريد مترجم في المراجعة 🙏 ok"
    young.answer(4, words)
    assert db.session.execute(select(Answer.text)).scalar_one() == words


def test_words_in_angle_brackets_are_kept_as_typed_and_control_characters_removed(young):
    young.answer(4, "<b>hi</b>\x00 there <script>alert(1)</script> 5 > 3")
    assert db.session.execute(select(Answer.text)).scalar_one() == "<b>hi</b> there <script>alert(1)</script> 5 > 3"


@pytest.mark.parametrize("typed", [
    "im ok <but my stepdad hits me every night>",
    "<i want to kill myself>",
    "fine i guess <!-- my stepdad hits me every night",
])
def test_a_disclosure_inside_angle_brackets_or_after_a_comment_mark_is_screened_and_kept(young, typed):
    # Read as HTML, these words were deleted before the screen saw them: no alert, and nothing kept.
    young.answer(4, typed)
    answer = db.session.execute(select(Answer)).scalar_one()
    assert answer.raw_text == typed
    assert answer.disclosure


def test_nothing_about_the_device_or_time_is_stored():
    columns = {c.name for c in Answer.__table__.columns} | {c.name for c in Participant.__table__.columns}
    for forbidden in ("ip", "ip_address", "user_agent", "device", "created_at", "timestamp"):
        assert forbidden not in columns
    assert str(Answer.__table__.c.answered_on.type) == "DATE"


def test_htmx_next_returns_only_the_card(young):
    r = young.client.get(f"/j/{young.code}/q/2", headers={"HX-Request": "true"})
    page = soup(r)
    assert page.select_one("html") is None
    assert page.select_one("#card") is not None
    assert "HX-Request" in r.headers["Vary"]
    restore = young.client.get(
        f"/j/{young.code}/q/2", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )
    assert soup(restore).select_one("html") is not None


HX = {"HX-Request": "true"}


def test_htmx_next_saves_and_brings_the_next_question_in_one_response(young, open_session):
    r = young.client.post(
        f"/j/{young.code}/q/1", headers=HX, data={"form_token": form_value(young.page(1).text, "form_token"), "answer": "4"}
    )
    assert r.status_code == 200
    assert r.headers["HX-Push-Url"] == f"/j/{young.code}/q/2"
    card = soup(r)
    assert card.select_one("html") is None
    assert card.select_one(".py-progress").get_text(" ", strip=True) == "Question 2 of 4"
    assert card.select_one("form")["data-hx-post"] == f"/j/{young.code}/q/2"
    assert card.select_one("form")["action"] == f"/j/{young.code}/q/2/answer"  # without JavaScript
    assert db.session.execute(select(Answer.scale)).scalar_one() == 4
    # The card it brings is a working form: answering it with its own token stores the next answer.
    second = young.client.post(
        f"/j/{young.code}/q/2", headers=HX, data={"form_token": form_value(r.text, "form_token"), "answer": "Green"}
    )
    assert second.headers["HX-Push-Url"] == f"/j/{young.code}/q/3"
    assert answers_count() == 2


def test_htmx_double_tap_stores_once_and_both_taps_see_the_next_question(young):
    page = young.page(1)
    data = {"form_token": form_value(page.text, "form_token"), "answer": "3"}
    first = young.client.post(f"/j/{young.code}/q/1", headers=HX, data=data)
    second = young.client.post(f"/j/{young.code}/q/1", headers=HX, data=data)
    assert first.headers["HX-Push-Url"] == second.headers["HX-Push-Url"] == f"/j/{young.code}/q/2"
    assert answers_count() == 1
    assert db.session.scalar(select(func.count(FormToken.token))) == 1


def test_htmx_back_brings_the_earlier_question_with_its_answer_filled_in(young):
    young.answer(1, "2")
    page = young.page(2)
    r = young.client.post(
        f"/j/{young.code}/q/2", headers=HX,
        data={"form_token": form_value(page.text, "form_token"), "answer": "Blue", "action": "back"},
    )
    assert r.headers["HX-Push-Url"] == f"/j/{young.code}/q/1"
    assert soup(r).select_one("input[name=answer][value='2']").has_attr("checked")
    assert answers_count() == 2


def test_htmx_last_answer_goes_to_the_thank_you_page(young):
    r = young.client.post(
        f"/j/{young.code}/q/4", headers=HX, data={"form_token": form_value(young.page(4).text, "form_token"), "answer": "ok"}
    )
    assert r.status_code == 303
    assert r.location.endswith(f"/j/{young.code}/thanks")


def test_thank_you_says_the_answers_are_saved_only_when_there_are_some(young):
    young.answer(1, "4")
    panel = soup(young.client.get(f"/j/{young.code}/thanks")).select_one(".py-thanks__body")
    assert panel.get_text(strip=True) == "Your answers are saved"


def test_the_thank_you_page_loaded_again_says_the_same_as_the_first_time(young, open_session):
    # The visit is forgotten on this phone once the page is shown, but the count it answered is kept,
    # so a reload never changes "Your answers are saved" into "Anything you answered is saved".
    young.answer(1, "4")
    thanks = f"/j/{young.code}/thanks"
    first = soup(young.client.get(thanks)).select_one(".py-thanks__body").get_text(strip=True)
    again = soup(young.client.get(thanks))
    assert first == again.select_one(".py-thanks__body").get_text(strip=True) == "Your answers are saved"
    assert "read your answers" in again.select_one("main").get_text(" ", strip=True)
    # A visit that answered nothing says so again too.
    other = Young(young.client.application.test_client(), open_session.join_code)
    other.join()
    other.client.get(thanks)
    assert soup(other.client.get(thanks)).select_one(".py-thanks__body").get_text(strip=True) == (
        "You did not answer any questions. That is OK.")
    # A new visit on the same phone starts with nothing kept from the last one's count.
    young.join()
    with young.client.session_transaction() as cookie:
        assert str(open_session.id) not in cookie.get("finished", {})


def test_thank_you_after_skipping_everything_does_not_claim_anything_was_saved(young):
    page = soup(young.client.get(f"/j/{young.code}/thanks"))
    assert page.select_one(".py-thanks__body").get_text(strip=True) == "You did not answer any questions. That is OK."
    assert "read your answers" not in page.select_one("main").get_text(" ", strip=True)


def test_thank_you_gives_help_numbers_as_links(young):
    page = soup(young.client.get(f"/j/{young.code}/thanks"))
    links = {a["href"] for a in page.select(".py-support a")}
    assert {"tel:08001111", "tel:116123", "tel:999"} <= links
    assert any(h.startswith("sms:85258") for h in links)
    assert page.select_one(f"a[href='/j/{young.code}/updates']") is not None


def test_closed_session_says_kindly_that_it_has_ended(client, make_session):
    closed = make_session(state="closed")
    page = soup(client.get(f"/j/{closed.join_code}"))
    assert page.select_one("h1").get_text(strip=True) == "These questions are closed"
    assert client.post(f"/j/{closed.join_code}/start").status_code == 200
    assert db.session.scalar(select(func.count(Participant.id))) == 0


def test_draft_session_says_it_has_not_started(client, make_session):
    draft = make_session(state="draft")
    assert soup(client.get(f"/j/{draft.join_code}")).select_one("h1").get_text(strip=True) == "These questions are not open yet"


def test_an_answer_on_screen_when_the_session_closes_is_still_saved(app, young, officer, open_session):

    page = young.page(4)
    services.close_session(officer, open_session)
    assert young.answer(4, "was typing when it closed", page=page).status_code == 303
    assert answers_count() == 1


def test_a_question_without_joining_goes_to_the_welcome(client, open_session):
    r = client.get(f"/j/{open_session.join_code}/q/1")
    assert r.status_code == 303
    assert r.location.endswith(f"/j/{open_session.join_code}")


def test_two_young_people_are_counted_apart(app, open_session):
    a, b = Young(app.test_client(), open_session.join_code), Young(app.test_client(), open_session.join_code)
    a.join()
    b.join()
    a.answer(1, "3")
    b.answer(1, "4")
    assert db.session.scalar(select(func.count(func.distinct(Answer.participant_id)))) == 2


def test_skip_with_words_typed_asks_first_and_keeps_them(young, open_session):
    r = young.sent_back(young.client.post(f"/j/{young.code}/q/4", data={"form_token": form_value(young.page(4).text, "form_token"), "answer": "half written", "action": "skip"}), 4)
    page = soup(r)
    assert page.select_one("#answer").get_text() == "half written"
    assert "Skip again" in page.select_one(".py-notice").get_text()
    again = young.client.post(f"/j/{young.code}/q/4", data={"form_token": form_value(r.text, "form_token"), "answer": "half written", "action": "skip", "confirm_skip": "1"})
    assert again.status_code == 303 and again.location.endswith(f"/j/{young.code}/thanks")
    assert answers_count() == 0


def test_a_closed_session_links_to_you_said_we_did_once_written(client, officer, make_session):

    closed = make_session(state="closed")
    assert soup(client.get(f"/j/{closed.join_code}")).select_one(f"a[href='/j/{closed.join_code}/updates']") is None
    you_said_we_did.save(officer, closed, "You said the bus was late.", "We changed the time.", "")
    # A page already open when it closed (the welcome's Start button) says it is closed, with the way there.
    link = soup(client.post(f"/j/{closed.join_code}/start")).select_one(f"a[href='/j/{closed.join_code}/updates']")
    assert "See what changed" in link.get_text()


def test_a_closed_sessions_code_opens_you_said_we_did_straight_away_once_written(client, officer, make_session, open_session):
    # The pack tells councillors the code of a closed session opens only this page: typed on Join, no tap on the way.
    closed = make_session(state="closed")
    you_said_we_did.save(officer, closed, "You said the bus was late.", "We changed the time.", "")
    r = client.post("/join", data={"code": closed.join_code}, follow_redirects=True)
    assert r.request.path == f"/j/{closed.join_code}/updates"
    page = soup(r)
    assert "We changed the time." in page.select_one("main").get_text(" ")
    assert page.select_one("a.govuk-back-link")["href"] == "/join"  # and back to type a different code
    r = client.get(f"/j/{closed.join_code}")
    assert r.status_code == 303 and r.location.endswith(f"/j/{closed.join_code}/updates")
    # While the questions are open, the code still opens them, written or not.
    you_said_we_did.save(officer, open_session, "You said the bus was late.", "We changed the time.", "")
    r = client.post("/join", data={"code": open_session.join_code}, follow_redirects=True)
    assert r.request.path == f"/j/{open_session.join_code}" and soup(r).select_one(".py-start") is not None


def test_a_none_of_these_choice_goes_on_its_own(app, officer, make_session):

    s = make_session(state="draft", prompts=())
    services.add_prompt(officer, s, "multiple", "What is hard?", "", ["Bills", "Food", "Nothing right now"], "money", None)
    services.open_session(officer, s)
    y = Young(app.test_client(), s.join_code)
    y.join()
    page = soup(y.page(1))
    assert page.select_one(".govuk-checkboxes__divider").get_text(strip=True) == "or"
    r = y.sent_back(y.answer(1, ["Bills", "Nothing right now"]), 1)
    assert "not both" in soup(r).select_one(".govuk-error-summary").get_text()
    assert y.answer(1, ["Nothing right now"]).status_code == 303


# ---- found by an attack review: races, finished visits, withdrawing, odd bodies ----------------

DISCLOSURE = "my stepdad hits me when mum is out and i dont feel safe at home"
BENIGN = "i like my flat but it is cold"


def _phone_like(app, young):
    """Another test client holding the same cookie: the same phone sending a second request at once."""
    other = app.test_client()
    other.set_cookie("participation", young.client.get_cookie("participation").value)
    return other


def test_two_changes_sent_at_once_never_take_an_answer_out_of_safeguarding(app, young):


    young.answer(4, BENIGN)
    for _ in range(12):
        db.session.execute(Answer.__table__.update().values(state="approved", raw_text=None))
        db.session.commit()
        twin = _phone_like(app, young)
        forms = [young.page(4).text, twin.get(f"/j/{young.code}/q/4").text]
        start = threading.Barrier(2)

        def send(client, page, words, start=start):
            start.wait()
            client.post(f"/j/{young.code}/q/4", headers=HX, data={"form_token": form_value(page, "form_token"), "answer": words})

        threads = [threading.Thread(target=send, args=args) for args in
                   ((young.client, forms[0], DISCLOSURE), (twin, forms[1], BENIGN))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        db.session.expire_all()
        answer = db.session.execute(select(Answer)).scalar_one()
        assert answer.disclosure and answer.state == "held", (answer.state, answer.text, answer.raw_text)
        assert db.session.scalar(select(func.count(Alert.id))) == 1
        db.session.execute(Answer.__table__.update().values(disclosure=False))
        db.session.execute(Alert.__table__.delete())
        db.session.commit()


def test_a_disclosure_gets_through_even_after_too_many_changes(young):

    young.answer(4, BENIGN)
    db.session.execute(Answer.__table__.update().values(edits=MAX_EDITS))
    db.session.commit()
    young.answer(4, "something else now")
    db.session.expire_all()
    assert db.session.execute(select(Answer)).scalar_one().text == BENIGN  # a script gets no further
    young.answer(4, DISCLOSURE)
    db.session.expire_all()
    answer = db.session.execute(select(Answer)).scalar_one()
    assert answer.state == "held" and answer.text == DISCLOSURE


def test_a_finished_visit_cannot_be_reopened_with_a_copy_of_its_cookie(app, young):
    young.answer(4, "my secret words 4471")
    copy = _phone_like(app, young)
    young.client.get(f"/j/{young.code}/thanks")
    r = copy.get(f"/j/{young.code}/q/4")
    assert r.status_code == 303 and r.location.endswith(f"/j/{young.code}")
    assert "my secret words" not in copy.get(f"/j/{young.code}/q/4", follow_redirects=True).text


def test_skipping_a_question_answered_before_takes_the_answer_back(young):
    young.answer(1, "4")
    page = young.page(1)
    data = {"form_token": form_value(page.text, "form_token"), "answer": "4", "action": "skip"}
    asked = young.sent_back(young.client.post(f"/j/{young.code}/q/1", data=data), 1)
    assert "Skip again to leave it out" in asked.text and answers_count() == 1
    r = young.client.post(f"/j/{young.code}/q/1", data={**data, "confirm_skip": "1"})
    assert r.status_code == 303 and answers_count() == 0
    assert db.session.execute(select(AuditEvent.action).where(AuditEvent.action == "answer-withdrawn")).scalar_one()


def test_skipping_never_takes_back_an_answer_held_for_safeguarding(young):
    young.answer(4, DISCLOSURE)
    page = young.page(4)
    young.client.post(f"/j/{young.code}/q/4", data={"form_token": form_value(page.text, "form_token"), "action": "skip"})
    assert db.session.execute(select(Answer.state)).scalar_one() == "held"


def test_a_file_sent_as_an_answer_is_refused_kindly(young):

    page = young.page(4)
    r = young.client.post(
        f"/j/{young.code}/q/4",
        data={"form_token": form_value(page.text, "form_token"), "action": "next", "answer": (BytesIO(b"x" * 50), "a.txt")},
        content_type="multipart/form-data",
    )
    assert young.sent_back(r, 4).status_code == 200 and answers_count() == 0


def test_a_choice_sent_twice_is_stored_once(young):
    young.answer(3, ["Red", "Red", "Blue", "Red"])
    assert db.session.execute(select(Answer.choices)).scalar_one() == ["Red", "Blue"]


def test_a_refused_answer_does_not_add_a_history_entry(young):
    r = young.client.post(
        f"/j/{young.code}/q/4", headers=HX, data={"form_token": form_value(young.page(4).text, "form_token"), "answer": "a" * 201}
    )
    assert r.status_code == 422 and r.headers["HX-Push-Url"] == "false"


def test_a_new_line_counts_as_one_letter(young):
    words = "line\r\n" * 40  # 240 characters as a browser sends them, 200 letters as typed (the limit)
    young.answer(4, words)
    assert db.session.execute(select(Answer.raw_text)).scalar_one() == ("line\n" * 40).strip()


def test_without_javascript_the_form_sends_to_its_own_address_and_works_the_same(young):
    # Not the question's address: a form sent to the page it is on takes that page's place in the
    # phone's history, and a dropped signal then lost the question and the words typed in it.
    page = soup(young.page(4))
    assert page.select_one("form[data-hx-post]")["action"] == f"/j/{young.code}/q/4/answer"
    data = {"form_token": form_value(young.page(4).text, "form_token"), "answer": ""}
    refused = young.sent_back(young.client.post(f"/j/{young.code}/q/4/answer", data=data), 4)
    assert soup(refused).select_one(".govuk-error-summary") is not None
    data["answer"] = "more time with my brother"
    sent = young.client.post(f"/j/{young.code}/q/4/answer", data=data)
    assert sent.status_code == 303 and sent.location.endswith(f"/j/{young.code}/thanks")
    assert db.session.execute(select(Answer.text)).scalar_one() == "more time with my brother"


def test_files_do_not_vary_by_cookie_so_a_phone_keeps_them_after_joining(young, officer_client):
    # A young person's phone, and a signed-in officer's laptop: both get one cached copy of each file.
    for client in (young.client, officer_client):
        r = client.get("/static/css/app.css")
        assert r.status_code == 200
        assert "Cookie" not in r.headers.get("Vary", ""), r.headers.get("Vary")


def test_skipping_words_that_may_say_they_are_not_safe_says_sending_them_brings_help(young):
    # Not sent yet, so nothing is raised; the line says plainly what sending does (Finish: question 4 is the last),
    # and a second Skip is their choice.
    page = young.page(4)
    data = {"form_token": form_value(page.text, "form_token"), "answer": DISCLOSURE, "action": "skip"}
    asked = young.sent_back(young.client.post(f"/j/{young.code}/q/4", data=data), 4)
    notice = BeautifulSoup(asked.text, "html.parser").get_text(" ", strip=True)
    assert "It sounds like something is not OK. Tap Finish to send it, and adults here are told so they can help." in notice
    assert DISCLOSURE in asked.text  # the words are still in the box
    assert answers_count() == 0 and db.session.execute(select(func.count(Alert.id))).scalar_one() == 0
    r = young.client.post(f"/j/{young.code}/q/4", data={**data, "confirm_skip": "1"})
    assert r.status_code == 303 and answers_count() == 0


def test_in_a_care_leavers_session_the_line_says_staff_will_come(young, open_session):
    open_session.audience = "care-leavers"
    db.session.commit()
    page = young.page(4)
    data = {"form_token": form_value(page.text, "form_token"), "answer": DISCLOSURE, "action": "skip"}
    asked = young.sent_back(young.client.post(f"/j/{young.code}/q/4", data=data), 4)
    assert "Tap Finish to send it, and staff here are told so they can help." in asked.text


@pytest.mark.parametrize("audience, words, line", [
    ("children-in-care", "more trips out please",
     "You wrote or chose something here. Tap {} to send it, or Skip again to leave it out."),
    ("children-in-care", DISCLOSURE,
     "It sounds like something is not OK. Tap {} to send it, and adults here are told so they can help. Or tap Skip again to leave it out."),
    ("care-leavers", DISCLOSURE,
     "It sounds like something is not OK. Tap {} to send it, and staff here are told so they can help. Or tap Skip again to leave it out."),
])
def test_the_line_before_skipping_names_the_button_on_the_page(app, make_session, audience, words, line):
    # The last question's button says Finish, not Next: a line that names a button not on the page leaves them stuck.
    session_obj = make_session(prompts=("text", "text"))
    young = Young(app.test_client(), session_obj.join_code)
    young.join()
    session_obj.audience = audience
    db.session.commit()
    for n, button, other in ((1, "Next", "Finish"), (2, "Finish", "Next")):
        page = soup(young.sent_back(young.answer(n, words, action="skip"), n))
        assert page.select_one("button[name=action][value=next]").get_text(strip=True) == button
        notice = page.select_one(".py-notice").get_text(" ", strip=True)
        assert notice == line.format(button) and f"Tap {other}" not in notice


def test_skipping_ordinary_words_asks_as_before(young):
    page = young.page(4)
    data = {"form_token": form_value(page.text, "form_token"), "answer": "more trips out please", "action": "skip"}
    asked = young.sent_back(young.client.post(f"/j/{young.code}/q/4", data=data), 4)
    assert "You wrote or chose something here." in asked.text and "not OK" not in asked.text
