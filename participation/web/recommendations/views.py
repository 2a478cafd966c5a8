"""The recommendations tracker: what the task group recommended, the service's response, progress (thin)."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, redirect, render_template, request, url_for
from flask_login import current_user

from participation.domain import packs, recommendations
from participation.domain.models import Role
from participation.domain.models.packs import RESPONSES
from participation.domain.themes import theme_labels
from participation.pure.local_time import uk_today
from participation.web.ids import parse_ids
from participation.web.outcomes import attempt
from participation.web.security import requires

bp = Blueprint("recommendations", __name__, url_prefix="/staff")
READERS = (Role.OFFICER, Role.SCRUTINY)


@bp.get("/reviews/<int:review_id>/recommendations")
@requires(*READERS)
def recommendation_list(review_id):
    review = packs.readable_review(current_user, review_id)
    quotes = recommendations.starred_quotes(review)
    return render_template("recommendations/recommendations.html", review=review, recs=recommendations.recommendations(review),
                           printed=recommendations.printed_quotes(quotes),
                           labels=theme_labels(review.council_id), responses=RESPONSES, today=uk_today(),
                           tally=recommendations.tally(recommendations.recommendations(review)),
                           as_at=recommendations.as_at(review),
                           quotes=quotes, can_edit=recommendations.can_edit(current_user),
                           rests_on=recommendations.rests_on(review), came_from=recommendations.came_from(review),
                           refs={r.id: ref for ref, r in recommendations.numbered(review)})


@bp.get("/reviews/<int:review_id>/recommendations.csv")
@requires(*READERS)
def tracker_csv(review_id):
    review = packs.readable_review(current_user, review_id)
    return Response(recommendations.tracker_csv(review), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="recommendations-review-{review.id}.csv"'})


@bp.post("/reviews/<int:review_id>/recommendations")
@requires(Role.OFFICER)
def add_recommendation(review_id):
    review = packs.readable_review(current_user, review_id)
    attempt(recommendations.add_recommendation, current_user, review, request.form.get("title", ""),
            request.form.get("detail", ""), request.form.getlist("themes"), _date(request.form.get("due", "")),
            parse_ids(request.form.getlist("quote_ids")), request.form.get("owner", ""), done="Recommendation added.")
    return redirect(url_for("recommendations.recommendation_list", review_id=review.id), 303)


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()) if value and value.strip() else None
    except ValueError:
        return None


@bp.post("/recommendations/<int:rec_id>/response")
@requires(Role.OFFICER)
def respond(rec_id):
    rec = recommendations.get_recommendation(current_user, rec_id)
    attempt(recommendations.respond, current_user, rec, request.form.get("response", ""), request.form.get("reasons", ""),
            done="Response recorded.")
    return redirect(url_for("recommendations.recommendation_list", review_id=rec.review_id, _anchor=f"rec-{rec.id}"), 303)


@bp.post("/recommendations/<int:rec_id>/updates")
@requires(Role.OFFICER)
def add_update(rec_id):
    rec = recommendations.get_recommendation(current_user, rec_id)
    attempt(recommendations.add_update, current_user, rec, _date(request.form.get("on", "")) or uk_today(),
            request.form.get("text", ""), request.form.get("completed") == "1", done="Progress update added.")
    return redirect(url_for("recommendations.recommendation_list", review_id=rec.review_id, _anchor=f"rec-{rec.id}"), 303)
