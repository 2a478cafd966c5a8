"""Safeguarding alerts: who sees them, escalation, closing with an outcome, never in counts."""

from __future__ import annotations

from datetime import datetime, timedelta

from bs4 import BeautifulSoup
from sqlalchemy import func, select

from participation.domain import alerts, moderation
from participation.domain.councils import DEFAULT_ALERT_NEXT_STEPS, DEFAULT_LEAD_NEXT_STEPS
from participation.domain.db import db
from participation.domain.models import Alert, Answer, AuditEvent, Council, Participant
from tests.app.test_moderation import DISCLOSURE
from tests.conftest import Young, sign_in


def soup(r):
    return BeautifulSoup(r.text, "html.parser")


def raise_alert(young):
    young.answer(4, DISCLOSURE)
    db.session.expire_all()
    return db.session.execute(select(Alert)).scalar_one()


def escalate(alert) -> None:
    """Ten minutes on with no safeguarding lead having seen it: escalated to every officer and the administrator."""
    alerts.escalate_overdue(now=alert.raised_at + timedelta(minutes=11))
    db.session.expire_all()


def client_for(app, make_staff, role):
    c = app.test_client()
    sign_in(c, make_staff(role))
    return c


def banner(client):
    return soup(client.get("/staff/alerts/banner", headers={"HX-Request": "true"})).select_one(".py-alert-banner")


def test_safeguarding_lead_and_the_sessions_officers_see_the_banner_at_once(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    other_officer = client_for(app, make_staff, "officer")
    assert banner(lead) is None
    raise_alert(young)
    assert "1 possible disclosure" in banner(lead).get_text()
    assert "1 possible disclosure" in banner(officer_client).get_text()
    assert banner(other_officer) is None  # not running this session, and not yet escalated
    # Every staff page carries it, even without JavaScript.
    page = soup(officer_client.get("/staff/"))
    assert page.select_one("#alert-banner .py-alert-banner") is not None
    assert page.select_one("#alert-banner")["hx-trigger"] == "every 4s"


def test_the_presenter_screen_never_shows_an_alert(officer_client, young, open_session):
    raise_alert(young)
    page = soup(officer_client.get(f"/staff/sessions/{open_session.id}/present"))
    assert page.select_one(".py-alert-banner") is None and page.select_one("#alert-banner") is None
    assert "hits me" not in page.get_text()


def test_an_alert_nobody_opens_in_ten_minutes_goes_to_every_officer_and_the_admin(app, make_staff, young):
    other_officer = client_for(app, make_staff, "officer")
    admin = client_for(app, make_staff, "admin")
    alert = raise_alert(young)
    alert.raised_at = datetime.utcnow() - timedelta(minutes=11)
    db.session.commit()
    assert "not opened for 11 minutes" in banner(other_officer).get_text()  # how long it has waited, to the minute
    assert banner(admin) is not None
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "alert-escalated")).scalar_one()


def test_opening_an_alert_shows_words_cues_room_and_is_recorded(app, make_staff, young, open_session):
    open_session.place = "Room 2"
    db.session.commit()
    lead_user = make_staff("safeguarding")
    lead = app.test_client()
    sign_in(lead, lead_user)
    alert = raise_alert(young)
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    assert page.select_one(".govuk-inset-text [dir=auto]").get_text() == DISCLOSURE
    assert page.select("mark.py-cue")
    assert "Room 2" in page.select_one(".govuk-summary-list").get_text()
    db.session.expire_all()
    alert = db.session.get(Alert, alert.id)
    assert alert.first_opened_by_id == lead_user.id
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "alert-viewed")).scalar_one()


def test_an_alert_closes_only_with_a_recorded_outcome(app, make_staff, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "no-further-action", "note": ""})
    assert r.status_code == 422
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": "Referred to the MASH by phone at 14:20, ref given.", "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."})
    assert r.status_code == 303
    db.session.expire_all()
    closed = db.session.get(Alert, alert.id)
    assert (closed.state, closed.outcome) == ("closed", "referred") and closed.closed_by_id is not None
    assert banner(lead) is None
    # Closed alerts are kept, never deleted.
    assert soup(lead.get("/staff/alerts")).select_one("tbody tr") is not None


