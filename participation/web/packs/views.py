"""Packs: building, previewing, publishing, reading and downloading, and scrutiny access (thin)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user
from markupsafe import Markup

from participation.domain import jobs, packs, sessions, themes
from participation.domain.errors import InvalidChange
from participation.domain.models import Role
from participation.domain.models.answers import AnswerState
from participation.pure.render import render_html
from participation.web.htmx import is_fragment_request, render_page_or_fragment
from participation.web.ids import parse_ids
from participation.web.outcomes import attempt
from participation.web.security import requires

bp = Blueprint("packs", __name__, url_prefix="/staff")
READERS = (Role.OFFICER, Role.SCRUTINY)


def _render_embedded(content: dict) -> Markup:
    return Markup(render_html(content, standalone=False))  # the renderer escapes every value itself


@bp.get("/scrutiny")
@requires(Role.SCRUTINY)
def scrutiny_home():
    reviews = packs.scrutiny_reviews(current_user)
    return render_template("packs/scrutiny.html", reviews=[(r, packs.published_packs(r)) for r in reviews])


@bp.route("/reviews/<int:review_id>/packs", methods=["GET", "POST"])
@requires(Role.OFFICER)
def pack_list(review_id):
    review = sessions.get_review(current_user, review_id)
    if request.method == "POST":
        ids = parse_ids(request.form.getlist("session_ids"))
        try:
            pack = packs.create_pack(current_user, review, request.form.get("title", ""), ids or None, request.form.get("messages", ""))
        except InvalidChange as e:
            flash(e.message, "error")
        else:
            return redirect(url_for("packs.pack", pack_id=pack.id), 303)
    return render_template("packs/packs.html", review=review, packs=packs.packs_of(review),
                           scrutiny_users=packs.scrutiny_users(current_user))


@bp.post("/reviews/<int:review_id>/access")
@requires(Role.OFFICER)
def access(review_id):
    review = sessions.get_review(current_user, review_id)
    attempt(packs.set_access, current_user, review, parse_ids(request.form.getlist("staff_ids")),
            done="Who can read this review's published packs is saved.")
    return redirect(url_for("packs.pack_list", review_id=review.id), 303)


@bp.get("/packs/<int:pack_id>")
@requires(Role.OFFICER)
def pack(pack_id):
    found = packs.get_pack(current_user, pack_id, published_only=False)
    content = packs.preview(found)
    return render_template("packs/pack.html", pack=found, preview=_render_embedded(content), content=content)


@bp.post("/packs/<int:pack_id>/messages")
@requires(Role.OFFICER)
def pack_messages(pack_id):
    found = packs.get_pack(current_user, pack_id, published_only=False)
    attempt(packs.update_messages, current_user, found, request.form.get("messages", ""), done="Strongest messages saved.")
    return redirect(url_for("packs.pack", pack_id=found.id), 303)


@bp.post("/packs/<int:pack_id>/invited")
@requires(Role.OFFICER)
def pack_invited(pack_id):
    found = packs.get_pack(current_user, pack_id, published_only=False)
    attempt(packs.set_invited, current_user, found, request.form.get("invited", ""), done="How many were invited is saved.")
    return redirect(url_for("packs.pack", pack_id=found.id, _anchor="invited"), 303)


# Words that will be printed, changed from the check page before publishing; back to the same list.
@bp.post("/packs/<int:pack_id>/answers/<int:answer_id>/translation")
@requires(Role.OFFICER)
def translate_words(pack_id, answer_id):
    found = packs.get_pack(current_user, pack_id, published_only=False)
    attempt(packs.translate_words, current_user, found, answer_id, request.form.get("translation", ""),
            done=lambda answer: themes.SENT_TO_SAFEGUARDING if answer.state == AnswerState.HELD.value
            else "Translation saved: the pack prints it in place of the young person's own words.")
    return redirect(url_for("packs.publish_check", pack_id=found.id, _anchor="to-translate"), 303)


@bp.post("/packs/<int:pack_id>/answers/<int:answer_id>/original")
@requires(Role.OFFICER)
def print_original_words(pack_id, answer_id):
    found = packs.get_pack(current_user, pack_id, published_only=False)
    original = request.form.get("original") == "yes"
    attempt(packs.print_original_words, current_user, found, answer_id, original,
            done="The pack prints the young person's own words, with the translation after them." if original
            else "The pack prints the translation in place of the young person's own words.")
    return redirect(url_for("packs.publish_check", pack_id=found.id, _anchor="to-translate"), 303)


@bp.post("/packs/<int:pack_id>/answers/<int:answer_id>/edit")
@requires(Role.OFFICER)
def edit_words(pack_id, answer_id):
    found = packs.get_pack(current_user, pack_id, published_only=False)
    attempt(packs.edit_words, current_user, found, answer_id, request.form.get("text", ""), done="The words are changed for the pack.")
    return redirect(url_for("packs.publish_check", pack_id=found.id, _anchor="to-check"), 303)


@bp.post("/packs/<int:pack_id>/answers/<int:answer_id>/leave-out")
@requires(Role.OFFICER)
def leave_out_words(pack_id, answer_id):
    found = packs.get_pack(current_user, pack_id, published_only=False)
    attempt(packs.leave_out_words, current_user, found, answer_id,
            done="Left out of the pack: it is counted with the answers left out because they could identify someone.")
    return redirect(url_for("packs.publish_check", pack_id=found.id, _anchor="to-check"), 303)


@bp.get("/packs/<int:pack_id>/check")
@requires(Role.OFFICER)
def publish_check(pack_id):
    found = packs.get_pack(current_user, pack_id, published_only=False)
    return render_template("packs/check.html", pack=found, check=packs.check(found))


@bp.post("/packs/<int:pack_id>/publish")
@requires(Role.OFFICER)
def publish(pack_id):
    found = packs.get_pack(current_user, pack_id, published_only=False)
    try:
        job = packs.start_publishing(current_user, found, request.form.get("correction_note", ""),
                                     publish_anyway=request.form.get("publish_anyway") == "yes",
                                     without_quotes=request.form.get("without_quotes") == "yes",
                                     checked_as=request.form.get("checked_as", ""),
                                     took_part_then=request.form.get("took_part", type=int))
    except InvalidChange as e:
        flash(e.message, "error")
        return redirect(url_for("packs.publish_check", pack_id=found.id), 303)
    return redirect(url_for("packs.publish_job", pack_id=found.id, job_id=job.id), 303)


@bp.get("/packs/<int:pack_id>/jobs/<int:job_id>")
@requires(Role.OFFICER)
def publish_job(pack_id, job_id):
    found = packs.get_pack(current_user, pack_id, published_only=False)
    job = jobs.find(job_id, pack_id=found.id)
    if is_fragment_request() and request.args.get("seen") == jobs.progress_key(job):
        return "", 204  # nothing has changed since the page last asked: htmx leaves it as it is
    steps, announcement = packs.publish_progress(job)
    return render_page_or_fragment("jobs/job.html", "jobs/_job.html", job=job, caption=found.title, heading="Publishing the pack",
                                   steps=steps, announcement=announcement, seen=jobs.progress_key(job), oob=is_fragment_request())


@bp.get("/packs/<int:pack_id>/v/<int:number>")
@requires(*READERS)
def version(pack_id, number):
    found = packs.get_version(current_user, pack_id, number)
    packs.record_read(current_user, found)
    return render_template("packs/version.html", version=found, pack=found.pack, body=_render_embedded(found.content),
                           told_since=packs.told_since(found))


@bp.get("/packs/<int:pack_id>/v/<int:number>/download/<fmt>")
@requires(*READERS)
def download(pack_id, number, fmt):
    if fmt not in packs.FORMATS:
        abort(404)
    found = packs.get_version(current_user, pack_id, number)
    file = packs.file_of(found, fmt)
    packs.record_download(current_user, found, fmt)
    response = make_response(file.data)
    response.headers["Content-Type"] = packs.MEDIA_TYPES[fmt]
    response.headers["Content-Disposition"] = f'attachment; filename="pack-{pack_id}-v{number}.{fmt}"'
    response.headers["X-Content-SHA256"] = file.sha256
    return response
