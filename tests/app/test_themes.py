"""Theming approved answers, officers' decisions, the emerging group and the theme board."""

from __future__ import annotations

import csv

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import themes
from participation.domain.db import db
from participation.domain.errors import InvalidChange
from participation.domain.models import Answer, AnswerTheme, CouncilTheme, Participant
from participation.pure.theming import training
from tests.conftest import Young


def soup(r):
    return BeautifulSoup(r.text, "html.parser")


def approved_text(app, officer_client, session, words, group=None):
    y = Young(app.test_client(), session.join_code)
    y.join()
    y.answer(4, words)
    y.answer(1, "2")
    db.session.expire_all()
    answers = db.session.execute(select(Answer).where(Answer.participant_id == select(Participant.id).order_by(Participant.id.desc()).limit(1).scalar_subquery())).scalars().all()
    if group:
        answers[0].participant.group = group
        db.session.commit()
    for a in answers:
        officer_client.post(f"/staff/moderation/answers/{a.id}/approve")
    db.session.expire_all()
    return next(a for a in db.session.execute(select(Answer).where(Answer.id.in_([a.id for a in answers]))).scalars() if a.text)


def test_approval_suggests_themes_with_the_words_that_led_to_them(app, officer_client, open_session):
    a = approved_text(app, officer_client, open_session, "i have had 5 social workers this year and none ring me back")
    assert a.themes[0].theme == "social-workers" and a.themes[0].source == "suggested"
    assert a.themes[0].words and all(w.lower() in a.text.lower() for w in a.themes[0].words)
    assert a.tone == "negative"
    scale = db.session.execute(select(Answer).where(Answer.scale.is_not(None))).scalars().first()
    assert [(t.theme, t.source) for t in scale.themes] == [("social-workers", "prompt")]


def test_pending_answers_get_no_themes_and_never_reach_the_board(app, officer_client, open_session):
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(4, "my social worker keeps changing")
    assert db.session.execute(select(AnswerTheme)).first() is None
    page = soup(officer_client.get(f"/staff/reviews/{open_session.review_id}/themes"))
    assert "keeps changing" not in page.select_one("#board").get_text()


def test_officer_confirms_changes_and_adds_themes_in_bulk(app, officer_client, officer, open_session):
    a = approved_text(app, officer_client, open_session, "my foster carers are amazing")
    b = approved_text(app, officer_client, open_session, "i want more money for clothes")
    url = f"/staff/reviews/{open_session.review_id}/theming/apply"
    officer_client.post(url, data={"answer_ids": [a.id, b.id], "action": "confirm"})
    db.session.expire_all()
    assert {t.source for t in db.session.get(Answer, a.id).themes} == {"confirmed"}
    officer_client.post(url, data={"answer_ids": [b.id], "action": "set", "theme": "money"})
    officer_client.post(url, data={"answer_ids": [b.id], "action": "add", "theme": "identity-and-stigma"})
    db.session.expire_all()
    themes = [(t.theme, t.rank, t.source, t.confirmed_by_id) for t in db.session.get(Answer, b.id).themes]
    assert themes == [("money", 0, "confirmed", officer.id), ("identity-and-stigma", 1, "confirmed", officer.id)]


def test_a_theme_that_does_not_exist_is_refused(app, officer_client, open_session):
    a = approved_text(app, officer_client, open_session, "the wifi is slow")
    r = officer_client.post(f"/staff/reviews/{open_session.review_id}/theming/apply", data={"answer_ids": [a.id], "action": "set", "theme": "made-up"})
    assert r.status_code == 422 and "Choose a theme." in r.text
    db.session.expire_all()
    assert "made-up" not in {t.theme for t in db.session.get(Answer, a.id).themes}


def test_board_counts_young_people_not_answers(app, officer_client, open_session):
    for words in ("my social worker changed again", "new social worker every month", "sw never answers"):
        approved_text(app, officer_client, open_session, words)
    page = soup(officer_client.get(f"/staff/reviews/{open_session.review_id}/themes"))
    section = page.select_one("#theme-social-workers").find_parent("section")
    # Three young people wrote about it (their face answers are not counted as raising it).
    assert section.select_one(".py-stat-inline").get_text(strip=True) == "3"
    assert page.select_one(".govuk-warning-text") is not None  # true counts marked not for publication


