"""What the three young people found on their last walk: a reload that said "That did not work", a box that cut
words silently, a title left in English, Listen missing on two pages, words for care leavers and for
someone writing in their own language."""

from __future__ import annotations

from bs4 import BeautifulSoup
from sqlalchemy import func, select

from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import Alert
from tests.conftest import Young, form_value


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def test_the_talk_page_loaded_again_is_the_same_kind_page_not_an_error(young):
    question = soup(young.page(2))
    form = question.select_one(f"form[action='/j/{young.code}/q/2/talk']")
    data = {i["name"]: i["value"] for i in form.select("input[type=hidden]")}
    sent = young.client.post(f"/j/{young.code}/q/2/talk", data=data)
    # The POST tells the adults, then sends the phone to a page it can load again (a reload is a GET).
    assert sent.status_code == 303
    first = young.client.get(sent.location)
    again = young.client.get(sent.location)
    for page in (first, again):
        assert page.status_code == 200
        html = soup(page)
        assert html.select_one("h1").get_text(strip=True) == "We have told the adults running today"
        assert "That did not work" not in page.text
    code = soup(first).select_one(".py-talk-code").get_text(strip=True)
    assert soup(again).select_one(".py-talk-code").get_text(strip=True) == code
    carry_on = next(a for a in soup(again).select("a.govuk-button") if a.get_text(strip=True) == "Carry on answering")
    assert carry_on["href"] == f"/j/{young.code}/q/2"
    # Loading it again never asks again: one alert, one number.
    assert db.session.scalar(select(func.count()).select_from(Alert)) == 1


def test_the_talk_page_opened_on_a_phone_with_no_request_is_still_kind(app, open_session):
    other = app.test_client().get(f"/j/{open_session.join_code}/q/1/talk")
    assert other.status_code == 200
    html = soup(other)
    assert html.select_one(".py-talk-code") is None
    assert "Please go and talk to one of the adults running today." in html.get_text(" ", strip=True)
    assert db.session.scalar(select(func.count()).select_from(Alert)) == 0


def _money_visit(app, officer, make_session):
    s = make_session(state="draft", prompts=())
    services.add_from_bank(officer, s, ["money-hard"])
    services.open_session(officer, s)
    young = Young(app.test_client(), s.join_code)
    young.join()
    return young


def test_something_else_shows_its_limit_and_never_cuts_words(app, officer, make_session):
    young = _money_visit(app, officer, make_session)
    page = young.page(1)
    box = soup(page).select_one("#other")
    # The same counter as the main answer box: the limit and how much is left, and no maxlength that cuts silently.
    assert box.name == "textarea" and not box.has_attr("maxlength")
    counter = box.find_parent(class_="govuk-character-count")
    assert counter["data-maxlength"] == "200"
    assert counter.select_one(".govuk-character-count__message").get_text(strip=True) == "You can write up to 200 letters"
    assert box["rows"] == "3"
    words = "I would like help to save for a bike so I can get to college on time every day and not pay bus fares " * 3
    sent = young.client.post(f"/j/{young.code}/q/1", data={
        "form_token": form_value(page.text, "form_token"), "action": "next", "answer": ["Something else"], "other": words,
    })
    # Too long: a kind error, and every word is still in the box.
    html = soup(young.sent_back(sent, 1))
    over = len(words.strip()) - 200
    assert html.select_one(".py-kind-error a[href='#other']").get_text(strip=True) == (
        f"You have {over} letters too many. Make it shorter.")  # 111 too many is more than "a bit" (20 or fewer)
    assert html.select_one("textarea#other").get_text() == words.strip()
    assert db.session.scalar(select(func.count()).select_from(Alert)) == 0


def test_listen_is_on_the_updates_privacy_and_accessibility_pages_from_the_one_partial(client, open_session):
    for url in (f"/j/{open_session.join_code}/updates", "/privacy", "/accessibility"):
        heading = soup(client.get(url)).select_one(".py-topline--heading")
        assert heading is not None, url
        assert heading.select_one("h1[data-focus]") is not None and heading.select_one("button.py-listen[hidden]") is not None, url


