"""What an RQ worker runs (`rq worker participation`): the job, inside the app (made once per worker)."""

from __future__ import annotations

from flask import has_app_context

from participation.app import create_app
from participation.domain import jobs, notify

_app = None


def run_job(job_id: int) -> None:
    global _app
    if has_app_context():  # a worker started inside the app (the tests' SimpleWorker)
        jobs.run_job(job_id)
        return
    _app = _app or create_app()
    with _app.app_context():
        jobs.run_job(job_id)


def run_in_app(path: str) -> None:
    """A scheduled call ("module:function", e.g. the 10-minute check for unopened alerts), inside the app."""
    global _app
    _app = _app or create_app()
    notify.run_in_app(_app, path)