def test_scrutiny_users_and_other_councils_cannot_reach_alerts(app, make_staff, young):

    alert = raise_alert(young)
    scrutiny = client_for(app, make_staff, "scrutiny")
    assert scrutiny.get(f"/staff/alerts/{alert.id}").status_code == 403
    assert scrutiny.get("/staff/alerts/banner").status_code == 403
    db.session.add(Council(name="Elsewhere"))
    db.session.commit()
    elsewhere = app.test_client()
    sign_in(elsewhere, make_staff("safeguarding", council_name="Elsewhere"))
    assert elsewhere.get(f"/staff/alerts/{alert.id}").status_code == 404
    assert banner(elsewhere) is None


def test_an_alerting_answer_is_never_counted_outside_safeguarding(officer_client, runner, young, open_session):
    raise_alert(young)
    # The moderation queue and the bulk approval never reach it.
    queue = soup(officer_client.get(f"/staff/moderation?session={open_session.id}"))
    assert queue.select(".py-mod-item") == []

    held = db.session.execute(select(Answer)).scalar_one()
    officer_client.post("/staff/moderation/bulk-approve", data={"answer_ids": [str(held.id)]})
    officer_client.post(f"/staff/moderation/answers/{held.id}/approve")
    db.session.expire_all()
    assert db.session.get(Answer, held.id).state == "held"


def test_each_council_reads_only_its_own_audit_events(app, make_staff, young):

    raise_alert(young)  # written by nobody signed in: the young person's answer raises it
    db.session.add(Council(name="Elsewhere"))
    db.session.commit()
    app.test_client().post("/staff/sign-in", data={"email": "nobody@nowhere.example", "password": "wrong"})

    def actions(client):
        page = soup(client.get("/staff/admin/audit"))
        return {row.select("td")[2]["data-action"] for row in page.select("tbody tr")}

    here = client_for(app, make_staff, "admin")
    elsewhere = app.test_client()
    sign_in(elsewhere, make_staff("admin", council_name="Elsewhere"))
    assert {"alert-raised", "session-opened", "sign-in-failed"} <= actions(here)
    seen_elsewhere = actions(elsewhere)
    assert "alert-raised" not in seen_elsewhere and "session-opened" not in seen_elsewhere
    # A failed sign-in with an email nobody has belongs to no council: every admin may see it.
    assert "sign-in-failed" in seen_elsewhere


# ---- alerts that lead to action ---------------------------------------------------------------

NAMED = "my stepdad dave hits me when mum is out and i dont feel safe"
NOTE = "Song lyrics from a film, checked with the group worker in the room. No concern."


def _alert_in(app, session_obj, words, minutes_ago):
    y = Young(app.test_client(), session_obj.join_code)
    y.join()
    y.answer(4, words)
    db.session.expire_all()
    alert = db.session.execute(select(Alert).order_by(Alert.id.desc())).scalars().first()
    alert.raised_at = datetime.utcnow() - timedelta(minutes=minutes_ago)
    db.session.commit()
    return alert


def test_the_banner_names_the_list_s_most_urgent_alert_first_then_my_room(app, make_staff, officer, officer_client, make_session):
    mine = make_session(title="Our forum")
    other_officer = make_staff("officer")
    theirs = make_session(title="Their forum", user=other_officer)
    older_mine = _alert_in(app, mine, DISCLOSURE, minutes_ago=5)
    elsewhere = _alert_in(app, theirs, DISCLOSURE, minutes_ago=1)
    elsewhere.escalated = True  # nobody opened it: every officer sees it now
    db.session.commit()
    newer_mine = _alert_in(app, mine, DISCLOSURE, minutes_ago=2)
    # The same kind and risk: the newest first, in the one order the list uses too.
    assert [a.id for a in alerts.open_alerts(officer)] == [elsewhere.id, newer_mine.id, older_mine.id]
    found = banner(officer_client)
    link, my_room = found.select(".py-alert-banner__link")  # one link a room: the most urgent, then the officer's own
    assert link["href"] == f"/staff/alerts/{elsewhere.id}" and link.get_text().startswith("Most urgent: Their forum")
    assert my_room["href"] == f"/staff/alerts/{newer_mine.id}" and my_room.get_text().startswith("Your session: Our forum")
    assert my_room.get_text().endswith("(2 open)")
    everything = found.select_one(".py-alert-banner__all")
    assert (everything.get_text(strip=True), everything["href"]) == ("3 possible disclosures open", "/staff/alerts")
    # The safeguarding lead runs no session: the same most urgent alert.
    lead_link, _ = banner(client_for(app, make_staff, "safeguarding")).select(".py-alert-banner__link")
    assert lead_link["href"] == f"/staff/alerts/{elsewhere.id}"
    assert lead_link.get_text().startswith("Most urgent: Their forum")


