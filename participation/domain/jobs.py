"""Background jobs with progress a page can poll: RQ on Redis when REDIS_URL is set (workers run
`rq worker participation`), otherwise in a thread of this process, or inline in tests and the CLI."""

from __future__ import annotations

import importlib
import threading
import traceback
from datetime import datetime

from flask import current_app
from redis import Redis
from rq import Queue

from participation.domain.db import db
from participation.domain.errors import InvalidChange, NotFound
from participation.domain.models import Job

QUEUE = "participation"

# kind -> "module:function"; the function takes (job, **params) and returns a dict result.
HANDLERS = {
    "theme-answers": "participation.domain.themes:theme_answers_job",
    "publish-pack": "participation.domain.packs:publish_pack_job",
}


def mode() -> str:
    configured = current_app.config.get("JOBS_MODE")
    if configured:
        return configured
    return "rq" if current_app.config.get("REDIS_URL") else "thread"


def enqueue(kind: str, params: dict, council_id: int | None = None, user_id: int | None = None, now: bool = False) -> Job:
    """Queue a job; `now` runs it before returning (the CLI and the demo, which have no worker)."""
    if kind not in HANDLERS:
        raise ValueError(f"unknown job kind {kind}")
    job = Job(kind=kind, params=params, council_id=council_id, created_by_id=user_id)
    db.session.add(job)
    db.session.commit()
    how = "sync" if now else mode()
    if how == "rq":
        Queue(QUEUE, connection=Redis.from_url(current_app.config["REDIS_URL"])).enqueue(
            "participation.worker.run_job", job.id, job_timeout=1800
        )
    elif how == "thread":
        app = current_app._get_current_object()
        threading.Thread(target=_run_with_app, args=(app, job.id), daemon=True).start()
    else:
        run_job(job.id)
        db.session.refresh(job)
    return job


def _run_with_app(app, job_id: int) -> None:
    with app.app_context():
        run_job(job_id)


def run_job(job_id: int) -> None:
    """Runs one job inside an app context (an RQ worker gets one from `participation.worker`)."""
    job = db.session.get(Job, job_id)
    if job is None:
        return None
    module, name = HANDLERS[job.kind].split(":")
    handler = getattr(importlib.import_module(module), name)
    job.state = "running"
    db.session.commit()
    try:
        result = handler(job, **job.params)
    except InvalidChange as refused:  # the job found it should not go on, and says why in words
        db.session.rollback()
        job = db.session.get(Job, job_id)
        job.state = "failed"
        job.error = refused.message
    except Exception:  # a failed job says so on its page; the traceback stays in the log
        db.session.rollback()
        job = db.session.get(Job, job_id)
        job.state = "failed"
        job.error = "The job stopped with an error. Try again, or ask your administrator to check the log."
        current_app.logger.error("job %s failed\n%s", job_id, traceback.format_exc())
    else:
        job.state = "done"
        job.result = result or {}
        job.done = job.total
    job.finished_at = datetime.utcnow()
    db.session.commit()
    return None


def find(job_id: int, **owned_by) -> Job:
    """The job with this id if it was started for these (e.g. `pack_id=3`)."""
    job = db.session.get(Job, job_id)
    if job is None or any(job.params.get(key) != value for key, value in owned_by.items()):
        raise NotFound()
    return job


def progress(job: Job, done: int, total: int) -> None:
    job.done, job.total = done, total
    db.session.commit()


def progress_key(job: Job) -> str:
    """Where a job has got to, in a word: a page polling it sends back the last one it saw, and is told when
    nothing changed (so a screen reader hears each step once, not every few seconds)."""
    return f"{job.state}-{job.done}"
