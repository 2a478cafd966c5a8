"""Publishing a pack shows its progress as named steps: done, now, still to do, and the one that failed."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain import jobs, packs
from participation.domain.db import db
from participation.domain.models import Job
from tests.app.test_packs import _build, planted, soup  # noqa: F401  (planted is a fixture)

HX = {"HX-Request": "true"}
STEPS = ["Check the pack and count its figures", "Make the web page", "Make the PDF", "Make the Word file",
         "Make the CSV file", "Save the new version"]


def _steps(page):
    return [(li.select_one(".govuk-task-list__name-and-hint").get_text(strip=True),
             li.select_one(".govuk-task-list__status").get_text(strip=True)) for li in page.select("#job .govuk-task-list__item")]


def _job_url(pack_id, job):
    return f"/staff/packs/{pack_id}/jobs/{job.id}"


def test_the_steps_are_publishings_own_in_the_order_it_counts_them_off(app, officer_client, planted, monkeypatch):  # noqa: F811
    assert list(packs.PUBLISH_STEPS) == STEPS
    seen = []
    real = packs.progress
    monkeypatch.setattr(packs, "progress", lambda job, done, total: (seen.append((done, total)), real(job, done, total)))
    pack_id = _build(officer_client, planted["review"])
    app.config["JOBS_MODE"] = "sync"
    r = officer_client.post(f"/staff/packs/{pack_id}/publish")
    assert seen == [(i, len(STEPS)) for i in range(len(STEPS))]  # the last, saving, is counted when the job ends
    job = db.session.execute(select(Job).order_by(Job.id.desc())).scalars().first()
    assert (job.state, job.done, job.total) == ("done", len(STEPS), len(STEPS))

    page = soup(officer_client.get(r.location))
    assert _steps(page) == [(name, "Done") for name in STEPS]
    status = page.select_one("#job-status")
    assert (status["role"], status["aria-live"]) == ("status", "polite")
    assert status.get_text(" ", strip=True) == "Published version 1. Read it"
    assert page.select_one("#job").get("hx-get") is None  # finished: the page stops asking
    assert [a.get_text(strip=True) for a in page.select("#job a")] == []  # nothing to check again


def test_while_it_runs_the_page_says_which_step_is_now_and_offers_check_again(app, officer_client, planted):  # noqa: F811
    pack_id = _build(officer_client, planted["review"])
    job = Job(kind="publish-pack", params={"pack_id": pack_id}, state="running", done=2, total=len(STEPS))
    db.session.add(job)
    db.session.commit()

    page = soup(officer_client.get(_job_url(pack_id, job)))
    assert _steps(page) == [(STEPS[0], "Done"), (STEPS[1], "Done"), (STEPS[2], "Now"),
                            (STEPS[3], "Still to do"), (STEPS[4], "Still to do"), (STEPS[5], "Still to do")]
    assert page.select_one("#job-status").get_text(strip=True) == "Step 3 of 6: Make the PDF."
    assert page.select_one("#job-status").get("hx-swap-oob") is None  # the whole page: it is just there
    # With JavaScript it polls, telling the server what it last saw; without, "Check again" reloads the page.
    assert page.select_one("#job")["hx-get"] == f"{_job_url(pack_id, job)}?seen=running-2"
    check = [a for a in page.select("#job a") if a.get_text(strip=True) == "Check again"]
    assert [a["href"] for a in check] == [_job_url(pack_id, job)]


def test_a_poll_gets_nothing_when_nothing_changed_and_the_new_step_out_of_band_when_it_did(app, officer_client, planted):  # noqa: F811
    pack_id = _build(officer_client, planted["review"])
    job = Job(kind="publish-pack", params={"pack_id": pack_id}, state="running", done=2, total=len(STEPS))
    db.session.add(job)
    db.session.commit()

    same = officer_client.get(f"{_job_url(pack_id, job)}?seen=running-2", headers=HX)
    assert (same.status_code, same.data) == (204, b"")
    job.done = 3
    db.session.commit()
    moved = officer_client.get(f"{_job_url(pack_id, job)}?seen=running-2", headers=HX)
    assert moved.status_code == 200
    frag = soup(moved)
    # The live sentence is swapped into the one already on the page, so a screen reader hears it once.
    assert frag.select_one("#job-status")["hx-swap-oob"] == "innerHTML"
    assert frag.select_one("#job-status").get_text(strip=True) == "Step 4 of 6: Make the Word file."
    assert frag.select_one("#job")["hx-get"].endswith("?seen=running-3")
    assert _steps(frag)[3] == (STEPS[3], "Now")
    # Without htmx the same address is always the whole page, whatever it last saw.
    assert officer_client.get(f"{_job_url(pack_id, job)}?seen=running-3").status_code == 200
    assert jobs.progress_key(job) == "running-3"


def test_a_failed_publish_says_which_step_failed(app, officer_client, planted, monkeypatch):  # noqa: F811
    def broken(content):
        raise RuntimeError("no fonts")

    monkeypatch.setitem(packs.RENDERERS, "pdf", broken)
    pack_id = _build(officer_client, planted["review"])
    app.config["JOBS_MODE"] = "sync"
    r = officer_client.post(f"/staff/packs/{pack_id}/publish")
    page = soup(officer_client.get(r.location))
    assert _steps(page) == [(STEPS[0], "Done"), (STEPS[1], "Done"), (STEPS[2], "Failed"),
                            (STEPS[3], "Not done"), (STEPS[4], "Not done"), (STEPS[5], "Not done")]
    said = page.select_one("#job-status").get_text(" ", strip=True)
    assert said.startswith("Failed at step 3 of 6: Make the PDF.") and "Try again" in said and "no fonts" not in said
    assert page.select_one("#job").get("hx-get") is None
