"""The moderation queue and its decisions (thin; the rules live in domain/moderation.py)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from participation.domain import alerts, moderation
from participation.domain.errors import InvalidChange, NotFound
from participation.domain.models import Role
from participation.domain.models.answers import REJECT_REASONS, AnswerState
from participation.web.htmx import is_fragment_request, render_page_or_fragment
from participation.web.ids import parse_id, parse_ids
from participation.web.moderation.forms import ApproveForm, EscalateForm, RejectForm
from participation.web.security import requires

bp = Blueprint("moderation", __name__, url_prefix="/staff")

MODERATORS = (Role.OFFICER,)


def _filters() -> moderation.QueueFilter:
    """The queue's filters, from the query string of the page or of a decision's URL."""
    args = request.values
    return moderation.QueueFilter(
        session_id=parse_id(args.get("session", "")), prompt_id=parse_id(args.get("prompt", "")),
        read_first=args.get("risk") == "read-first",
    )


def _filter_args(f: moderation.QueueFilter) -> dict:
    """The filters as query-string arguments, so every link and form on the page keeps them."""
    return {"session": f.session_id, "prompt": f.prompt_id, "risk": "read-first" if f.read_first else None}


def _decided_show(key: str | None) -> str | None:
    """The Decided today view for a link back to it; None (left out of the address) for the default."""
    view = moderation.decided_view(key)
    return None if view.key == moderation.DEFAULT_DECIDED_VIEW else view.key


def _just_decided(answer_id: int | None):
    """The answer decided just before a full page load (JavaScript off), shown at the top with Undo."""
    if answer_id is None:
        return None
    try:
        answer = moderation.get_answer(current_user, answer_id)
    except NotFound:
        return None
    return answer if answer.state != "pending" else None


@bp.get("/moderation")
@requires(*MODERATORS)
def queue():
    return _queue_page(_filters())


def _queue_page(f, translation_errors=None):
    """The queue page; `translation_errors`: {answer id: (message, what was typed)} for a translation refused
    without JavaScript, so the box shows the message beside the words the officer typed."""
    q = moderation.queue(current_user, f)
    decided = _just_decided(parse_id(request.args.get("decided", "")))
    return render_template(
        "moderation/queue.html", q=q, f=f, filter_args=_filter_args(f), session_id=f.session_id,
        sessions=moderation.sessions_to_moderate(current_user), prompts=moderation.prompts_to_moderate(current_user, f.session_id),
        reasons=REJECT_REASONS, clean_ids=moderation.clean_choice_ids(current_user, f), decided=decided,
        undo_refusal=moderation.undo_refusal(decided) if decided else None, left=q.pending_total,
        returned=alerts.returned_from_safeguarding(a.id for a in q.answers), repeats=moderation.repeats(q.answers),
        translation_errors=translation_errors,
    )


@bp.get("/moderation/decided")
@requires(*MODERATORS)
def decided_today():
    """Today's decisions, newest first, each with Undo where it can be undone: by default this moderator's own of
    the last hour; `show` in the query string widens it to the whole day, or to everyone's."""
    f = _filters()
    view = moderation.decided_view(request.args.get("show"))
    found = moderation.decisions(current_user, f, view)
    return render_template(
        "moderation/decided.html", decisions=found, refusals={d.answer.id: moderation.undo_refusal(d.answer) for d in found},
        f=f, view=view, views=moderation.DECIDED_VIEWS, filter_args=_filter_args(f), reasons=REJECT_REASONS,
        sessions=moderation.sessions_to_moderate(current_user),
    )


@bp.get("/moderation/new")
@requires(*MODERATORS)
def new_answers():
    f = _filters()
    after = request.args.get("after", "0")
    count = moderation.newer_than(current_user, parse_id(after) or 0, f)
    return render_template("moderation/_new.html", count=count, session_id=f.session_id, filter_args=_filter_args(f))


def _after_decision(answer, error: str | None = None, suggestion: str | None = None):
    f = _filters()
    if is_fragment_request():
        return render_template(
            "moderation/_decided.html", answer=answer, error=error, suggestion=suggestion, reasons=REJECT_REASONS,
            filter_args=_filter_args(f), f=f, undo_refusal=moderation.undo_refusal(answer),
            left=moderation.waiting_count(current_user, f), oob=True,
        ), (422 if error else 200)
    if error:
        flash(error, "error")
        return redirect(url_for("moderation.queue", **_filter_args(f), _anchor=f"answer-{answer.id}"), 303)
    # Without JavaScript the page opens at the decision, its words and Undo on screen (not 1,000 px below the top).
    return redirect(url_for("moderation.queue", **_filter_args(f), decided=answer.id, _anchor=f"answer-{answer.id}"), 303)


@bp.post("/moderation/answers/<int:answer_id>/approve")
@requires(*MODERATORS)
def approve(answer_id):
    answer = moderation.get_answer(current_user, answer_id)
    form = ApproveForm()
    if not form.validate():
        return _after_decision(answer, error="That edit is too long.")
    try:
        moderation.approve(current_user, answer, form.text.data if form.text.data is not None and form.text.raw_data else None)
    except InvalidChange as e:
        return _after_decision(answer, error=e.message, suggestion=e.suggestion)
    return _after_decision(answer)