def test_the_title_on_a_translated_page_says_plainly_it_is_in_english(app, open_session):
    phone = app.test_client()
    english = soup(phone.get(f"/j/{open_session.join_code}")).select_one(".py-welcome__today")
    assert "(This title is in English.)" not in english.get_text() and "Test session" in english.get_text()
    for url in (f"/j/{open_session.join_code}?lang=ti", f"/j/{open_session.join_code}/updates?lang=ti"):
        page = soup(phone.get(url))
        title = page.find("span", string="Test session")
        assert title["lang"] == "en-GB", url
        assert title.find_next_sibling("span", class_="py-title-note").get_text(strip=True) == "(እዚ ኣርእስቲ ብእንግሊዝኛ እዩ።)", url


def _care_leavers(make_session, officer, local=None):
    s = make_session(state="draft")
    s.audience = "care-leavers"
    db.session.commit()
    if local:
        services.set_local_contact(officer, s, *local)
    services.open_session(officer, s)
    return s


def test_care_leavers_hear_staff_not_adults_and_the_truth_about_money_answers(app, officer, make_session):
    s = _care_leavers(make_session, officer)
    welcome = soup(app.test_client().get(f"/j/{s.join_code}"))
    promises = welcome.select_one(".py-promises").get_text(" ", strip=True)
    assert "adult" not in promises.lower() and "Staff here read your words." in promises
    assert "The council gets a summary with no names." in promises
    # Money or a home raises no alert and goes to nobody (the app shows help): their team hears only if they ask.
    # Said before they start: above Start, never under it.
    money = welcome.select_one(".py-welcome__money")
    assert money.get_text(" ", strip=True) == (
        "Answers about money or a home do not go to your leaving care team. If you want their help, ask the staff here.")
    assert money.find_next("button").get_text(strip=True) == "Start"
    assert welcome.select_one(".py-welcome__more") is None  # English: nothing under Start to read
    young = Young(app.test_client(), s.join_code)
    young.join()
    sent = young.client.post(f"/j/{s.join_code}/q/1/talk", follow_redirects=True)
    assert soup(sent).select_one("h1").get_text(strip=True) == "We have told the staff running today"
    children = soup(app.test_client().get(f"/j/{make_session().join_code}"))
    assert children.select_one(".py-welcome__more") is None  # English, not care leavers: nothing more to read
    assert children.select_one(".py-welcome__money") is None


def test_care_leavers_money_help_has_a_food_bank_from_the_trussell_trusts_own_page(app, officer, make_session):
    s = _care_leavers(make_session, officer)
    young = Young(app.test_client(), s.join_code)
    young.join()
    help_page = soup(young.client.get(f"/j/{s.join_code}/q/1/help"))
    item = next(li for li in help_page.select(".py-support__list li") if "Food bank" in li.get_text())
    assert item.select_one("a")["href"] == "https://www.trusselltrust.org/get-help/emergency-food/"


def test_in_another_language_the_welcome_says_a_person_reads_it_and_whom_to_ask_for_an_interpreter(app, officer, make_session):
    s = _care_leavers(make_session, officer, ("Northshire leaving care team", "01632 960123", ""))
    more = soup(app.test_client().get(f"/j/{s.join_code}?lang=ti")).select_one(".py-welcome__more")
    text = more.get_text(" ", strip=True)
    assert "ብቋንቋኻ ክትጽሕፍ ትኽእል ኢኻ። ሰብ እዩ ከንብቦ።" in text  # "You can write in your own language. A person will read it."
    assert "ተርጓሚ የድልየካ ድዩ?" in text  # "Need an interpreter? Ask the people running today."
    call = more.select_one("a[data-help-source=council]")
    assert call["href"] == "tel:01632960123" and "Northshire leaving care team" in call.get_text()


def test_every_face_has_a_plain_word_beside_it(young):
    labels = [label.get_text(" ", strip=True) for label in soup(young.page(1)).select(".py-scale .govuk-radios__label")]
    assert labels == ["Really good", "Good", "OK", "Bad", "Really bad"]


