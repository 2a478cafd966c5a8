"""Youth pages as a whole: valid attributes, plain words, Stop, help that fits and the date we promise."""

from __future__ import annotations

import re
from datetime import date

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import func, select

from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import Alert, Answer, AuditEvent, Participant
from participation.pure import help_numbers
from participation.pure.readability import grade, words
from participation.web.qr import qr_svg
from tests.conftest import Young, form_value


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def main_text(response) -> str:
    return soup(response).select_one("main").get_text(" ", strip=True)


def _youth_pages(client, young):
    code = young.code
    urls = ["/join", "/help", f"/help?code={code}", "/privacy", "/accessibility", f"/j/{code}", f"/j/{code}/updates",
            f"/j/{code}/q/1/check-in", f"/j/{code}/q/1/help", f"/j/{code}/q/1/stop"]
    urls += [f"/j/{code}/q/{n}" for n in range(1, 5)]
    pages = {url: young.client.get(url) for url in urls}
    pages[f"/j/{code}/thanks"] = young.client.get(f"/j/{code}/thanks")
    return pages


def test_youth_pages_use_only_data_hx_attributes_which_html_allows(client, young):
    for url, response in _youth_pages(client, young).items():
        assert response.status_code == 200, url
        bare = sorted({a for tag in soup(response).find_all(True) for a in tag.attrs if a.startswith("hx-")})
        assert bare == [], url


# Block elements end a "sentence" for the reading grade: a heading or a list item stands alone.
_BLOCKS = ["h1", "h2", "h3", "p", "li", "label", "legend", "button", "dt", "dd", "a", "summary"]


def page_words(response) -> str:
    main = soup(response).select_one("main")
    for tag in main.find_all(_BLOCKS):
        tag.append("\n\n")
    return main.get_text(" ")


def test_every_youth_page_reads_at_grade_5_or_below(client, young):
    for url, response in _youth_pages(client, young).items():
        assert grade(page_words(response)) <= 5, url


def test_welcome_is_about_50_words_and_says_what_matters_before_start(client, open_session):
    page = soup(client.get(f"/j/{open_session.join_code}"))
    promises = page.select_one(".py-promises").get_text(" ", strip=True)
    assert len(words(promises)) <= 57  # and Start shows without scrolling at 360x740 and 320x568 (tests/browser)
    assert "Nobody can tell it was you." in promises
    # Who reads the words as written, and that what is passed on carries no name; nothing it cannot keep
    # (no "only" beside the council: people here read the words, the council gets a summary).
    assert "Adults here read your words." in promises
    assert "The council gets a summary with no names." in promises
    assert "Only" not in promises and "hears" not in promises
    # The exception to "Nobody can tell it was you", in 14 words or fewer (test_youth_words); and what nobody can
    # be told (we do not know who they are), never that their words are kept from everyone.
    assert page.select_one(".py-promises__safe").get_text(strip=True) == "If you say you are unsafe, adults here are told, not who you are."
    assert "We cannot tell the Home Office, police, school or carers it was you." in promises
    assert "not told" not in promises
    assert "Stop any time." in promises
    # Every line has a picture beside its words, drawn on the page (nothing fetched from elsewhere).
    assert all(li.select_one("svg.py-icon[aria-hidden=true]") for li in page.select(".py-promises li"))
    assert page.select_one("form button").get_text(strip=True) == "Start"


def test_no_youth_page_says_safety_lead_or_other_care_jargon(client, young):
    for url, response in _youth_pages(client, young).items():
        text = soup(response).select_one("main").get_text(" ").lower()
        for jargon in ("safety lead", "safeguarding lead", "placement", "looked-after", "respite"):
            assert jargon not in text, (url, jargon)


def test_stop_is_on_every_question_and_ends_the_visit_with_help(young):
    for n in range(1, 5):
        stop = soup(young.page(n)).select_one("a.py-stop")
        assert stop.get_text(" ", strip=True) == "Stop answering"
        assert stop.select_one(".govuk-visually-hidden") is None  # every word of it is seen, not only heard
        assert stop["href"] == f"/j/{young.code}/q/{n}/stop"  # it asks first (test_youth_offers)
    young.answer(1, "4")
    page = soup(young.client.get(f"/j/{young.code}/thanks?stopped=1"))
    assert page.select_one("h1").get_text(strip=True) == "You stopped. That is OK."
    assert page.select_one(".py-support a[href='tel:116123']") is not None
    assert db.session.scalar(select(Participant.finished)) is True
    # The visit is over: the questions now send them back to the welcome.
    assert young.page(2).status_code == 303


