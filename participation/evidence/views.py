"""Pack, publishing, scrutiny reading, recommendations and "You said, we did" views (thin)."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user
from markupsafe import Markup

from .. import jobs
from ..htmx import is_fragment_request
from ..ids import parse_ids
from ..models import Role
from ..models.packs import RESPONSES
from ..security import requires
from ..staff.services import NotAllowed as StaffNotAllowed
from ..staff.services import get_review, get_session
from . import services

bp = Blueprint("evidence", __name__, url_prefix="/staff")
READERS = (Role.OFFICER, Role.SCRUTINY)


def _officer_review(review_id):
    try:
        return get_review(current_user, review_id)
    except StaffNotAllowed:
        abort(404)


def _readable_review(review_id):
    try:
        return services.readable_review(current_user, review_id)
    except services.NotAllowed:
        abort(404)


def _pack(pack_id, published_only=False):
    try:
        return services.get_pack(current_user, pack_id, published_only)
    except services.NotAllowed:
        abort(404)


def _render_embedded(content: dict) -> Markup:
    from .render import render_html

    return Markup(render_html(content, standalone=False))  # the renderer escapes every value itself


@bp.get("/scrutiny")
@requires(Role.SCRUTINY)
def scrutiny_home():
    reviews = services.scrutiny_reviews(current_user)
    return render_template("evidence/scrutiny.html", reviews=[(r, services.published_packs(r)) for r in reviews])


@bp.route("/reviews/<int:review_id>/packs", methods=["GET", "POST"])
@requires(Role.OFFICER)
def packs(review_id):
    review = _officer_review(review_id)
    if request.method == "POST":
        ids = parse_ids(request.form.getlist("session_ids"))
        try:
            pack = services.create_pack(current_user, review, request.form.get("title", ""), ids or None, request.form.get("messages", ""))
        except services.InvalidChange as e:
            flash(e.message, "error")
        else:
            return redirect(url_for("evidence.pack", pack_id=pack.id), 303)
    return render_template("evidence/packs.html", review=review, packs=services.packs_of(review),
                           scrutiny_users=services.scrutiny_users(current_user))


@bp.post("/reviews/<int:review_id>/access")
@requires(Role.OFFICER)
def access(review_id):
    review = _officer_review(review_id)
    services.set_access(current_user, review, parse_ids(request.form.getlist("staff_ids")))
    flash("Who can read this review's published packs is saved.")
    return redirect(url_for("evidence.packs", review_id=review.id), 303)


@bp.get("/packs/<int:pack_id>")
@requires(Role.OFFICER)
def pack(pack_id):
    found = _pack(pack_id)
    content = services.preview(found)
    return render_template("evidence/pack.html", pack=found, preview=_render_embedded(content), content=content)


@bp.post("/packs/<int:pack_id>/messages")
@requires(Role.OFFICER)
def pack_messages(pack_id):
    found = _pack(pack_id)
    services.update_messages(current_user, found, request.form.get("messages", ""))
    flash("Strongest messages saved.")
    return redirect(url_for("evidence.pack", pack_id=found.id), 303)


@bp.post("/packs/<int:pack_id>/publish")
@requires(Role.OFFICER)
def publish(pack_id):
    found = _pack(pack_id)
    try:
        job = services.start_publishing(current_user, found, request.form.get("correction_note", ""))
    except services.InvalidChange as e:
        flash(e.message, "error")
        return redirect(url_for("evidence.pack", pack_id=found.id), 303)
    return redirect(url_for("evidence.publish_job", pack_id=found.id, job_id=job.id), 303)


@bp.get("/packs/<int:pack_id>/jobs/<int:job_id>")
@requires(Role.OFFICER)
def publish_job(pack_id, job_id):
    found = _pack(pack_id)
    job = jobs.find(job_id, pack_id=found.id)
    if job is None:
        abort(404)
    template = "evidence/_job.html" if is_fragment_request() else "evidence/job.html"
    return render_template(template, pack=found, job=job)


@bp.get("/packs/<int:pack_id>/v/<int:number>")
@requires(*READERS)
def version(pack_id, number):
    try:
        found = services.get_version(current_user, pack_id, number)
    except services.NotAllowed:
        abort(404)
    services.record_read(current_user, found)
    return render_template("evidence/version.html", version=found, pack=found.pack, body=_render_embedded(found.content))


@bp.get("/packs/<int:pack_id>/v/<int:number>/download/<fmt>")
@requires(*READERS)
def download(pack_id, number, fmt):
    if fmt not in services.FORMATS:
        abort(404)
    try:
        found = services.get_version(current_user, pack_id, number)
        file = services.file_of(found, fmt)
    except services.NotAllowed:
        abort(404)
    services.record_download(current_user, found, fmt)
    response = make_response(file.data)
    response.headers["Content-Type"] = services.MEDIA_TYPES[fmt]
    response.headers["Content-Disposition"] = f'attachment; filename="pack-{pack_id}-v{number}.{fmt}"'
    response.headers["X-Content-SHA256"] = file.sha256
    return response


# ---- recommendations --------------------------------------------------------------------------------


@bp.route("/reviews/<int:review_id>/recommendations", methods=["GET", "POST"])
@requires(*READERS)
def recommendations(review_id):
    review = _readable_review(review_id)
    from ..themeboard.services import theme_labels

    labels = theme_labels(review.council_id)
    if request.method == "POST":
        due = _date(request.form.get("due", ""))
        try:
            services.add_recommendation(current_user, review, request.form.get("title", ""), request.form.get("detail", ""),
                                        request.form.getlist("themes"), due)
        except services.InvalidChange as e:
            flash(e.message, "error")
        else:
            flash("Recommendation added.")
        return redirect(url_for("evidence.recommendations", review_id=review.id), 303)
    return render_template("evidence/recommendations.html", review=review, recs=services.recommendations(review),
                           labels=labels, responses=RESPONSES, today=date.today())


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()) if value and value.strip() else None
    except ValueError:
        return None


def _rec(rec_id):
    try:
        return services.get_recommendation(current_user, rec_id)
    except services.NotAllowed:
        abort(404)


@bp.post("/recommendations/<int:rec_id>/response")
@requires(Role.OFFICER)
def respond(rec_id):
    rec = _rec(rec_id)
    try:
        services.respond(current_user, rec, request.form.get("response", ""), request.form.get("reasons", ""))
    except services.InvalidChange as e:
        flash(e.message, "error")
    else:
        flash("Response recorded.")
    return redirect(url_for("evidence.recommendations", review_id=rec.review_id, _anchor=f"rec-{rec.id}"), 303)


@bp.post("/recommendations/<int:rec_id>/updates")
@requires(Role.OFFICER)
def add_update(rec_id):
    rec = _rec(rec_id)
    try:
        services.add_update(current_user, rec, _date(request.form.get("on", "")) or date.today(),
                            request.form.get("text", ""), request.form.get("completed") == "1")
    except services.InvalidChange as e:
        flash(e.message, "error")
    else:
        flash("Progress update added.")
    return redirect(url_for("evidence.recommendations", review_id=rec.review_id, _anchor=f"rec-{rec.id}"), 303)


# ---- You said, we did ----------------------------------------------------------------------------------


@bp.route("/sessions/<int:session_id>/you-said-we-did", methods=["GET", "POST"])
@requires(Role.OFFICER)
def you_said_we_did(session_id):
    try:
        session_obj = get_session(current_user, session_id)
    except StaffNotAllowed:
        abort(404)
    entry = services.you_said_we_did(session_obj)
    if request.method == "POST":
        try:
            services.save_you_said_we_did(current_user, session_obj, request.form.get("you_said", ""),
                                         request.form.get("we_did", ""), request.form.get("not_changed", ""))
        except services.InvalidChange as e:
            flash(e.message, "error")
        else:
            flash("Saved. Young people can read it now at the link on their thank-you screen.")
            return redirect(url_for("staff.session_detail", session_id=session_obj.id), 303)
    return render_template("evidence/you_said_we_did.html", session_obj=session_obj, entry=entry)
