"""The young people's journey, third walk: Back and Skip past a problem, "Something else" words, the counter's
words in every language, a words-only scale for care leavers, and "You said, we did" in plain words."""

from __future__ import annotations

from datetime import timedelta

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from flask_babel import force_locale
from sqlalchemy import select

from participation.domain import recommendations, you_said_we_did
from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import Answer
from participation.pure import languages
from participation.pure.local_time import uk_today
from participation.pure.readability import grade
from participation.web.i18n import FACE_WORDS, tr
from tests.app.test_youth_pages import _BLOCKS
from tests.conftest import Young, form_value

HX = {"HX-Request": "true", "HX-Current-URL": "http://localhost/"}


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def _post(young, n, data, page=None, headers=None):
    page = page or young.page(n)
    return young.client.post(
        f"/j/{young.code}/q/{n}", data={"form_token": form_value(page.text, "form_token"), **data}, headers=headers or {}
    )


# ---- 1. Back and Skip are never blocked by too many letters --------------------------------------------------


def test_back_with_too_many_letters_keeps_the_words_once_then_goes_back_without_javascript(young):
    too_long = "my room is nice " * 16  # 256 letters; the question takes 200
    first = young.sent_back(_post(young, 4, {"action": "back", "answer": too_long}), 4)
    page = soup(first)
    assert page.select_one("textarea#answer").get_text() == too_long  # every word still there
    assert "Tap Back again to go back" in page.select_one(".py-notice").get_text()
    assert page.select_one("input[name=confirm_back]")["value"] == "1"
    again = _post(young, 4, {"action": "back", "answer": too_long, "confirm_back": "1"}, page=first)
    assert again.status_code == 303 and again.location.endswith(f"/j/{young.code}/q/3")
    assert db.session.scalar(select(Answer).where(Answer.text.is_not(None))) is None  # nothing too long was saved


def test_the_line_after_back_with_too_many_letters_names_the_button_on_the_page(app, make_session):
    # The last question's button says Finish, not Next: "fix them and tap Next" would name a button not there.
    young = Young(app.test_client(), make_session(prompts=("text", "text")).join_code)
    young.join()
    too_long = "my room is nice " * 16
    for n, button, other in ((1, "Next", "Finish"), (2, "Finish", "Next")):
        page = soup(young.sent_back(_post(young, n, {"action": "back", "answer": too_long}), n))
        assert page.select_one("button[name=action][value=next]").get_text(strip=True) == button
        notice = page.select_one(".py-notice").get_text(" ", strip=True)
        assert notice == ("If you go back now, these words will not be kept. Tap Back again to go back, or fix them "
                          f"and tap {button}.")
        assert other not in notice


def test_back_and_skip_with_too_many_letters_go_on_at_once_with_javascript_and_keep_the_draft(young):
    too_long = "my room is nice " * 16
    back = _post(young, 4, {"action": "back", "answer": too_long}, headers=HX)
    assert back.status_code == 200
    assert back.headers["PY-Draft"] == "keep"  # app.js keeps the words on the phone for when they come back
    assert soup(back).select_one("form")["data-hx-post"].endswith("/q/3")
    skip = _post(young, 4, {"action": "skip", "answer": too_long, "confirm_skip": "1"}, headers=HX)
    assert skip.status_code == 303 or skip.status_code == 200
    assert skip.headers["PY-Draft"] == "keep"


def test_skip_with_too_many_letters_asks_once_then_goes_on_without_javascript(young):
    too_long = "my room is nice " * 16
    first = young.sent_back(_post(young, 4, {"action": "skip", "answer": too_long}), 4)
    assert soup(first).select_one("textarea#answer").get_text() == too_long
    again = _post(young, 4, {"action": "skip", "answer": too_long, "confirm_skip": "1"}, page=first)
    assert again.status_code == 303 and again.location.endswith(f"/j/{young.code}/thanks")


# ---- 2. Words typed beside "Something else" choose it ------------------------------------------------------