def test_young_people_get_a_plain_accessibility_statement_and_staff_the_full_one(client, officer_client):
    plain = soup(client.get("/accessibility"))
    assert plain.select_one("h1").get_text(strip=True) == "Can everyone use this?"
    assert plain.select_one("a[href='/accessibility/full']") is not None
    assert "WCAG" not in plain.select_one("main").get_text()
    full = soup(client.get("/accessibility/full"))
    assert "WCAG" in full.select_one("main").get_text()
    staff_footer = soup(officer_client.get("/staff/")).select("footer a[href^='/accessibility']")
    assert [a["href"] for a in staff_footer] == ["/accessibility/full"]


@pytest.fixture
def money_session(officer, make_session):
    s = make_session(state="draft", prompts=())
    services.add_from_bank(officer, s, ["money-hard"])
    services.open_session(officer, s)
    return s


def _other_answer(client, code, choices, other):
    page = client.get(f"/j/{code}/q/1")
    return client.post(f"/j/{code}/q/1", data={
        "form_token": form_value(page.text, "form_token"), "action": "next", "answer": choices, "other": other,
    })


def test_words_beside_something_else_are_screened_like_any_written_answer(app, money_session):
    young = Young(app.test_client(), money_session.join_code)
    young.join()
    assert _other_answer(young.client, young.code, ["Something else"], "ring me on 07700 900123").status_code == 303
    answer = db.session.execute(select(Answer)).scalar_one()
    assert answer.choices == ["Something else"]
    assert answer.text == "ring me on [phone]" and answer.pii_kinds == ["phone"]
    # Shown again, as they wrote it, when they come back to the question.
    assert soup(young.page(1)).select_one("textarea#other").get_text() == "ring me on 07700 900123"


def test_words_beside_something_else_can_raise_an_alert(app, money_session):
    young = Young(app.test_client(), money_session.join_code)
    young.join()
    r = _other_answer(young.client, young.code, ["Something else"], "my dad hits me when I ask for money")
    assert r.status_code == 303 and r.location.endswith("/q/1/check-in")
    assert db.session.scalar(select(func.count(Alert.id))) == 1


def test_words_left_beside_something_else_keep_it_ticked_and_an_empty_box_unticks_it(app, money_session):
    # Without JavaScript the box is always there: words in it mean "Something else" (test_youth_third_walk).
    # With JavaScript, unticking it hides its box and the box sends nothing (app.js).
    young = Young(app.test_client(), money_session.join_code)
    young.join()
    _other_answer(young.client, young.code, ["Something else"], "bus fares")
    _other_answer(young.client, young.code, ["Saving"], "bus fares")
    answer = db.session.execute(select(Answer)).scalar_one()
    db.session.refresh(answer)
    assert answer.choices == ["Saving", "Something else"] and answer.text == "bus fares"
    _other_answer(young.client, young.code, ["Saving"], "")
    db.session.refresh(answer)
    assert answer.choices == ["Saving"] and answer.text is None and answer.raw_text is None


def test_nothing_right_now_still_goes_on_its_own_without_javascript(app, money_session):
    young = Young(app.test_client(), money_session.join_code)
    young.join()
    r = young.sent_back(_other_answer(young.client, young.code, ["Nothing right now", "Saving"], ""), 1)
    assert "not both" in r.text
    assert db.session.scalar(select(func.count(Answer.id))) == 0


def test_a_tap_moves_on_only_where_it_says_so(young):
    for n, one_tap in ((1, True), (2, True), (3, False), (4, False)):
        page = soup(young.page(n))
        assert bool(page.select(".py-one-tap")) is one_tap, n
        assert bool(page.select(".py-one-tap-hint")) is one_tap, n


# Phone numbers as they are written on a page: 0800 1111, 0800 023 2033, 01632 960123, 116 123, 85258, 999.
PHONE_LIKE = re.compile(r"(?<![\d])(?:0\d{2,4}(?: ?\d{3,4}){1,2}|\d{3} \d{3}|\d{5}|999)(?![\d])")