# Each page that names the people running a session, and its line as a care leaver reads it and as a child does.
WHO_RUNS_IT = {
    "updates": ("The staff who asked the questions have not written this yet.",
                "The adults who asked the questions have not written this yet."),
    "closed": ("Thank you for coming. The staff who asked them are reading what young people said.",
               "Thank you for coming. The adults who asked them are reading what young people said."),
    "not open yet": ("The staff running it will tell you when it starts.",
                     "The adults running it will tell you when it starts."),
    "help": ("You can also talk to the staff in the room, or anyone you trust.",
             "You can also talk to an adult in the room, or any adult you trust."),
    "thanks": ("The staff running today read your answers. They take out any names.",
               "The adults running today read your answers. They take out any names."),
    "thanks, loaded again": ("The staff running today read your answers.", "The adults running today read your answers."),
}
COUNCIL_LINE = ("Your council's own team. The staff running today added this number.",
                "Your council's own team. The adults running today added this number.")
WITH_COUNCIL_LINE = {"closed", "not open yet", "help", "thanks", "thanks, loaded again", "check-in", "talk", "money help"}


def _pages_for(app, officer, make_session, audience):
    """The text of every youth page that names the people running a session, for a young person who has not
    said their age at a session for this group, whose officer added the council's own contact."""
    def session(state):
        s = make_session(state="draft")
        s.audience = audience
        db.session.commit()
        services.set_local_contact(officer, s, "Northshire leaving care team", "01632 960123")
        if state != "draft":
            services.open_session(officer, s)
        if state == "closed":
            services.close_session(officer, s)
        return s.join_code

    code = session("open")
    young = Young(app.test_client(), code)
    young.join()
    urls = {"welcome": f"/j/{code}", "updates": f"/j/{code}/updates",
            "check-in": f"/j/{code}/q/1/check-in", "money help": f"/j/{code}/q/1/help", "help": f"/help?code={code}"}
    pages = {name: young.client.get(url) for name, url in urls.items()}
    pages["talk"] = young.client.post(f"/j/{code}/q/1/talk", follow_redirects=True)
    assert young.answer(1, "3").status_code == 303
    pages["thanks"] = young.client.get(f"/j/{code}/thanks")
    pages["thanks, loaded again"] = young.client.get(f"/j/{code}/thanks")  # the visit is forgotten: the group decides
    pages["not open yet"] = app.test_client().get(f"/j/{session('draft')}")
    pages["closed"] = app.test_client().get(f"/j/{session('closed')}")
    for name, page in pages.items():
        assert page.status_code == 200, name
    return {name: soup(page).select_one("main").get_text(" ", strip=True) for name, page in pages.items()}


def test_care_leavers_read_staff_not_adults_on_every_page_and_children_keep_the_adults(app, officer, make_session):
    for name, text in _pages_for(app, officer, make_session, "care-leavers").items():
        assert "adult" not in text.lower(), (name, text)
        assert WHO_RUNS_IT.get(name, ("",))[0] in text, name
        assert (COUNCIL_LINE[0] in text) is (name in WITH_COUNCIL_LINE), name
    for audience in ("children-in-care", "both"):
        for name, text in _pages_for(app, officer, make_session, audience).items():
            assert WHO_RUNS_IT.get(name, ("", ""))[1] in text, (audience, name)
            assert (COUNCIL_LINE[1] in text) is (name in WITH_COUNCIL_LINE), (audience, name)
            # Help with money follows words a care leavers' question screens (answers.py): it says "staff" to all.
            assert name == "money help" or "staff" not in text.lower(), (audience, name, text)


def test_a_care_leavers_session_still_speaks_to_a_child_who_says_they_are_under_18(app, officer, make_session):
    s = make_session(state="draft", prompts=("scale",))
    s.audience = "care-leavers"
    services.add_from_bank(officer, s, ["about-age"])
    services.open_session(officer, s)
    young = Young(app.test_client(), s.join_code)
    young.join()
    assert young.answer(2, "12 to 15").status_code == 303
    thanks = soup(young.client.get(f"/j/{s.join_code}/thanks")).select_one("main").get_text(" ", strip=True)
    assert "The adults running today read your answers." in thanks