@pytest.fixture
def other_session(officer, make_session):
    s = make_session(state="draft", prompts=())
    for kind in ("single", "multiple"):
        services.add_prompt(officer, s, kind, f"A {kind} question?", "", ["Red", "Green", "Something else"], "social-workers", None)
    db.session.refresh(s)
    services.open_session(officer, s)
    return s


@pytest.fixture
def other_young(app, other_session):
    y = Young(app.test_client(), other_session.join_code)
    y.join()
    return y


def _saved(n_prompt):  # the newest answer saved (n_prompt: which question, for the reader)
    db.session.expire_all()
    return db.session.execute(select(Answer).order_by(Answer.id.desc())).scalars().first()


def test_words_beside_something_else_tick_it_on_a_tick_all_question(other_young):
    r = _post(other_young, 2, {"action": "next", "answer": ["Red"], "other": "purple"})
    assert r.status_code == 303
    answer = _saved(2)
    assert answer.choices == ["Red", "Something else"] and answer.text == "purple"
    r = _post(other_young, 2, {"action": "next", "other": "orange"})  # nothing ticked at all
    assert r.status_code == 303
    assert _saved(2).choices == ["Something else"] and _saved(2).text == "orange"


def test_words_beside_something_else_pick_it_on_a_pick_one_question_when_nothing_else_is_picked(other_young):
    r = _post(other_young, 1, {"action": "next", "other": "purple"})
    assert r.status_code == 303
    assert _saved(1).choices == ["Something else"] and _saved(1).text == "purple"


def test_words_beside_something_else_with_another_answer_picked_get_a_kind_question_keeping_the_words(other_young):
    r = other_young.sent_back(_post(other_young, 1, {"action": "next", "answer": "Red", "other": "purple"}), 1)
    page = soup(r)
    assert "You wrote words for “Something else” but picked “Red”." in page.select_one(".py-kind-error").get_text()
    assert page.select_one("textarea#other").get_text() == "purple"
    assert page.select_one("input[name=answer][value=Red]").has_attr("checked")
    assert db.session.scalar(select(Answer)) is None


# ---- 3. The letter counter says "N too many" / "N left" in every language -----------------------------------

# Read back as: "N letters too many" / "N letters left" (never "you added N", "you wrote N").
OVER_LIMIT = {
    "ar": "لديك %%{count} حرفاً زائداً",
    "ti": "%%{count} ፊደላት ልዕሊ ዓቐን",
    "fa_AF": "%%{count} حرف زیاد است",
    "ps": "%%{count} توري زیات دي",
    "ckb": "%%{count} پیت زیادە",
    "am": "%%{count} ፊደሎች ከገደቡ በላይ",
    "sq": "Ke %%{count} shkronja më shumë se sa duhet",
    "vi": "Thừa %%{count} chữ",
    "cy": "Mae gen ti %%{count} llythyren yn ormod",
}


@pytest.mark.parametrize("code", sorted(OVER_LIMIT))
def test_the_counter_says_how_many_too_many_and_how_many_left_in_every_language(code):
    with open(languages.catalogue_path(code), "rb") as f:
        catalog = read_po(f)
    over = catalog.get("You have %%{count} letters too many").string
    assert over == OVER_LIMIT[code]
    for msgid in ("You have %%{count} letters too many", "You have %%{count} letter too many",
                  "You have %%{count} letters left", "You have %%{count} letter left"):
        assert "%%{count}" in catalog.get(msgid).string, (code, msgid)
    assert set(OVER_LIMIT) == {lang.code for lang in languages.LANGUAGES if lang.code != "en"}


# ---- 4. Care leavers see the scale in words, with no faces or drawings ---------------------------------------


def _leavers(officer, make_session, audience):
    s = make_session(state="draft", prompts=("scale", "text"))
    s.audience = audience
    services.add_from_bank(officer, s, ["family-time-feel"])  # its hint: "... Pick the face that fits best."
    services.open_session(officer, s)
    return s