def test_the_safeguarding_lead_s_home_is_the_alerts_list(app, make_staff):
    r = client_for(app, make_staff, "safeguarding").get("/staff/")
    assert r.status_code == 303 and r.location.endswith("/staff/alerts")


def test_the_banner_leads_to_the_most_urgent_alert_of_my_room_not_only_the_newest(app, officer, officer_client, make_session):
    mine = make_session(title="Our forum")
    urgent = _alert_in(app, mine, DISCLOSURE, minutes_ago=6)
    newer = _alert_in(app, mine, DISCLOSURE, minutes_ago=1)
    urgent.answer.risk, newer.answer.risk = 0.99, 0.05
    db.session.commit()
    assert [a.id for a in alerts.open_alerts(officer)] == [urgent.id, newer.id]
    (link,) = banner(officer_client).select(".py-alert-banner__link")
    assert link["href"] == f"/staff/alerts/{urgent.id}" and link.get_text().startswith("Your session: Our forum")


ARABIC_WORDS = "الرجل في البيت يضربني"  # "the man in the house hits me": the screen cannot read it
TIGRINYA_WORDS = "ኣብ ቤት ትምህርቲ ጽቡቕ እዩ"


def _waiting_in(app, session_obj, words) -> Answer:
    y = Young(app.test_client(), session_obj.join_code)
    y.join()
    y.answer(4, words)
    return db.session.execute(select(Answer).order_by(Answer.id.desc())).scalars().first()


def _asks_to_talk(app, session_obj) -> Alert:
    y = Young(app.test_client(), session_obj.join_code)
    y.join()
    participant = db.session.execute(select(Participant).order_by(Participant.id.desc())).scalars().first()
    alerts.young_person_asks_to_talk(session_obj.id, participant.id)
    return db.session.execute(select(Alert).order_by(Alert.id.desc())).scalars().first()


def test_a_request_to_talk_taken_back_with_undo_comes_after_every_other_open_alert(app, officer, open_session):
    # An officer's review: three requests undone sat above "the man in the house he hit me. i am scared".
    disclosure = _with_risk(_alert_in(app, open_session, DISCLOSURE, minutes_ago=30), 0.20)
    taken_back = _asks_to_talk(app, open_session)
    alerts.young_person_taps_undo(open_session.id, taken_back.participant_id)
    waiting = _asks_to_talk(app, open_session)
    db.session.expire_all()
    order = [a.id for a in alerts.open_alerts(officer)]
    assert order == [waiting.id, disclosure.id, taken_back.id]
    assert db.session.get(Alert, taken_back.id).is_open  # still open, still listed: only later in the order


def test_each_banner_link_says_where_it_goes_and_how_many(app, officer_client, open_session, young):
    raise_alert(young)
    _waiting_in(app, open_session, ARABIC_WORDS)
    _waiting_in(app, open_session, TIGRINYA_WORDS)
    talker = _asks_to_talk(app, open_session)
    found = soup(officer_client.get("/staff/alerts/banner", headers={"HX-Request": "true"})).select_one(".py-staff-banner")
    links = [(a.get_text(" ", strip=True), a["href"]) for a in found.select("a")]
    assert links == [
        ("1 possible disclosure open", "/staff/alerts"),
        (f"Your session: {open_session.title} at {talker.raised_at.strftime('%H:%M')} (2 open)", f"/staff/alerts/{talker.id}"),
        ("2 answers in another language to read first", "/staff/moderation?risk=read-first"),
    ]
    assert len({text for text, _ in links}) == len(links)  # a screen reader's list of links tells them apart
    assert found.select_one("[role=alert]").select_one(".py-alert-banner__talk").get_text(strip=True) == (
        f"Asked to talk today: number {talker.talk_code}")
    assert found.select_one("[role=status] a")["href"] == "/staff/moderation?risk=read-first"


def test_the_banner_poll_swaps_nothing_until_something_changes(app, officer_client, open_session, young):
    raise_alert(young)
    polled = soup(officer_client.get("/staff/")).select_one("#alert-banner")
    assert polled["hx-swap"] == "outerHTML" and "shown=" in polled["hx-get"]
    # Nothing changed: 204, so htmx swaps nothing (focus stays on a banner link; the alert is not read out again).
    r = officer_client.get(polled["hx-get"], headers={"HX-Request": "true"})
    assert (r.status_code, r.data) == (204, b"")
    # A new alert: the banner comes back with it, and polls with its own fingerprint from then on.
    _alert_in(app, open_session, DISCLOSURE, minutes_ago=0)
    r = officer_client.get(polled["hx-get"], headers={"HX-Request": "true"})
    fresh = soup(r).select_one("#alert-banner")
    assert r.status_code == 200 and "2 possible disclosures open" in fresh.get_text()
    assert fresh["hx-get"] != polled["hx-get"]
    assert officer_client.get(fresh["hx-get"], headers={"HX-Request": "true"}).status_code == 204


