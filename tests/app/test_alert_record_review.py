"""A safeguarding lead's review of one alert's page and its printed record: the young person's words and a request
to talk first, an officer told of the lead's reopening, every printed page marked and numbered, the record strictly
by time with the close's note, a referral outcome with no referral step, and sexual abuse's own steps."""

from __future__ import annotations

from datetime import datetime

from participation.domain import alerts
from participation.domain.db import db
from participation.domain.models import Alert, AlertStep
from participation.pure.alert_guidance import SEXUAL_ABUSE_HEADING
from tests.app.test_alert_lead_review import NFA, SPOKE, _categorised
from tests.app.test_alerts import DISCLOSURE, _alert_in, client_for, raise_alert, soup
from tests.conftest import sign_in

# ---- 4. the record strictly by time, the close in its place with its note ------------------------------------


def test_the_record_is_strictly_by_time_with_the_close_and_its_note_before_the_sign_off(app, make_staff, officer, officer_client, young):
    lead_user = make_staff("safeguarding")
    lead = app.test_client()
    sign_in(lead, lead_user)
    alert = _categorised(raise_alert(young), "abuse")
    officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "no-further-action", "note": NFA})
    assert lead.post(f"/staff/alerts/{alert.id}/sign-off", data={"note": "Read the note and rang the group worker."}).status_code == 303
    db.session.expire_all()
    alert = db.session.get(Alert, alert.id)
    # The officer closed at 08:11:50, the lead signed off at 08:12:05; a step written up as 08:11 came before both.
    alert.raised_at = datetime(2026, 12, 7, 8, 0)
    alert.first_opened_at = datetime(2026, 12, 7, 8, 11, 40)
    alert.lead_seen_at = None
    alert.closed_at = datetime(2026, 12, 7, 8, 11, 50)
    signed = alert.signed_off()
    signed.written_at = datetime(2026, 12, 7, 8, 12, 5)
    db.session.add(AlertStep(alert_id=alert.id, author_id=officer.id, written_at=datetime(2026, 12, 7, 8, 11, 30),
                             happened_at=datetime(2026, 12, 7, 8, 11), action="spoke-to-young-person", note=SPOKE))
    db.session.commit()
    db.session.refresh(alert)
    kinds = [(kind, step.action if isinstance(step, AlertStep) else None) for _, kind, step in alerts.chronology(alert)]
    assert kinds == [("raised", None), ("step", "spoke-to-young-person"), ("opened", None), ("closed", None),
                     ("step", "signed-off")]
    # On the page: the close is in the record, with the officer's note, above the sign-off.
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    items = page.select(".py-alert-record > li")
    names = [li.get("data-event") or li.get("data-action") for li in items]
    assert names.index("closed") < names.index("signed-off")
    closed = page.select_one(".py-alert-record [data-event=closed]").get_text(" ", strip=True)
    assert "No further action" in closed and NFA in closed
    # In print: the same order.
    rows = soup(lead.get(f"/staff/alerts/{alert.id}/print")).select(".py-print__record tbody tr")
    printed = [r.get("data-action") or r["data-kind"] for r in rows]
    assert printed.index("closed") < printed.index("signed-off")
    assert NFA in rows[printed.index("closed")].get_text(" ", strip=True)


def test_at_the_same_minute_the_earlier_comes_first_and_at_the_same_moment_the_order_recorded(app, make_staff, young):
    alert = raise_alert(young)
    lead = make_staff("safeguarding")
    alert.raised_at = datetime(2026, 12, 7, 8, 0)
    alert.first_opened_at, alert.first_opened_by_id = datetime(2026, 12, 7, 8, 10, 40), lead.id
    at = datetime(2026, 12, 7, 8, 10, 5)
    db.session.add(AlertStep(alert_id=alert.id, author_id=lead.id, written_at=at, action="referred", note=SPOKE))
    db.session.add(AlertStep(alert_id=alert.id, author_id=lead.id, written_at=at, action="police", note=SPOKE))
    db.session.commit()
    db.session.refresh(alert)
    entries = alerts.chronology(alert)
    assert [(kind, getattr(step, "action", None)) for _, kind, step in entries] == [
        ("raised", None), ("step", "referred"), ("step", "police"), ("opened", None)]


# ---- 1. the young person's words, then their number, then what to do -------------------------------------------


