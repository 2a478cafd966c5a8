"""The moderation queue: undo on every decision, the count that goes down, "All done", and the filters."""

from __future__ import annotations

from datetime import timedelta

from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import moderation
from participation.domain.db import db
from participation.domain.models import Alert, Answer, AuditEvent
from participation.domain.models.answers import ScreenLabel
from participation.domain.models.themes import AnswerTheme
from participation.pure.local_time import uk_today
from tests.app.test_moderation import WITH_NAME
from tests.conftest import Young

HX = {"HX-Request": "true"}


def soup(r):
    return BeautifulSoup(r.text, "html.parser")


def answers_from(app, session, *words):
    """One young person per answer, each writing `words` to the text question (the fourth)."""
    for w in words:
        y = Young(app.test_client(), session.join_code)
        y.join()
        y.answer(4, w)
    db.session.expire_all()
    return list(db.session.execute(select(Answer).where(Answer.text.is_not(None)).order_by(Answer.id)).scalars())


def fresh(answer):
    db.session.expire_all()
    return db.session.get(Answer, answer.id)


def test_undo_puts_a_left_out_answer_back_in_the_queue_and_is_audited(app, officer_client, officer, open_session):
    (answer,) = answers_from(app, open_session, "lol lol lol")
    officer_client.post(f"/staff/moderation/answers/{answer.id}/reject?session={open_session.id}", data={"reason": "duplicate"}, headers=HX)
    assert fresh(answer).state == "rejected"

    r = officer_client.post(f"/staff/moderation/answers/{answer.id}/undo?session={open_session.id}", headers=HX)
    assert r.status_code == 200
    card = soup(r).select_one(f"article#answer-{answer.id}[data-answer]")
    assert card.select_one("button[data-action=approve]") is not None
    assert card.select_one(".py-mod-text").get_text(strip=True) == "lol lol lol"
    back = fresh(answer)
    assert (back.state, back.reject_reason, back.decided_by_id, back.decided_on) == ("pending", None, None, None)
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-decision-undone")).scalar_one()
    assert (event.actor_id, event.subject_id, event.detail["undone"], event.detail["reason"]) == (
        officer.id, answer.id, "rejected", "duplicate")


def test_undoing_an_approval_takes_back_its_theme_suggestions_and_its_label(app, officer, open_session):
    (answer,) = answers_from(app, open_session, "my social worker never rings me back")
    moderation.approve(officer, answer)
    assert db.session.execute(select(AnswerTheme).where(AnswerTheme.answer_id == answer.id)).first() is not None
    assert db.session.execute(select(ScreenLabel).where(ScreenLabel.source == "approved")).first() is not None

    moderation.undo(officer, fresh(answer))
    back = fresh(answer)
    assert back.state == "pending" and back.tone is None
    assert db.session.execute(select(AnswerTheme).where(AnswerTheme.answer_id == answer.id)).first() is None
    assert db.session.execute(select(ScreenLabel).where(ScreenLabel.source == "approved")).first() is None
    assert moderation.queue(officer).answers == [back]


def test_a_decided_card_keeps_its_words_with_an_undo_button(app, officer_client, open_session):
    (answer,) = answers_from(app, open_session, "more trips please")
    r = officer_client.post(f"/staff/moderation/answers/{answer.id}/approve", headers=HX)
    card = soup(r).select_one(f"#answer-{answer.id}[data-decided]")
    assert card.select_one("[role=status]").get_text(" ", strip=True).startswith("Approved.")
    assert card.select_one(".py-mod-text").get_text(strip=True) == "more trips please"
    undo = card.select_one("form.py-mod-undo")
    assert undo["hx-post"] == f"/staff/moderation/answers/{answer.id}/undo"
    assert undo.select_one("button[data-action=undo]") is not None


