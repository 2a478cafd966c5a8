"""Admin views: the audit log to read and filter, and the council's settings."""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxInput, GovSubmitInput, GovTextInput
from sqlalchemy import select
from wtforms import BooleanField, IntegerField, SubmitField
from wtforms.validators import InputRequired, NumberRange

from ..audit import record
from ..extensions import db
from ..models import AuditEvent, Role, StaffUser
from ..security import requires

bp = Blueprint("admin", __name__, url_prefix="/staff/admin")
PAGE = 100


class SettingsForm(FlaskForm):
    retention_days = IntegerField(
        "Days to keep a young person's exact words before they are deleted",
        widget=GovTextInput(),
        validators=[InputRequired("Enter a number of days."), NumberRange(min=1, max=365, message="Choose between 1 and 365 days.")],
    )
    small_number_threshold = IntegerField(
        "Smallest count of young people shown outside the participation team",
        widget=GovTextInput(),
        validators=[InputRequired("Enter a number."), NumberRange(min=2, max=20, message="Choose between 2 and 20.")],
    )
    require_two_factor = BooleanField("Every staff member must use two-factor sign-in", widget=GovCheckboxInput())
    submit = SubmitField("Save settings", widget=GovSubmitInput())


@bp.route("/settings", methods=["GET", "POST"])
@requires(Role.ADMIN)
def settings():
    council = current_user.council
    form = SettingsForm(obj=council)
    if form.validate_on_submit():
        keys = ("retention_days", "small_number_threshold", "require_two_factor")
        before = {k: getattr(council, k) for k in keys}
        form.populate_obj(council)
        record("settings-changed", council, before=before, after={k: getattr(council, k) for k in keys})
        db.session.commit()
        flash("Settings saved.")
        return redirect(url_for("admin.settings"), 303)
    return render_template("admin/settings.html", form=form), (422 if form.errors else 200)


@bp.get("/audit")
@requires(Role.ADMIN)
def audit():
    action = request.args.get("action", "").strip()
    actor = request.args.get("actor", "").strip()
    day = request.args.get("day", "").strip()
    query = select(AuditEvent).order_by(AuditEvent.id.desc())
    council_staff = select(StaffUser.id).where(StaffUser.council_id == current_user.council_id)
    query = query.where((AuditEvent.actor_id.is_(None)) | (AuditEvent.actor_id.in_(council_staff)))
    if action:
        query = query.where(AuditEvent.action == action)
    if actor:
        query = query.join(StaffUser, StaffUser.id == AuditEvent.actor_id).where(StaffUser.email == actor.lower())
    try:
        if day:
            start = datetime.strptime(day, "%Y-%m-%d")
            query = query.where(AuditEvent.at >= start, AuditEvent.at < start + timedelta(days=1))
    except ValueError:
        day = ""
    events = db.session.execute(query.limit(PAGE)).scalars().all()
    actions = sorted(db.session.execute(select(AuditEvent.action).distinct()).scalars())
    actors = {u.id: u for u in db.session.execute(select(StaffUser).where(StaffUser.council_id == current_user.council_id)).scalars()}
    return render_template("admin/audit.html", events=events, actions=actions, actors=actors, action=action, actor=actor, day=day)