MODEL_ONLY = "i wont be around after christmas so it doesnt matter"  # no rule matches; the model raises it


def _with_risk(alert: Alert, risk: float) -> Alert:
    db.session.execute(Answer.__table__.update().where(Answer.id == alert.answer_id).values(risk=risk))
    db.session.commit()
    return alert


def test_open_alerts_are_listed_riskiest_first_then_newest(app, make_staff, officer, open_session):
    lead = client_for(app, make_staff, "safeguarding")
    low_rule = _with_risk(_alert_in(app, open_session, DISCLOSURE, minutes_ago=9), 0.30)
    high_rule = _with_risk(_alert_in(app, open_session, NAMED, minutes_ago=30), 0.80)
    model_only = _with_risk(_alert_in(app, open_session, MODEL_ONLY, minutes_ago=1), 0.95)
    assert model_only.cues == [] and high_rule.cues and low_rule.cues
    # A possible risk to life comes before everything (test_alert_lead_review.py): here the model's read is another kind.
    model_only.categories = ["missing"]
    db.session.commit()
    foreign = moderation.escalate(officer, _waiting_in(app, open_session, ARABIC_WORDS))
    foreign.raised_at = datetime.utcnow() - timedelta(minutes=20)
    _with_risk(foreign, 0.10)  # the model reads English: its risk on other words says nothing
    talker = _asks_to_talk(app, open_session)
    talker.raised_at = datetime.utcnow() - timedelta(minutes=40)
    db.session.commit()
    closed = _alert_in(app, open_session, DISCLOSURE, minutes_ago=0)
    lead.post(f"/staff/alerts/{closed.id}/close", data={"outcome": "referred", "note": "Referred to the MASH by phone, ref 99.", "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."})

    rows = soup(lead.get("/staff/alerts")).select("tbody tr")
    # Read first (words the screen could not read, someone waiting to talk), newest first; then the rest, whoever
    # found them, by the risk score, highest first (the model's 0.95 before the rules' 0.80); closed alerts last.
    assert [int(r["data-alert"]) for r in rows] == [foreign.id, talker.id, model_only.id, high_rule.id, low_rule.id, closed.id]
    why = [r.select_one(".py-alert-why").get_text(" ", strip=True) for r in rows]
    assert why[0].startswith("Read first Not checked by the screen: written in Arabic script")
    assert why[1] == "Read first Asked to talk today, wrote nothing"
    assert why[3].startswith("The screen's rules found words Model's risk 0.80")
    assert why[2].startswith("The screen's model alone Model's risk 0.95")
    # The first words, names taken out, for the lead too: the words as written are on the alert itself.
    named = rows[3].select_one(".py-alert-words [dir=auto]").get_text()
    assert named == NAMED.replace("dave", "[name]")
    assert rows[1].select_one(".py-alert-words").get_text(strip=True) == "Nothing: they asked to talk"
    assert soup(lead.get(f"/staff/alerts/{high_rule.id}")).select_one(".govuk-inset-text [dir=auto]").get_text() == NAMED


def test_the_alert_list_shows_only_the_first_words(app, make_staff, officer_client, young):
    long_words = DISCLOSURE + " and " + " ".join(["it has been like this for a long time"] * 3)
    young.answer(4, long_words)
    shown = soup(officer_client.get("/staff/alerts")).select_one("tbody tr .py-alert-words [dir=auto]").get_text()
    assert shown.endswith("…") and len(shown) <= 91 and long_words.startswith(shown[:-1].rstrip())


def next_steps(client, alert):
    return [li.get_text(strip=True) for li in soup(client.get(f"/staff/alerts/{alert.id}")).select(".py-next-steps ol li")]


def lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


SETTINGS = {"retention_days": "30", "small_number_threshold": "5"}


def served_settings(admin):
    """The settings form as the page serves it, ready to post back (a browser sends lines as CRLF)."""
    page = soup(admin.get("/staff/admin/settings"))
    data = {i["name"]: i.get("value", "") for i in page.select("form input[name]") if i.get("type") != "checkbox"}
    data.update({t["name"]: t.get_text().replace("\n", "\r\n") for t in page.select("form textarea[name]")})
    return data