def test_sending_to_safeguarding_is_never_undone_and_the_alert_stays(app, officer_client, open_session):
    (answer,) = answers_from(app, open_session, "things at home are a bit much lately")
    r = officer_client.post(f"/staff/moderation/answers/{answer.id}/escalate", headers=HX)
    card = soup(r).select_one(f"#answer-{answer.id}[data-decided]")
    assert card.select_one("button[data-action=undo]") is None
    assert "alert was raised" in card.select_one(".py-mod-no-undo").get_text()

    r = officer_client.post(f"/staff/moderation/answers/{answer.id}/undo", headers=HX)
    assert r.status_code == 422
    assert "safeguarding lead" in soup(r).select_one(".govuk-error-message").get_text()
    assert fresh(answer).state == "held"
    assert db.session.execute(select(Alert.state)).scalar_one() == "open"
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-decision-undone")).first() is None


def test_only_a_decision_made_today_and_not_yet_themed_can_be_undone(app, officer, open_session):
    old, starred = answers_from(app, open_session, "the food is rubbish", "more trips please")
    moderation.reject(officer, old, "off-topic")
    moderation.approve(officer, starred)
    db.session.execute(Answer.__table__.update().where(Answer.id == old.id).values(decided_on=uk_today() - timedelta(days=1)))
    db.session.execute(Answer.__table__.update().where(Answer.id == starred.id).values(starred=True))
    db.session.commit()
    assert "today" in moderation.undo_refusal(fresh(old))
    assert "starred" in moderation.undo_refusal(fresh(starred))
    assert moderation.undo_refusal(fresh(old)) and fresh(old).state == "rejected"


def test_without_javascript_the_last_decision_comes_back_with_undo(app, officer_client, open_session):
    (answer,) = answers_from(app, open_session, "lol lol lol")
    r = officer_client.post(f"/staff/moderation/answers/{answer.id}/reject?session={open_session.id}", data={"reason": "off-topic"})
    assert r.status_code == 303 and f"decided={answer.id}" in r.location and f"session={open_session.id}" in r.location
    page = soup(officer_client.get(r.location))
    card = page.select_one(f"#queue #answer-{answer.id}[data-decided]")
    assert card.select_one("[role=status]").get_text(" ", strip=True).startswith("Left out: off topic.")
    form = card.select_one("form.py-mod-undo")
    assert form["action"] == f"/staff/moderation/answers/{answer.id}/undo?session={open_session.id}"

    r = officer_client.post(form["action"])
    assert r.status_code == 303 and r.location.endswith(f"#answer-{answer.id}")
    page = soup(officer_client.get(r.location))
    assert page.select_one(f"article#answer-{answer.id}[data-answer]") is not None
    assert page.select_one(".py-left__n").get_text() == "1"


def test_the_count_goes_down_with_each_decision_and_says_all_done(app, officer_client, open_session):
    first, second = answers_from(app, open_session, "the food is rubbish", "more trips please")
    page = soup(officer_client.get(f"/staff/moderation?session={open_session.id}"))
    assert page.select_one("#queue-left .py-left__n").get_text() == "2"
    assert page.select_one(".py-all-done") is None

    r = soup(officer_client.post(f"/staff/moderation/answers/{first.id}/approve?session={open_session.id}", headers=HX))
    oob = r.select_one("#queue-left[hx-swap-oob]")
    assert oob.select_one(".py-left__n").get_text() == "1"
    r = soup(officer_client.post(f"/staff/moderation/answers/{second.id}/reject?session={open_session.id}",
                                 data={"reason": "off-topic"}, headers=HX))
    assert r.select_one("#queue-left[hx-swap-oob] .py-all-done .govuk-panel__title").get_text(strip=True) == "All done"
    r = soup(officer_client.post(f"/staff/moderation/answers/{second.id}/undo?session={open_session.id}", headers=HX))
    assert r.select_one("#queue-left[hx-swap-oob] .py-left__n").get_text() == "1"

    officer_client.post(f"/staff/moderation/answers/{second.id}/approve?session={open_session.id}", headers=HX)
    page = soup(officer_client.get(f"/staff/moderation?session={open_session.id}"))
    assert page.select_one("#queue-left .py-all-done .govuk-panel__title").get_text(strip=True) == "All done"
    assert page.select("#queue article[data-answer]") == []


