"""The youth journey's words, from the fourth walk (Jade 12, Dawit 17, Kayden 20): who must act if they are not
safe, in few words; spelling; who can never be told it was them; the privacy page saying the welcome's promise
and its limits; topics and the team's English on "You said, we did"; help for young people seeking asylum
there for everyone, but quietly."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import recommendations
from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import CouncilTheme, ParticipationSession
from participation.pure import languages
from participation.pure.local_time import uk_today
from participation.pure.prompt_bank import SPELLING, by_slug, youth_hint
from participation.pure.readability import grade, words
from participation.pure.theming.taxonomy import THEME_IDS
from participation.web.i18n import YOUTH_TOPICS
from tests.app.test_youth_pages import page_words
from tests.conftest import Young

HOME_OFFICE = "We cannot tell the Home Office, police, school or carers it was you."
HOME_OFFICE_FOR_ALL = (
    "We cannot tell the Home Office, police or anyone else it was you."  # care leavers, and no session known
)


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def _catalogue(code):
    with open(languages.TRANSLATIONS / code / "LC_MESSAGES" / "messages.po", "rb") as f:
        return read_po(f)


# ---- 1. Who must act if they are not safe: 12 words or fewer, naming who -----------------------------------


@pytest.mark.parametrize(
    ("audience", "who"), [("children-in-care", "adults here"), ("care-leavers", "staff here")]
)
def test_the_danger_line_is_short_and_says_the_exception_to_nobody_can_tell(app, make_session, audience, who):
    """Kayden: the welcome said in bold "Nobody can tell it was you." while the privacy page said "They will try
    to find you"; Jade: "adults here will come to help" cannot be true of an answer nobody can tie to her. The
    welcome says what does happen (the adults here are told), and the privacy page says the same."""
    s = make_session()
    s.audience = audience
    db.session.commit()
    line = (
        soup(app.test_client().get(f"/j/{s.join_code}"))
        .select_one(".py-promises__safe")
        .get_text(" ", strip=True)
    )
    assert len(words(line)) <= 14, line  # and the welcome's promises still fit above Start (a browser test)
    assert line == f"If you say you are unsafe, {who} are told, not who you are."
    assert "look for you" not in line and "come to" not in line  # hunted; or a visit nobody could make
    privacy = soup(app.test_client().get("/privacy")).select_one("main").get_text(" ", strip=True)
    # The same there, with no "they will try to find you" beside "nobody can tell it was you".
    assert "They will tell everyone here how to ask for help, without pointing at anyone." in privacy
    assert "find you" not in privacy and "come to help" not in privacy
    assert "keeps you safe" not in line  # "which adult?": gone


@pytest.mark.parametrize(
    ("audience", "who"),
    [("children-in-care", "the adults here"), ("care-leavers", "the staff here"), (None, "the staff here")],
)
def test_the_privacy_page_says_who_must_help_and_what_they_will_do(client, make_session, audience, who):
    s = make_session()
    s.audience = audience or "both"
    db.session.commit()
    page = soup(client.get(f"/privacy?code={s.join_code}" if audience else "/privacy"))
    said = page.select_one("#not-safe").find_all_next("p", limit=3)
    text = " ".join(p.get_text(" ", strip=True) for p in [page.select_one("#not-safe"), *said[:2]])
    assert f"{who} must help." in text
    assert ("They will tell everyone here how to ask for help, without pointing at anyone. To talk to one of them, tap "
            "“Talk to someone here today”. We will not say your name out loud or show it on any screen.") in text
    assert "Someone whose job is to keep young people safe will read it too." in text
    assert "an adult has to act" not in text


# ---- 2. Spelling does not matter, under every box they write in ---------------------------------------------


def test_every_written_answer_says_spelling_does_not_matter_and_no_other_kind_does(young):
    for n, kind in enumerate(("scale", "single", "multiple", "text"), start=1):
        hint = soup(young.page(n)).select_one(".govuk-hint")
        text = hint.get_text(" ", strip=True) if hint else ""
        assert (SPELLING in text) is (kind == "text"), (kind, text)


def test_spelling_is_said_in_the_page_language(app, young):
    young.client.get(f"/j/{young.code}?lang=ti")
    hint = soup(young.page(4)).select_one(".govuk-hint").get_text(" ", strip=True)
    ti = _catalogue("ti").get(SPELLING).string
    assert ti and ti in hint and SPELLING not in hint


def test_staff_see_the_spelling_words_in_the_hint_young_people_see():
    assert youth_hint("Tell us.", is_last=False, free_text=True) == "Tell us. Spelling does not matter."
    assert (
        youth_hint("", is_last=True, free_text=True) == "Spelling does not matter. This is the last question."
    )
    assert youth_hint("Pick one.", is_last=False) == "Pick one."


def test_the_officers_session_page_shows_the_spelling_words_under_a_written_question(
    app, officer, officer_client
):
    review = services.create_review(officer, "Review", "", ["children-in-care"])
    s = services.create_session(officer, review, "Session", date(2026, 12, 3), "both")
    services.add_from_bank(officer, s, ["opener-good-thing", "sw-how-good"])
    hints = [
        p.get_text(" ", strip=True)
        for p in soup(officer_client.get(f"/staff/sessions/{s.id}")).select(".py-prompt-hint")
    ]
    assert SPELLING in hints[0] and not any(SPELLING in h for h in hints[1:]), hints


# ---- 3 and 4. Who can never be told it was them; the privacy page keeps the welcome's promise ----------------


def test_the_welcome_says_who_cannot_be_told_it_was_them_and_still_fits(client, open_session):
    page = soup(client.get(f"/j/{open_session.join_code}"))
    promises = page.select_one(".py-promises").get_text(" ", strip=True)
    assert HOME_OFFICE in promises
    assert "Nobody can tell it was you." in promises and "Adults here read your words." in promises
    assert len(words(promises)) <= 57  # Start still shows without scrolling (tests/browser)


def test_the_privacy_page_says_the_welcomes_promise_and_its_limits_in_plain_words(client, open_session):
    response = client.get(f"/privacy?code={open_session.join_code}")
    page = soup(response)
    heading = page.select_one("#nobody-can-tell")
    assert heading.get_text(strip=True) == "Nobody can tell it was you"
    promise = heading.find_next("p").get_text(" ", strip=True)
    assert promise == "We do not know who you are. " + HOME_OFFICE
    # Known to no session (it could be a care leaver's phone): no school or carers.
    anyone = (
        soup(client.get("/privacy")).select_one("#nobody-can-tell").find_next("p").get_text(" ", strip=True)
    )
    assert anyone == "We do not know who you are. " + HOME_OFFICE_FOR_ALL
    text = page.select_one("main").get_text(" ", strip=True)
    # Its limits, after it: a name they type is taken out; if they are not safe, the adults here are told.
    assert "They take it out before anyone else reads your answer." in text
    assert "They will tell everyone here how to ask for help" in text
    # The phone keeps words not sent yet (a draft): said where the phone's note is.
    assert "It also keeps words you typed but did not send yet, so they are not lost." in text
    # Honest: people do read the words (never "nobody reads"), without knowing who wrote them.
    assert "read what young people said" in text and "They never see who said it." in text
    assert "nobody reads" not in text.lower() and "nobody sees" not in text.lower()
    assert grade(page_words(response)) <= 5


@pytest.mark.parametrize("lang", [lang.code for lang in languages.LANGUAGES if lang.code != "en"])
def test_the_new_promises_are_in_every_language(client, open_session, lang):
    welcome = (
        soup(client.get(f"/j/{open_session.join_code}?lang={lang}"))
        .select_one(".py-promises")
        .get_text(" ", strip=True)
    )
    privacy = (
        soup(client.get(f"/privacy?code={open_session.join_code}"))
        .select_one("main")
        .get_text(" ", strip=True)
    )
    anyone = soup(client.get("/privacy")).select_one("main").get_text(" ", strip=True)
    for shown in (welcome, privacy, anyone):
        assert (
            "police, school" not in shown and "must help" not in shown and "police or anyone" not in shown
        ), lang
    wanted = _catalogue(lang).get(HOME_OFFICE).string
    assert wanted and wanted in welcome and wanted in privacy
    wanted = _catalogue(lang).get(HOME_OFFICE_FOR_ALL).string
    assert wanted and wanted in anyone


# ---- 5. Topics in the page's language; the team's English said once, above it ----------------------------


def test_every_base_theme_has_a_youth_topic_translated_into_every_language(app):
    assert set(YOUTH_TOPICS) == set(THEME_IDS)
    with app.test_request_context("/"):
        english = {str(label) for label in YOUTH_TOPICS.values()}
    assert len(english) == len(THEME_IDS)
    for lang in languages.LANGUAGES:
        if lang.code == "en":
            continue
        catalogue = _catalogue(lang.code)
        for label in english:
            message = catalogue.get(label)
            assert message is not None and message.string and message.string != label, (lang.code, label)


@pytest.fixture
def with_topics(officer, open_session):
    review = open_session.review
    db.session.add(
        CouncilTheme(
            council_id=review.council_id, theme_id="youth-club", label="Youth club", created_by_id=officer.id
        )
    )
    db.session.commit()
    rec = recommendations.add_recommendation(
        officer,
        review,
        "Help care leavers find a flat near their friends.",
        "",
        ["housing", "youth-club"],
        uk_today() + timedelta(days=60),
    )
    recommendations.respond(officer, rec, "accepted", "")
    return open_session


def test_you_said_we_did_names_each_changes_topic_in_the_page_language(app, with_topics):
    client = app.test_client()
    english = soup(client.get(f"/j/{with_topics.join_code}/updates?lang=en"))
    assert (
        english.select_one("#tracker-R1 .py-topic").get_text(" ", strip=True) == "About: Housing, Youth club"
    )
    assert english.select_one(".py-english-note") is None
    ti = soup(client.get(f"/j/{with_topics.join_code}/updates?lang=ti"))
    topic = ti.select_one("#tracker-R1 .py-topic")
    housing = _catalogue("ti").get("Housing").string
    assert housing in topic.get_text(" ", strip=True) and "Housing" not in topic.get_text(" ", strip=True)
    # A council's own theme has only its officers' English: marked so, for the voice and screen readers.
    assert topic.select_one("bdi[lang=en-GB]").get_text() == "Youth club"
    # What was asked for is the team's English: marked, with one plain note above the list saying so.
    asked = ti.select_one("#tracker-R1 > p[dir=auto] > bdi[lang=en-GB]")
    assert asked is not None and asked.get_text() == "Help care leavers find a flat near their friends."
    note = ti.select_one("ul.py-tracker").find_previous_sibling("p")
    assert "py-english-note" in note["class"]
    assert note.get_text(strip=True) == _catalogue("ti").get("The team wrote this part in English.").string


# ---- 6. Help for young people seeking asylum: for everyone, but quiet ----------------------------------------


def _asylum(response):
    return soup(response).select_one(".py-support li.py-support__asylum details")


def test_the_asylum_line_is_folded_under_a_plain_question_for_a_child_reading_in_english(
    app, officer, make_session
):
    s = make_session()
    s.audience = "children-in-care"
    db.session.commit()
    young = Young(app.test_client(), s.join_code)
    young.join()
    for url in (f"/help?code={s.join_code}", f"/j/{s.join_code}/thanks"):
        details = _asylum(young.client.get(url))
        assert details is not None, url
        assert details.select_one("summary").get_text(strip=True) == "If you came to the UK on your own"
        assert not details.has_attr("open"), url
        inside = details.select_one(".govuk-details__text")
        assert "Seeking asylum?" in inside.get_text() and inside.select_one(
            "a[href*='refugeecouncil.org.uk']"
        )
        # Not a box of its own: inside the help list, like the other lines.
        assert details.find_parent("ul", class_="py-support__list") is not None


def test_the_asylum_line_is_open_already_on_a_page_in_a_language_from_abroad(app, open_session):
    young = Young(app.test_client(), open_session.join_code)
    young.client.get(f"/j/{open_session.join_code}?lang=ti")
    young.join()
    details = _asylum(young.client.get(f"/help?code={open_session.join_code}"))
    assert details.has_attr("open")
    assert (
        details.select_one("summary").get_text(strip=True)
        == _catalogue("ti").get("If you came to the UK on your own").string
    )
    # Welsh is a language of the UK: folded, as in English.
    young.client.get(f"/j/{open_session.join_code}?lang=cy")
    assert not _asylum(young.client.get(f"/help?code={open_session.join_code}")).has_attr("open")


# ---- 7. Young reviewers' words (issue 14): the adults are told, grown-up words for adults, a way back -------


@pytest.mark.parametrize("lang", [lang.code for lang in languages.LANGUAGES if lang.code != "en"])
@pytest.mark.parametrize(
    ("audience", "english"),
    [
        ("children-in-care", "If you say you are unsafe, adults here are told, not who you are."),
        ("care-leavers", "If you say you are unsafe, staff here are told, not who you are."),
    ],
)
def test_the_danger_line_says_the_adults_are_told_in_every_language(
    client, make_session, audience, english, lang
):
    s = make_session()
    s.audience = audience
    db.session.commit()
    line = soup(client.get(f"/j/{s.join_code}?lang={lang}")).select_one(".py-promises__safe").get_text(" ", strip=True)
    wanted = _catalogue(lang).get(english).string
    assert wanted and line == wanted, (lang, line)


@pytest.mark.parametrize(("audience", "link"), [("care-leavers", "Full accessibility statement"),
                                                ("children-in-care", "The full statement, for adults"),
                                                (None, "Full accessibility statement")])
def test_a_care_leaver_is_not_told_the_full_statement_is_for_adults(client, make_session, audience, link):
    """A 20-year-old is an adult: the link to the formal statement says what it is, not whom it is for."""
    s = make_session()
    s.audience = audience or "both"
    db.session.commit()
    page = soup(client.get(f"/accessibility?code={s.join_code}" if audience else "/accessibility"))
    assert page.select_one("main a[href='/accessibility/full']").get_text(strip=True) == link
    if audience != "children-in-care":
        assert "for adults" not in page.select_one("main").get_text(" ", strip=True)


def test_stopping_before_any_answer_says_that_is_ok_once(young):
    main = soup(young.client.get(f"/j/{young.code}/thanks?stopped=1")).select_one("main")
    assert main.select_one("h1").get_text(strip=True) == "You stopped. That is OK."
    assert main.select_one(".py-thanks__body").get_text(strip=True) == "You did not answer any questions."
    assert main.get_text(" ", strip=True).count("That is OK") == 1


def test_you_said_we_did_has_a_way_back_to_the_questions_or_the_start(app, officer, young):
    back = soup(young.client.get(f"/j/{young.code}/updates")).select_one("a.govuk-back-link")
    assert (back["href"], back.get_text(strip=True)) == (f"/j/{young.code}/q/1", "Back to my questions")
    # The session's welcome for a phone with no visit while it is open; Join once it has closed (the QR card).
    s = db.session.scalar(select(ParticipationSession).where(ParticipationSession.join_code == young.code))
    back = soup(app.test_client().get(f"/j/{young.code}/updates")).select_one("a.govuk-back-link")
    assert (back["href"], back.get_text(strip=True)) == (f"/j/{young.code}", "Back to the start")
    services.close_session(officer, s)
    for client in (young.client, app.test_client()):
        back = soup(client.get(f"/j/{young.code}/updates")).select_one("a.govuk-back-link")
        assert (back["href"], back.get_text(strip=True)) == ("/join", "Back to the start")


def test_the_money_question_for_care_leavers_asks_about_heating_and_electricity():
    money = by_slug()["money-hard"]
    assert "Paying for heating or electricity" in money["options"]
    assert "Paying for heating or electricity" in money["not_working"]
    # Added among the troubles: "Nothing right now" and "Something else" stay last (earlier sessions keep their
    # own copy of the options, so their answers stay valid).
    assert money["options"][-2:] == ["Nothing right now", "Something else"]


def test_the_tigrinya_reader_s_fixes_stay_made():
    said = [m.string for m in _catalogue("ti") if m.id and m.string]
    assert not [s for s in said if "ኣብ የናይ" in s]
    assert not [s for s in said if "ውሳነ" in s]  # decisions: ውሳኔ, as in ውሳኔታት, everywhere