def test_the_officer_in_the_room_and_the_safeguarding_lead_each_read_their_own_next_steps(app, make_staff, officer_client, young, open_session):
    open_session.place = "Room 2"
    db.session.commit()
    lead = client_for(app, make_staff, "safeguarding")
    admin = client_for(app, make_staff, "admin")
    alert = raise_alert(young)
    escalate(alert)  # an administrator reads only what was escalated to them
    steps = soup(officer_client.get(f"/staff/alerts/{alert.id}")).select_one(".py-next-steps")
    assert "Room 2" in steps.select_one("p").get_text()
    # Nobody knows who wrote it: the sentence about a young person who asked to talk is left out.
    anonymous = [line.removesuffix(" If the young person asked to talk, they will show an adult their number.")
                 for line in lines(DEFAULT_ALERT_NEXT_STEPS)]
    assert anonymous != lines(DEFAULT_ALERT_NEXT_STEPS)
    assert [li.get_text(strip=True) for li in steps.select("ol li")] == anonymous
    assert next_steps(lead, alert) == lines(DEFAULT_LEAD_NEXT_STEPS)
    lead_steps = " ".join(next_steps(lead, alert))
    assert "999" in lead_steps and "referral to children's social care" in lead_steps and "MASH" in lead_steps
    assert "Go to the room now" not in lead_steps
    # An admin an unopened alert was escalated to acts as an officer would: find the room, tell the lead.
    assert next_steps(admin, alert) == anonymous


def test_an_alert_says_what_to_do_next_in_the_words_the_admin_set(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    admin_user = make_staff("admin")
    admin = app.test_client()
    sign_in(admin, admin_user)
    form = soup(admin.get("/staff/admin/settings"))
    assert form.select_one("textarea#alert_next_steps").get_text().startswith("If anyone is in danger right now, call 999.")
    assert lines(form.select_one("textarea#alert_next_steps_lead").get_text()) == lines(DEFAULT_LEAD_NEXT_STEPS)
    r = admin.post("/staff/admin/settings", data={
        **SETTINGS,
        "alert_next_steps": "Call 999 if anyone is in danger now.\r\n\r\nRing the MASH on 01234 567890.\r\nGo to the room.",
        "alert_next_steps_lead": "Read the words.\r\nRing the front door on 01234 567890 today.",
    })
    assert r.status_code == 303
    assert next_steps(officer_client, alert) == ["Call 999 if anyone is in danger now.", "Ring the MASH on 01234 567890.", "Go to the room."]
    assert next_steps(lead, alert) == ["Read the words.", "Ring the front door on 01234 567890 today."]
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "settings-changed")).scalar_one()
    assert event.actor_id == admin_user.id
    assert event.detail["before"] == {"alert_next_steps": "", "alert_next_steps_lead": ""}
    assert event.detail["after"]["alert_next_steps_lead"] == "Read the words.\nRing the front door on 01234 567890 today."
    # Emptied, the lead's box goes back to the standard steps; the officers' stay the council's own.
    data = served_settings(admin)
    data["alert_next_steps_lead"] = ""
    assert admin.post("/staff/admin/settings", data=data).status_code == 303
    assert next_steps(lead, alert) == lines(DEFAULT_LEAD_NEXT_STEPS)
    assert next_steps(officer_client, alert)[1] == "Ring the MASH on 01234 567890."


def test_saving_the_standard_steps_unchanged_keeps_them_standard(app, make_staff):
    admin_user = make_staff("admin")
    admin = app.test_client()
    sign_in(admin, admin_user)
    data = served_settings(admin)
    assert lines(data["alert_next_steps_lead"]) == lines(DEFAULT_LEAD_NEXT_STEPS)
    data["retention_days"] = "20"
    assert admin.post("/staff/admin/settings", data=data).status_code == 303
    db.session.expire_all()
    council = db.session.get(Council, admin_user.council_id)
    # Stored empty, so a better standard text reaches this council too.
    assert (council.retention_days, council.alert_next_steps, council.alert_next_steps_lead) == (20, "", "")
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "settings-changed")).scalar_one()
    assert event.detail["after"] == {"retention_days": 20}


def numbers(page):
    return [(a["href"], " ".join(a.get_text().split())) for a in page.select(".py-next-steps .py-alert-numbers a")]