def test_the_queue_filters_by_question_and_by_risk(app, officer_client, open_session):
    calm, risky, foreign = answers_from(app, open_session, "the food is rubbish", "more trips please", "more football")
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(1, "4")
    db.session.execute(Answer.__table__.update().where(Answer.id == calm.id).values(risk=0.05))
    db.session.execute(Answer.__table__.update().where(Answer.id == risky.id).values(risk=0.7))
    db.session.execute(Answer.__table__.update().where(Answer.id == foreign.id).values(risk=0.0, screened=False, language="ar"))
    db.session.commit()
    text_prompt = open_session.prompts[3]

    def shown(query):
        page = soup(officer_client.get(f"/staff/moderation?session={open_session.id}&{query}"))
        return [int(a["data-answer"]) for a in page.select("#queue article[data-answer]")], page

    # The whole queue, most urgent first: the words the screen could not read, then the riskiest, and the
    # face answer (no words, no risk) last, whatever order they came in (calm, risky, foreign, face).
    face = db.session.execute(select(Answer).where(Answer.scale.is_not(None))).scalar_one()
    assert calm.id < risky.id < foreign.id < face.id
    assert shown("")[0] == [foreign.id, risky.id, calm.id, face.id]

    ids, page = shown(f"prompt={text_prompt.id}")
    assert ids == [foreign.id, risky.id, calm.id]
    assert page.select_one(f"#prompt option[value='{text_prompt.id}']").has_attr("selected")
    assert page.select_one(".py-left").get_text(" ", strip=True).startswith("3 answers left that match these filters")

    ids, page = shown("risk=read-first")
    assert ids == [foreign.id, risky.id]  # the unread words first, then the riskiest
    assert page.select_one(f"#answer-{risky.id} .py-high-risk .govuk-tag").get_text(strip=True) == "Higher risk"
    # The filters travel with every decision, so the count that comes back counts the same answers.
    action = page.select_one(f"#answer-{risky.id} form[hx-post*=approve]")["hx-post"]
    assert "risk=read-first" in action
    r = soup(officer_client.post(action, headers=HX))
    assert r.select_one("#queue-left .py-left__n").get_text() == "1"

    ids, _ = shown(f"prompt={open_session.prompts[0].id}")
    assert len(ids) == 1


def test_number_keys_and_undo_are_documented_and_reasons_show_their_key(app, officer_client, open_session):
    answers_from(app, open_session, WITH_NAME)
    page = soup(officer_client.get("/staff/moderation"))
    keys = [k.get_text() for k in page.select("#shortcuts kbd")]
    assert {"j", "k", "a", "r", "s", "u", "1", "2", "3", "4", "5"} <= set(keys)
    options = [o.get_text() for o in page.select(".py-reject select option")]
    assert options[0] == "Off topic (key 1)" and options[2] == "Could identify someone (key 3)"
    # Removed personal details are named in words, not as the screen's internal kinds.
    removed = page.select_one(".py-mod-item p:-soup-contains('Removed:')").get_text(" ", strip=True)
    assert removed.startswith("Removed: name, phone number")


def test_without_javascript_a_decision_opens_the_queue_at_it(app, officer_client, young):
    young.answer(4, "more trips to the seaside in the summer")
    answer = db.session.execute(select(Answer)).scalar_one()
    r = officer_client.post(f"/staff/moderation/answers/{answer.id}/approve")
    assert r.status_code == 303 and r.location.endswith(f"decided={answer.id}#answer-{answer.id}")
    page = BeautifulSoup(officer_client.get(r.location).text, "html.parser")
    assert page.select_one(f"#answer-{answer.id}") is not None
