"""Admins manage staff in the app (add, change role, deactivate, reactivate, reset two-factor), all
audited; and read the audit log in words, filtered and a page at a time."""

from __future__ import annotations

from datetime import datetime, timedelta

import pyotp
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import accounts
from participation.domain.audit import AUDIT_PAGE, record
from participation.domain.db import db
from participation.domain.models import AuditEvent, Council, StaffUser
from tests.conftest import PASSWORD, sign_in


def soup(r):
    return BeautifulSoup(r.text, "html.parser")


def events(action):
    db.session.expire_all()
    return db.session.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars().all()


def signed_in(app, user):
    c = app.test_client()
    sign_in(c, user)
    return c


def fresh(user):
    db.session.expire_all()
    return db.session.get(StaffUser, user.id)


def test_an_admin_adds_a_staff_member_who_can_then_sign_in(app, make_staff):
    admin_user = make_staff("admin")
    admin = signed_in(app, admin_user)
    r = admin.post("/staff/admin/staff/new", data={"name": "Priya Shah", "email": "Priya.Shah@Testshire.example", "role": "safeguarding"})
    assert r.status_code == 200
    password = soup(r).select_one(".py-temporary-password").get_text(strip=True)
    assert len(password) >= accounts.MIN_PASSWORD
    made = db.session.execute(select(StaffUser).where(StaffUser.email == "priya.shah@testshire.example")).scalar_one()
    assert (made.name, made.role, made.council_id, made.active) == ("Priya Shah", "safeguarding", admin_user.council_id, True)
    (event,) = events("staff-created")[-1:]
    assert (event.actor_id, event.subject_id, event.detail["role"]) == (admin_user.id, made.id, "safeguarding")
    assert password not in str(event.detail)
    newcomer = app.test_client()
    assert newcomer.post("/staff/sign-in", data={"email": made.email, "password": password}).status_code == 303
    assert newcomer.get("/staff/alerts").status_code == 200
    # On the staff list at once.
    rows = soup(admin.get("/staff/admin/staff")).select(f"tr[data-staff='{made.id}'] td")
    assert rows[2].get_text(strip=True) == "Safeguarding lead"


def test_adding_someone_twice_or_without_a_role_says_what_to_fix(app, make_staff):
    admin_user = make_staff("admin")
    admin = signed_in(app, admin_user)
    r = admin.post("/staff/admin/staff/new", data={"name": "Someone", "email": admin_user.email, "role": "officer"})
    assert r.status_code == 422
    assert soup(r).select_one(".govuk-error-summary a").get_text(strip=True) == f"There is already an account for {admin_user.email}."
    r = admin.post("/staff/admin/staff/new", data={"name": "Someone", "email": "someone@testshire.example"})
    assert r.status_code == 422
    assert soup(r).select_one(".govuk-error-summary a").get_text(strip=True) == "Choose what they will do."


def test_an_admin_changes_someones_role_and_their_open_pages_stop_working(app, make_staff):
    admin_user = make_staff("admin")
    admin = signed_in(app, admin_user)
    officer = make_staff("officer")
    officer_client = signed_in(app, officer)
    r = admin.post(f"/staff/admin/staff/{officer.id}/role", data={"role": "safeguarding"})
    assert r.status_code == 303
    assert fresh(officer).role == "safeguarding"
    (event,) = events("staff-role-changed")
    assert (event.actor_id, event.subject_id, event.detail) == (admin_user.id, officer.id, {"before": "officer", "after": "safeguarding"})
    assert "/staff/sign-in" in officer_client.get("/staff/").location
    page = soup(admin.get(r.location))
    assert "is now: Safeguarding lead" in page.select_one(".govuk-notification-banner").get_text()


def test_deactivated_staff_cannot_sign_in_until_reactivated(app, make_staff):
    admin_user = make_staff("admin")
    admin = signed_in(app, admin_user)
    officer = make_staff("officer")
    officer_client = signed_in(app, officer)
    assert admin.post(f"/staff/admin/staff/{officer.id}/deactivate").status_code == 303
    assert not fresh(officer).active
    assert "/staff/sign-in" in officer_client.get("/staff/").location  # signed out at once
    assert app.test_client().post("/staff/sign-in", data={"email": officer.email, "password": PASSWORD}).status_code != 303
    assert [(e.actor_id, e.subject_id) for e in events("staff-deactivated")] == [(admin_user.id, officer.id)]
    assert admin.post(f"/staff/admin/staff/{officer.id}/reactivate").status_code == 303
    assert fresh(officer).active
    sign_in(app.test_client(), officer)
    assert [(e.actor_id, e.subject_id) for e in events("staff-reactivated")] == [(admin_user.id, officer.id)]