def test_numbers_to_call_are_saved_and_shown_on_an_open_alert_as_links_that_dial(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    admin_user = make_staff("admin")
    admin = app.test_client()
    sign_in(admin, admin_user)
    r = admin.post("/staff/admin/settings", data={
        **SETTINGS,
        "alert_contacts-0-label": "Children's services front door", "alert_contacts-0-phone": " 01632  960123",
        "alert_contacts-1-label": "", "alert_contacts-1-phone": "",
        "alert_contacts-2-label": "Police (non-emergency)", "alert_contacts-2-phone": "101",
    })
    assert r.status_code == 303
    db.session.expire_all()
    council = db.session.get(Council, admin_user.council_id)
    assert council.alert_contacts == [
        {"label": "Children's services front door", "phone": "01632 960123"}, {"label": "Police (non-emergency)", "phone": "101"},
    ]
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "settings-changed")).scalar_one()
    assert (event.actor_id, event.detail["before"], event.detail["after"]["alert_contacts"]) == (
        admin_user.id, {"alert_contacts": []}, council.alert_contacts)
    shown = [
        ("tel:999", "999 if anyone is in danger now"),
        ("tel:01632960123", "Children's services front door 01632 960123"),
        ("tel:101", "Police, not an emergency: 101"),  # always shown, once, in the same words
    ]
    for reader in (officer_client, lead):
        page = soup(reader.get(f"/staff/alerts/{alert.id}"))
        assert numbers(page) == shown
        assert page.select_one(".py-alert-no-numbers") is None
        assert all("govuk-button" in a["class"] for a in page.select(".py-alert-numbers a"))
    # The saved numbers fill the settings form again, in order, with the third row empty.
    form = soup(admin.get("/staff/admin/settings"))
    assert [form.select_one(f"#alert_contacts-{i}-phone").get("value", "") for i in range(3)] == ["01632 960123", "101", ""]
    # A closed alert has nothing left to do now: no numbers.
    lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": "Referred to the MASH by phone, ref 77.", "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."})
    assert soup(lead.get(f"/staff/alerts/{alert.id}")).select_one(".py-alert-numbers") is None


def test_a_number_that_cannot_be_dialled_is_refused_and_what_was_typed_is_kept(app, make_staff):
    admin_user = make_staff("admin")
    admin = app.test_client()
    sign_in(admin, admin_user)
    r = admin.post("/staff/admin/settings", data={
        **SETTINGS,
        "alert_contacts-0-label": "Out of hours emergency duty team", "alert_contacts-0-phone": "0345 6O0 1234 (after 5pm)",
        "alert_contacts-1-label": "", "alert_contacts-1-phone": "01632 960123",
        "alert_contacts-2-label": "Police", "alert_contacts-2-phone": "",
    })
    assert r.status_code == 422
    page = soup(r)
    summary = [(a["href"], a.get_text(strip=True)) for a in page.select(".govuk-error-summary a")]
    assert summary == [
        ("#alert_contacts-0-phone", "Use only numbers, spaces, brackets and a + at the start, for example 01632 960123 or +44 1632 960123."),
        ("#alert_contacts-1-label", "Enter who the number reaches, for example Children's services front door."),
        ("#alert_contacts-2-phone", "Enter the phone number, for example 01632 960123."),
    ]
    assert page.select_one("#alert_contacts-0-phone")["value"] == "0345 6O0 1234 (after 5pm)"
    assert page.select_one("#alert_contacts-0-label")["value"] == "Out of hours emergency duty team"
    assert page.select_one("#alert_contacts-1-phone")["value"] == "01632 960123"
    assert page.select_one("#alert_contacts-0-phone-error") is not None
    db.session.expire_all()
    assert db.session.get(Council, admin_user.council_id).alert_contacts == []
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "settings-changed")).scalar_one_or_none() is None


def test_without_numbers_an_alert_says_so_and_the_lead_and_admin_learn_where_to_add_them(app, make_staff, officer_client, young):
    lead = client_for(app, make_staff, "safeguarding")
    admin = client_for(app, make_staff, "admin")
    alert = raise_alert(young)
    escalate(alert)  # an administrator reads only what was escalated to them
    pages = {who: soup(c.get(f"/staff/alerts/{alert.id}")) for who, c in (("officer", officer_client), ("lead", lead), ("admin", admin))}
    for page in pages.values():
        assert numbers(page) == [("tel:999", "999 if anyone is in danger now"), ("tel:101", "Police, not an emergency: 101")]
        assert "not added its own numbers" in page.select_one(".py-alert-no-numbers").get_text()
    assert "Settings" not in pages["officer"].select_one(".py-alert-no-numbers").get_text()
    assert "An admin can add them in Settings" in pages["lead"].select_one(".py-alert-no-numbers").get_text()
    assert pages["lead"].select_one(".py-alert-no-numbers a") is None  # the lead cannot open Settings
    assert pages["admin"].select_one(".py-alert-no-numbers a")["href"] == "/staff/admin/settings#alert-numbers"


