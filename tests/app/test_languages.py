"""Young people's languages: choosing one, the page's lang and dir, what a session offers, English fallback."""

from __future__ import annotations

import shutil

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import Answer, AuditEvent
from participation.pure import languages
from tests.conftest import Young, make_app


def _page(response):
    return BeautifulSoup(response.text, "html.parser")


def _html(response):
    tag = _page(response).html
    return tag["lang"], tag["dir"]


def test_join_with_lang_ar_is_arabic_right_to_left(client):
    page = _page(client.get("/join?lang=ar"))
    assert (page.html["lang"], page.html["dir"]) == ("ar", "rtl")
    assert page.select_one("button.govuk-button").get_text(strip=True) == "ادخل"
    assert page.select_one("h1 label, label h1, .govuk-label--l").get_text(strip=True) == "اكتب الرمز الظاهر على الشاشة"


def test_each_language_is_named_in_its_own_script_and_links_to_itself(client):
    page = _page(client.get("/join"))
    links = {a["lang"]: a for a in page.select("nav.py-languages a")}
    assert links["ti"].get_text(strip=True) == "ትግርኛ"
    assert links["ar"].get_text(strip=True) == "العربية"
    assert links["ar"]["dir"] == "rtl"
    assert links["ti"]["href"] == "/join?lang=ti"
    assert len(links) == len(languages.LANGUAGES)
    assert page.select_one("nav.py-languages svg.py-icon") is not None  # the globe, for those who cannot read the word


def test_accept_language_is_the_default(client):
    assert _html(client.get("/join", headers={"Accept-Language": "ti-ER,ti;q=0.9,en;q=0.5"})) == ("ti", "ltr")
    assert _html(client.get("/join", headers={"Accept-Language": "fa-IR"})) == ("fa-AF", "rtl")
    assert _html(client.get("/join", headers={"Accept-Language": "de-DE"})) == ("en-GB", "ltr")
    assert _html(client.get("/join")) == ("en-GB", "ltr")


def test_the_choice_is_remembered_for_the_visit_over_the_phones_language(client, open_session):
    client.get("/join?lang=ar")
    assert _html(client.get("/join", headers={"Accept-Language": "en-GB"})) == ("ar", "rtl")
    welcome = _page(client.get(f"/j/{open_session.join_code}"))
    assert welcome.html["lang"] == "ar"
    assert welcome.select_one("h1").get_text(strip=True) == "أهلاً بك"
    assert _html(client.get("/join?lang=sq")) == ("sq", "ltr")
    assert _html(client.get("/privacy")) == ("sq", "ltr")


def test_an_unknown_language_changes_nothing(client):
    client.get("/join?lang=ti")
    assert _html(client.get("/join?lang=xx-nonsense")) == ("ti", "ltr")


def test_staff_pages_stay_english_whatever_was_chosen(app, officer_client, open_session):
    officer_client.get("/join?lang=ar")
    page = _page(officer_client.get(f"/staff/sessions/{open_session.id}"))
    assert (page.html["lang"], page.html["dir"]) == ("en-GB", "ltr")


def test_a_session_offering_only_some_languages_shows_only_those(app, officer, client, open_session):
    services.set_languages(officer, open_session, ["ti"])
    client.get("/join?lang=ar")  # chosen before the code was typed, but this session does not offer it
    welcome = client.get(f"/j/{open_session.join_code}")
    assert _html(welcome) == ("en-GB", "ltr")
    offered = [a["lang"] for a in _page(welcome).select("nav.py-languages a")]
    assert offered == ["en-GB", "ti"]
    assert _html(client.get(f"/j/{open_session.join_code}?lang=ti")) == ("ti", "ltr")
    # and the phone's own language counts only when the session offers it
    other = app.test_client()
    assert _html(other.get(f"/j/{open_session.join_code}", headers={"Accept-Language": "ar"})) == ("en-GB", "ltr")
    assert _html(other.get(f"/j/{open_session.join_code}", headers={"Accept-Language": "ti"})) == ("ti", "ltr")


def test_officer_chooses_languages_audited_and_sees_who_wrote_each(app, officer, officer_client, open_session):
    r = officer_client.post(f"/staff/sessions/{open_session.id}/languages", data={"languages": ["ar", "ti"]})
    assert r.status_code == 303
    db.session.refresh(open_session)
    assert open_session.languages == ["en", "ar", "ti"]
    event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "session-languages-set")).one()
    assert event.actor_id == officer.id
    page = _page(officer_client.get(f"/staff/sessions/{open_session.id}"))
    status = page.select_one("#language-ti-status").get_text(" ", strip=True)
    assert "machine-drafted by the development team, 2026-12-03" in status
    assert "Not yet checked by a fluent speaker" in status
    assert page.select_one("#language-ti")["checked"] is not None
    assert not page.select_one("#language-sq").has_attr("checked")