def test_published_view_suppresses_small_counts(app, officer_client, open_session):
    approved_text(app, officer_client, open_session, "my social worker changed again")
    page = soup(officer_client.get(f"/staff/reviews/{open_session.review_id}/themes?view=published"))
    section = page.select_one("#theme-social-workers").find_parent("section")
    assert section.select_one(".py-stat-inline").get_text(strip=True) == "fewer than 5"
    assert "fewer than 5 young people raised it" in " ".join(section.get_text().split())
    # Nor does the list of written answers give the hidden count away.
    assert section.select_one(".govuk-details__summary-text").get_text(" ", strip=True).startswith("Written answers")
    assert page.select_one(".govuk-warning-text") is None


def test_board_filters_by_group(app, officer_client, open_session):
    approved_text(app, officer_client, open_session, "i need help with rent and bills", group="care-leavers")
    approved_text(app, officer_client, open_session, "my foster carer is kind", group="children-in-care")
    leavers = soup(officer_client.get(f"/staff/reviews/{open_session.review_id}/themes?group=care-leavers")).select_one("#board").get_text()
    assert "rent and bills" in leavers and "foster carer is kind" not in leavers


def test_star_a_quote(app, officer_client, open_session):
    a = approved_text(app, officer_client, open_session, "my foster carers treat me like family")
    r = officer_client.post(f"/staff/reviews/{open_session.review_id}/answers/{a.id}/star", data={"on": "1"}, headers={"HX-Request": "true"})
    assert soup(r).select_one("button")["aria-pressed"] == "true"
    db.session.expire_all()
    assert db.session.get(Answer, a.id).starred
    page = soup(officer_client.get(f"/staff/reviews/{open_session.review_id}/themes"))
    assert [q.get_text() for q in page.select(".py-quote")] == ["my foster carers treat me like family"]


def test_emerging_answers_are_grouped_and_become_a_new_theme_in_one_step(app, officer_client, open_session):
    ids = [approved_text(app, officer_client, open_session, w).id for w in
           ("the wifi at the youth club is rubbish", "wifi never works at the youth club", "fix the youth club wifi please")]
    db.session.expire_all()
    for i in ids:
        db.session.get(Answer, i).emerging = True  # whatever the model says, these three fit no base theme
    db.session.commit()
    page = soup(officer_client.get(f"/staff/reviews/{open_session.review_id}/themes"))
    assert "wifi" in page.select_one("#emerging").find_next("h3").get_text()
    officer_client.post(f"/staff/reviews/{open_session.review_id}/themes/new", data={"label": "Youth club wifi", "answer_ids": ids})
    theme = db.session.execute(select(CouncilTheme)).scalar_one()
    assert theme.theme_id == "youth-club-wifi"
    db.session.expire_all()
    assert all([t.theme for t in db.session.get(Answer, i).themes] == ["youth-club-wifi"] for i in ids)


def test_theming_job_runs_and_reports_progress(app, officer_client, open_session):
    a = approved_text(app, officer_client, open_session, "more trips please")
    db.session.get(Answer, a.id).themes = []
    db.session.commit()
    app.config["JOBS_MODE"] = "sync"
    r = officer_client.post(f"/staff/reviews/{open_session.review_id}/theming/run")
    assert r.status_code == 303
    page = soup(officer_client.get(r.location))
    assert "Done" in page.select_one("#job").get_text()
    db.session.expire_all()
    assert db.session.get(Answer, a.id).themes


