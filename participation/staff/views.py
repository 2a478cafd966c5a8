"""Staff views: thin; the rules live in staff/services.py."""

from __future__ import annotations

import io
import time
from urllib.parse import urlsplit

import segno
from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_user, logout_user
from markupsafe import Markup

from .. import auth, twofactor
from ..extensions import db, limiter
from ..htmx import is_fragment_request
from ..ids import parse_ids
from ..models import Role, StaffUser
from ..prompt_bank import load_bank
from ..security import public, requires, safe_path
from ..youth import services as youth_services
from . import services
from .forms import BankForm, ConfirmForm, PromptForm, ReviewForm, SessionForm, SignInForm

bp = Blueprint("staff", __name__, url_prefix="/staff")

STAFF = (Role.OFFICER,)


def _safe_next(target: str | None) -> str:
    return safe_path(target, url_for("staff.dashboard"))


@bp.route("/sign-in", methods=["GET", "POST"])
@public
@limiter.limit("20 per minute", methods=["POST"])
def sign_in():
    if current_user.is_authenticated:
        return redirect(_safe_next(request.args.get("next")), 303)
    form = SignInForm()
    error = None
    if form.validate_on_submit():
        try:
            user = auth.authenticate(form.email.data, form.password.data)
        except auth.SignInRefused as refused:
            error = refused.message
        else:
            session.clear()  # a new session id: nothing from before sign-in carries over
            if user.totp_enabled:
                session["2fa"] = {"id": user.id, "nonce": user.session_nonce, "at": time.time(), "tries": 0,
                                  "next": _safe_next(request.args.get("next"))}
                return redirect(url_for("staff.sign_in_code"), 303)
            login_user(user)
            return redirect(_safe_next(request.args.get("next")), 303)
    status = 422 if (form.errors or error) else 200
    return render_template("staff/sign_in.html", form=form, error=error), status


TWO_FACTOR_WINDOW = 300  # seconds between the password and the code


@bp.route("/sign-in/code", methods=["GET", "POST"])
@public
@limiter.limit("20 per minute", methods=["POST"])
def sign_in_code():
    pending = session.get("2fa")
    user = db.session.get(StaffUser, pending["id"]) if pending else None
    if user is None or user.session_nonce != pending["nonce"] or time.time() - pending["at"] > TWO_FACTOR_WINDOW:
        session.pop("2fa", None)
        flash("Sign in again: the code must be entered within 5 minutes of your password.", "error")
        return redirect(url_for("staff.sign_in"), 303)
    error = None
    if request.method == "POST":
        if twofactor.check_code(user, request.form.get("code", "")):
            session.clear()
            login_user(user)
            return redirect(pending["next"], 303)
        pending["tries"] += 1
        session["2fa"] = pending
        if pending["tries"] >= 5:
            session.pop("2fa", None)
            flash("Too many wrong codes. Sign in again.", "error")
            return redirect(url_for("staff.sign_in"), 303)
        error = "Enter the 6-digit code from your authenticator app, or one of your recovery codes."
    return render_template("staff/sign_in_code.html", error=error), (422 if error else 200)


ANY_STAFF = (Role.OFFICER, Role.SAFEGUARDING, Role.SCRUTINY)


@bp.route("/account/two-factor", methods=["GET", "POST"])
@requires(*ANY_STAFF)
def two_factor():
    recovery, error = None, None
    if not current_user.totp_enabled:
        twofactor.start_setup(current_user)
        if request.method == "POST":
            recovery = twofactor.confirm_setup(current_user, request.form.get("code", ""))
            if recovery is None:
                error = "That code did not match. Check the time on your phone and try the newest code."
    svg = Markup(twofactor.provisioning_svg(current_user)) if not current_user.totp_enabled else None
    return render_template("staff/two_factor.html", svg=svg, recovery=recovery, error=error), (422 if error else 200)


@bp.post("/account/two-factor/disable")
@requires(*ANY_STAFF)
def two_factor_disable():
    if twofactor.disable(current_user, request.form.get("code", "")):
        flash("Two-factor sign-in is off.")
    else:
        flash("Two-factor sign-in stays on: the code was wrong, or your council requires it.", "error")
    return redirect(url_for("staff.two_factor"), 303)


@bp.before_app_request
def require_two_factor():
    """Where the council requires it, staff set up two-factor sign-in before doing anything else."""
    if (
        current_user.is_authenticated
        and current_user.council.require_two_factor
        and not current_user.totp_enabled
        and request.endpoint not in {"staff.two_factor", "staff.sign_out", "static"}
        and request.blueprint not in {"youth", "pages"}
    ):
        return redirect(url_for("staff.two_factor"), 303)
    return None


