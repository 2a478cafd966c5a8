"""An officer creates a review and a session, picks prompts, opens it, presents it and closes it."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.errors import InvalidChange
from participation.domain.models import AuditEvent, Council, ParticipationSession, Prompt, Review
from participation.pure.prompt_bank import load_bank
from participation.pure.theming.taxonomy import THEME_IDS
from tests.conftest import Young, sign_in


def soup(r):
    return BeautifulSoup(r.text, "html.parser")


def test_prompt_bank_has_at_least_30_prompts_across_all_fifteen_themes():
    bank = load_bank()
    assert len(bank) >= 30
    assert {p["theme"] for p in bank if p["theme"]} == set(THEME_IDS)
    assert len({p["slug"] for p in bank}) == len(bank)
    for p in bank:
        assert p["kind"] in {"scale", "single", "multiple", "text"}
        assert len(p["text"].split()) <= 15, p["text"]
        if p["kind"] in ("single", "multiple"):
            assert len(p["options"]) >= 2


def test_officer_builds_and_opens_a_session_end_to_end(officer_client):
    c = officer_client
    r = c.post("/staff/reviews/new", data={"title": "Moves and stability", "description": "", "ilacs_areas": ["children-in-care", "permanence"]})
    assert r.status_code == 303
    review = db.session.execute(select(Review)).scalar_one()
    assert review.ilacs_areas == ["children-in-care", "permanence"]

    r = c.post(
        f"/staff/reviews/{review.id}/sessions/new",
        data={"title": "CiCC March", "date": ["27", "3", "2027"], "audience": "children-in-care"},
    )
    assert r.status_code == 303, r.text
    s = db.session.execute(select(ParticipationSession)).scalar_one()
    assert s.state == "draft" and len(s.join_code) == 6

    slugs = [p["slug"] for p in load_bank()[:3]]
    assert c.post(f"/staff/sessions/{s.id}/prompts/bank", data={"slugs": slugs}).status_code == 303
    r = c.post(
        f"/staff/sessions/{s.id}/prompts/new",
        data={"text": "What should change?", "kind": "text", "theme": "", "max_length": "300", "hint": "", "options": ""},
    )
    assert r.status_code == 303
    prompts = db.session.execute(select(Prompt).where(Prompt.session_id == s.id).order_by(Prompt.position)).scalars().all()
    assert [p.bank_slug for p in prompts] == slugs + [None]

    # Reorder: move the last one up.
    c.post(f"/staff/sessions/{s.id}/prompts/{prompts[-1].id}/move", data={"direction": "up"})
    db.session.expire_all()
    order = [p.text for p in db.session.execute(select(Prompt).where(Prompt.session_id == s.id).order_by(Prompt.position)).scalars()]
    assert order[-2] == "What should change?"

    # Edit one.
    c.post(
        f"/staff/sessions/{s.id}/prompts/{prompts[0].id}/edit",
        data={"text": "Edited question?", "kind": "single", "options": "Yes\nNo\n", "theme": "being-heard", "max_length": "", "hint": ""},
    )
    db.session.expire_all()
    edited = db.session.get(Prompt, prompts[0].id)
    assert (edited.text, edited.options, edited.theme) == ("Edited question?", ["Yes", "No"], "being-heard")

    r = c.post(f"/staff/sessions/{s.id}/open")
    assert r.status_code == 303 and r.location.endswith(f"/staff/sessions/{s.id}/present")
    db.session.expire_all()
    assert db.session.get(ParticipationSession, s.id).state == "open"
    actions = [e.action for e in db.session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()]
    assert {"review-created", "session-created", "prompts-added", "prompt-added", "prompt-moved", "prompt-edited", "session-opened"} <= set(actions)


def test_staff_form_errors_use_the_govuk_error_summary(officer_client):
    r = officer_client.post("/staff/reviews/new", data={"title": "", "ilacs_areas": []})
    assert r.status_code == 422
    page = soup(r)
    links = [a["href"] for a in page.select(".govuk-error-summary__list a")]
    assert "#title" in links
    assert page.select_one("#title-error") is not None


def test_a_choice_prompt_needs_two_choices(officer_client, make_session):
    s = make_session(state="draft", prompts=())
    r = officer_client.post(
        f"/staff/sessions/{s.id}/prompts/new", data={"text": "Pick?", "kind": "single", "options": "Only one", "theme": "", "hint": ""}
    )
    assert r.status_code == 422
    assert "at least two choices" in soup(r).select_one(".govuk-error-summary").get_text()


def test_prompts_cannot_change_once_open(officer_client, open_session):
    p = open_session.prompts[0]
    r = officer_client.post(f"/staff/sessions/{open_session.id}/prompts/{p.id}/remove")
    assert r.status_code == 303
    db.session.expire_all()
    assert db.session.get(Prompt, p.id) is not None


def test_a_session_cannot_open_without_prompts(officer_client, make_session):
    s = make_session(state="draft", prompts=())
    officer_client.post(f"/staff/sessions/{s.id}/open")
    db.session.expire_all()
    assert db.session.get(ParticipationSession, s.id).state == "draft"


def test_presenter_shows_code_qr_and_live_counts(app, officer_client, open_session):
    page = soup(officer_client.get(f"/staff/sessions/{open_session.id}/present"))
    code = page.select_one(".py-present__code").get_text(strip=True)
    assert code.replace(" ", "") == open_session.join_code
    assert page.select_one(".py-present__qr img")["src"] == f"/staff/sessions/{open_session.id}/qr.svg"
    counts = page.select_one("#present-counts")
    assert counts["hx-trigger"] == "every 3s"

    qr = officer_client.get(f"/staff/sessions/{open_session.id}/qr.svg")
    assert qr.headers["Content-Type"] == "image/svg+xml"
    assert qr.data.startswith(b'<svg xmlns="http://www.w3.org/2000/svg"')
    assert f"/j/{open_session.join_code}".encode() in qr.data  # in its title

    def counted():
        frag = soup(officer_client.get(f"/staff/sessions/{open_session.id}/present", headers={"HX-Request": "true"}))
        return [dd.get_text(strip=True) for dd in frag.select("dd")]

    assert counted() == ["0", "0"]
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(1, "5")
    assert counted() == ["1", "1"]


def test_closing_a_session_ends_the_join_link(app, officer_client, open_session):
    officer_client.post(f"/staff/sessions/{open_session.id}/close")
    page = soup(app.test_client().get(f"/j/{open_session.join_code}"))
    assert page.select_one("h1").get_text(strip=True) == "These questions are closed"


def test_closing_a_session_asks_first_on_its_own_page(app, officer_client, open_session):
    button = soup(officer_client.get(f"/staff/sessions/{open_session.id}")).select_one("a.govuk-button--warning")
    assert button.get_text(strip=True) == "Close the session"
    assert button["href"] == f"/staff/sessions/{open_session.id}/close"  # a link to ask first, not a form that closes
    confirm = soup(officer_client.get(button["href"]))
    db.session.expire_all()
    assert db.session.get(ParticipationSession, open_session.id).state == "open"  # asking closes nothing
    assert confirm.select_one("h1").get_text(strip=True) == f"Close {open_session.title}?"
    form = confirm.select_one(f"form[action='/staff/sessions/{open_session.id}/close']")
    assert form["method"] == "post" and form.select_one("button").get_text(strip=True) == "Yes, close the session"
    assert confirm.select_one(f"main a.govuk-link[href='/staff/sessions/{open_session.id}']").get_text(strip=True) == "No, keep it open"
    assert officer_client.post(form["action"]).status_code == 303
    db.session.expire_all()
    assert db.session.get(ParticipationSession, open_session.id).state == "closed"
    # Once closed, the page says so instead of asking again.
    again = officer_client.get(f"/staff/sessions/{open_session.id}/close")
    assert again.status_code == 303 and again.location.endswith(f"/staff/sessions/{open_session.id}")


def test_an_officer_cannot_open_another_councils_session(app, make_staff, open_session):

    db.session.add(Council(name="Elsewhere"))
    db.session.commit()
    stranger = make_staff("officer", council_name="Elsewhere")
    c = app.test_client()
    sign_in(c, stranger)
    for url in (f"/staff/sessions/{open_session.id}", f"/staff/sessions/{open_session.id}/present",
                f"/staff/reviews/{open_session.review_id}", f"/staff/sessions/{open_session.id}/qr.svg"):
        assert c.get(url).status_code == 404, url
    assert c.post(f"/staff/sessions/{open_session.id}/close").status_code == 404
    assert c.get(f"/staff/sessions/{open_session.id}/close").status_code == 404


def test_young_people_see_the_title_written_for_them(officer_client, officer, make_session):
    s = make_session(title="Care leavers forum, March")
    page = BeautifulSoup(officer_client.get(f"/j/{s.join_code}").text, "html.parser")
    assert "Care leavers forum, March" in page.select_one("main").get_text()
    s.youth_title = "Leaving care: what is it like?"
    db.session.commit()
    page = BeautifulSoup(officer_client.get(f"/j/{s.join_code}").text, "html.parser")
    text = page.select_one("main").get_text()
    assert "Leaving care: what is it like?" in text and "Care leavers forum" not in text


def test_bank_prompts_are_added_in_the_order_ticked_and_the_last_one_says_so(app, officer_client, make_session):
    s = make_session(state="draft", prompts=())
    # The page's script records the order of ticking; the boxes themselves come in the bank's order.
    ticked = ["about-age", "closer-one-thing", "sw-know-who"]
    bank_order = [p["slug"] for p in load_bank() if p["slug"] in ticked]
    assert bank_order == ["sw-know-who", "closer-one-thing", "about-age"]
    r = officer_client.post(f"/staff/sessions/{s.id}/prompts/bank",
                            data={"slugs": bank_order, "order": "about-age,closer-one-thing,sw-know-who"})
    assert r.status_code == 303
    db.session.expire_all()
    prompts = db.session.execute(select(Prompt).where(Prompt.session_id == s.id).order_by(Prompt.position)).scalars().all()
    assert [p.bank_slug for p in prompts] == ["about-age", "closer-one-thing", "sw-know-who"]

    # On the session page the officer sees which question carries the last-question words.
    page = soup(officer_client.get(f"/staff/sessions/{s.id}"))
    hints = [li.select_one(".py-prompt-hint") for li in page.select("#prompts ~ ol > li")]
    assert "last question" not in hints[1].get_text()
    assert hints[2].get_text(strip=True).endswith("This is the last question.")

    officer_client.post(f"/staff/sessions/{s.id}/open")
    young = Young(app.test_client(), s.join_code)
    young.join()

    def hint(n):
        node = soup(young.page(n)).select_one(".govuk-hint")
        for tap in node.select(".py-one-tap-hint") if node else ():
            tap.decompose()  # "Tap one to go on.": shown only with JavaScript, on face and pick-one questions
        return node.get_text(" ", strip=True) if node else ""

    assert "last question" not in hint(2).lower()  # the closing prompt, no longer at the end
    assert hint(3) == "Pick one. This is the last question."


def test_moving_a_prompt_moves_the_last_question_words_with_it(app, officer_client, make_session):
    s = make_session(state="draft", prompts=("scale", "text"))
    last = s.prompts[-1]
    officer_client.post(f"/staff/sessions/{s.id}/prompts/{last.id}/move", data={"direction": "up"})
    officer_client.post(f"/staff/sessions/{s.id}/open")
    young = Young(app.test_client(), s.join_code)
    young.join()
    first = soup(young.page(1))
    assert first.select_one("h1").get_text(strip=True) == "A text question?"
    assert "last question" not in first.get_text().lower()
    second = soup(young.page(2))
    hint = second.select_one(".govuk-hint")
    for tap in hint.select(".py-one-tap-hint"):
        tap.decompose()  # shown only with JavaScript
    assert hint.get_text(" ", strip=True) == "This is the last question."


def test_ilacs_areas_are_shown_to_staff_by_name(officer_client, make_session):
    s = make_session(state="draft", prompts=())
    tags = [t.get_text(strip=True) for t in soup(officer_client.get("/staff/")).select("td .govuk-tag")]
    assert tags == ["Children in care"]
    page = soup(officer_client.get(f"/staff/reviews/{s.review_id}"))
    assert [t.get_text(strip=True) for t in page.select("ul.govuk-list .govuk-tag")] == ["Children in care"]
    form = soup(officer_client.get("/staff/reviews/new"))
    label = form.select_one("label[for='ilacs_areas-2']") or form.select_one("input[value='children-in-care'] + label")
    assert label.get_text(strip=True).startswith("Children in care: ")


def test_presenter_shows_the_address_and_the_code_at_the_same_size_with_counts_below(officer_client, open_session, make_session):
    page = soup(officer_client.get(f"/staff/sessions/{open_session.id}/present"))
    big = page.select(".py-present__big")
    assert [("py-present__url" in b["class"], "py-present__code" in b["class"]) for b in big] == [(True, False), (False, True)]
    assert big[0].get_text(strip=True) == "localhost/join"
    assert "py-present__main--fit-16" in page.select_one("main")["class"]
    assert page.select_one("link[href^='/static/css/presenter.css']") is not None
    assert page.select_one(".py-present__foot #present-counts dl") is not None

    closed = make_session(state="closed", title="Closed")
    state = soup(officer_client.get(f"/staff/sessions/{closed.id}/present")).select_one(".py-present__state")
    assert state.get_text(strip=True).startswith("This session has closed")


def _contact(session_obj):
    db.session.refresh(session_obj)
    return session_obj.local_contact_name, session_obj.local_contact_phone, session_obj.local_contact_hours


def test_officer_gives_a_session_the_councils_own_contact_and_can_take_it_away(officer_client, open_session):
    url = f"/staff/sessions/{open_session.id}/local-contact"
    page = soup(officer_client.get(f"/staff/sessions/{open_session.id}"))
    assert page.select_one("form[action$='/local-contact'] #contact_phone") is not None  # beside "updates by"
    r = officer_client.post(url, data={"contact_name": " Northshire leaving care team ", "contact_phone": "01632  960123",
                                       "contact_hours": "Monday to Friday, 9am to 5pm"})
    assert r.status_code == 303 and r.headers["Location"].endswith("#local-contact")
    assert _contact(open_session) == ("Northshire leaving care team", "01632 960123", "Monday to Friday, 9am to 5pm")
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "session-local-contact-set")).scalar_one()
    assert event.detail["phone"] == "01632 960123"
    page = soup(officer_client.get(f"/staff/sessions/{open_session.id}"))
    assert page.select_one("#contact_phone")["value"] == "01632 960123"
    assert "Young people see this number first" in page.get_text()
    # All three empty takes it away.
    r = officer_client.post(url, data={"contact_name": "", "contact_phone": "", "contact_hours": ""})
    assert r.status_code == 303 and _contact(open_session) == ("", "", "")


def test_a_number_young_people_could_not_dial_is_refused_kindly_with_the_words_kept(officer_client, open_session):
    url = f"/staff/sessions/{open_session.id}/local-contact"
    for name, phone, says in (
        ("Leaving care team", "01632-960123", "Use only numbers and spaces in the phone number, for example 01632 960123."),
        ("Leaving care team", "960123", "Enter a UK phone number: it starts with 0 and has 10 or 11 numbers"),
        ("Leaving care team", "0906 123 4567", "Use a number that is free or cheap to call"),
        ("Leaving care team", "", "Enter the phone number"),
        ("", "01632 960123", "Enter who young people will reach"),
    ):
        r = officer_client.post(url, data={"contact_name": name, "contact_phone": phone, "contact_hours": "Weekdays"})
        assert r.status_code == 422, phone
        page = soup(r)
        assert says in page.select_one(".govuk-error-summary").get_text(" ", strip=True), phone
        assert says in page.select_one(".govuk-error-message").get_text(" ", strip=True), phone
        assert page.select_one("#contact_phone")["value"] == phone and page.select_one("#contact_name")["value"] == name
        assert page.title.get_text().startswith("Error:")
        assert _contact(open_session) == ("", "", ""), phone


def test_the_service_refuses_a_contact_without_a_name_or_a_number_to_dial(officer, open_session):
    for name, phone in (("", "01632 960123"), ("Team", "0845 123 4567"), ("Team", ""), ("x" * 81, "01632 960123")):
        with pytest.raises(InvalidChange):
            services.set_local_contact(officer, open_session, name, phone, "")
    assert _contact(open_session) == ("", "", "")


def test_the_opening_question_open_to_any_theme_is_labelled_so_on_the_session_page_and_in_the_bank(officer_client, make_session):
    s = make_session(state="draft", prompts=())
    r = officer_client.post(f"/staff/sessions/{s.id}/prompts/bank",
                            data={"slugs": ["opener-good-thing", "closer-one-thing"], "order": "opener-good-thing,closer-one-thing"})
    assert r.status_code == 303
    page = soup(officer_client.get(f"/staff/sessions/{s.id}"))
    lines = [li.select("p")[1].get_text(" ", strip=True) for li in page.select("#prompts ~ ol > li")]
    # Tagged health and wellbeing in the bank, the opener lends its answers no theme: the page says it is open.
    assert lines[0].endswith("· Open question: any theme") and "Health and wellbeing" not in lines[0]
    assert lines[1].endswith("· Theme: Being heard in decisions")
    bank = soup(officer_client.get(f"/staff/sessions/{s.id}/prompts/bank"))
    assert "Open question: any theme" in bank.select_one("#slug-opener-good-thing-hint").get_text(" ", strip=True)
    assert "Being heard" in bank.select_one("#slug-closer-one-thing-hint").get_text(" ", strip=True)
