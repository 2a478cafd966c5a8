"""Words the screen could not read, translated at the queue: the screen reads the English at once (a reviewer's
find: a disclosure in Tigrinya raised no alert until someone moderated it, and the queue had nowhere to say so)."""

from __future__ import annotations

from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Alert, Answer, AuditEvent
from tests.app.test_moderation import text_answer
from tests.conftest import Young

TIGRINYA = "ኣብ ገዛ ዘሎ ሰብኣይ ይወቕዓኒ ኣሎ"


def url(answer):
    return f"/staff/moderation/answers/{answer.id}/translation"


def test_the_card_of_words_the_screen_could_not_read_offers_a_translation_box(app, officer_client, young, open_session):
    unread = text_answer(young, TIGRINYA)
    other = Young(app.test_client(), open_session.join_code)
    other.join()
    english = text_answer(other, "we want more trips")
    page = BeautifulSoup(officer_client.get("/staff/moderation").text, "html.parser")
    assert not unread.screened and english.screened
    box = page.select_one(f"#answer-{unread.id} textarea[name=translation]")
    assert box is not None and box.find_parent("form")["action"].startswith(url(unread))
    assert "goes straight to the safeguarding lead" in page.select_one(f"#mod-translation-{unread.id}-hint").get_text()
    assert page.select_one(f"#answer-{english.id} textarea[name=translation]") is None  # English: the screen read it


def test_a_translation_that_reads_like_harm_sends_the_answer_to_the_safeguarding_lead_at_once(officer_client, young):
    answer = text_answer(young, TIGRINYA)
    r = officer_client.post(url(answer), data={"translation": "the man in the house hits me"}, headers={"HX-Request": "true"})
    assert r.status_code == 200 and "Sent to the safeguarding lead" in r.text
    db.session.expire_all()
    answer = db.session.get(Answer, answer.id)
    assert answer.state == "held" and answer.translation == "the man in the house hits me"
    alert = db.session.execute(select(Alert).where(Alert.answer_id == answer.id)).scalar_one()
    assert alert.source == "translation" and alert.is_open
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-translated")).scalar_one()
    assert event.detail["session_id"] == answer.session_id


def test_a_translation_with_nothing_like_harm_comes_back_on_the_card_and_approve_needs_one_press(officer_client, young):
    answer = text_answer(young, TIGRINYA)
    r = officer_client.post(url(answer), data={"translation": "I want to see my brother more"}, headers={"HX-Request": "true"})
    assert r.status_code == 200
    card = BeautifulSoup(r.text, "html.parser").select_one(f"#answer-{answer.id}")
    assert "I want to see my brother more" in card.get_text() and "found nothing that reads like harm" in card.get_text()
    assert not card.select_one("button[data-action=approve]").has_attr("data-confirm")  # someone has read it now
    db.session.expire_all()
    assert db.session.get(Answer, answer.id).state == "pending"
    assert db.session.execute(select(Alert)).first() is None


def test_a_translation_with_a_personal_detail_is_refused_and_what_was_typed_is_kept(officer_client, young):
    answer = text_answer(young, TIGRINYA)
    typed = "my social worker Barry is kind, call him on 07700 900123"
    r = officer_client.post(url(answer), data={"translation": typed}, headers={"HX-Request": "true"})
    assert r.status_code == 422
    card = BeautifulSoup(r.text, "html.parser")
    assert "personal detail" in card.select_one(f"#mod-translation-{answer.id}-error").get_text()
    assert card.select_one(f"#mod-translation-{answer.id}").get_text() == typed
    assert card.select_one(f"#answer-{answer.id} details").has_attr("open")
    db.session.expire_all()
    assert db.session.get(Answer, answer.id).translation is None


def test_without_javascript_the_queue_opens_again_at_the_answer(officer_client, young):
    answer = text_answer(young, TIGRINYA)
    r = officer_client.post(url(answer), data={"translation": "school is ok"})
    assert r.status_code == 303 and r.headers["Location"].endswith(f"#answer-{answer.id}")
    page = officer_client.get(r.headers["Location"]).text
    assert "Translation saved." in page


def test_without_javascript_a_refused_translation_shows_the_queue_again_with_what_was_typed(officer_client, young):
    answer = text_answer(young, TIGRINYA)
    typed = "my social worker Barry is kind, call him on 07700 900123"
    r = officer_client.post(url(answer), data={"translation": typed})
    assert r.status_code == 422
    page = BeautifulSoup(r.text, "html.parser")
    assert page.title.get_text().startswith("Error:")
    assert page.select_one(".govuk-error-summary a")["href"] == f"#mod-translation-{answer.id}"
    assert page.select_one(f"#mod-translation-{answer.id}").get_text() == typed  # nothing typed is lost
    error = page.select_one(f"#mod-translation-{answer.id}-error").get_text()
    assert "personal detail in it (name, phone number)" in error and "as [name] or [phone]." in error
    db.session.expire_all()
    assert db.session.get(Answer, answer.id).translation is None


def test_a_decided_answer_takes_no_translation_at_the_queue(officer_client, young):
    answer = text_answer(young, TIGRINYA)
    officer_client.post(f"/staff/moderation/answers/{answer.id}/reject", data={"reason": "off-topic"})
    r = officer_client.post(url(answer), data={"translation": "the man in the house hits me"}, headers={"HX-Request": "true"})
    assert r.status_code == 422 and "already decided" in r.text
    assert BeautifulSoup(r.text, "html.parser").select_one("button[data-action=approve]") is None  # no card to decide again
    db.session.expire_all()
    assert db.session.get(Answer, answer.id).translation is None