@bp.post("/sign-out")
@requires(Role.OFFICER, Role.SAFEGUARDING, Role.SCRUTINY)
def sign_out():
    auth.sign_out(current_user)
    logout_user()
    session.clear()
    flash("You have signed out.")
    return redirect(url_for("staff.sign_in"), 303)


@bp.get("/")
@requires(Role.OFFICER, Role.SAFEGUARDING, Role.SCRUTINY)
def dashboard():
    if current_user.role == Role.SCRUTINY.value:
        return redirect(url_for("evidence.scrutiny_home"), 303)
    reviews = services.reviews_for(current_user) if current_user.has_role(Role.OFFICER) else []
    return render_template("staff/dashboard.html", reviews=reviews)


def _review(review_id: int):
    try:
        return services.get_review(current_user, review_id)
    except services.NotAllowed:
        abort(404)


def _session(session_id: int):
    try:
        return services.get_session(current_user, session_id)
    except services.NotAllowed:
        abort(404)


@bp.route("/reviews/new", methods=["GET", "POST"])
@requires(*STAFF)
def new_review():
    form = ReviewForm()
    if form.validate_on_submit():
        review = services.create_review(current_user, form.title.data, form.description.data or "", form.ilacs_areas.data)
        flash("Review created. Now add a session to it.")
        return redirect(url_for("staff.review", review_id=review.id), 303)
    return render_template("staff/review_form.html", form=form), (422 if form.errors else 200)


@bp.get("/reviews/<int:review_id>")
@requires(*STAFF)
def review(review_id):
    return render_template("staff/review.html", review=_review(review_id))


@bp.route("/reviews/<int:review_id>/sessions/new", methods=["GET", "POST"])
@requires(*STAFF)
def new_session(review_id):
    review_obj = _review(review_id)
    form = SessionForm()
    if form.validate_on_submit():
        created = services.create_session(
            current_user, review_obj, form.title.data, form.date.data, form.audience.data, form.place.data or "",
            youth_title=form.youth_title.data or "",
        )
        flash("Session added. Now choose its prompts.")
        return redirect(url_for("staff.session_detail", session_id=created.id), 303)
    return render_template("staff/session_form.html", form=form, review=review_obj), (422 if form.errors else 200)


@bp.get("/sessions/<int:session_id>")
@requires(*STAFF)
def session_detail(session_id):
    session_obj = _session(session_id)
    joined, answers = youth_services.counts(session_obj)
    return render_template(
        "staff/session.html", session_obj=session_obj, form=ConfirmForm(), joined=joined, answers=answers,
        council_officers=services.council_officers(current_user),
    )


@bp.post("/sessions/<int:session_id>/officers")
@requires(*STAFF)
def session_officers(session_id):
    session_obj = _session(session_id)
    ids = parse_ids(request.form.getlist("officer_ids"))
    try:
        services.set_officers(current_user, session_obj, ids)
    except services.NotAllowed:
        abort(403)
    except services.InvalidChange as e:
        flash(e.message, "error")
    else:
        flash("Officers running this session saved.")
    return redirect(url_for("staff.session_detail", session_id=session_obj.id, _anchor="officers"), 303)


@bp.route("/sessions/<int:session_id>/prompts/bank", methods=["GET", "POST"])
@requires(*STAFF)
def prompt_bank(session_id):
    session_obj = _session(session_id)
    form = BankForm()
    bank = load_bank()
    form.slugs.choices = [(p["slug"], p["text"]) for p in bank]
    if form.validate_on_submit():
        try:
            added = services.add_from_bank(session_obj, form.slugs.data or [])
        except services.InvalidChange as e:
            flash(e.message, "error")
        else:
            flash(f"{added} prompt{'s' if added != 1 else ''} added." if added else "No prompts were added.")
        return redirect(url_for("staff.session_detail", session_id=session_obj.id), 303)
    chosen = {p.bank_slug for p in session_obj.prompts}
    theme = request.args.get("theme", "")
    audience = request.args.get("audience", "")
    shown = [
        p for p in bank
        if (not theme or p.get("theme") == theme or (theme == "about-you" and p.get("about_you")))
        and (not audience or p.get("audience") in (audience, "both"))
    ]
    return render_template(
        "staff/prompt_bank.html", session_obj=session_obj, form=form, bank=shown, chosen=chosen, theme=theme, audience=audience
    )


def _prompt_args(form: PromptForm):
    return dict(
        kind=form.kind.data,
        text=form.text.data,
        hint=form.hint.data or "",
        options=form.option_list(),
        theme=form.theme.data,
        max_length=form.max_length.data,
    )