def test_an_admin_cannot_deactivate_themselves_or_change_their_own_role(app, make_staff):
    admin_user = make_staff("admin")
    admin = signed_in(app, admin_user)
    r = admin.post(f"/staff/admin/staff/{admin_user.id}/deactivate")
    page = soup(admin.get(r.location))
    assert "You cannot deactivate your own account" in page.select_one(".govuk-error-summary").get_text()
    admin.post(f"/staff/admin/staff/{admin_user.id}/role", data={"role": "officer"})
    user = fresh(admin_user)
    assert (user.active, user.role) == (True, "admin")
    assert events("staff-deactivated") == [] and events("staff-role-changed") == []
    # The page offers neither.
    page = soup(admin.get(f"/staff/admin/staff/{admin_user.id}"))
    assert page.select(f"form[action$='/staff/{admin_user.id}/deactivate'], form[action$='/staff/{admin_user.id}/role']") == []


def test_the_last_active_admin_is_never_removed(app, make_staff):
    first, second = make_staff("admin"), make_staff("admin")
    accounts.deactivate(first, second)  # two admins: one may go
    accounts.reactivate(first, second)
    first.active = False  # now only the second is an active admin
    db.session.commit()
    for change in (lambda: accounts.deactivate(first, second), lambda: accounts.change_role(first, second, "officer")):
        try:
            change()
        except accounts.InvalidChange as refused:
            assert "only administrator" in refused.message
        else:
            raise AssertionError("the last active admin was removed")
    assert (fresh(second).active, fresh(second).role) == (True, "admin")


def test_an_admin_resets_someones_two_factor(app, make_staff):
    admin_user = make_staff("admin")
    admin = signed_in(app, admin_user)
    officer = make_staff("officer")
    secret = accounts.start_setup(officer)
    assert accounts.confirm_setup(officer, pyotp.TOTP(secret).now())
    assert admin.post(f"/staff/admin/staff/{officer.id}/two-factor-reset").status_code == 303
    user = fresh(officer)
    assert (user.totp_enabled, user.totp_secret, user.recovery_codes) == (False, None, [])
    assert [(e.actor_id, e.subject_id) for e in events("two-factor-reset")] == [(admin_user.id, officer.id)]
    # Signing in now takes the password alone.
    sign_in(app.test_client(), officer)


def test_only_admins_manage_staff_and_only_their_own_councils(app, make_staff, officer, officer_client):
    lead = signed_in(app, make_staff("safeguarding"))
    for client in (officer_client, lead):
        assert client.get("/staff/admin/staff").status_code == 403
        assert client.get("/staff/admin/staff/new").status_code == 403
        assert client.post("/staff/admin/staff/new", data={"name": "X", "email": "x@testshire.example", "role": "admin"}).status_code == 403
        assert client.post(f"/staff/admin/staff/{officer.id}/role", data={"role": "admin"}).status_code == 403
        assert client.post(f"/staff/admin/staff/{officer.id}/deactivate").status_code == 403
        assert client.post(f"/staff/admin/staff/{officer.id}/two-factor-reset").status_code == 403
    assert fresh(officer).role == "officer" and fresh(officer).active
    assert db.session.execute(select(StaffUser).where(StaffUser.email == "x@testshire.example")).first() is None
    db.session.add(Council(name="Elsewhere"))
    db.session.commit()
    elsewhere = signed_in(app, make_staff("admin", council_name="Elsewhere"))
    assert elsewhere.get(f"/staff/admin/staff/{officer.id}").status_code == 404
    assert elsewhere.post(f"/staff/admin/staff/{officer.id}/deactivate").status_code == 404
    assert officer.email not in soup(elsewhere.get("/staff/admin/staff")).get_text()
    assert fresh(officer).active


# ---- the audit log -----------------------------------------------------------------------------


def rows(page):
    return page.select("table.py-audit tbody tr")


def test_the_audit_log_reads_in_words_with_checksums_shortened(app, make_staff):
    admin_user = make_staff("admin")
    admin = signed_in(app, admin_user)
    checksum = "ab" * 32
    record("pack-published", admin_user.council, actor=admin_user, sha256={"pdf": checksum})
    db.session.commit()
    page = soup(admin.get("/staff/admin/audit"))
    row = next(r for r in rows(page) if r.select("td")[2]["data-action"] == "pack-published")
    assert row.select("td")[2].get_text(strip=True) == "Published a pack"
    detail = row.select("td")[4].get_text(strip=True)
    assert checksum not in detail and detail == "Checksums (SHA-256): PDF ababababab…"
    assert row.select("td")[1].get_text(strip=True) == admin_user.name
    assert row.select("td")[3].get_text(strip=True) == f"Council {admin_user.council_id}"
    # The action filter lists actions in words.
    options = {o["value"]: o.get_text(strip=True) for o in page.select("select#action option")}
    assert options["signed-in"] == "Signed in"


