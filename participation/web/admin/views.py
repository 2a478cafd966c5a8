"""Admin views: the audit log to read and filter, and the council's settings."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxInput, GovSubmitInput, GovTextInput
from wtforms import BooleanField, IntegerField, SubmitField
from wtforms.validators import InputRequired, NumberRange

from participation.domain.audit import audit_log
from participation.domain.councils import save_settings
from participation.domain.models import Role
from participation.web.security import requires

bp = Blueprint("admin", __name__, url_prefix="/staff/admin")


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
        save_settings(current_user, council, form.retention_days.data, form.small_number_threshold.data, form.require_two_factor.data)
        flash("Settings saved.")
        return redirect(url_for("admin.settings"), 303)
    return render_template("admin/settings.html", form=form), (422 if form.errors else 200)


@bp.get("/audit")
@requires(Role.ADMIN)
def audit():
    action = request.args.get("action", "").strip()
    actor = request.args.get("actor", "").strip()
    day = request.args.get("day", "").strip()
    found = audit_log(current_user, action, actor, day)
    return render_template("admin/audit.html", **found, action=action, actor=actor, day=day)