def test_the_alert_list_shows_the_words_redacted_to_everyone_and_the_alert_as_written_to_those_who_may(app, make_staff, officer_client, young):
    young.answer(4, NAMED)
    lead = client_for(app, make_staff, "safeguarding")
    admin = client_for(app, make_staff, "admin")
    alert = db.session.execute(select(Alert)).scalar_one()
    escalate(alert)  # an administrator reads only what was escalated to them

    def listed(client):
        return soup(client.get("/staff/alerts")).select_one("tbody tr .py-alert-words [dir=auto]").get_text()

    def on_the_alert(client):
        return soup(client.get(f"/staff/alerts/{alert.id}")).select_one(".govuk-inset-text [dir=auto]").get_text()

    for client in (officer_client, lead, admin):
        seen = listed(client)
        assert "dave" not in seen.lower() and "[name]" in seen and "hits me" in seen
    assert on_the_alert(officer_client) == NAMED  # runs the session
    assert on_the_alert(lead) == NAMED  # the safeguarding lead reads every alert as written
    assert "dave" not in on_the_alert(admin).lower()
    # The cues that set the screen off are redacted too, on the alert itself.
    assert "dave" not in soup(admin.get(f"/staff/alerts/{alert.id}")).select_one("main").get_text().lower()


def test_no_further_action_returns_the_answer_to_moderation_with_the_note(app, make_staff, officer_client, young, open_session):
    lead_user = make_staff("safeguarding")
    lead = app.test_client()
    sign_in(lead, lead_user)
    alert = raise_alert(young)
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "no-further-action", "note": NOTE})
    assert r.status_code == 303
    db.session.expire_all()
    answer = db.session.get(Answer, alert.answer_id)
    assert (answer.state, answer.disclosure) == ("pending", False)
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-returned-to-moderation")).scalar_one()
    assert (event.actor_id, event.subject_id, event.detail["alert_id"]) == (lead_user.id, answer.id, alert.id)

    item = soup(officer_client.get(f"/staff/moderation?session={open_session.id}")).select_one(f"#answer-{answer.id}")
    assert item.select_one(".py-returned__note").get_text(strip=True) == NOTE
    assert "no further action" in item.select_one(".py-returned").get_text()
    # The moderator decides about it like any other answer, and it can become evidence.
    assert officer_client.post(f"/staff/moderation/answers/{answer.id}/approve").status_code == 303
    db.session.expire_all()
    assert db.session.get(Answer, answer.id).state == "approved"
    listed = soup(lead.get("/staff/alerts")).select_one("tbody tr").get_text(" ", strip=True)
    assert "Answer sent back to moderation" in listed


def test_an_alert_closed_after_a_referral_keeps_the_answer_out_of_moderation(app, make_staff, officer_client, young, open_session):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": "Referred to the MASH by phone, ref 1234.", "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."})
    db.session.expire_all()
    assert db.session.get(Answer, alert.answer_id).state == "held"
    assert soup(officer_client.get(f"/staff/moderation?session={open_session.id}")).select(".py-mod-item") == []


def test_each_alert_needs_its_own_note_with_a_clear_error(app, make_staff, young):
    lead = client_for(app, make_staff, "safeguarding")
    alert = raise_alert(young)
    for note, message in [
        ("", "Write what was done about this alert and why. Each alert needs its own note, even a false alarm."),
        ("   ok  ", "Write why no further action is needed, in at least a sentence. Each alert needs its own note."),
    ]:
        r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "no-further-action", "note": note})
        assert r.status_code == 422
        page = soup(r)
        summary = page.select_one(".govuk-error-summary")
        assert summary.select_one("a")["href"] == "#note"
        assert summary.select_one("a").get_text(strip=True) == message
        assert page.select_one("#note-error").get_text(" ", strip=True).endswith(message)
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).is_open
    # No page closes several alerts at once: the list has no form, and every change takes one alert's id.
    assert soup(lead.get("/staff/alerts")).select("main form, main input[type=checkbox]") == []
    post_rules = sorted(r.rule for r in app.url_map.iter_rules() if r.endpoint.startswith("alerts.") and "POST" in r.methods)
    assert post_rules == [f"/staff/alerts/<int:alert_id>/{what}" for what in (
        "close", "late-entry", "reopen", "reopen-with-step", "sign-off", "steps")]