def test_care_leavers_see_the_scale_in_words_only_and_no_drawings_children_keep_the_faces(app, officer, make_session):
    for audience, faces in (("care-leavers", False), ("children-in-care", True)):
        s = _leavers(officer, make_session, audience)
        young = Young(app.test_client(), s.join_code)
        young.join()
        for headers in ({}, HX):  # the whole page, and the card htmx swaps in
            page = soup(young.client.get(f"/j/{s.join_code}/q/1", headers=headers))
            labels = [label.get_text(" ", strip=True) for label in page.select(".py-scale label")]
            assert len(labels) == 5 and all(labels), audience
            assert bool(page.select("svg.py-face")) is faces, audience
            assert ("py-scale--words" in page.select_one(".py-scale")["class"]) is not faces
        # An error brings the same scale back the same way.
        error = soup(young.sent_back(young.answer(1, None), 1))
        assert bool(error.select("svg.py-face")) is faces
        assert ("face" in error.select_one(".py-kind-error").get_text()) is faces
        # The bank's "Pick the face that fits best." is left out where there are no faces, in every language.
        for lang in ("en", "ti", "ar"):
            hint = soup(young.client.get(f"/j/{s.join_code}/q/3?lang={lang}")).select_one(".govuk-hint").get_text(" ", strip=True)
            with app.test_request_context("/"), force_locale(lang):
                face = tr(FACE_WORDS)
            assert (face in hint) is faces, (audience, lang, hint)
            assert hint.strip(), (audience, lang)
        young.client.get(f"/j/{s.join_code}/q/1?lang=en")
        for url in (f"/j/{s.join_code}/q/1", f"/j/{s.join_code}/q/1/stop", f"/help?code={s.join_code}", f"/j/{s.join_code}/thanks"):
            assert bool(soup(young.client.get(url)).select("svg.py-drawing")) is faces, (audience, url)


# ---- 5. "You said, we did" in plain words ------------------------------------------------------------------


@pytest.fixture
def tracked(officer, open_session):
    review = open_session.review
    rec = recommendations.add_recommendation(
        officer, review, "Tell children in writing when their worker changes.", "", [], uk_today() + timedelta(days=60),
        owner="Service Manager, Fostering and Family Time",
    )
    recommendations.respond(officer, rec, "accepted", "")
    recommendations.add_update(officer, rec, uk_today(), "A letter template is being tested by the Head of Service.", False)
    late = recommendations.add_recommendation(
        officer, review, "Brothers and sisters see each other every two weeks.", "", [], uk_today() - timedelta(days=3),
        owner="Head of Service, Children in Care",
    )
    recommendations.respond(officer, late, "accepted", "")
    you_said_we_did.save(officer, open_session, "You said your worker changes a lot.", "We told the councillors.", "")
    db.session.commit()
    return open_session


def test_you_said_we_did_shows_each_change_and_where_it_is_in_plain_words(app, tracked):
    response = app.test_client().get(f"/j/{tracked.join_code}/updates")
    main = soup(response).select_one("main")
    text = main.get_text(" ", strip=True)
    assert "Tell children in writing when their worker changes." in text
    assert "Started" in text and "Not done yet: it is late" in text
    for hard in ("R1", "R2", "Service Manager", "Head of Service", "letter template", "Who is doing it"):
        assert hard not in text, hard
    # The page's own words read at grade 5 or below (the officers' words aside), as test_youth_pages reads them.
    for officer_words in main.select("bdi"):
        officer_words.decompose()
    for tag in main.find_all(_BLOCKS):
        tag.append("\n\n")
    assert grade(main.get_text(" ")) <= 5


def test_you_said_we_did_marks_the_officers_english_on_a_translated_page(app, tracked):
    page = soup(app.test_client().get(f"/j/{tracked.join_code}/updates?lang=ti"))
    marked = page.select("main bdi[lang=en-GB]")
    assert {b.get_text() for b in marked} >= {
        "Tell children in writing when their worker changes.", "You said your worker changes a lot.", "We told the councillors.",
    }
    # Said once, plainly, above each part the team wrote (test_youth_words), not after every line.
    notes = page.select("main p.py-english-note")
    assert len(notes) == 2
    for b in marked:
        assert b.find_previous("p", class_="py-english-note") is not None
    english = soup(app.test_client().get(f"/j/{tracked.join_code}/updates?lang=en"))
    assert english.select_one("main .py-title-note") is None
