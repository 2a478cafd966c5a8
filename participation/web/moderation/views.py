"""The moderation queue and its decisions (thin; the rules live in domain/moderation.py)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from participation.domain import alerts, moderation
from participation.domain.errors import InvalidChange
from participation.domain.models import Role
from participation.domain.models.answers import REJECT_REASONS
from participation.web.htmx import is_fragment_request, render_page_or_fragment
from participation.web.ids import parse_id, parse_ids
from participation.web.moderation.forms import ApproveForm, EscalateForm, RejectForm
from participation.web.security import requires

bp = Blueprint("moderation", __name__, url_prefix="/staff")

MODERATORS = (Role.OFFICER,)


def _session_filter() -> int | None:
    value = request.args.get("session", "")
    return parse_id(value)


@bp.get("/moderation")
@requires(*MODERATORS)
def queue():
    session_id = _session_filter()
    q = moderation.queue(current_user, session_id)
    return render_template(
        "moderation/queue.html", q=q, session_id=session_id, sessions=moderation.sessions_to_moderate(current_user),
        reasons=REJECT_REASONS, clean_ids=moderation.clean_choice_ids(current_user, session_id),
        returned=alerts.returned_from_safeguarding(a.id for a in q.answers),
    )


@bp.get("/moderation/new")
@requires(*MODERATORS)
def new_answers():
    after = request.args.get("after", "0")
    count = moderation.newer_than(current_user, parse_id(after) or 0, _session_filter())
    return render_template("moderation/_new.html", count=count, session_id=_session_filter())


def _after_decision(answer, message: str, error: str | None = None, suggestion: str | None = None):
    if is_fragment_request():
        return render_template(
            "moderation/_decided.html", answer=answer, message=message, error=error, suggestion=suggestion, reasons=REJECT_REASONS
        ), (422 if error else 200)
    flash(error or message, "error" if error else "info")
    return redirect(url_for("moderation.queue", session=request.args.get("session") or None, _anchor=f"answer-{answer.id}"), 303)


@bp.post("/moderation/answers/<int:answer_id>/approve")
@requires(*MODERATORS)
def approve(answer_id):
    answer = moderation.get_answer(current_user, answer_id)
    form = ApproveForm()
    if not form.validate():
        return _after_decision(answer, "", error="That edit is too long.")
    try:
        moderation.approve(current_user, answer, form.text.data if form.text.data is not None and form.text.raw_data else None)
    except InvalidChange as e:
        return _after_decision(answer, "", error=e.message, suggestion=e.suggestion)
    return _after_decision(answer, "Approved")


@bp.post("/moderation/answers/<int:answer_id>/reject")
@requires(*MODERATORS)
def reject(answer_id):
    answer = moderation.get_answer(current_user, answer_id)
    form = RejectForm()
    try:
        moderation.reject(current_user, answer, form.reason.data if form.validate() else "")
    except InvalidChange as e:
        return _after_decision(answer, "", error=e.message)
    return _after_decision(answer, f"Left out: {REJECT_REASONS[answer.reject_reason].lower()}")


@bp.post("/moderation/answers/<int:answer_id>/escalate")
@requires(*MODERATORS)
def escalate(answer_id):
    answer = moderation.get_answer(current_user, answer_id)
    form = EscalateForm()
    form.validate()
    try:
        moderation.escalate(current_user, answer, form.note.data or "")
    except InvalidChange as e:
        return _after_decision(answer, "", error=e.message)
    return _after_decision(answer, "Sent to the safeguarding lead")


@bp.post("/moderation/bulk-approve")
@requires(*MODERATORS)
def bulk_approve():
    ids = parse_ids(request.form.getlist("answer_ids"))
    approved = moderation.bulk_approve(current_user, ids)
    flash(f"{approved} face and choice answer{'s' if approved != 1 else ''} approved.")
    return redirect(url_for("moderation.queue", session=request.form.get("session") or None), 303)


@bp.get("/moderation/answers/<int:answer_id>/raw")
@requires(*MODERATORS)
def raw_text(answer_id):
    answer = moderation.get_answer(current_user, answer_id)
    raw = moderation.read_raw(current_user, answer)
    return render_page_or_fragment("moderation/raw.html", "moderation/_raw.html", answer=answer, raw=raw)
