"""Theme board and theming views: thin, over themeboard/services.py."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from .. import jobs
from ..htmx import is_fragment_request
from ..ids import parse_id, parse_ids
from ..models import Role
from ..security import requires, safe_path
from ..staff.services import NotAllowed, get_review
from ..suppression import suppress_breakdown, suppress_count
from . import services

bp = Blueprint("themes", __name__, url_prefix="/staff")


def _review(review_id: int):
    try:
        return get_review(current_user, review_id)
    except NotAllowed:
        abort(404)


def _filters() -> services.Filters:
    a = request.args
    session_id = a.get("session", "")
    return services.Filters(
        session_id=parse_id(session_id),
        group=a.get("group") or None if a.get("group") in ("children-in-care", "care-leavers") else None,
        age=a.get("age") or None,
        time_in_care=a.get("time") or None,
    )


@bp.get("/reviews/<int:review_id>/themes")
@requires(Role.OFFICER)
def board(review_id):
    review = _review(review_id)
    filters = _filters()
    published = request.args.get("view") == "published"
    data = services.board(review, filters)
    threshold = review.council.small_number_threshold
    context = dict(
        review=review, data=data, filters=filters, published=published, threshold=threshold,
        suppress_count=suppress_count, suppress_breakdown=suppress_breakdown,
        emerging=services.emerging_groups(review, filters.session_id),
    )
    if is_fragment_request():
        return render_template("themes/_board.html", **context)
    return render_template("themes/board.html", **context)


@bp.get("/reviews/<int:review_id>/theming")
@requires(Role.OFFICER)
def theming(review_id):
    review = _review(review_id)
    only_unconfirmed = request.args.get("show") != "all"
    return render_template(
        "themes/theming.html", review=review, answers=services.answers_to_theme(review, only_unconfirmed),
        labels=services.theme_labels(review.council_id), only_unconfirmed=only_unconfirmed,
        unthemed=len(services.unthemed_approved_ids(review)),
    )


@bp.post("/reviews/<int:review_id>/theming/apply")
@requires(Role.OFFICER)
def apply(review_id):
    review = _review(review_id)
    ids = parse_ids(request.form.getlist("answer_ids"))
    action = request.form.get("action", "")
    try:
        n = services.apply(current_user, review, ids, action, request.form.get("theme") or None)
    except services.InvalidTheme as e:
        flash(e.message, "error")
    else:
        flash(f"Themes saved for {n} answer{'s' if n != 1 else ''}.")
    return redirect(safe_path(request.form.get("back"), url_for("themes.theming", review_id=review.id)), 303)


@bp.post("/reviews/<int:review_id>/answers/<int:answer_id>/star")
@requires(Role.OFFICER)
def star(review_id, answer_id):
    review = _review(review_id)
    on = request.form.get("on") == "1"
    try:
        answer = services.star(current_user, review, answer_id, on)
    except services.InvalidTheme:
        abort(404)
    if is_fragment_request():
        return render_template("themes/_star.html", review=review, a=answer)
    return redirect(safe_path(request.form.get("back"), url_for("themes.board", review_id=review.id)), 303)


@bp.post("/reviews/<int:review_id>/themes/new")
@requires(Role.OFFICER)
def new_theme(review_id):
    review = _review(review_id)
    ids = parse_ids(request.form.getlist("answer_ids"))
    try:
        theme = services.new_theme(current_user, review, request.form.get("label", ""), ids)
    except services.InvalidTheme as e:
        flash(e.message, "error")
    else:
        flash(f"New theme \u201c{theme.label}\u201d made for {len(ids)} answers.")
    return redirect(url_for("themes.board", review_id=review.id), 303)


@bp.post("/reviews/<int:review_id>/theming/run")
@requires(Role.OFFICER)
def run(review_id):
    review = _review(review_id)
    ids = services.unthemed_approved_ids(review)
    job = jobs.enqueue("theme-answers", {"answer_ids": ids, "review_id": review.id}, council_id=review.council_id, user_id=current_user.id)
    return redirect(url_for("themes.job", review_id=review.id, job_id=job.id), 303)


@bp.get("/reviews/<int:review_id>/jobs/<int:job_id>")
@requires(Role.OFFICER)
def job(review_id, job_id):
    review = _review(review_id)
    found = jobs.find(job_id, review_id=review.id)
    if found is None:
        abort(404)
    template = "themes/_job.html" if is_fragment_request() else "themes/job.html"
    return render_template(template, review=review, job=found)