def _numbers_in(page, code: str = "") -> set[str]:
    # A join code is no phone number, though one such as C34679 has five digits in a row.
    words = page.get_text(" ").replace(code, " ") if code else page.get_text(" ")
    shown = {m.group(0).replace(" ", "") for m in PHONE_LIKE.finditer(words)}
    dialled = {re.sub(r"\D", "", a["href"].split("?")[0]) for a in page.select("a[href^='tel:'], a[href^='sms:']")}
    return shown | dialled


def _numbers_on(response, code: str = "") -> tuple[set[str], set[str]]:
    """(every number on the page outside the council's own contact, the numbers in that contact): the
    one a session's officer typed is marked as the council's own, and is read apart from the rest."""
    page = soup(response)
    council = set()
    for element in page.select("[data-help-source=council]"):
        council |= _numbers_in(element.extract())
    return _numbers_in(page, code), council


LOCAL = ("Northshire leaving care team", "01632 960123", "Monday to Friday, 9am to 5pm")


def test_every_number_shown_on_any_youth_page_is_in_the_help_numbers_file(app, officer, make_session):
    """Every national line comes from the file. The one exception is a number the session's own officer
    typed (the council's leaving care team, say): shown only as the council's own, and only that number."""
    in_file = {line.number.replace(" ", "") for line in help_numbers.all_lines() if line.number}
    seen, council_pages = set(), set()
    for audience, local in (("children-in-care", None), ("care-leavers", LOCAL), ("both", LOCAL)):
        s = make_session(state="draft")
        s.audience = audience
        db.session.commit()
        if local:
            services.set_local_contact(officer, s, *local)
        services.open_session(officer, s)
        young = Young(app.test_client(), s.join_code)
        young.join()
        for url, response in _youth_pages(young.client, young).items():
            numbers, council = _numbers_on(response, s.join_code)
            assert numbers <= in_file, (audience, url, numbers - in_file)
            assert council <= ({"01632960123"} if local else set()), (audience, url, council)
            seen |= numbers
            if council:
                council_pages.add(url.replace(s.join_code, "CODE"))
        seen |= _numbers_on(young.client.get("/no-such-page"))[0]
    assert seen == in_file  # and every number in the file is shown somewhere
    # Wherever help is shown in a session, the council's own contact is too ("/help" alone knows no session).
    assert council_pages == {
        "/help?code=CODE", "/j/CODE/q/1/check-in", "/j/CODE/q/1/help", "/j/CODE/thanks",
    }


def _help_ids(response, heading_id="support-heading"):
    section = soup(response).select_one(f"section[aria-labelledby={heading_id}]")
    return [li.get_text(" ", strip=True) for li in section.select("li")]


def _help_groups(response, heading_id="support-heading"):
    """The help section as [(its heading, or None, [its lines])], in order, without what is behind "More help"."""
    section = soup(response).select_one(f"section[aria-labelledby={heading_id}]")
    return [
        (ul.find_previous_sibling("h3").get_text(strip=True) if ul.find_previous_sibling("h3") else None,
         [li.get_text(" ", strip=True) for li in ul.select("li")])
        for ul in section.select("ul") if ul.find_parent("details") is None
    ]


def _more_help(response, heading_id="support-heading"):
    """The lines behind "More help" (a <details>, closed), or None when there is none."""
    details = soup(response).select_one(f"section[aria-labelledby={heading_id}] details.py-support__more")
    if details is None:
        return None
    assert details.select_one("summary").get_text(strip=True) == "More help" and not details.has_attr("open")
    return [li.get_text(" ", strip=True) for li in details.select("li")]


def _age_session(officer, make_session, audience):
    s = make_session(state="draft", prompts=("scale",))
    s.audience = audience
    services.add_from_bank(officer, s, ["about-age"])
    services.open_session(officer, s)
    return s


def test_help_on_the_thank_you_page_fits_the_age_they_gave(app, officer, make_session):
    # A 12-year-old at a care leavers' session, and a 20-year-old at a session for both (a children in care
    # session offers no age from 18 up: prompt_bank.options_for).
    for audience, band, wanted, unwanted in (
        ("care-leavers", "12 to 15", ["Childline 0800 1111"], ["Become", "StepChange", "personal adviser (PA)"]),
        ("both", "18 to 21", ["Become 0800 023 2033", "StepChange 0800 138 1111", "personal adviser (PA)"], ["Childline"]),
    ):
        s = _age_session(officer, make_session, audience)
        young = Young(app.test_client(), s.join_code)
        young.join()
        assert young.answer(2, band).status_code == 303
        page = young.client.get(f"/j/{s.join_code}/thanks")
        # Once they finished, after what changed and the card to keep (a visit stopped early has help first:
        # test_youth_fifth_walk).
        assert soup(page).select_one("#keep-card").find_next(["h2", "section"]).name == "section"
        [(heading, lines)] = _help_groups(page)  # one list, with no age headings
        shown = " | ".join(lines)
        assert heading is None, audience
        assert all(w in shown for w in wanted) and not any(u in shown for u in unwanted), (audience, shown)
        assert "Samaritans 116 123" in shown
        # The line for young people seeking asylum: for children always; for a 20-year-old reading in
        # English at a session offering no language from abroad, it is left out (test_youth_offers).
        assert ("Seeking asylum?" in shown) is (band == "12 to 15"), audience


