"""The answer path stays small: a handful of SQL statements per answer, nothing read again after the commit.

Counted with SQLAlchemy's cursor events on whichever database the suite runs on (SQLite by default,
PostgreSQL with TEST_DATABASE_URL), so a change that adds a query to every answer fails here.
"""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest
from flask_babel import refresh
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError

from participation.domain import answers
from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import Answer, Participant, Prompt
from participation.pure.local_time import uk_today
from participation.web.youth import cards
from participation.web.youth.forms import answer_form_for, read_form_token
from tests.conftest import Young, form_value

HX = {"HX-Request": "true"}
MAX_STATEMENTS = 6


@contextmanager
def recorded():
    """Every statement sent to the database, and "COMMIT" where each commit happened."""
    log: list[str] = []

    def on_statement(conn, cursor, statement, parameters, context, executemany):
        log.append(statement)

    def on_commit(conn):
        log.append("COMMIT")

    engine = db.engine
    event.listen(engine, "before_cursor_execute", on_statement)
    event.listen(engine, "commit", on_commit)
    try:
        yield log
    finally:
        event.remove(engine, "before_cursor_execute", on_statement)
        event.remove(engine, "commit", on_commit)


def statements(log: list[str]) -> list[str]:
    return [s for s in log if s != "COMMIT"]


@pytest.fixture
def session_of_every_kind(make_session):
    return make_session(prompts=("scale", "single", "multiple", "text", "scale"))


VALUES = {1: "4", 2: "Green", 3: ["Red", "Blue"], 4: "the food at my placement is rubbish", 5: "2"}


def test_each_answer_with_javascript_is_at_most_six_statements_and_nothing_after_the_commit(app, session_of_every_kind):
    young = Young(app.test_client(), session_of_every_kind.join_code)
    young.join()
    page = young.client.get(f"/j/{young.code}/q/1", headers=HX)
    for n, value in VALUES.items():
        data = {"form_token": form_value(page.text, "form_token"), "answer": value}
        with recorded() as log:
            page = young.client.post(f"/j/{young.code}/q/{n}", headers=HX, data=data)
        assert page.status_code in (200, 303), (n, page.status_code)
        assert len(statements(log)) <= MAX_STATEMENTS, (n, statements(log))
        assert log.count("COMMIT") == 1, (n, log)
        # The next question is drawn from what was loaded before the commit: nothing is reloaded after it.
        assert log[-1] == "COMMIT", (n, log[log.index("COMMIT"):])
    assert db.session.query(Answer).count() == len(VALUES)


def test_changing_an_answer_on_the_way_back_is_at_most_six_statements(app, session_of_every_kind):
    young = Young(app.test_client(), session_of_every_kind.join_code)
    young.join()
    first = young.client.get(f"/j/{young.code}/q/1", headers=HX)
    second = young.client.post(f"/j/{young.code}/q/1", headers=HX, data={"form_token": form_value(first.text, "form_token"), "answer": "4"})
    data = {"form_token": form_value(second.text, "form_token"), "answer": "Blue", "action": "back"}
    with recorded() as log:
        back = young.client.post(f"/j/{young.code}/q/2", headers=HX, data=data)
    assert back.status_code == 200
    assert len(statements(log)) <= MAX_STATEMENTS, statements(log)
    assert log[-1] == "COMMIT"
    # The card for question 1 came back with its earlier answer ticked, read in the same statement as the save.
    assert 'value="4" checked' in back.text
    data = {"form_token": form_value(back.text, "form_token"), "answer": "2"}
    with recorded() as log:
        again = young.client.post(f"/j/{young.code}/q/1", headers=HX, data=data)
    assert again.status_code == 200 and len(statements(log)) <= MAX_STATEMENTS
    assert 'value="Blue" checked' in again.text  # question 2 shows the answer given on the way back
    assert db.session.query(Answer).count() == 2


def test_without_javascript_an_answer_is_at_most_six_statements(app, session_of_every_kind):
    young = Young(app.test_client(), session_of_every_kind.join_code)
    young.join()
    page = young.page(1)
    with recorded() as log:
        r = young.client.post(f"/j/{young.code}/q/1", data={"form_token": form_value(page.text, "form_token"), "answer": "3"})
    assert r.status_code == 303
    assert len(statements(log)) <= MAX_STATEMENTS and log[-1] == "COMMIT", log


def test_prompts_of_an_open_session_are_read_once(app, session_of_every_kind):
    young = Young(app.test_client(), session_of_every_kind.join_code)
    young.join()
    young.page(1)  # the first read fills the cache
    with recorded() as log:
        young.page(2)
    assert not [s for s in statements(log) if "FROM prompts" in s]
    cards = answers.prompt_cards(session_of_every_kind)
    assert [c.kind for c in cards] == ["scale", "single", "multiple", "text", "scale"]
    assert cards[1].options == ("Red", "Green", "Blue")


def test_a_draft_sessions_prompts_are_never_kept(app, make_session, officer):
    draft = make_session(state="draft", prompts=("scale",))
    assert [c.text for c in answers.prompt_cards(draft)] == ["A scale question?"]
    services.add_prompt(officer, draft, "text", "Anything else?", "", [], None, 200)
    assert [c.text for c in answers.prompt_cards(draft)] == ["A scale question?", "Anything else?"]