def test_the_audit_log_filters_by_action_person_and_dates(app, make_staff):
    admin_user = make_staff("admin")
    admin = signed_in(app, admin_user)
    officer = make_staff("officer")
    sign_in(app.test_client(), officer)
    old = record("review-created", admin_user.council, actor=officer)
    db.session.commit()
    # The log is append-only for the app; the test moves the event back in time underneath it.
    db.session.execute(AuditEvent.__table__.update().where(AuditEvent.id == old.id).values(at=datetime(2026, 1, 10, 12)))
    db.session.commit()

    by_officer = soup(admin.get(f"/staff/admin/audit?person={officer.id}"))
    assert {r.select("td")[1].get_text(strip=True) for r in rows(by_officer)} == {officer.name}
    assert {r.select("td")[2]["data-action"] for r in rows(by_officer)} == {"signed-in", "review-created"}
    signed = soup(admin.get(f"/staff/admin/audit?person={officer.id}&action=signed-in"))
    assert {r.select("td")[2]["data-action"] for r in rows(signed)} == {"signed-in"}
    january = soup(admin.get("/staff/admin/audit?date_from=10&date_from=1&date_from=2026&date_to=10&date_to=1&date_to=2026"))
    assert [r.select("td")[2]["data-action"] for r in rows(january)] == ["review-created"]
    app.test_client().post("/staff/sign-in", data={"email": "nobody@nowhere.example", "password": "wrong"})
    nobody = soup(admin.get("/staff/admin/audit?person=nobody"))
    assert {r.select("td")[1].get_text(strip=True) for r in rows(nobody)} == {"A young person or the system"}
    # The failed sign-in just now, and the accounts the test made from the command line.
    assert {r.select("td")[2]["data-action"] for r in rows(nobody)} == {"sign-in-failed", "staff-created"}


def test_a_mistyped_filter_says_what_is_wrong_instead_of_showing_everything(app, make_staff):
    admin = signed_in(app, make_staff("admin"))
    for query, href, message in [
        ("date_from=31&date_from=2&date_from=2026", "#date_from-day", "Enter a real date to show events from, for example 27 3 2027."),
        ("date_to=1&date_to=13&date_to=2026", "#date_to-day", "Enter a real date to show events up to, for example 27 3 2027."),
        ("date_from=2&date_from=1&date_from=2026&date_to=1&date_to=1&date_to=2026", "#date_to-day",
         "The 'to' date must be the same as or after the 'from' date."),
        ("action=no-such-thing", "#action", "Choose an action from the list."),
        ("person=99999", "#person", "Choose a person from the list."),
    ]:
        r = admin.get(f"/staff/admin/audit?{query}")
        assert r.status_code == 422, query
        page = soup(r)
        link = page.select_one(".govuk-error-summary a")
        assert (link["href"], link.get_text(strip=True)) == (href, message)
        assert page.select_one("title").get_text().startswith("Error:")
        assert rows(page) == []
    # What was typed stays in the boxes.
    page = soup(admin.get("/staff/admin/audit?date_from=31&date_from=2&date_from=2026"))
    assert [page.select_one(f"#date_from-{p}")["value"] for p in ("day", "month", "year")] == ["31", "2", "2026"]


def test_the_audit_log_comes_a_page_at_a_time_keeping_the_filters(app, make_staff):
    admin_user = make_staff("admin")
    admin = signed_in(app, admin_user)
    for _ in range(AUDIT_PAGE + 5):
        record("pack-read", admin_user.council, actor=admin_user)
    db.session.commit()
    first = soup(admin.get("/staff/admin/audit?action=pack-read"))
    assert len(rows(first)) == AUDIT_PAGE
    nav = first.select_one("nav.govuk-pagination")
    assert nav is not None
    next_href = nav.select_one(".govuk-pagination__next a")["href"]
    assert "action=pack-read" in next_href and "page=2" in next_href
    second = soup(admin.get(next_href))
    assert len(rows(second)) == 5
    assert "page 2 of 2" in second.select_one("caption").get_text()
    # A page past the end shows the last one.
    assert len(rows(soup(admin.get("/staff/admin/audit?action=pack-read&page=9")))) == 5


def test_an_unfiltered_old_log_starts_today_and_goes_back(app, make_staff):
    admin_user = make_staff("admin")
    admin = signed_in(app, admin_user)
    times = [r.select("td")[0].get_text(strip=True) for r in rows(soup(admin.get("/staff/admin/audit")))]
    parsed = [datetime.strptime(t, "%d %b %Y %H:%M:%S") for t in times]
    assert parsed == sorted(parsed, reverse=True) and parsed[0] > datetime.utcnow() - timedelta(hours=1)
