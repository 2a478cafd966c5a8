"""The safeguarding lead's review of anonymous alerts (nobody knows who wrote the words): a close for "told the room;
nobody came forward", one set of first steps for suicide or self-harm, and a print header that fits."""

from __future__ import annotations

from participation.domain.councils import DEFAULT_ALERT_NEXT_STEPS
from participation.domain.db import db
from participation.domain.models import Alert
from participation.domain.models.moderation import OUTCOMES, TOLD_ROOM
from tests.app.test_alert_emails import outbox
from tests.app.test_alerts import _asks_to_talk, client_for, raise_alert, soup

TOLD = "Told the whole room at 14:20 how to tap the button or come to me; stayed to the end, nobody came forward."
LABEL = "Told the room; nobody came forward"


def _with_categories(alert: Alert, *categories: str) -> Alert:
    alert.categories = list(categories)
    db.session.commit()
    return alert


def _offered(client, alert) -> list[str]:
    page = soup(client.get(f"/staff/alerts/{alert.id}"))
    return [i["value"] for i in page.select("input[name=outcome]")]


def _close(client, alert, outcome=TOLD_ROOM, note=TOLD):
    return client.post(f"/staff/alerts/{alert.id}/close", data={"outcome": outcome, "note": note})


# ---- 1. "Told the room; nobody came forward" -----------------------------------------------------------------------


def test_an_anonymous_alert_can_be_closed_as_told_the_room_and_every_view_of_it_says_so(app, make_staff,
                                                                                       officer_client, young):
    assert OUTCOMES[TOLD_ROOM] == LABEL
    alert = _with_categories(raise_alert(young), "bullying-threats")
    assert TOLD_ROOM in _offered(officer_client, alert)
    assert _close(officer_client, alert).status_code == 303
    db.session.expire_all()
    alert = db.session.get(Alert, alert.id)
    assert (alert.state, alert.outcome) == ("closed", TOLD_ROOM)  # not a serious category: it stands at once
    assert alert.answer.state == "held"  # a real concern, not a false alarm: the answer is not sent back

    page = soup(officer_client.get(f"/staff/alerts/{alert.id}"))
    assert f"Closed: {LABEL}" in page.select_one('.py-alert-event[data-event="closed"]').get_text(" ", strip=True)
    row = soup(officer_client.get("/staff/alerts")).select_one(f'tr[data-alert="{alert.id}"]')
    assert f"Closed: {LABEL}" in row.get_text(" ", strip=True)
    printed = soup(officer_client.get(f"/staff/alerts/{alert.id}/print"))
    assert printed.select_one('[data-field="state"]').get_text(strip=True) == f"Closed: {LABEL}"

    # The email to the officer when the lead reopens it names the close as the others are named.
    lead = client_for(app, make_staff, "safeguarding")
    assert lead.post(f"/staff/alerts/{alert.id}/reopen", data={"reason": "Please ring the room's youth worker too."}
                     ).status_code == 303
    assert f"({LABEL})" in outbox(app)[-1].body
    row = soup(lead.get("/staff/alerts")).select_one(f'tr[data-alert="{alert.id}"]')
    assert row.select_one(".py-alert-reopened__was").get_text(strip=True) == f"was closed as {LABEL}"


def test_told_the_room_on_a_serious_alert_waits_for_the_leads_sign_off(app, make_staff, officer_client, young):
    alert = _with_categories(raise_alert(young), "self-harm-suicide")
    assert _close(officer_client, alert).status_code == 303
    db.session.expire_all()
    alert = db.session.get(Alert, alert.id)
    assert (alert.state, alert.outcome) == ("signoff", TOLD_ROOM)
    lead = client_for(app, make_staff, "safeguarding")
    row = soup(lead.get("/staff/alerts")).select_one(f'tr[data-alert="{alert.id}"]')
    assert "waiting for the lead's sign-off" in row.get_text(" ", strip=True) and LABEL in row.get_text(" ", strip=True)


def test_told_the_room_is_not_offered_or_taken_when_the_young_person_asked_to_talk(app, officer_client,
                                                                                 open_session):
    alert = _asks_to_talk(app, open_session)
    offered = _offered(officer_client, alert)
    assert TOLD_ROOM not in offered and {"talked", "referred", "no-further-action"} <= set(offered)
    assert _close(officer_client, alert).status_code == 422
    db.session.expire_all()
    assert db.session.get(Alert, alert.id).is_open


# ---- 2. one set of first steps for suicide or self-harm -------------------------------------------------------------


def _steps(client, alert) -> tuple[list[str], list[str]]:
    page = soup(client.get(f"/staff/alerts/{alert.id}"))
    urgent = [li.get_text(strip=True) for li in page.select(".py-alert-urgent__steps li")]
    general = [li.get_text(strip=True) for li in page.select(".py-next-steps__general li")]
    return urgent, general


def test_anonymous_self_harm_shows_one_set_of_steps_without_999_twice_or_going_to_the_room(officer_client, young):
    alert = _with_categories(raise_alert(young), "self-harm-suicide")
    urgent, general = _steps(officer_client, alert)
    both = " ".join(urgent + general)
    assert both.count("999") == 1 and "Stay in the room" in both
    assert "asked to talk" not in both and "Go to the room" not in both
    assert general == DEFAULT_ALERT_NEXT_STEPS.splitlines()[2:]  # the local procedure and the record stay


def test_self_harm_from_someone_who_asked_to_talk_keeps_going_to_the_room_but_not_999_twice(app, officer_client,
                                                                                           open_session):
    alert = _with_categories(_asks_to_talk(app, open_session), "self-harm-suicide")
    urgent, general = _steps(officer_client, alert)
    assert " ".join(urgent + general).count("999") == 1
    assert general[0].startswith("Go to the room now") and "asked to talk" in general[0]


def test_an_anonymous_alert_of_another_kind_keeps_999_and_the_room(officer_client, young):
    alert = raise_alert(young)
    urgent, general = _steps(officer_client, alert)
    assert urgent == [] and general[0] == "If anyone is in danger right now, call 999."
    assert general[1] == "Go to the room now; if you are not the officer running the session, find them."


# ---- 4. the print header ---------------------------------------------------------------------------------------------


def _marking(client, alert) -> str:
    return soup(client.get(f"/staff/alerts/{alert.id}/print")).select_one(".py-print__marking").get_text(strip=True)


def test_the_print_header_says_where_to_keep_it_for_who_it_is_about(app, officer_client, young, open_session):
    anonymous = raise_alert(young)
    assert "Keep it with the session's safeguarding records" in _marking(officer_client, anonymous)
    assert "child's" not in _marking(officer_client, anonymous)
    asked = _asks_to_talk(app, open_session)
    assert "Keep it with the child's safeguarding file" in _marking(officer_client, asked)
