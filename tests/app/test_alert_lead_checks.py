"""The safeguarding lead's third review of the alert pages: a sign-off says what the lead checked, a close or
sign-off with no LADO contact recorded on an alert that calls for one, the room's officers' phone numbers, the
list on a phone's first screen, the bar with a link per room, and a clash that keeps the note for a late entry."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from participation.domain import sessions as services
from participation.domain.db import db
from participation.domain.models import Alert, AuditEvent, StaffUser
from participation.ops.demo import DEMO_OFFICER_PHONE
from tests.app.test_alerts import DISCLOSURE, _alert_in, banner, client_for, raise_alert, soup
from tests.conftest import demo_loaded, sign_in

NFA = "Checked with the group worker: a song lyric they were quoting, no concern about home."
CHECKED = "Read the officer's note and rang the group worker: agreed, a song lyric."


def _events(action: str) -> list[AuditEvent]:
    return list(db.session.execute(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)).scalars())


def _categorised(alert: Alert, *categories: str) -> Alert:
    alert.categories = list(categories)
    db.session.commit()
    return alert


def _alert(alert_id: int) -> Alert:
    db.session.expire_all()
    return db.session.get(Alert, alert_id)


def _lead(app, make_staff, name="Dee Okafor"):
    user = make_staff("safeguarding")
    user.name = name
    db.session.commit()
    client = app.test_client()
    sign_in(client, user)
    return user, client


# ---- 1. a sign-off says what the lead checked --------------------------------------------------------------


def test_a_sign_off_with_no_note_is_refused_beside_the_box_and_nothing_changes(app, make_staff, officer_client, young):
    _, lead = _lead(app, make_staff)
    alert = _categorised(raise_alert(young), "self-harm-suicide")
    assert officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": NFA}).status_code == 303
    for note in ("", "   ", "ok"):
        r = lead.post(f"/staff/alerts/{alert.id}/sign-off", data={"note": note})
        assert r.status_code == 422
        page = soup(r)
        assert page.select_one(".govuk-error-summary a")["href"] == "#note"
        assert page.select_one("#note-error") is not None
        assert page.select_one("form.py-alert-sign-off-form textarea#note").get_text() == note.strip("\n")
    assert _alert(alert.id).awaiting_sign_off and _events("alert-signed-off") == []
    assert [s.action for s in _alert(alert.id).steps] == []


def test_the_sign_off_note_is_on_the_alert_in_its_record_in_print_and_in_the_audit_log(app, make_staff, officer_client, young):
    lead_user, lead = _lead(app, make_staff)
    alert = _categorised(raise_alert(young), "abuse")
    officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "no-further-action", "note": NFA})
    assert lead.post(f"/staff/alerts/{alert.id}/sign-off", data={"note": CHECKED}).status_code == 303
    done = _alert(alert.id)
    assert done.state == "closed"
    (signed,) = [s for s in done.steps if s.action == "signed-off"]
    assert signed.note == CHECKED
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    assert page.select_one(".py-alert-closed .py-alert-sign-off-note").get_text(strip=True) == CHECKED
    (step,) = [li for li in page.select(".py-alert-record .py-alert-step") if li["data-action"] == "signed-off"]
    assert step.select_one(".py-alert-step__note").get_text(strip=True) == CHECKED
    printed = soup(lead.get(f"/staff/alerts/{alert.id}/print"))
    (row,) = printed.select("tr[data-kind=step][data-action=signed-off]")
    assert row.select("td")[-1].get_text(strip=True) == CHECKED
    (event,) = _events("alert-signed-off")
    assert (event.actor_id, event.detail["note"]) == (lead_user.id, CHECKED)


# ---- 2. no LADO contact recorded ---------------------------------------------------------------------------

FOSTER = "my foster carer hits me when nobody is home and i dont feel safe"
LADO_STEP = "Rang the LADO at 15:00, reference L-204. They will speak to the fostering manager today."
WHY_NOT = "The LADO was not told: the carer named left the service last year and is no longer approved."
LADO_REASON = "The carer named left the service last year; checked with the fostering manager today."


def _foster_alert(young) -> Alert:
    young.answer(4, FOSTER)
    db.session.expire_all()
    return _categorised(db.session.execute(select(Alert)).scalar_one(), "abuse")


def _no_lado(page):
    return page.select_one(".py-alert-no-lado")


def test_closing_with_no_lado_contact_recorded_needs_the_tick_and_keeps_everything_typed(app, make_staff, young):
    lead_user, lead = _lead(app, make_staff)
    alert = _foster_alert(young)
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    warning = _no_lado(page)
    assert warning.select_one(".govuk-warning-text__text").get_text(" ", strip=True).endswith("No LADO contact recorded")
    assert "other children may be at risk" in warning.select_one(".py-alert-no-lado__why").get_text()
    tick = warning.select_one("input[type=checkbox]")
    assert tick["name"] == "without_lado"
    assert page.select_one(f"label[for={tick['id']}]").get_text(strip=True) == "Close without a LADO contact"
    assert warning.select_one("textarea[name=lado_reason]") is not None
    # Above the close button, inside the form that sends it.
    form = page.select_one("form.py-alert-close-form")
    assert warning in form.descendants
    close_button = form.select("button")[-1]
    assert close_button.get_text(strip=True) == "Close the alert"
    assert list(form.descendants).index(warning) < list(form.descendants).index(close_button)

    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": WHY_NOT})
    assert r.status_code == 422
    page = soup(r)
    assert page.select_one(".govuk-error-summary a")["href"] == "#without_lado"
    assert "No LADO contact recorded" in page.select_one(".py-alert-no-lado .govuk-error-message").get_text()
    assert page.select_one("textarea#note").get_text().strip() == WHY_NOT
    assert page.select_one("input[name=outcome][checked]")["value"] == "talked"
    assert _alert(alert.id).is_open and _events("alert-closed") == []

    # A short note and no tick: both said at once.
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": "ok"})
    assert {a["href"] for a in soup(r).select(".govuk-error-summary a")} == {"#note", "#without_lado"}

    # The tick alone: why the LADO was not told is asked for beside its own box, and nothing is done.
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": WHY_NOT, "without_lado": "y"})
    assert r.status_code == 422
    assert soup(r).select_one(".govuk-error-summary a")["href"] == "#lado_reason"
    assert _alert(alert.id).is_open and _events("alert-closed") == []

    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": WHY_NOT, "without_lado": "y",
                                                          "lado_reason": LADO_REASON})
    assert r.status_code == 303
    assert _alert(alert.id).state == "closed"
    (event,) = _events("alert-closed")
    assert (event.actor_id, event.detail["without_lado_contact"]) == (lead_user.id, True)
    # The decision is on the record itself, on the page and in print, not only in the audit log.
    for page in (lead.get(f"/staff/alerts/{alert.id}"), lead.get(f"/staff/alerts/{alert.id}/print")):
        text = soup(page).get_text(" ", strip=True)
        assert "The LADO was not told: why" in text and LADO_REASON in text


def test_a_told_the_lado_step_recorded_or_sent_with_the_close_needs_no_tick(app, make_staff, young, open_session):
    _, lead = _lead(app, make_staff)
    alert = _foster_alert(young)
    # Sent with the close, it is recorded first and counts.
    r = lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": WHY_NOT,
                                                          "step-action": "lado", "step-note": LADO_STEP})
    assert r.status_code == 303
    closed = _alert(alert.id)
    assert closed.state == "closed" and [s.action for s in closed.steps] == ["lado"]
    (event,) = _events("alert-closed")
    assert "without_lado_contact" not in event.detail


def test_an_alert_whose_guidance_does_not_name_the_lado_shows_no_warning(app, make_staff, young):
    _, lead = _lead(app, make_staff)
    alert = _categorised(raise_alert(young), "abuse")  # "my stepdad": not an adult who works with children
    assert _no_lado(soup(lead.get(f"/staff/alerts/{alert.id}"))) is None
    assert lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": NFA}).status_code == 303


def test_signing_off_with_no_lado_contact_needs_the_tick_and_a_lado_step_lifts_it(app, make_staff, officer_client, young):
    lead_user, lead = _lead(app, make_staff)
    alert = _foster_alert(young)
    # The officer's close needed the tick too.
    assert officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": WHY_NOT}).status_code == 422
    assert officer_client.post(f"/staff/alerts/{alert.id}/close",
                               data={"outcome": "talked", "note": WHY_NOT, "without_lado": "y",
                                     "lado_reason": LADO_REASON}).status_code == 303
    (closed,) = _events("alert-closed")
    assert closed.detail["without_lado_contact"] is True and closed.detail["awaiting_sign_off"] is True
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    form = page.select_one("form.py-alert-sign-off-form")
    assert _no_lado(form) is not None
    r = lead.post(form["action"], data={"note": CHECKED})
    assert r.status_code == 422
    page = soup(r)
    assert page.select_one(".govuk-error-summary a")["href"] == "#without_lado"
    assert page.select_one("form.py-alert-sign-off-form textarea#note").get_text().strip() == CHECKED
    assert _alert(alert.id).awaiting_sign_off
    assert lead.post(form["action"], data={"note": CHECKED, "without_lado": "y", "lado_reason": LADO_REASON}).status_code == 303
    (event,) = _events("alert-signed-off")
    assert (event.actor_id, event.detail["without_lado_contact"]) == (lead_user.id, True)


def test_a_late_lado_entry_on_a_close_waiting_for_sign_off_lifts_the_warning(app, make_staff, officer_client, young):
    _, lead = _lead(app, make_staff)
    alert = _foster_alert(young)
    officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": WHY_NOT, "without_lado": "y",
                                                            "lado_reason": LADO_REASON})
    assert officer_client.post(f"/staff/alerts/{alert.id}/late-entry",
                               data={"step-action": "lado", "step-note": LADO_STEP}).status_code == 303
    assert _no_lado(soup(lead.get(f"/staff/alerts/{alert.id}"))) is None
    assert lead.post(f"/staff/alerts/{alert.id}/sign-off", data={"note": CHECKED}).status_code == 303
    (event,) = _events("alert-signed-off")
    assert "without_lado_contact" not in event.detail


# ---- 3. the officers' phone numbers, to ring the room ------------------------------------------------------


def _officers(page) -> list[tuple[str, str | None]]:
    return [(o["data-officer"], o.a["href"] if o.a else None)
            for o in page.select(".py-alert-officers .py-alert-officer")]


def test_staff_set_their_own_work_phone_kindly_checked_and_audited(app, officer, officer_client):
    page = soup(officer_client.get("/staff/account"))
    assert page.select_one("header a[href='/staff/account']") is not None  # their name in the header leads here
    form = page.select_one("form.py-work-phone-form")
    assert form.select_one("input#work_phone")["type"] == "tel"
    r = officer_client.post("/staff/account", data={"work_phone": "07700 90012"})
    assert r.status_code == 422
    page = soup(r)
    assert page.select_one(".govuk-error-summary a")["href"] == "#work_phone"
    assert "check for a missing number" in page.select_one("#work_phone-error").get_text()
    assert page.select_one("input#work_phone")["value"] == "07700 90012"
    assert _events("staff-phone-set") == []
    r = officer_client.post("/staff/account", data={"work_phone": "+44 (0)1632-960005"})
    assert r.status_code == 303
    db.session.refresh(officer)
    assert officer.work_phone == "01632 960005"
    page = soup(officer_client.get("/staff/account"))
    assert page.select_one(".py-account-phone .govuk-summary-list__value").get_text(strip=True) == "01632 960005"
    assert page.select_one("input#work_phone")["value"] == "01632 960005"
    # Empty takes it away.
    assert officer_client.post("/staff/account", data={"work_phone": ""}).status_code == 303
    db.session.refresh(officer)
    assert officer.work_phone == ""
    events = _events("staff-phone-set")
    assert [(e.actor_id, e.subject_id, e.detail["before"], e.detail["after"]) for e in events] == [
        (officer.id, officer.id, None, "01632 960005"), (officer.id, officer.id, "01632 960005", None)]


def test_an_admin_sets_a_staff_member_s_work_phone_on_their_page(app, make_staff, officer):
    admin_user = make_staff("admin")
    admin = app.test_client()
    sign_in(admin, admin_user)
    form = soup(admin.get(f"/staff/admin/staff/{officer.id}")).select_one("form.py-work-phone-form")
    assert form["action"] == f"/staff/admin/staff/{officer.id}/phone"
    r = admin.post(form["action"], data={"work_phone": "0909 879 0000"})
    assert r.status_code == 422
    page = soup(r)
    assert "premium rate" in page.select_one("#work_phone-error").get_text()
    assert page.select_one("input#work_phone")["value"] == "0909 879 0000"
    assert admin.post(form["action"], data={"work_phone": "07700900123"}).status_code == 303
    db.session.refresh(officer)
    assert officer.work_phone == "07700 900123"
    page = soup(admin.get(f"/staff/admin/staff/{officer.id}"))
    assert page.select_one(".py-staff-phone .govuk-summary-list__value").get_text(strip=True) == "07700 900123"
    (event,) = _events("staff-phone-set")
    assert (event.actor_id, event.subject_id, event.detail["after"]) == (admin_user.id, officer.id, "07700 900123")
    # Nobody else sets another's number, and an admin only in their own council.
    assert client_for(app, make_staff, "officer").post(form["action"], data={"work_phone": "07700 900999"}).status_code == 403


def test_the_alert_and_its_print_show_the_room_s_officers_with_numbers_that_dial(app, make_staff, officer, young, open_session):
    officer.name, officer.work_phone = "Priya Shah", "01632 960005"
    second = make_staff("officer")
    second.name = "Tom Evans"  # no work phone given
    open_session.officers.append(second)
    db.session.commit()
    _, lead = _lead(app, make_staff)
    alert = raise_alert(young)
    page = soup(lead.get(f"/staff/alerts/{alert.id}"))
    assert _officers(page) == [("Priya Shah", "tel:01632960005"), ("Tom Evans", None)]
    officers = page.select_one(".py-alert-officers").get_text(" ", strip=True)
    assert officers == "Priya Shah, 01632 960005 ; Tom Evans (no work phone given)"
    # Near the top, with the room, while the alert is open.
    ring = page.select_one(".py-next-steps .py-alert-ring-room")
    assert [a["href"] for a in ring.select("a")] == ["tel:01632960005"]
    printed = soup(lead.get(f"/staff/alerts/{alert.id}/print")).select_one("[data-field=officers]")
    assert [a["href"] for a in printed.select("a")] == ["tel:01632960005"]
    assert printed.get_text(" ", strip=True) == officers


def test_the_demo_officer_has_a_work_phone_from_ofcom_s_drama_range(app):
    demo_loaded()
    officer = db.session.execute(select(StaffUser).where(StaffUser.email == "officer@northshire.example")).scalar_one()
    assert officer.work_phone == DEMO_OFFICER_PHONE
    number = int(DEMO_OFFICER_PHONE.replace(" ", ""))
    assert 1632960000 <= number <= 1632960999 and DEMO_OFFICER_PHONE not in ("01632 960003", "01632 960004")


# ---- 4. the list first on a phone ----------------------------------------------------------------------------


def test_the_alert_list_s_rules_fold_into_a_details_component_above_the_table(app, officer_client, young):
    raise_alert(young)
    page = soup(officer_client.get("/staff/alerts"))
    main = page.select_one("main")
    details = main.select_one("details.govuk-details.py-alert-list-rules")
    assert details.select_one("summary").get_text(strip=True) == "How this list is ordered, and the rules for alerts"
    assert not details.has_attr("open")
    assert details.select_one(".govuk-details__text").get_text(" ", strip=True).startswith(
        "Every possible disclosure of harm")
    # Nothing but the heading, the folded rules and the order in one sentence comes before the list.
    assert [el.name for el in main.select_one("h1").find_next_siblings()][:3] == ["details", "p", "div"]
    assert main.select_one("h1 ~ div#alert-list > table.py-alert-list") is not None


# ---- 5. the bar: a link per room ---------------------------------------------------------------------------


def _room_links(client) -> list[tuple[str, str]]:
    return [(a.get_text(" ", strip=True), a["href"]) for a in banner(client).select(".py-alert-banner__link")]


def test_the_bar_links_each_room_with_open_alerts_most_urgent_first_at_most_three(app, make_staff, officer, officer_client,
                                                                                   make_session):
    other = make_staff("officer")
    rooms = {name: make_session(title=name, user=other) for name in ("Hall A", "Hall B", "Hall C")}
    mine = make_session(title="Our forum")
    for s in [*rooms.values(), mine]:
        s.place = "Room " + s.title[-1]
    db.session.commit()
    in_a = _alert_in(app, rooms["Hall A"], DISCLOSURE, minutes_ago=12)
    in_b = _alert_in(app, rooms["Hall B"], DISCLOSURE, minutes_ago=12)
    suicide_c = _categorised(_alert_in(app, rooms["Hall C"], DISCLOSURE, minutes_ago=12), "self-harm-suicide")
    older_mine = _alert_in(app, mine, DISCLOSURE, minutes_ago=3)
    newer_mine = _alert_in(app, mine, DISCLOSURE, minutes_ago=1)
    for a in (in_a, in_b, suicide_c):
        a.escalated = True  # nobody opened them: every officer sees them now
    in_a.answer.risk, in_b.answer.risk = 0.9, 0.5
    db.session.commit()
    services.close_session(other, rooms["Hall B"])  # over: a quieter room the bar may leave to the list
    # For the officer: the risk to life's room first, their own room next, then the other session open now.
    links = _room_links(officer_client)
    assert [href for _, href in links] == [f"/staff/alerts/{suicide_c.id}", f"/staff/alerts/{newer_mine.id}",
                                           f"/staff/alerts/{in_a.id}"]
    assert links[0][0].startswith("Most urgent: Hall C, Room C at ")
    assert links[1][0].startswith("Your session: Our forum, Room m at ") and links[1][0].endswith("(2 open)")
    assert links[2][0].startswith("Hall A, Room A at ") and links[2][0].endswith("not opened for 12 minutes")
    more = banner(officer_client).select_one(".py-alert-banner__more")
    assert (more.get_text(strip=True), more["href"]) == ("and 1 more room with alerts", "/staff/alerts")
    assert len({text for text, _ in links}) == len(links)
    # Still counted in full beside them.
    assert banner(officer_client).select_one(".py-alert-banner__all").get_text(strip=True) == "5 possible disclosures open"
    assert older_mine.id not in [int(h.rsplit("/", 1)[1]) for _, h in links]
    # With three rooms or fewer, no "more".
    close = {"outcome": "referred", "note": NFA, "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."}
    _, lead = _lead(app, make_staff)
    assert lead.post(f"/staff/alerts/{in_b.id}/close", data=close).status_code == 303
    assert len(_room_links(officer_client)) == 3 and banner(officer_client).select_one(".py-alert-banner__more") is None


# ---- 6. after a clash, the kept note fills the late entry box -----------------------------------------------

POLICE = "Told the police on 101 at 16:30, reference 88812. They will visit the home tomorrow."
CLOSING = "Talked with them and their carer: a falling out, now sorted, nothing more to do."


def _late_box(r) -> tuple[str | None, str, str]:
    late = soup(r).select_one("form.py-alert-late-form")
    chosen = late.select_one("input[name=step-action][checked]")
    return (chosen["value"] if chosen else None, late.select_one("#step-note").get_text().strip(),
            late.select_one("#step-when").get("value", ""))


def test_a_refused_reopen_and_add_keeps_the_step_in_the_late_entry_box(app, make_staff, officer_client, young):
    _, lead = _lead(app, make_staff)
    alert = raise_alert(young)
    alert.raised_at -= timedelta(days=2)
    db.session.commit()
    officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": CLOSING, "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."})
    r = lead.post(f"/staff/alerts/{alert.id}/steps",
                  data={"step-action": "police", "step-note": POLICE, "step-when": "yesterday 16:30"})
    assert r.status_code == 409
    typed = _late_box(r)
    assert typed == ("police", POLICE, "yesterday 16:30")
    form = soup(r).select_one("form.py-alert-reopen-step-form")
    hidden = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}
    # The lead presses "Reopen and add this step" with no reason: refused, and the late entry box still holds the
    # step (it came back empty), so adding it as a late entry instead loses nothing.
    r = lead.post(form["action"], data={**hidden, "kept-reason": ""})
    assert r.status_code == 422
    assert _late_box(r) == typed
    assert lead.post(f"/staff/alerts/{alert.id}/late-entry", data={
        "step-action": typed[0], "step-note": typed[1], "step-when": typed[2]}).status_code == 303
    done = _alert(alert.id)
    assert [(s.action, s.late, s.note) for s in done.steps] == [("police", True, POLICE)]
    assert not done.is_open


def test_a_close_sent_after_someone_closed_it_puts_its_note_in_the_late_entry_box(app, make_staff, officer_client, young):
    _, lead = _lead(app, make_staff)
    alert = raise_alert(young)
    lead.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "referred", "note": NFA, "without_referral": "y", "referral_reason": "Referral made by phone; the step is written up later."})
    r = officer_client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": "talked", "note": CLOSING})
    assert r.status_code == 409
    assert _late_box(r) == (None, CLOSING, "")
    assert "Your closing note is in the late entry box below" in soup(r).select_one(".py-alert-unsaved").get_text()
    assert _alert(alert.id).steps == []


def test_on_a_phone_the_bar_folds_the_rooms_after_the_first_into_one_link_to_the_list(
        app, officer, officer_client, make_session):
    rooms = [make_session(title=f"Hall {c}") for c in "ABC"]
    for s in rooms:
        s.place = "Room " + s.title[-1]
    db.session.commit()
    for s in rooms:
        _alert_in(app, s, DISCLOSURE, minutes_ago=2)
    bar = banner(officer_client)
    # One link to the list with the count of alerts and rooms, shown on a phone in place of the count link and
    # the other rooms (app.css: .py-alert-banner--rooms, __wide, __rooms), which stay for wider screens.
    assert "py-alert-banner--rooms" in bar["class"]
    folded = bar.select_one("a.py-alert-banner__rooms")
    assert (folded.get_text(strip=True), folded["href"]) == ("3 possible disclosures in 3 rooms", "/staff/alerts")
    links = bar.select("a.py-alert-banner__link")
    assert len(links) == 3 and "py-alert-banner__wide" not in links[0]["class"]
    assert all("py-alert-banner__wide" in a["class"] for a in links[1:])
    # On a phone the first room's link names the room: the session's title is in a part the phone leaves out.
    first = next(s for s in rooms if str(s.id) == links[0]["data-session"])
    assert links[0].select_one(".py-alert-banner__title").get_text() == f"{first.title}, "
    assert links[0].get_text(" ", strip=True).startswith(f"Your session: {first.title}, {first.place} at ")
    assert all(sep.get("aria-hidden") == "true" for sep in bar.select(".py-alert-banner__sep"))
    css = (Path(app.static_folder) / "css" / "app.css").read_text()
    phone_rules = css[css.index("@media(max-width: 40.0525em){.py-alert-banner__all"):]
    phone_rules = phone_rules[:phone_rules.index("}}") + 2]
    for hidden in (".py-alert-banner__wide", ".py-alert-banner--rooms .py-alert-banner__all", ".py-alert-banner__title"):
        assert hidden in phone_rules.split("{display:none}")[0].rsplit("}", 1)[-1], hidden
    assert ".py-alert-banner__rooms{display:none}" in css


def test_with_one_room_the_bar_has_no_folded_link(app, officer_client, young):
    young.answer(4, DISCLOSURE)
    bar = banner(officer_client)
    assert "py-alert-banner--rooms" not in bar["class"] and bar.select_one(".py-alert-banner__rooms") is None
    assert [a["class"] for a in bar.select("a.py-alert-banner__link")] == [["py-alert-banner__link"]]
