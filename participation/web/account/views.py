"""Staff sign-in, two-factor setup and sign-out (thin; the rules live in domain/accounts.py)."""

from __future__ import annotations

import time

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user

from participation.domain import accounts
from participation.domain.db import db
from participation.domain.errors import InvalidChange
from participation.domain.models import Role, StaffUser
from participation.web.account.forms import SignInForm
from participation.web.extensions import limiter
from participation.web.fields import WorkPhoneForm
from participation.web.qr import qr_markup
from participation.web.security import public, requires, safe_path

bp = Blueprint("account", __name__, url_prefix="/staff")

ANY_STAFF = (Role.OFFICER, Role.SAFEGUARDING, Role.SCRUTINY)
TWO_FACTOR_WINDOW = 300  # seconds between the password and the code


def _safe_next(target: str | None) -> str:
    return safe_path(target, url_for("sessions.dashboard"))


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
            user = accounts.authenticate(form.email.data, form.password.data)
        except InvalidChange as refused:
            error = refused.message
        else:
            session.clear()  # a new session id: nothing from before sign-in carries over
            if user.totp_enabled:
                session["2fa"] = {"id": user.id, "nonce": user.session_nonce, "at": time.time(), "tries": 0,
                                  "next": _safe_next(request.args.get("next"))}
                return redirect(url_for("account.sign_in_code"), 303)
            login_user(user)
            return redirect(_safe_next(request.args.get("next")), 303)
    status = 422 if (form.errors or error) else 200
    return render_template("account/sign_in.html", form=form, error=error), status


@bp.route("/sign-in/code", methods=["GET", "POST"])
@public
@limiter.limit("20 per minute", methods=["POST"])
def sign_in_code():
    pending = session.get("2fa")
    user = db.session.get(StaffUser, pending["id"]) if pending else None
    if user is None or user.session_nonce != pending["nonce"] or time.time() - pending["at"] > TWO_FACTOR_WINDOW:
        session.pop("2fa", None)
        flash("Sign in again: the code must be entered within 5 minutes of your password.", "error")
        return redirect(url_for("account.sign_in"), 303)
    error = None
    if request.method == "POST":
        if accounts.check_code(user, request.form.get("code", "")):
            session.clear()
            login_user(user)
            return redirect(pending["next"], 303)
        pending["tries"] += 1
        session["2fa"] = pending
        if pending["tries"] >= 5 or accounts.is_locked(user):
            session.pop("2fa", None)
            flash("Too many wrong codes. Wait a few minutes, then sign in again.", "error")
            return redirect(url_for("account.sign_in"), 303)
        error = "Enter the 6-digit code from your authenticator app, or one of your recovery codes."
    return render_template("account/sign_in_code.html", error=error), (422 if error else 200)


PHONE_HINT = ("A work mobile, or the desk phone you are at. The safeguarding lead sees it on the alerts of the "
              "sessions you run, to ring the room. Leave it empty to take it away.")


@bp.route("/account", methods=["GET", "POST"])
@requires(*ANY_STAFF)
def account():
    """The staff member's own account: who they are, their work phone (to set here) and two-factor sign-in."""
    form = WorkPhoneForm(work_phone=current_user.work_phone) if request.method == "GET" else WorkPhoneForm()
    if form.validate_on_submit():
        try:
            accounts.set_work_phone(current_user, current_user, form.work_phone.data or "")
        except InvalidChange as e:
            form.work_phone.errors = [*form.work_phone.errors, e.message]
        else:
            flash(f"Work phone saved: {current_user.work_phone}." if current_user.work_phone else "Work phone taken away.")
            return redirect(url_for("account.account"), 303)
    return render_template("account/account.html", form=form, hint=PHONE_HINT), (422 if form.errors else 200)


@bp.route("/account/two-factor", methods=["GET", "POST"])
@requires(*ANY_STAFF)
def two_factor():
    recovery, error = None, None
    if not current_user.totp_enabled:
        accounts.start_setup(current_user)
        if request.method == "POST":
            recovery = accounts.confirm_setup(current_user, request.form.get("code", ""))
            if recovery is None:
                error = "That code did not match. Check the time on your phone and try the newest code."
    svg = (
        qr_markup(accounts.provisioning_uri(current_user), "QR code for your authenticator app")
        if not current_user.totp_enabled else None
    )
    return render_template("account/two_factor.html", svg=svg, recovery=recovery, error=error), (422 if error else 200)


@bp.post("/account/two-factor/disable")
@requires(*ANY_STAFF)
def two_factor_disable():
    if accounts.disable(current_user, request.form.get("code", "")):
        flash("Two-factor sign-in is off.")
    else:
        flash("Two-factor sign-in stays on: the code was wrong, or your council requires it.", "error")
    return redirect(url_for("account.two_factor"), 303)


@bp.before_app_request
def require_two_factor():
    """Where the council requires it, staff set up two-factor sign-in before doing anything else."""
    if (
        current_user.is_authenticated
        and current_user.council.require_two_factor
        and not current_user.totp_enabled
        and request.endpoint not in {"account.two_factor", "account.sign_out", "static"}
        and request.blueprint not in {"youth", "pages"}
    ):
        return redirect(url_for("account.two_factor"), 303)
    return None


@bp.post("/sign-out")
@requires(*ANY_STAFF)
def sign_out():
    accounts.sign_out(current_user)
    logout_user()
    session.clear()
    flash("You have signed out.")
    return redirect(url_for("account.sign_in"), 303)
