"""Who can reach what: every route in app.url_map against every role, checked against one table.

A new route without a row here fails the suite. Ids in URLs are of objects belonging to one
council's review, session, answer, alert, pack and recommendation, so object-level access is tested
too: an officer of another council, or a scrutiny member without access to the review, gets 404.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from participation.domain import moderation, packs, recommendations
from participation.domain.db import db
from participation.domain.jobs import enqueue
from participation.domain.models import Alert, Answer, Council, Job
from tests.app.test_moderation import DISCLOSURE
from tests.conftest import Young, make_app, sign_in

ROLES = ["anon", "young", "young_other", "officer", "other_council", "safeguarding", "scrutiny_access", "scrutiny_none", "admin"]
OK, SIGNIN, DENY, NF = "ok", "sign-in", "403", "404"
STAFF = {"anon": SIGNIN, "young": SIGNIN, "young_other": SIGNIN}


STAFF_ROLES = ("officer", "other_council", "safeguarding", "scrutiny_access", "scrutiny_none", "admin")


def row(ok=(), deny=(), nf=(), public=False):
    """Expected result for each role: `ok` roles get in; `deny` get 403; `nf` get 404."""
    if public:
        return {r: OK for r in ROLES}
    out = dict(STAFF)
    for r in ROLES[3:]:
        out[r] = OK if r in ok else NF if r in nf else DENY if r in deny else None
    missing = [r for r, v in out.items() if v is None]
    assert not missing, missing
    return out


OFFICER_OBJECT = row(ok=("officer", "admin"), nf=("other_council",), deny=("safeguarding", "scrutiny_access", "scrutiny_none"))
RUNNING_OFFICER = row(ok=("officer",), nf=("other_council", "admin"), deny=("safeguarding", "scrutiny_access", "scrutiny_none"))
OFFICER_ANY = row(ok=("officer", "other_council", "admin"), deny=("safeguarding", "scrutiny_access", "scrutiny_none"))
# An alert not escalated: the council has a safeguarding lead, so its administrator is not told of it
# (tests/app/test_alert_scope.py has the escalated alert and the council with no lead).
ALERT_OBJECT = row(ok=("officer", "safeguarding"), nf=("other_council", "admin"), deny=("scrutiny_access", "scrutiny_none"))
ALERT_ANY = row(ok=("officer", "other_council", "safeguarding", "admin"), deny=("scrutiny_access", "scrutiny_none"))
READER_OBJECT = row(ok=("officer", "scrutiny_access", "admin"), nf=("other_council", "scrutiny_none"), deny=("safeguarding",))
ADMIN_ONLY = row(ok=("admin",), deny=("officer", "other_council", "safeguarding", "scrutiny_access", "scrutiny_none"))
PUBLIC = row(public=True)

EXPECTED = {
    "pages.home": PUBLIC, "pages.privacy": PUBLIC, "pages.accessibility": PUBLIC, "pages.accessibility_full": PUBLIC, "pages.healthz": PUBLIC, "pages.readyz": PUBLIC,
    "youth.join": PUBLIC, "youth.welcome": PUBLIC, "youth.start": PUBLIC, "youth.question": PUBLIC, "youth.send_answer": PUBLIC, "youth.check_in": PUBLIC,
    "youth.talk": PUBLIC, "youth.talk_asked": PUBLIC, "youth.hardship_help": PUBLIC, "youth.stop": PUBLIC, "youth.thanks": PUBLIC, "youth.updates": PUBLIC, "youth.help_now": PUBLIC,
    "youth.resume": PUBLIC, "youth.clear": PUBLIC, "youth.talk_undo": PUBLIC,
    "account.sign_in": PUBLIC,
    # Public, but with no password step just done it sends everyone back to sign in.
    "account.sign_in_code": {r: SIGNIN for r in ROLES},
    "account.two_factor": row(ok=STAFF_ROLES), "account.two_factor_disable": row(ok=STAFF_ROLES),
    "account.account": row(ok=STAFF_ROLES),
    # Signing out ends at the sign-in page for everyone; that it really signed each role out is checked below.
    "account.sign_out": {r: SIGNIN for r in ROLES},
    "sessions.dashboard": row(ok=("officer", "other_council", "safeguarding", "scrutiny_access", "scrutiny_none", "admin")),
    "sessions.new_review": OFFICER_ANY,
    "sessions.review": OFFICER_OBJECT, "sessions.new_session": OFFICER_OBJECT, "sessions.session_detail": OFFICER_OBJECT,
    "sessions.session_officers": OFFICER_OBJECT, "sessions.session_updates_by": OFFICER_OBJECT, "sessions.session_local_contact": OFFICER_OBJECT, "sessions.session_languages": OFFICER_OBJECT, "sessions.prompt_bank": OFFICER_OBJECT, "sessions.new_prompt": OFFICER_OBJECT,
    "sessions.edit_prompt": OFFICER_OBJECT, "sessions.move_prompt": OFFICER_OBJECT, "sessions.remove_prompt": OFFICER_OBJECT,
    "sessions.open_session": OFFICER_OBJECT, "sessions.confirm_close": OFFICER_OBJECT, "sessions.close_session": OFFICER_OBJECT, "presenter.present": OFFICER_OBJECT,
    "presenter.qr": OFFICER_OBJECT,
    "moderation.queue": OFFICER_ANY, "moderation.new_answers": OFFICER_ANY, "moderation.bulk_approve": OFFICER_ANY,
    "moderation.decided_today": OFFICER_ANY,
    # Young people's words are moderated only by the officers running the session: not even an admin.
    "moderation.approve": RUNNING_OFFICER, "moderation.reject": RUNNING_OFFICER, "moderation.escalate": RUNNING_OFFICER,
    "moderation.raw_text": RUNNING_OFFICER, "moderation.undo": RUNNING_OFFICER, "moderation.translate": RUNNING_OFFICER,
    "alerts.alert_list": ALERT_ANY, "alerts.alert_list_rows": ALERT_ANY, "alerts.alert_banner": ALERT_ANY,
    "alerts.alert": ALERT_OBJECT, "alerts.close_alert": ALERT_OBJECT, "alerts.add_step": ALERT_OBJECT,
    # Only the safeguarding lead reopens a closed alert: not an officer, not even an admin.
    # (The admin is not told of an alert not escalated to them: not found.)
    "alerts.reopen_alert": row(ok=("safeguarding",), nf=("admin",), deny=("officer", "other_council", "scrutiny_access", "scrutiny_none")),
    "alerts.reopen_with_step": row(ok=("safeguarding",), nf=("admin",), deny=("officer", "other_council", "scrutiny_access", "scrutiny_none")),
    # Only the safeguarding lead signs off an officer's "no further action" on a serious alert.
    "alerts.sign_off": row(ok=("safeguarding",), nf=("admin",), deny=("officer", "other_council", "scrutiny_access", "scrutiny_none")),
    # Late entries and the printable record: anyone who may read the alert.
    "alerts.add_late_entry": ALERT_OBJECT, "alerts.print_alert": ALERT_OBJECT, "alerts.print_marking": ALERT_OBJECT,
    "admin.audit": ADMIN_ONLY, "admin.settings": ADMIN_ONLY,
    # Staff accounts: an admin manages those of their own council only.
    "admin.staff_list": ADMIN_ONLY, "admin.add_staff": ADMIN_ONLY, "admin.staff_member": ADMIN_ONLY,
    "admin.change_role": ADMIN_ONLY, "admin.deactivate": ADMIN_ONLY, "admin.reactivate": ADMIN_ONLY,
    "admin.reset_two_factor": ADMIN_ONLY, "admin.set_work_phone": ADMIN_ONLY,
    "themes.board": OFFICER_OBJECT, "themes.theming": OFFICER_OBJECT, "themes.apply": OFFICER_OBJECT,
    "themes.star": OFFICER_OBJECT, "themes.confirm_one": OFFICER_OBJECT, "themes.translate_one": OFFICER_OBJECT,
    "themes.choose_themes": OFFICER_OBJECT, "themes.save_themes": OFFICER_OBJECT, "themes.no_theme_one": OFFICER_OBJECT, "themes.undo_no_theme_one": OFFICER_OBJECT,
    "themes.new_theme": OFFICER_OBJECT,
    "themes.run": OFFICER_OBJECT, "themes.job": OFFICER_OBJECT,
    "packs.scrutiny_home": row(ok=("scrutiny_access", "scrutiny_none", "admin"), deny=("officer", "other_council", "safeguarding")),
    "packs.pack_list": OFFICER_OBJECT, "packs.access": OFFICER_OBJECT, "packs.pack": OFFICER_OBJECT,
    "packs.pack_messages": OFFICER_OBJECT, "packs.publish": OFFICER_OBJECT, "packs.publish_check": OFFICER_OBJECT, "packs.publish_job": OFFICER_OBJECT,
    "packs.pack_invited": OFFICER_OBJECT, "packs.translate_words": OFFICER_OBJECT, "packs.edit_words": OFFICER_OBJECT,
    "packs.print_original_words": OFFICER_OBJECT,
    "packs.leave_out_words": OFFICER_OBJECT,
    "packs.version": READER_OBJECT, "packs.download": READER_OBJECT, "recommendations.recommendation_list": READER_OBJECT,
    "recommendations.tracker_csv": READER_OBJECT,
    "recommendations.add_recommendation": OFFICER_OBJECT,
    "recommendations.respond": OFFICER_OBJECT, "recommendations.add_update": OFFICER_OBJECT, "sessions.you_said_we_did_page": OFFICER_OBJECT,
}


def test_every_route_has_a_row():
    app = make_app()
    endpoints = {r.endpoint for r in app.url_map.iter_rules() if r.endpoint != "static"}
    assert endpoints - set(EXPECTED) == set(), "new routes need a row in EXPECTED"
    assert set(EXPECTED) - endpoints == set(), "rows for routes that no longer exist"


@pytest.fixture
def world(app, make_staff, officer, make_session):
    """One council's objects, and a client for each role."""


    app.config["JOBS_MODE"] = "sync"
    session = make_session()
    draft = make_session(state="draft", review=session.review, title="Draft")
    other_session = make_session(title="Other")
    young = Young(app.test_client(), session.join_code)
    young.join()
    young.answer(4, "the food is rubbish")
    young2 = Young(app.test_client(), session.join_code)
    young2.join()
    young2.answer(4, DISCLOSURE)
    young_other = Young(app.test_client(), other_session.join_code)
    young_other.join()
    answer = db.session.execute(select(Answer).where(Answer.state == "pending")).scalars().first()
    young.answer(1, "4")
    approved = db.session.execute(select(Answer).where(Answer.scale.is_not(None))).scalars().first()
    y3 = Young(app.test_client(), session.join_code)
    y3.join()
    y3.answer(4, "more trips please")
    quote = db.session.execute(select(Answer).where(Answer.text == "more trips please")).scalar_one()

    moderation.approve(officer, quote)
    spare = []  # approved words each allowed role may leave out of the pack
    for words in ("the wifi is slow", "nicer food please"):
        y = Young(app.test_client(), session.join_code)
        y.join()
        y.answer(4, words)
        spare.append(db.session.execute(select(Answer).where(Answer.text == words)).scalar_one())
        moderation.approve(officer, spare[-1])
    assert approved
    alert = db.session.execute(select(Alert)).scalar_one()
    scrutiny = make_staff("scrutiny")
    packs.set_access(officer, session.review, [scrutiny.id])
    pack = packs.create_pack(officer, session.review, "Pack", None)
    enqueue("publish-pack", {"pack_id": pack.id, "user_id": officer.id, "note": ""}, council_id=session.review.council_id, now=True)
    rec = recommendations.add_recommendation(officer, session.review, "A recommendation", "", [], None)
    job = db.session.execute(select(Job)).scalars().first()
    theme_job = enqueue("theme-answers", {"answer_ids": [], "review_id": session.review_id}, council_id=session.review.council_id, now=True)
    db.session.add(Council(name="Elsewhere"))
    db.session.commit()
    ids = {
        "review_id": session.review_id, "session_id": session.id, "prompt_id": draft.prompts[0].id, "answer_id": answer.id,
        "alert_id": alert.id, "pack_id": pack.id, "number": 1, "fmt": "pdf", "rec_id": rec.id, "job_id": job.id,
        "code": session.join_code, "n": 1, "quote_id": quote.id, "theme_job_id": theme_job.id,
        "prompt_per_role": {"officer": draft.prompts[0].id, "admin": draft.prompts[1].id},
        "spare_prompt": draft.prompts[2].id,
        "left_out_per_role": {"officer": spare[0].id, "admin": spare[1].id},
        "staff_id": make_staff("officer").id,  # an account the admin may deactivate without ending the matrix
    }
    urls_for_draft = {"sessions.edit_prompt", "sessions.move_prompt", "sessions.remove_prompt"}
    clients = {"anon": app.test_client(), "young": young.client, "young_other": young_other.client}
    users = {
        "officer": officer, "other_council": make_staff("officer", council_name="Elsewhere"),
        "safeguarding": make_staff("safeguarding"), "scrutiny_access": scrutiny,
        "scrutiny_none": make_staff("scrutiny"), "admin": make_staff("admin"),
    }
    for role, user in users.items():
        c = app.test_client()
        sign_in(c, user)
        clients[role] = c
    return ids, clients, draft.id, urls_for_draft