def test_without_their_age_help_shows_the_lines_for_under_19s_and_for_18_and_over_each_headed(app, officer, make_session):
    # At a care leavers' session, not saying their age brings the lines for care leavers (test_youth_offers);
    # at a children in care session, the children's short list (test_a_children_in_care_session_...).
    s = _age_session(officer, make_session, "both")
    young = Young(app.test_client(), s.join_code)
    young.join()
    young.answer(2, "I don't want to say")
    page = young.client.get(f"/j/{s.join_code}/thanks")
    groups = _help_groups(page)
    headings = [h for h, _ in groups]
    # The heading over Childline says Childline's own limit, as its line does: never "under 18" over "under 19".
    assert headings == ["If you are under 19", "If you are 18 or over", "For any age"]
    lines = dict(groups)
    assert lines["If you are under 19"] == ["Childline 0800 1111 Free, any time, if you are under 19. Or go to childline.org.uk",
                                            "Coram Voice 0808 800 5792 Free help to speak up about your care. Monday to Friday, 9.30am to 6pm.",
                                            "Your social worker or IRO Your IRO runs your reviews and checks your care plan. "
                                            "You can ask either of them for help, or for an advocate."]
    assert " | ".join(lines["If you are 18 or over"]).count("0800") == 2  # Become and StepChange, with the PA
    assert "Samaritans 116 123" in " | ".join(lines["For any age"]) and "Call 999" in " | ".join(lines["For any age"])
    assert _more_help(page) is None and "under 18" not in main_text(page)
    # The same on the general help page, where nobody's age is known.
    page = app.test_client().get("/help")
    assert [h for h, _ in _help_groups(page)] == ["If you are under 19", "If you are 18 or over", "For any age"]


# The line for young people seeking asylum is folded under its own plain summary (test_youth_words).
# Coram Voice, the advocates' line for children in care, second: among the first numbers, never folded away.
CHILDRENS_LIST = ["Childline 0800 1111", "Coram Voice 0808 800 5792", "Samaritans 116 123", "Text SHOUT to 85258",
                  "Call 999", "If you came to the UK on your own"]
GROWN_UP_LINES = ("Your personal adviser (PA)", "Become", "StepChange", "Food bank")
# A child's "More help": their social worker or IRO, and Become; never a care leaver's personal adviser (a child
# in care has none) or the money and food lines.
CHILDS_MORE_HELP = ("Your social worker or IRO", "Become")


def test_a_children_in_care_session_shows_the_childrens_short_list_and_the_rest_only_behind_more_help(app, officer, make_session):
    """Jade, 12, at a children in care session (CARE47), who has not said her age: Childline first, the lines
    for any age, and no line for 18 and over unless she opens "More help"; on every page that shows help."""
    s = _age_session(officer, make_session, "children-in-care")
    young = Young(app.test_client(), s.join_code)
    young.join()
    code = s.join_code
    pages = {
        "help": young.client.get(f"/help?code={code}"), "check-in": young.client.get(f"/j/{code}/q/1/check-in"),
        "talk": young.client.post(f"/j/{code}/q/1/talk", follow_redirects=True),
    }
    young.answer(2, "I don't want to say")
    pages["thanks"] = young.client.get(f"/j/{code}/thanks")
    for name, page in pages.items():
        [(heading, lines)] = _help_groups(page)
        assert heading is None, name
        assert [next((c for c in CHILDRENS_LIST if line.startswith(c)), line) for line in lines] == CHILDRENS_LIST, name
        shown = " | ".join(lines)
        assert not any(g in shown for g in GROWN_UP_LINES) and not soup(page).select(".py-support__group"), name
        more = " | ".join(_more_help(page))
        assert all(g in more for g in CHILDS_MORE_HELP), name
        assert not any(g in more for g in GROWN_UP_LINES if g != "Become") and "Coram Voice" not in more, name
        assert [more.index(g) for g in CHILDS_MORE_HELP] == sorted(more.index(g) for g in CHILDS_MORE_HELP), name