def test_every_language_ticked_is_stored_as_every_language(officer, open_session):
    services.set_languages(officer, open_session, list(languages.CODES))
    assert open_session.languages is None
    assert languages.offered(open_session.languages) == languages.LANGUAGES


def test_prompt_bank_words_are_shown_in_the_chosen_language(app, officer):
    review = services.create_review(officer, "Review", "", ["children-in-care"])
    s = services.create_session(officer, review, "Session", __import__("datetime").date(2026, 12, 3), "both")
    services.add_from_bank(officer, s, ["sw-know-who"])
    services.open_session(officer, s)
    y = Young(app.test_client(), s.join_code)
    y.client.get("/join?lang=ti")
    y.join()
    page = _page(y.page(1))
    assert page.select_one("legend h1").get_text(strip=True) == "ሶሻል ወርከርካ (ሰራሕተኛ ማሕበራዊ ጉዳይ) መን ምዃኑ ትፈልጥ ዲኻ?"
    labels = [label.get_text(strip=True) for label in page.select(".govuk-radios__label")]
    assert labels[0] == "እወ፡ ጽቡቕ ገይረ እፈልጦ"
    values = [i["value"] for i in page.select(".govuk-radios__input")]
    assert values[0] == "Yes, I know them well"  # the stored answer stays the bank's English
    assert page.select_one(".govuk-hint").get_text(" ", strip=True).startswith("ሓደ ምረጽ። እዚ እቲ ናይ መወዳእታ ሕቶ እዩ።")


def test_an_officers_own_prompt_shows_their_words_and_english_where_they_wrote_none(app, officer, officer_client):
    review = services.create_review(officer, "Review", "", ["children-in-care"])
    s = services.create_session(officer, review, "Session", __import__("datetime").date(2026, 12, 3), "both")
    r = officer_client.post(
        f"/staff/sessions/{s.id}/prompts/new",
        data={"text": "How is the youth club?", "hint": "Say anything.", "kind": "text", "max_length": "200",
              "text_ar": "كيف هو نادي الشباب؟", "hint_ar": "", "text_ti": ""},
    )
    assert r.status_code == 303, r.text
    db.session.refresh(s)
    assert s.prompts[0].translations == {"ar": {"text": "كيف هو نادي الشباب؟"}}
    services.open_session(officer, s)
    y = Young(app.test_client(), s.join_code)
    y.client.get("/join?lang=ar")
    y.join()
    page = _page(y.page(1))
    assert page.select_one("label h1, h1 label").get_text(strip=True) == "كيف هو نادي الشباب؟"
    # no Arabic hint was written: the English shows, never a blank, then the translated words about spelling
    # (under every box they write in) and the last-question line
    assert page.select_one("#answer-hint").get_text(" ", strip=True) == "Say anything. الإملاء لا يهم. هذا هو السؤال الأخير."
    y.client.get("/join?lang=ti")
    page = _page(y.page(1))
    assert page.select_one("label h1, h1 label").get_text(strip=True) == "How is the youth club?"


def test_answers_in_any_language_are_kept_and_reach_the_moderator(app, officer_client, open_session):
    y = Young(app.test_client(), open_session.join_code)
    y.client.get("/join?lang=ti")
    y.join()
    r = y.answer(4, "ገዛና ጽቡቕ እዩ ግን ዝሑል እዩ")
    assert r.status_code == 303
    assert db.session.scalars(select(Answer.text).where(Answer.text.is_not(None))).one() == "ገዛና ጽቡቕ እዩ ግን ዝሑል እዩ"
    queue = officer_client.get(f"/staff/moderation?session={open_session.id}")
    assert "ገዛና ጽቡቕ እዩ ግን ዝሑል እዩ" in _page(queue).get_text()


@pytest.fixture
def arabic_without_join(tmp_path):
    """The app with an Arabic catalogue that has lost its translation of "Join"."""
    target = tmp_path / "translations"
    shutil.copytree(languages.TRANSLATIONS, target)
    po = target / "ar" / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as f:
        catalog = read_po(f)
    catalog["Join"].string = ""
    with (po.with_suffix(".mo")).open("wb") as f:
        write_mo(f, catalog)
    app = make_app(BABEL_TRANSLATION_DIRECTORIES=str(target))
    with app.app_context():
        domain = app.extensions["babel"].instance.domain_instance
    domain.cache.clear()  # catalogues are cached per process; this app must read its own
    yield app
    domain.cache.clear()


def test_a_missing_string_falls_back_to_english_never_to_a_blank(arabic_without_join):
    client = arabic_without_join.test_client()
    with arabic_without_join.app_context():
        page = _page(client.get("/join?lang=ar"))
    assert page.html["lang"] == "ar"
    assert page.select_one("button.govuk-button").get_text(strip=True) == "Join"
    assert page.select_one(".govuk-label--l").get_text(strip=True) == "اكتب الرمز الظاهر على الشاشة"
