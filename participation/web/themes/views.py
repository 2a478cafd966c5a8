"""The theme board and theming answers (thin; the rules live in domain/themes.py)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from participation.domain import jobs, themes
from participation.domain.errors import InvalidChange
from participation.domain.models import Role
from participation.domain.sessions import get_review
from participation.pure.suppression import suppress_breakdown, suppress_count
from participation.web.htmx import is_fragment_request, render_page_or_fragment
from participation.web.ids import parse_id, parse_ids
from participation.web.security import requires, safe_path

bp = Blueprint("themes", __name__, url_prefix="/staff")


def _filters() -> themes.Filters:
    a = request.args
    session_id = a.get("session", "")
    return themes.Filters(
        session_id=parse_id(session_id),
        group=a.get("group") or None if a.get("group") in ("children-in-care", "care-leavers") else None,
        age=a.get("age") or None,
        time_in_care=a.get("time") or None,
    )


@bp.get("/reviews/<int:review_id>/themes")
@requires(Role.OFFICER)
def board(review_id):
    review = get_review(current_user, review_id)
    filters = _filters()
    published = request.args.get("view") == "published"
    data = themes.board(review, filters)
    threshold = review.council.small_number_threshold
    context = dict(
        review=review, data=data, filters=filters, published=published, threshold=threshold,
        suppress_count=suppress_count, suppress_breakdown=suppress_breakdown,
        emerging=themes.emerging_groups(review, filters.session_id),
    )
    return render_page_or_fragment("themes/board.html", "themes/_board.html", **context)


@bp.get("/reviews/<int:review_id>/theming")
@requires(Role.OFFICER)
def theming(review_id):
    review = get_review(current_user, review_id)
    only_unconfirmed = request.args.get("show") != "all"
    return render_template(
        "themes/theming.html", review=review, answers=themes.answers_to_theme(review, only_unconfirmed),
        labels=themes.theme_labels(review.council_id), only_unconfirmed=only_unconfirmed,
        unthemed=len(themes.unthemed_approved_ids(review)),
    )


@bp.post("/reviews/<int:review_id>/theming/apply")
@requires(Role.OFFICER)
def apply(review_id):
    review = get_review(current_user, review_id)
    ids = parse_ids(request.form.getlist("answer_ids"))
    action = request.form.get("action", "")
    try:
        n = themes.apply(current_user, review, ids, action, request.form.get("theme") or None)
    except InvalidChange as e:
        flash(e.message, "error")
    else:
        flash(f"Themes saved for {n} answer{'s' if n != 1 else ''}.")
    return redirect(safe_path(request.form.get("back"), url_for("themes.theming", review_id=review.id)), 303)


@bp.post("/reviews/<int:review_id>/answers/<int:answer_id>/star")
@requires(Role.OFFICER)
def star(review_id, answer_id):
    review = get_review(current_user, review_id)
    on = request.form.get("on") == "1"
    answer = themes.star(current_user, review, answer_id, on)
    if is_fragment_request():
        return render_template("themes/_star.html", review=review, a=answer)
    return redirect(safe_path(request.form.get("back"), url_for("themes.board", review_id=review.id)), 303)


@bp.post("/reviews/<int:review_id>/themes/new")
@requires(Role.OFFICER)
def new_theme(review_id):
    review = get_review(current_user, review_id)
    ids = parse_ids(request.form.getlist("answer_ids"))
    try:
        theme = themes.new_theme(current_user, review, request.form.get("label", ""), ids)
    except InvalidChange as e:
        flash(e.message, "error")
    else:
        flash(f"New theme \u201c{theme.label}\u201d made for {len(ids)} answers.")
    return redirect(url_for("themes.board", review_id=review.id), 303)


@bp.post("/reviews/<int:review_id>/theming/run")
@requires(Role.OFFICER)
def run(review_id):
    review = get_review(current_user, review_id)
    ids = themes.unthemed_approved_ids(review)
    job = jobs.enqueue("theme-answers", {"answer_ids": ids, "review_id": review.id}, council_id=review.council_id, user_id=current_user.id)
    return redirect(url_for("themes.job", review_id=review.id, job_id=job.id), 303)


@bp.get("/reviews/<int:review_id>/jobs/<int:job_id>")
@requires(Role.OFFICER)
def job(review_id, job_id):
    review = get_review(current_user, review_id)
    found = jobs.find(job_id, review_id=review.id)
    return render_page_or_fragment("jobs/job.html", "jobs/_job.html", job=found, caption=review.title, heading="Suggesting themes")