def classify(response) -> str:
    if response.status_code in (301, 302, 303) and "/staff/sign-in" in response.location:
        return SIGNIN
    if response.status_code == 403:
        return DENY
    if response.status_code == 404:
        return NF
    if response.status_code < 500:
        return OK
    return f"error {response.status_code}"


def test_the_role_matrix(app, world):
    ids, clients, draft_id, draft_routes = world
    results, wrong = {}, []
    rules = sorted((r for r in app.url_map.iter_rules() if r.endpoint != "static"), key=lambda r: ("POST" in r.methods and "GET" not in r.methods, r.endpoint))
    for rule in rules:
        method = "GET" if "GET" in rule.methods else "POST"
        for role in ROLES:
            values = dict(ids)
            if rule.endpoint in draft_routes:
                values["session_id"] = draft_id
            if rule.endpoint == "sessions.remove_prompt":  # each allowed role removes a prompt of its own
                values["prompt_id"] = ids["prompt_per_role"].get(role, ids["spare_prompt"])
            if rule.endpoint == "packs.leave_out_words":  # each allowed role leaves out words of its own
                values["answer_id"] = ids["left_out_per_role"].get(role, ids["quote_id"])
            if rule.endpoint in ("themes.star", "themes.confirm_one", "themes.translate_one", "themes.choose_themes", "themes.save_themes", "themes.no_theme_one", "themes.undo_no_theme_one", "packs.translate_words", "packs.edit_words", "packs.print_original_words"):  # only approved written answers are starred or themed
                values["answer_id"] = ids["quote_id"]
            if rule.endpoint == "themes.job":  # a theming job of this review, not the pack's publishing job
                values["job_id"] = ids["theme_job_id"]
            url = re.sub(r"<(?:\w+:)?(\w+)>", lambda m, v=values: str(v[m.group(1)]), rule.rule)
            # Sign-out would end the role's session for the rest of the matrix: check it last, per role.
            if rule.endpoint == "account.sign_out":
                continue
            r = clients[role].open(url, method=method, data={"reason": "other", "outcome": "talked", "note": "x" * 20})
            got = classify(r)
            results[(rule.endpoint, role)] = got
            if got != EXPECTED[rule.endpoint][role]:
                wrong.append((rule.endpoint, role, method, url, got, EXPECTED[rule.endpoint][role]))
    for role in ROLES:
        got = classify(clients[role].post("/staff/sign-out"))
        if got != EXPECTED["account.sign_out"][role]:
            wrong.append(("account.sign_out", role, got))
        if role in STAFF_ROLES and classify(clients[role].get("/staff/")) != SIGNIN:
            wrong.append(("staff.sign_out did not sign out", role))
    assert wrong == [], "\n".join(map(str, wrong))