def test_the_words_then_the_request_to_talk_come_straight_under_the_heading_before_what_to_do(app, officer_client, young):
    alert = raise_alert(young)
    code = alerts.young_person_asks_to_talk(alert.session_id, alert.participant_id)
    response = officer_client.get(f"/staff/alerts/{alert.id}")
    html, page = response.get_data(as_text=True), soup(response)
    asked = page.select_one("[data-asked-to-talk]").get_text(" ", strip=True)
    assert asked.startswith(f"Asked to talk: number {code} — go and find them")
    heading = html.index("data-alert-heading")
    words, talk = html.index("data-alert-words"), html.index("data-asked-to-talk")
    steps, numbers = html.index('id="next-steps"'), html.index("py-alert-room")
    assert heading < words < talk < min(steps, numbers)
    # An alert with no request to talk has no such line.
    db.session.expire_all()
    other = _alert_in(app, alert.session, DISCLOSURE, minutes_ago=1)
    assert soup(officer_client.get(f"/staff/alerts/{other.id}")).select_one("[data-asked-to-talk]") is None



# ---- 3. every printed page marked with the alert's number --------------------------------------------------------


def test_the_print_page_loads_its_marking_with_the_alert_s_number_for_readers_only(app, make_staff, officer_client, young):
    alert = raise_alert(young)
    page = soup(officer_client.get(f"/staff/alerts/{alert.id}/print"))
    hrefs = [link["href"] for link in page.select("link[rel=stylesheet]")]
    assert f"/staff/alerts/{alert.id}/print.css" in hrefs
    css = officer_client.get(f"/staff/alerts/{alert.id}/print.css")
    assert css.status_code == 200 and css.mimetype == "text/css"
    assert f'@top-center {{ content: "Confidential: safeguarding record, alert {alert.id}"; }}' in css.get_data(as_text=True)
    assert officer_client.get("/staff/alerts/999999/print.css").status_code == 404
    assert client_for(app, make_staff, "scrutiny").get(f"/staff/alerts/{alert.id}/print.css").status_code in (403, 404)


# ---- 5. "referred" with no referral step: the tick and a reason, as for the LADO ---------------------------------

REFERRED_NOTE = "Referred to the front door by phone; they will call back this afternoon."


def test_closing_as_referred_needs_a_referral_step_or_the_tick_and_a_reason(app, make_staff, open_session):
    lead = client_for(app, make_staff, "safeguarding")
    alert = _alert_in(app, open_session, DISCLOSURE, minutes_ago=1)
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": REFERRED_NOTE})
    assert r.status_code == 422
    page = soup(r)
    assert page.select_one("[data-no-referral]") is not None
    assert alerts.WITHOUT_REFERRAL_NEEDED in page.select_one(".govuk-error-summary").get_text(" ", strip=True)
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).is_open
    # The tick with no reason: still refused.
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": REFERRED_NOTE, "without_referral": "y"})
    assert r.status_code == 422 and alerts.REFERRAL_REASON_NEEDED in r.get_data(as_text=True)
    # The tick and a reason: closed, with the reason in the record.
    why = "The referral was made by the duty social worker, who holds the reference."
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": REFERRED_NOTE,
                                                          "without_referral": "y", "referral_reason": why})
    assert r.status_code == 303
    db.session.expire_all()
    closed = db.session.get(Alert, alert.id)
    assert not closed.is_open
    assert closed.steps == [] and closed.outcome_note == f"{REFERRED_NOTE}\nNo referral step recorded, because: {why}"


def test_a_referral_step_recorded_or_sent_with_the_close_needs_no_tick(app, make_staff, open_session):
    lead = client_for(app, make_staff, "safeguarding")
    one = _alert_in(app, open_session, DISCLOSURE, minutes_ago=1)
    r = lead.post(f"/staff/alerts/{one.id}/close", data={"outcome": "referred", "note": REFERRED_NOTE,
                                                        "step-action": "referred", "step-note": REFERRED_NOTE})
    assert r.status_code == 303
    two = _alert_in(app, open_session, DISCLOSURE, minutes_ago=1)
    assert lead.post(f"/staff/alerts/{two.id}/steps", data={"step-action": "police", "step-note": REFERRED_NOTE}).status_code == 303
    assert lead.post(f"/staff/alerts/{two.id}/close", data={"outcome": "referred", "note": REFERRED_NOTE}).status_code == 303
    # Another outcome needs none.
    three = _alert_in(app, open_session, DISCLOSURE, minutes_ago=1)
    assert lead.post(f"/staff/alerts/{three.id}/close", data={"outcome": "talked", "note": REFERRED_NOTE}).status_code == 303


# ---- 2. the officer sees the lead's reopening, with the reason ---------------------------------------------------