@bp.route("/sessions/<int:session_id>/prompts/new", methods=["GET", "POST"])
@requires(*STAFF)
def new_prompt(session_id):
    session_obj = _session(session_id)
    form = PromptForm()
    if form.validate_on_submit():
        try:
            services.add_prompt(session_obj, **_prompt_args(form))
        except services.InvalidChange as e:
            form.options.errors.append(e.message)
        else:
            flash("Prompt added.")
            return redirect(url_for("staff.session_detail", session_id=session_obj.id), 303)
    return render_template("staff/prompt_form.html", form=form, session_obj=session_obj, prompt=None), (
        422 if form.errors else 200
    )


@bp.route("/sessions/<int:session_id>/prompts/<int:prompt_id>/edit", methods=["GET", "POST"])
@requires(*STAFF)
def edit_prompt(session_id, prompt_id):
    session_obj = _session(session_id)
    try:
        prompt = services.get_prompt(current_user, session_obj, prompt_id)
    except services.NotAllowed:
        abort(404)
    form = PromptForm(
        data=None if request.method == "POST" else dict(
            text=prompt.text, hint=prompt.hint, kind=prompt.kind, options="\n".join(prompt.options or []),
            theme=prompt.theme or "", max_length=prompt.max_length or 500,
        )
    )
    if form.validate_on_submit():
        try:
            services.update_prompt(prompt, **_prompt_args(form))
        except services.InvalidChange as e:
            form.options.errors.append(e.message)
        else:
            flash("Prompt saved.")
            return redirect(url_for("staff.session_detail", session_id=session_obj.id), 303)
    return render_template("staff/prompt_form.html", form=form, session_obj=session_obj, prompt=prompt), (
        422 if form.errors else 200
    )


@bp.post("/sessions/<int:session_id>/prompts/<int:prompt_id>/move")
@requires(*STAFF)
def move_prompt(session_id, prompt_id):
    session_obj = _session(session_id)
    try:
        prompt = services.get_prompt(current_user, session_obj, prompt_id)
        services.move_prompt(prompt, "up" if request.form.get("direction") == "up" else "down")
    except services.NotAllowed:
        abort(404)
    except services.InvalidChange as e:
        flash(e.message, "error")
    return redirect(url_for("staff.session_detail", session_id=session_obj.id, _anchor="prompts"), 303)


@bp.post("/sessions/<int:session_id>/prompts/<int:prompt_id>/remove")
@requires(*STAFF)
def remove_prompt(session_id, prompt_id):
    session_obj = _session(session_id)
    try:
        prompt = services.get_prompt(current_user, session_obj, prompt_id)
        services.remove_prompt(prompt)
    except services.NotAllowed:
        abort(404)
    except services.InvalidChange as e:
        flash(e.message, "error")
    else:
        flash("Prompt removed.")
    return redirect(url_for("staff.session_detail", session_id=session_obj.id, _anchor="prompts"), 303)


@bp.post("/sessions/<int:session_id>/open")
@requires(*STAFF)
def open_session(session_id):
    session_obj = _session(session_id)
    try:
        services.open_session(session_obj)
    except services.InvalidChange as e:
        flash(e.message, "error")
        return redirect(url_for("staff.session_detail", session_id=session_obj.id), 303)
    return redirect(url_for("staff.present", session_id=session_obj.id), 303)


@bp.post("/sessions/<int:session_id>/close")
@requires(*STAFF)
def close_session(session_id):
    session_obj = _session(session_id)
    try:
        services.close_session(session_obj)
    except services.InvalidChange as e:
        flash(e.message, "error")
    else:
        flash("Session closed. The join code now tells young people it has ended.")
    return redirect(url_for("staff.session_detail", session_id=session_obj.id), 303)


def join_url(session_obj, short: bool = False) -> str:
    base = current_app.config["PUBLIC_BASE_URL"] or request.host_url.rstrip("/")
    return f"{base}/j/{session_obj.join_code}" if not short else f"{urlsplit(base).netloc}/join"


@bp.get("/sessions/<int:session_id>/present")
@requires(*STAFF)
def present(session_id):
    session_obj = _session(session_id)
    joined, answers = youth_services.counts(session_obj)
    context = dict(session_obj=session_obj, joined=joined, answers=answers)
    if is_fragment_request():
        return render_template("staff/_present_counts.html", **context)
    return render_template(
        "staff/present.html", **context, join_url=join_url(session_obj), short_url=join_url(session_obj, short=True)
    )


@bp.get("/sessions/<int:session_id>/qr.svg")
@requires(*STAFF)
def qr(session_id):
    session_obj = _session(session_id)
    out = io.BytesIO()
    segno.make(join_url(session_obj), error="m").save(
        out, kind="svg", scale=10, border=4, dark="#0b0c0c", light="#ffffff", xmldecl=False,
        title=f"QR code for {join_url(session_obj)}",
    )
    response = make_response(out.getvalue())
    response.headers["Content-Type"] = "image/svg+xml"
    return response