def test_themes_classify_cli(runner, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,text\n1,my pa never rings me back\n2,i need help paying rent\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert runner.invoke(args=["themes", "classify", str(src), str(out)]).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == ["id", "themes", "tone"]
    assert rows[0]["themes"].split(";")[0] == "social-workers"
    assert rows[1]["themes"].split(";")[0] in ("money", "housing")


def test_themes_retrain_uses_confirmed_themes_and_refuses_a_worse_model(app, runner, officer_client, open_session, tmp_path, monkeypatch):

    a = approved_text(app, officer_client, open_session, "my sw is great")
    officer_client.post(f"/staff/reviews/{open_session.review_id}/theming/apply", data={"answer_ids": [a.id], "action": "confirm"})
    seen = {}

    def fake_retrain(extra, path=None, data_path=None):
        seen["extra"] = extra
        return training.RetrainResult({"top1": 0.9, "top3": 0.97, "n": 1}, {"top1": 0.5, "top3": 0.6, "n": 1}, False)

    monkeypatch.setattr(training, "retrain", fake_retrain)
    result = runner.invoke(args=["themes", "retrain"])
    assert result.exit_code == 0, result.output
    assert [e.text for e in seen["extra"]] == ["my sw is great"]
    assert "old one was kept" in result.output


def test_a_new_theme_with_the_name_of_one_there_is_already_is_refused_and_keeps_what_was_typed(app, officer, officer_client, open_session):
    ids = [approved_text(app, officer_client, open_session, w).id for w in
           ("nobody asks me what i think at my review", "i want a say in my review")]
    db.session.expire_all()
    for i in ids:
        db.session.get(Answer, i).emerging = True
    db.session.commit()
    url = f"/staff/reviews/{open_session.review_id}/themes/new"
    # "Being heard in decisions" is already a theme (being-heard), whatever the case, spacing and punctuation.
    for typed in ("being heard in decisions", "  Being-heard   in decisions! "):
        r = officer_client.post(url, data={"label": typed, "answer_ids": ids})
        assert r.status_code == 422
        page = soup(r)
        error = page.select_one("#emerging ~ section .govuk-error-message")
        assert error is not None and "\u201cBeing heard in decisions\u201d" in error.get_text()
        field = page.select_one(f"#{error['id'].removesuffix('-error')}")
        assert field["value"] == typed and error["id"] in field["aria-describedby"]
    assert db.session.execute(select(CouncilTheme)).first() is None
    db.session.expire_all()
    assert all("being-heard-in-decisions" not in {t.theme for t in db.session.get(Answer, i).themes} for i in ids)
    # A council's own theme too: "Youthclub WiFi" is "Youth club wifi" with a space left out.
    review = open_session.review
    themes.new_theme(officer, review, "Youth club wifi", [])
    with pytest.raises(InvalidChange, match="\u201cYouth club wifi\u201d"):
        themes.new_theme(officer, review, "Youthclub WiFi", [])
    assert [t.label for t in db.session.execute(select(CouncilTheme)).scalars()] == ["Youth club wifi"]


@pytest.mark.parametrize("words", ["nothing", "fine", "idk", "no", "n/a", "dunno", "don't know", "ok", "👍"])
def test_an_answer_that_says_nothing_is_suggested_no_theme_but_an_officer_may_choose_one(app, officer_client, officer, open_session, words):
    text_prompt = open_session.prompts[3]
    text_prompt.theme = "safety"  # not even the question's own theme
    db.session.commit()
    a = approved_text(app, officer_client, open_session, words)
    assert a.themes == [] and not a.emerging and not a.no_theme_fits
    assert themes.unthemed_approved_ids(open_session.review) == []  # no run of suggestions offered for it
    card = soup(officer_client.get(f"/staff/reviews/{open_session.review_id}/theming")).select_one(f"#answer-{a.id}")
    assert card.select(".py-tag-suggested") == []
    assert card.select_one(f"#answer-{a.id}-themes").get_text(" ", strip=True).startswith("No theme suggested")
    assert "so no theme is suggested and the pack counts it toward no theme." in card.get_text(" ", strip=True)
    themes.choose_themes(officer, open_session.review, a.id, ["safety"])  # the officer can still add one
    db.session.expire_all()
    assert [(t.theme, t.source) for t in db.session.get(Answer, a.id).themes] == [("safety", "confirmed")]


def test_a_suggestion_the_question_s_theme_decided_says_from_the_question_on_its_card(app, officer_client, open_session):
    open_session.prompts[3].theme = "safety"
    db.session.commit()
    by_question = approved_text(app, officer_client, open_session, "better stuff")  # the words alone: no theme fits well
    by_words = approved_text(app, officer_client, open_session, "lights on the street")  # the words alone: safety
    assert [(t.theme, t.from_question) for t in by_question.themes] == [("safety", True)]
    assert [(t.theme, t.from_question) for t in by_words.themes][0] == ("safety", False)
    page = soup(officer_client.get(f"/staff/reviews/{open_session.review_id}/theming"))

    def notes(answer):
        line = page.select_one(f"#answer-{answer.id}-themes")
        return [n.get_text(strip=True) for n in line.select(".py-from-question")], line.get_text(" ", strip=True)

    said, line = notes(by_question)
    assert said == ["from the question"] and line.startswith("Feeling safe (suggested) from the question")
    said, line = notes(by_words)
    assert said == [] and "from the question" not in line
    # Once the officer confirms it, the check is done: the note goes.
    officer_client.post(f"/staff/reviews/{open_session.review_id}/theming/answers/{by_question.id}/confirm")
    line = soup(officer_client.get(f"/staff/reviews/{open_session.review_id}/theming?show=all")).select_one(f"#answer-{by_question.id}-themes")
    assert line.select(".py-from-question") == []


def test_words_nobody_could_read_take_the_question_s_theme_marked_as_from_the_question(app, officer_client, open_session):
    open_session.prompts[3].theme = "safety"
    db.session.commit()
    a = approved_text(app, officer_client, open_session, "12")  # figures alone: nothing for the models to read
    assert [(t.theme, t.from_question) for t in a.themes] == [("safety", True)]