def test_an_alert_the_lead_reopened_says_so_with_the_reason_on_the_officer_s_page(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    assert officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": NFA}).status_code == 303
    assert soup(officer_client.get(f"/staff/alerts/{alert.id}")).select_one("[data-reopened]") is None
    why = "The social worker says there is more to this: please speak to them again today."
    assert lead.post(f"/staff/alerts/{alert.id}/reopen", data={"reason": why}).status_code == 303
    db.session.expire_all()
    reopened = db.session.get(Alert, alert.id)
    step = alerts.reopened_by_lead(reopened)
    assert step is not None and step.note == why
    assert alerts.reopenings([reopened.id]) == {reopened.id: step}
    box = soup(officer_client.get(f"/staff/alerts/{alert.id}")).select_one("[data-reopened]").get_text(" ", strip=True)
    assert box.startswith("Reopened by the safeguarding lead") and why in box
    # The officer's alert list says so too, on the alert's row.
    row = soup(officer_client.get("/staff/alerts")).select_one(f'tr[data-alert="{alert.id}"] .py-alert-reopened')
    assert row is not None and row.get_text(" ", strip=True) == (
        f"Reopened by the safeguarding lead · was closed as Talked to the young person . Why: {why}")
    # Closed again: no longer marked.
    assert officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": NFA}).status_code == 303
    db.session.expire_all()
    assert alerts.reopened_by_lead(db.session.get(Alert, alert.id)) is None
    assert alerts.reopenings([alert.id]) == {}
    assert soup(officer_client.get(f"/staff/alerts/{alert.id}")).select_one("[data-reopened]") is None
    assert soup(officer_client.get("/staff/alerts")).select_one(".py-alert-reopened") is None


# ---- 6. sexual abuse, read from the screen's cues, gets its own steps ---------------------------------------------


def test_a_sexual_abuse_disclosure_is_named_so_and_gets_its_own_steps(app, officer_client, open_session):
    touched = _alert_in(app, open_session, "my stepdad touches me at night and i hate being at home", minutes_ago=1)
    assert "abuse" in touched.categories
    page = soup(officer_client.get(f"/staff/alerts/{touched.id}"))
    assert page.select_one("[data-alert-heading]").get_text(strip=True).startswith(SEXUAL_ABUSE_HEADING)
    text = page.select_one(".py-next-steps").get_text(" ", strip=True)
    assert "Do not ask the young person to tell it again" in text and "Do not tell or confront the adult" in text
    # Other abuse: not named sexual abuse, and none of its steps.
    hit = _alert_in(app, open_session, DISCLOSURE, minutes_ago=1)
    page = soup(officer_client.get(f"/staff/alerts/{hit.id}"))
    assert SEXUAL_ABUSE_HEADING not in page.select_one("[data-alert-heading]").get_text(strip=True)
    assert "Do not tell or confront the adult" not in page.get_text(" ", strip=True)


# ---- the lead's second review: the next move, the chases promised, the print's request to talk, the bar's counts ----


def test_a_close_waiting_for_the_leads_sign_off_says_so_at_the_top_for_the_lead_only(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = _categorised(raise_alert(young), "self-harm-suicide")  # a close on this waits for the lead's sign-off
    assert soup(lead.get(f"/staff/alerts/{alert.id}")).select_one("[data-your-move]") is None  # still open
    officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": NFA})
    response = lead.get(f"/staff/alerts/{alert.id}")
    html, move = response.get_data(as_text=True), soup(response).select_one("[data-your-move]")
    assert move is not None and "waiting for your sign-off" in move.get_text() and move.a["href"] == "#sign-off"
    assert html.index("data-your-move") < html.index('id="sign-off"')
    assert soup(officer_client.get(f"/staff/alerts/{alert.id}")).select_one("[data-your-move]") is None


def test_an_alert_no_lead_has_seen_says_when_it_is_escalated_and_chased(app, make_staff, officer_client, young):
    alert = raise_alert(young)
    said = soup(officer_client.get(f"/staff/alerts/{alert.id}")).select_one("[data-chases]").get_text(strip=True)
    assert said == alerts.CHASES_IN_WORDS and "after 10 minutes" in said and "30 and 60 minutes" in said
    lead = client_for(app, make_staff, "safeguarding")
    assert soup(lead.get(f"/staff/alerts/{alert.id}")).select_one("[data-chases]") is None  # the lead has now seen it


def test_the_print_says_whether_they_asked_to_talk(app, officer_client, young):
    alert = raise_alert(young)
    assert soup(officer_client.get(f"/staff/alerts/{alert.id}/print")).select_one("[data-field=asked-to-talk]").get_text(strip=True) == "No"
    code = alerts.young_person_asks_to_talk(alert.session_id, alert.participant_id)
    row = soup(officer_client.get(f"/staff/alerts/{alert.id}/print")).select_one("[data-field=asked-to-talk]")
    assert row.get_text(strip=True) == f"Yes, number {code}"