@bp.post("/moderation/answers/<int:answer_id>/reject")
@requires(*MODERATORS)
def reject(answer_id):
    answer = moderation.get_answer(current_user, answer_id)
    form = RejectForm()
    try:
        moderation.reject(current_user, answer, form.reason.data if form.validate() else "",
                          repeat_of=parse_id(request.form.get("repeat_of", "")))
    except InvalidChange as e:
        return _after_decision(answer, error=e.message)
    return _after_decision(answer)


@bp.post("/moderation/answers/<int:answer_id>/escalate")
@requires(*MODERATORS)
def escalate(answer_id):
    answer = moderation.get_answer(current_user, answer_id)
    form = EscalateForm()
    form.validate()
    try:
        moderation.escalate(current_user, answer, form.note.data or "")
    except InvalidChange as e:
        return _after_decision(answer, error=e.message)
    return _after_decision(answer)


@bp.post("/moderation/answers/<int:answer_id>/translation")
@requires(*MODERATORS)
def translate(answer_id):
    """An English translation of words the screen could not read. If the screen reads harm in it, the answer goes
    to the safeguarding lead and its card says so, as when sent; otherwise the card comes back with it."""
    answer = moderation.get_answer(current_user, answer_id)
    typed, error = request.form.get("translation", ""), None
    try:
        moderation.translate(current_user, answer, typed)
    except InvalidChange as e:
        error = e.message
    if answer.state != AnswerState.PENDING.value:
        # Sent to the lead by its translation (the card says so, as when sent), or decided before: as any decision.
        return _after_decision(answer, error=error)
    f = _filters()
    if is_fragment_request():
        return render_template(
            "moderation/_restored.html", a=answer, reasons=REJECT_REASONS, filter_args=_filter_args(f), f=f,
            repeats=moderation.repeats([answer]), left=moderation.waiting_count(current_user, f), oob=True,
            translation_error=(error, typed) if error else None, translated=not error and bool(answer.translation),
        ), (422 if error else 200)
    if error:
        # The page again with the message beside the words typed, so nothing typed is lost.
        return _queue_page(f, translation_errors={answer.id: (error, typed)}), 422
    flash("Translation saved. The screen read it and found nothing that reads like harm." if answer.translation
          else "Translation removed.")
    return redirect(url_for("moderation.queue", **_filter_args(f), _anchor=f"answer-{answer.id}"), 303)


@bp.post("/moderation/answers/<int:answer_id>/undo")
@requires(*MODERATORS)
def undo(answer_id):
    """Put a decided answer back in the queue (never one sent to safeguarding: its alert stays open)."""
    answer = moderation.get_answer(current_user, answer_id)
    f = _filters()
    from_list = request.form.get("from") == "decided"  # the list of today's decisions, which it goes back to
    # ... showing the same decisions as before (its view is in the form, as the page's query string had it)
    back_to_list = url_for("moderation.decided_today", **_filter_args(f), show=_decided_show(request.values.get("show")))
    try:
        moderation.undo(current_user, answer)
    except InvalidChange as e:
        if is_fragment_request():
            return _after_decision(answer, error=e.message)
        flash(e.message, "error")
        if from_list:
            return redirect(back_to_list, 303)
        return redirect(url_for("moderation.queue", **_filter_args(f), decided=answer.id), 303)
    if from_list:
        words = " ".join((answer.text or "").split())
        shown = words if len(words) <= 60 else words[:60] + "\u2026"
        flash(f"Put back in the queue: \u201c{shown}\u201d." if words else "Put back in the queue.")
        return redirect(back_to_list, 303)
    if is_fragment_request():
        return render_template(
            "moderation/_restored.html", a=answer, reasons=REJECT_REASONS, filter_args=_filter_args(f), f=f,
            repeats=moderation.repeats([answer]),
            left=moderation.waiting_count(current_user, f), oob=True,
        )
    flash("Undone: the answer is back in the queue.")
    return redirect(url_for("moderation.queue", **_filter_args(f), _anchor=f"answer-{answer.id}"), 303)


@bp.post("/moderation/bulk-approve")
@requires(*MODERATORS)
def bulk_approve():
    ids = parse_ids(request.form.getlist("answer_ids"))
    approved = moderation.bulk_approve(current_user, ids)
    flash(f"{approved} face and choice answer{'s' if approved != 1 else ''} approved.")
    return redirect(url_for("moderation.queue", **_filter_args(_filters())), 303)


@bp.get("/moderation/answers/<int:answer_id>/raw")
@requires(*MODERATORS)
def raw_text(answer_id):
    answer = moderation.get_answer(current_user, answer_id)
    raw = moderation.read_raw(current_user, answer)
    return render_page_or_fragment("moderation/raw.html", "moderation/_raw.html", answer=answer, raw=raw)