def test_an_answer_changed_to_other_words_keeps_the_first_words_on_the_alert(app, young):
    alert = raise_alert(young)
    young.answer(4, DISCLOSURE + " and again today")  # went on typing: the new words hold the old
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).text == DISCLOSURE + " and again today"
    young.answer(4, "my uncle hits me when he visits")
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).text == (
        f"{DISCLOSURE} and again today\n\n{alerts.CHANGED_TO}\nmy uncle hits me when he visits")


def test_a_possible_disclosure_too_long_to_save_is_kept_whole_and_raises_an_alert(app, young):
    # Sent back for length, a young person may give up: the words are never sent back unread.
    words = DISCLOSURE + " " + "and it has been going on for a long time. " * 20
    r = young.answer(4, words)
    assert r.status_code == 303 and "/check-in" in r.location
    db.session.expire_all()
    answer = db.session.execute(select(Answer)).scalar_one()
    assert answer.raw_text == words.strip() and len(answer.raw_text) > 500
    assert db.session.execute(select(Alert)).scalar_one().answer_id == answer.id


def test_other_words_too_long_are_sent_back_with_the_letters_to_take_out(app, young):
    r = young.answer(4, "the food is nice " * 40)
    page = young.sent_back(r, 4)
    assert "letters too many" in page.text
    assert db.session.execute(select(func.count(Answer.id))).scalar_one() == 0


def test_the_bar_says_how_long_an_unseen_alert_has_waited_by_the_clock(app, make_staff, young, monkeypatch):
    """Not "10 minutes" whatever it has waited: the minutes since it was raised, on a clock held still here."""
    other_officer = client_for(app, make_staff, "officer")  # sees it once it is escalated
    alert = raise_alert(young)
    clock = {"now": alert.raised_at + timedelta(minutes=62, seconds=40)}

    class Frozen(datetime):
        @classmethod
        def utcnow(cls):
            return clock["now"]

    monkeypatch.setattr(alerts, "datetime", Frozen)

    def link():
        return banner(other_officer).select_one(".py-alert-banner__link").get_text(" ", strip=True)

    assert link().endswith(", not opened for 62 minutes")
    clock["now"] += timedelta(minutes=1)
    assert link().endswith(", not opened for 63 minutes")


def test_an_alert_names_words_of_the_same_visit_the_screen_could_not_read(app, make_staff, officer_client, open_session):
    # A reviewer playing a young person wrote "the man in the house hits me" in Arabic script, then asked to talk:
    # the talk alert said they wrote nothing, and nothing pointed to the words waiting in the queue.
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(4, ARABIC_WORDS)
    unread = db.session.execute(select(Answer).order_by(Answer.id.desc())).scalars().first()
    assert not unread.screened and unread.state == "pending"
    participant = db.session.get(Participant, unread.participant_id)
    alerts.young_person_asks_to_talk(open_session.id, participant.id)
    talk = db.session.execute(select(Alert).order_by(Alert.id.desc())).scalars().first()
    other = _asks_to_talk(app, open_session)  # another young person's request: nothing of theirs waits
    page = soup(officer_client.get(f"/staff/alerts/{talk.id}"))
    box = page.select_one("[data-unread-same-visit]")
    assert ARABIC_WORDS in box.get_text() and "Arabic" in box.get_text()
    assert box.select_one("a")["href"].endswith(f"#answer-{unread.id}")
    lead = client_for(app, make_staff, "safeguarding")
    lead_box = soup(lead.get(f"/staff/alerts/{talk.id}")).select_one("[data-unread-same-visit]")
    assert ARABIC_WORDS in lead_box.get_text() and lead_box.select_one("a") is None  # the lead does not moderate
    assert soup(officer_client.get(f"/staff/alerts/{other.id}")).select_one("[data-unread-same-visit]") is None
    # Once a person has decided it, it is no longer unread.
    officer_client.post(f"/staff/moderation/answers/{unread.id}/reject", data={"reason": "off-topic"})
    assert soup(officer_client.get(f"/staff/alerts/{talk.id}")).select_one("[data-unread-same-visit]") is None
