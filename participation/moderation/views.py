"""Moderation queue and safeguarding alerts: thin views over moderation/services.py."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..htmx import is_fragment_request
from ..ids import parse_id, parse_ids
from ..models import Role
from ..models.answers import REJECT_REASONS
from ..models.moderation import OUTCOMES
from ..security import requires
from . import services
from .forms import ApproveForm, CloseAlertForm, EscalateForm, RejectForm

bp = Blueprint("moderation", __name__, url_prefix="/staff")

MODERATORS = (Role.OFFICER,)
ALERT_READERS = (Role.OFFICER, Role.SAFEGUARDING)


def _session_filter() -> int | None:
    value = request.args.get("session", "")
    return parse_id(value)


@bp.get("/moderation")
@requires(*MODERATORS)
def queue():
    session_id = _session_filter()
    q = services.queue(current_user, session_id)
    return render_template(
        "moderation/queue.html", q=q, session_id=session_id, sessions=services.sessions_to_moderate(current_user),
        reasons=REJECT_REASONS, clean_ids=services.clean_choice_ids(current_user, session_id),
    )


@bp.get("/moderation/new")
@requires(*MODERATORS)
def new_answers():
    after = request.args.get("after", "0")
    count = services.newer_than(current_user, parse_id(after) or 0, _session_filter())
    return render_template("moderation/_new.html", count=count, session_id=_session_filter())


def _answer(answer_id: int):
    try:
        return services.get_answer(current_user, answer_id)
    except services.NotAllowed:
        abort(404)


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
    answer = _answer(answer_id)
    form = ApproveForm()
    if not form.validate():
        return _after_decision(answer, "", error="That edit is too long.")
    try:
        services.approve(current_user, answer, form.text.data if form.text.data is not None and form.text.raw_data else None)
    except services.InvalidDecision as e:
        return _after_decision(answer, "", error=e.message, suggestion=e.suggestion)
    return _after_decision(answer, "Approved")


@bp.post("/moderation/answers/<int:answer_id>/reject")
@requires(*MODERATORS)
def reject(answer_id):
    answer = _answer(answer_id)
    form = RejectForm()
    try:
        services.reject(current_user, answer, form.reason.data if form.validate() else "")
    except services.InvalidDecision as e:
        return _after_decision(answer, "", error=e.message)
    return _after_decision(answer, f"Left out: {REJECT_REASONS[answer.reject_reason].lower()}")


@bp.post("/moderation/answers/<int:answer_id>/escalate")
@requires(*MODERATORS)
def escalate(answer_id):
    answer = _answer(answer_id)
    form = EscalateForm()
    form.validate()
    try:
        services.escalate(current_user, answer, form.note.data or "")
    except services.InvalidDecision as e:
        return _after_decision(answer, "", error=e.message)
    return _after_decision(answer, "Sent to the safeguarding lead")


@bp.post("/moderation/bulk-approve")
@requires(*MODERATORS)
def bulk_approve():
    ids = parse_ids(request.form.getlist("answer_ids"))
    approved = services.bulk_approve(current_user, ids)
    flash(f"{approved} face and choice answer{'s' if approved != 1 else ''} approved.")
    return redirect(url_for("moderation.queue", session=request.form.get("session") or None), 303)


@bp.get("/moderation/answers/<int:answer_id>/raw")
@requires(*MODERATORS)
def raw_text(answer_id):
    answer = _answer(answer_id)
    raw = services.read_raw(current_user, answer)
    template = "moderation/_raw.html" if is_fragment_request() else "moderation/raw.html"
    return render_template(template, answer=answer, raw=raw)


# ---- alerts -------------------------------------------------------------------------------------


@bp.get("/alerts")
@requires(*ALERT_READERS)
def alerts():
    services.escalate_overdue()
    return render_template("moderation/alerts.html", alerts=services.alerts(current_user), outcomes=OUTCOMES)


@bp.get("/alerts/banner")
@requires(*ALERT_READERS)
def alert_banner():
    return render_template("moderation/_banner.html", banner_alerts=services.open_alerts(current_user))


def _alert(alert_id: int):
    try:
        return services.get_alert(current_user, alert_id)
    except services.NotAllowed:
        abort(404)


@bp.get("/alerts/<int:alert_id>")
@requires(*ALERT_READERS)
def alert(alert_id):
    found = _alert(alert_id)
    services.view_alert(current_user, found)
    return render_template("moderation/alert.html", alert=found, form=CloseAlertForm(), outcomes=OUTCOMES,
                           words=services.words_for(current_user, found), raw=services.sees_raw_words(current_user, found))


@bp.post("/alerts/<int:alert_id>/close")
@requires(*ALERT_READERS)
def close_alert(alert_id):
    found = _alert(alert_id)
    form = CloseAlertForm()
    if form.validate():
        try:
            services.close_alert(current_user, found, form.outcome.data, form.note.data)
        except services.InvalidDecision as e:
            form.note.errors = [*form.note.errors, e.message] if isinstance(form.note.errors, list) else [e.message]
        else:
            flash("Alert closed. What was done is in the record.")
            return redirect(url_for("moderation.alerts"), 303)
    return render_template("moderation/alert.html", alert=found, form=form, outcomes=OUTCOMES,
                           words=services.words_for(current_user, found), raw=services.sees_raw_words(current_user, found)), 422