def test_help_after_words_that_worry_us_fits_their_age_too(app, officer, make_session):
    s = _age_session(officer, make_session, "care-leavers")
    young = Young(app.test_client(), s.join_code)
    young.join()
    young.answer(2, "12 to 15")
    checked_in = young.client.get(f"/j/{s.join_code}/q/1/check-in")
    shown = " | ".join(line for _, lines in _help_groups(checked_in) for line in lines)
    assert "Childline 0800 1111" in shown and "StepChange" not in shown
    asked = young.client.post(f"/j/{s.join_code}/q/1/talk", follow_redirects=True)
    assert "Childline 0800 1111" in " | ".join(line for _, lines in _help_groups(asked) for line in lines)


def test_help_for_young_people_seeking_asylum_links_to_the_services_own_page(client):
    page = soup(client.get("/help"))
    item = next(li for li in page.select(".py-support__list li") if "Seeking asylum?" in li.get_text())
    link = item.select_one("a")
    assert link["href"] == "https://www.refugeecouncil.org.uk/latest/projects/childrens-advice-project/"
    assert link.get_text(strip=True) == "Refugee Council website"


def test_hardship_help_comes_from_the_same_file(young):
    page = young.client.get(f"/j/{young.code}/q/1/help")
    money = " | ".join(_help_ids(page, "money-help"))
    assert "Become 0800 023 2033" in money and "StepChange 0800 138 1111" in money
    assert len(soup(page).select("#support-heading")) == 1


def test_officer_promises_a_month_and_the_thank_you_page_gives_a_card_to_keep(app, officer_client, open_session):
    r = officer_client.post(f"/staff/sessions/{open_session.id}/updates-by", data={"updates_by": "2027-03"})
    assert r.status_code == 303
    db.session.refresh(open_session)
    assert open_session.updates_by == date(2027, 3, 1)
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "session-updates-by-set")).scalar_one()
    assert event.detail["month"] == "2027-03-01"

    young = Young(app.test_client(), open_session.join_code)
    young.join()
    page = soup(young.client.get(f"/j/{open_session.join_code}/thanks"))
    main = page.select_one("main").get_text(" ", strip=True)
    assert "Come back by March 2027 to see what changed." in main
    card = page.select_one(".py-keep-card")
    assert "March 2027" in card.select_one(".py-keep-card__title").get_text()
    assert card.select_one(".py-keep-card__code strong").get_text() == open_session.join_code
    # The QR code opens this session's "what changed" page.
    expected = qr_svg(f"http://localhost/j/{open_session.join_code}/updates", "QR code for what changed", scale=4)
    assert str(card.select_one(".py-keep-card__qr svg")) == str(BeautifulSoup(expected.decode(), "html.parser").svg)
    # And that page says when, until it is written.
    updates = soup(young.client.get(f"/j/{open_session.join_code}/updates")).select_one("main").get_text(" ", strip=True)
    assert "They will write it by March 2027." in updates


def test_without_a_month_the_thank_you_page_says_they_will_hear_at_their_next_group(young):
    page = soup(young.client.get(f"/j/{young.code}/thanks"))
    assert "We will tell you what changed at your next group." in page.select_one("main").get_text(" ", strip=True)
    card = page.select_one(".py-keep-card")  # the card to keep still has the code and the QR code
    assert card.select_one(".py-keep-card__title").get_text(strip=True) == "What changed? Find out at your next group"
    assert card.select_one(".py-keep-card__code strong").get_text() == young.code
    assert card.select_one(".py-keep-card__qr svg") is not None


def test_a_month_before_the_session_or_too_far_ahead_is_refused(officer_client, open_session):
    for month in ("2026-10", "2028-12"):  # the session is on 23 November 2026
        officer_client.post(f"/staff/sessions/{open_session.id}/updates-by", data={"updates_by": month})
        db.session.refresh(open_session)
        assert open_session.updates_by is None, month
    page = soup(officer_client.get(f"/staff/sessions/{open_session.id}"))
    months = [o["value"] for o in page.select("#updates_by option")]
    assert months[:2] == ["", "2026-11"] and months[-1] == "2028-05"


