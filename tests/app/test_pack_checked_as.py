"""What goes out is what the officer checked: the check page says when a session is still open, and if the
figures move between reading the check and publishing, nothing is published and the officer reads it again."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain import pack_content, packs
from participation.domain.db import db
from participation.domain.models import Pack, PackVersion
from tests.app.test_packs import _build, _young, planted, soup  # noqa: F401 (planted is a fixture)


def _check(officer_client, pack_id):
    page = soup(officer_client.get(f"/staff/packs/{pack_id}/check"))
    form = page.select_one(f'form[action="/staff/packs/{pack_id}/publish"]')
    return page, {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}


def _versions():
    db.session.expire_all()
    return db.session.execute(select(PackVersion)).scalars().all()


def test_an_open_session_is_named_on_the_check(app, officer_client, planted, open_session):  # noqa: F811
    pack_id = _build(officer_client, planted["review"])
    page, _ = _check(officer_client, pack_id)
    warning = page.select_one("[data-open-sessions]").get_text(" ", strip=True)
    assert open_session.title in warning and "still open" in warning


def test_a_young_person_joining_after_the_check_stops_the_publish(app, officer_client, planted, open_session):  # noqa: F811
    app.config["JOBS_MODE"] = "sync"
    pack_id = _build(officer_client, planted["review"])
    _, fields = _check(officer_client, pack_id)
    took_part = int(fields["took_part"])
    y = _young(app, open_session)
    y.answer(1, "4")  # one more young person takes part after the check was read
    r = officer_client.post(f"/staff/packs/{pack_id}/publish", data={**fields, "publish_anyway": "yes"})
    assert r.status_code == 303 and r.location.endswith(f"/staff/packs/{pack_id}/check")
    said = soup(officer_client.get(r.location)).get_text(" ", strip=True)
    assert f"({took_part} young people took part then, {took_part + 1} now)" in said
    assert _versions() == []
    # Read again, it goes out.
    _, fields = _check(officer_client, pack_id)
    r = officer_client.post(f"/staff/packs/{pack_id}/publish", data={**fields, "publish_anyway": "yes"})
    assert "/jobs/" in r.location and len(_versions()) == 1


def test_the_job_itself_refuses_figures_that_moved_after_the_click(app, officer_client, planted, open_session):  # noqa: F811
    pack_id = _build(officer_client, planted["review"])
    pack = db.session.get(Pack, pack_id)
    digest, _ = packs.pack_data.figures_digest(pack.review, pack.session_ids)
    app.config["JOBS_MODE"] = "sync"
    y = _young(app, open_session)
    y.answer(1, "2")
    job = packs.enqueue("publish-pack", {"pack_id": pack_id, "user_id": None, "checked_as": digest, "publish_anyway": True},
                        now=True)
    assert job.state == "failed" and job.error.startswith("The figures changed since you read the check")
    assert _versions() == []


def test_the_same_question_in_two_sessions_says_whose_table_is_whose(app, make_session):
    first = make_session(prompts=("scale",), title="Children in Care Council")
    second = make_session(prompts=("scale",), title="Care leavers' forum", review=first.review)
    alone = make_session(prompts=("scale",), title="Another review's session")
    content = pack_content.build(first.review, None, "Pack")
    assert sorted(t["prompt"] for t in content["scales"]) == [
        "A scale question? (Care leavers' forum)", "A scale question? (Children in Care Council)"]
    assert [t["prompt"] for t in pack_content.build(alone.review, None, "Pack")["scales"]] == ["A scale question?"]
    assert second.review_id == first.review_id
