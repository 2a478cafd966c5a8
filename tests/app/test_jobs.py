"""Background jobs: in-process by default, and through RQ on Redis when a Redis URL is set."""

from __future__ import annotations

import os

from redis import Redis
from rq import Queue, SimpleWorker
from sqlalchemy import select

from participation.domain import jobs
from participation.domain import themes as services
from participation.domain.db import db
from participation.domain.models import Answer, Job
from tests.conftest import Young

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


class Worker(SimpleWorker):
    """`rq worker`'s own loop without its command channel (a thread listening for "stop" and "kill" from
    `rq` on the command line), which running a job never uses: in a pytest-xdist process, stopping that thread
    waited out its full 60-second poll."""

    def subscribe(self) -> None:
        pass

    def unsubscribe(self) -> None:
        pass


def _approved_unthemed(app, officer_client, open_session):
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(4, "i want more pocket money")
    a = db.session.execute(select(Answer)).scalar_one()
    officer_client.post(f"/staff/moderation/answers/{a.id}/approve")
    db.session.expire_all()
    a = db.session.get(Answer, a.id)
    a.themes = []
    db.session.commit()
    return a


def test_a_theming_job_runs_through_rq_on_redis(app, officer_client, open_session):
    a = _approved_unthemed(app, officer_client, open_session)
    redis = Redis.from_url(REDIS_URL)
    redis.flushdb()
    app.config["REDIS_URL"] = REDIS_URL
    app.config["JOBS_MODE"] = "rq"
    job = jobs.enqueue("theme-answers", {"answer_ids": [a.id]}, council_id=open_session.review.council_id)
    queue = Queue(jobs.QUEUE, connection=redis)
    assert queue.count == 1
    assert db.session.get(Job, job.id).state == "queued"
    Worker([queue], connection=redis).work(burst=True)  # what `rq worker participation` does
    db.session.expire_all()
    done = db.session.get(Job, job.id)
    assert done.state == "done" and done.result == {"themed": 1, "looked_at": 1}
    assert db.session.get(Answer, a.id).themes
    redis.flushdb()


def test_a_failing_job_is_marked_failed_with_a_kind_message(app, monkeypatch, officer_client, open_session):

    def broken(job, answer_ids):
        raise RuntimeError("boom")

    monkeypatch.setattr(services, "theme_answers_job", broken)
    app.config["JOBS_MODE"] = "sync"
    job = jobs.enqueue("theme-answers", {"answer_ids": []})
    assert job.state == "failed" and "boom" not in job.error and "Try again" in job.error