def test_starting_a_visit_writes_once_and_reads_nothing_after_the_commit(app, session_of_every_kind):
    young = Young(app.test_client(), session_of_every_kind.join_code)
    with recorded() as log:
        young.join()
    assert len(statements(log)) <= 2 and log.count("COMMIT") == 1 and log[-1] == "COMMIT", log


def test_a_save_tried_again_screens_the_words_once(app, session_of_every_kind, monkeypatch):
    """When another request saved the same question's first answer a moment before, the save is tried
    again with the words already screened: the screen reads every answer, once."""
    screened, tries = [], []
    real_screen, real_store = answers.screen, answers._store
    monkeypatch.setattr(answers, "screen", lambda *a, **k: screened.append(a) or real_screen(*a, **k))

    def store(*args):
        tries.append(args)
        if len(tries) == 1:
            raise IntegrityError("INSERT INTO answers", {}, Exception("saved by another request a moment before"))
        return real_store(*args)

    monkeypatch.setattr(answers, "_store", store)
    young = Young(app.test_client(), session_of_every_kind.join_code)
    young.join()
    r = young.answer(4, "the food at my placement is rubbish")
    assert r.status_code == 303
    assert len(tries) == 2 and len(screened) == 1
    assert db.session.query(Answer).one().raw_text == "the food at my placement is rubbish"


# Each visit's own: its two tokens and the name its phone keeps a draft under (data-draft="<visit>:<prompt>").
TOKENS = re.compile(r'(name="(?:csrf_token|form_token)" value="|data-draft=")[^":]+')


def _tokens(html: str) -> dict:
    return dict(re.findall(r'name="(csrf_token|form_token)" value="([^"]+)"', html))


@pytest.mark.parametrize("hx", [True, False], ids=["htmx", "page"])
def test_a_kept_card_is_the_card_rendered_afresh_but_for_its_tokens(app, make_session, hx):
    """A card with nothing answered on it is rendered once per process and language and kept; each young
    person gets it with tokens of their own, and it reads exactly as a card rendered for them alone."""
    session_obj = make_session(prompts=("scale", "single", "multiple", "text"))
    # "Something else" opens a box of its own on the card: kept the same way.
    db.session.get(Prompt, answers.prompt_cards(session_obj)[1].id).options = ["Red", "Something else"]
    db.session.commit()
    answers._CARDS.clear()
    cards._KEPT.clear()
    headers = HX if hx else {}
    people = {}
    for lang in ("en", "en", "ar"):
        young = Young(app.test_client(), session_obj.join_code)
        young.client.get(f"/j/{young.code}?lang={lang}")
        young.join()
        people.setdefault(lang, []).append(young)
    visits = db.session.query(Participant).order_by(Participant.id).all()
    for young, visit in zip([y for group in people.values() for y in group], visits, strict=True):
        young.visit = visit
    for n, prompt in enumerate(answers.prompt_cards(session_obj), start=1):
        for lang, group in people.items():
            kept = [young.client.get(f"/j/{young.code}/q/{n}", headers=headers).text for young in group]
            with app.test_request_context(f"/j/{session_obj.join_code}/q/{n}?lang={lang}", headers=headers):
                app.preprocess_request()
                refresh()  # the test's app context outlives each request: forget the last one's language
                form = answer_form_for(prompt, data={"answer": None, "other": None}, from_request=False)
                afresh = TOKENS.sub(r"\1", cards.render(session_obj, prompt, n, form, visits[0]))
            for young, page in zip(group, kept, strict=True):
                # Each young person's card carries their own visit's draft name, never another's.
                assert f'data-draft="{cards.visit_key(young.visit)}:{prompt.id}"' in page, (lang, n)
                if hx:
                    assert afresh == TOKENS.sub(r"\1", page), (lang, n)
                else:
                    assert afresh in TOKENS.sub(r"\1", page), (lang, n)
            if len(kept) == 2:
                first, second = (_tokens(page) for page in kept)
                assert first["form_token"] != second["form_token"] and first["csrf_token"] != second["csrf_token"]
        assert len(cards._KEPT) == 2 * n  # one card a question for each language
    # Each visit's form token is its own: another visit's is refused.
    token = _tokens(kept[0])["form_token"]
    assert read_form_token(token, visits[2].id, prompt.id) is not None
    assert read_form_token(token, visits[0].id, prompt.id) is None


def test_a_drafts_cards_are_never_kept(app, make_session):
    draft = make_session(state="draft", prompts=("scale",))
    participant = Participant(session_id=draft.id, token="draft-visit", joined_on=uk_today())
    db.session.add(participant)
    db.session.commit()
    cards._KEPT.clear()
    with app.test_request_context("/", headers=HX):
        card = cards.fresh(draft, answers.prompt_cards(draft)[0], 1, participant)
    assert "A scale question?" in card and cards.FORM_TOKEN_MARK not in card and not cards._KEPT
