"""What an RQ worker runs (`rq worker participation`): the job, inside the app (made once per worker)."""

from __future__ import annotations

from flask import has_app_context

from participation.app import create_app
from participation.domain import alerts, jobs

_app = None


def run_job(job_id: int) -> None:
    global _app
    if has_app_context():  # a worker started inside the app (the tests' SimpleWorker)
        jobs.run_job(job_id)
        return
    _app = _app or create_app()
    with _app.app_context():
        jobs.run_job(job_id)


def check_overdue() -> None:
    """The scheduled check, 10, 30 and 60 minutes after an alert (`notify.schedule_overdue_check`): escalate, or
    chase, and email any alert no safeguarding lead has seen."""
    global _app
    _app = _app or create_app()
    with _app.app_context():
        alerts.escalate_overdue()