def _council_contact(section):
    first = section.find(["h3", "ul"])  # before any age heading and any national line
    assert first.name == "ul" and first.get("data-help-source") == "council", section
    [item] = first.select("li")
    return item


def test_the_councils_own_contact_comes_first_as_a_number_to_tap_on_every_page_with_help(app, officer, make_session):
    # Kayden, 20, wrote about no money for food and no heating: he wants his own leaving care team's number.
    for audience in ("care-leavers", "children-in-care", "both"):
        s = _age_session(officer, make_session, audience)
        services.set_local_contact(officer, s, *LOCAL)
        young = Young(app.test_client(), s.join_code)
        young.join()
        code = s.join_code
        for url, heading_id in ((f"/j/{code}/thanks", "support-heading"), (f"/help?code={code}", "support-heading"),
                                (f"/j/{code}/q/1/help", "money-help")):
            response = young.client.get(url)
            assert response.status_code == 200, url
            page = soup(response)
            item = _council_contact(page.select_one(f"section[aria-labelledby={heading_id}]"))
            link = item.select_one("a")
            assert link["href"] == "tel:01632960123", url
            assert link.get_text(" ", strip=True) == "Northshire leaving care team 01632 960123", url
            said = item.get_text(" ", strip=True)
            assert "Your council's own team." in said and "You can call: Monday to Friday, 9am to 5pm" in said, url
            # Once a page: the hardship page's second list (talk now) does not repeat it.
            assert len(page.select("[data-help-source=council]")) == 1, url
            assert grade(page_words(response)) <= 5, url
        # The thank-you page's "Get help now" brings the code, so the help page can show it too.
        thanks = soup(young.client.get(f"/j/{code}/thanks"))
        assert {a["href"] for a in thanks.select("a") if a.get_text(strip=True) == "Get help now"} == {f"/help?code={code}"}


def test_without_a_contact_or_with_a_wrong_code_help_shows_the_national_lines_only(app, young):
    for url in (f"/j/{young.code}/thanks", f"/help?code={young.code}", "/help?code=ZZZZ99", "/help"):
        response = young.client.get(url)
        assert response.status_code == 200, url
        page = soup(response)
        assert page.select("[data-help-source=council]") == [], url
        assert "Samaritans 116 123" in page.select_one(".py-support").get_text(" ", strip=True), url


def test_a_contact_an_officer_types_is_shown_as_words_not_markup(app, officer, open_session):
    services.set_local_contact(officer, open_session, "<b>Team</b>", "01632 960124", "<script>x</script>")
    page = soup(app.test_client().get(f"/help?code={open_session.join_code}"))
    item = page.select_one("[data-help-source=council] li")
    assert item.select("b, script") == [] and "<b>Team</b>" in item.get_text()


def test_asking_to_talk_from_a_question_carries_on_at_that_question_not_past_it(young):
    question = soup(young.client.get(f"/j/{young.code}/q/2"))
    form = question.select_one(f"form[action='/j/{young.code}/q/2/talk']")
    data = {i["name"]: i["value"] for i in form.select("input[type=hidden]")}
    assert data.get("stay") == "1"
    asked = soup(young.client.post(f"/j/{young.code}/q/2/talk", data=data, follow_redirects=True))
    carry_on = next(a for a in asked.select("a.govuk-button") if a.get_text(strip=True) == "Carry on answering")
    assert carry_on["href"] == f"/j/{young.code}/q/2"
    # From the thanks page, or after an answer was given, carrying on still goes forward.
    after = soup(young.client.post(f"/j/{young.code}/q/2/talk", data={"csrf_token": data["csrf_token"]}, follow_redirects=True))
    assert next(a for a in after.select("a.govuk-button") if a.get_text(strip=True) == "Carry on answering")["href"] == f"/j/{young.code}/q/3"


def test_staff_find_their_sign_in_from_the_join_page_but_a_session_s_screens_do_not_show_it(app, open_session):
    client = app.test_client()
    join = soup(client.get("/", follow_redirects=True))
    assert [a["href"] for a in join.select("footer a") if a.get_text(strip=True) == "Staff sign in"] == ["/staff/sign-in"]
    young = Young(app.test_client(), open_session.join_code)
    young.join()
    thanks = soup(young.client.get(f"/j/{open_session.join_code}/thanks"))
    assert "Staff sign in" not in thanks.get_text()
