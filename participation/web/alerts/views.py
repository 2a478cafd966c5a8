"""Safeguarding alerts: the list, the banner every staff page polls, one alert, its steps, closing and reopening it (thin)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from markupsafe import Markup

from participation.domain import alerts
from participation.domain.councils import alert_next_steps, alert_numbers, has_own_numbers
from participation.domain.errors import InvalidChange
from participation.domain.models import Role
from participation.domain.models.moderation import OUTCOMES
from participation.pure.alert_guidance import urgent_guidance
from participation.web.alerts.forms import CloseAlertForm, ReopenAlertForm, StepForm
from participation.web.security import requires
from participation.web.templating import digest

bp = Blueprint("alerts", __name__, url_prefix="/staff")

ALERT_READERS = (Role.OFFICER, Role.SAFEGUARDING)


@bp.get("/alerts")
@requires(*ALERT_READERS)
def alert_list():
    alerts.escalate_overdue()
    found = alerts.alerts(current_user)
    # The list shows everyone the first words with names and details taken out; the words as written
    # stay on the alert itself, for those who may read them (and opening it is recorded).
    return render_template(
        "alerts/alerts.html", alerts=found, outcomes=OUTCOMES,
        words={a.id: alerts.redacted_words(a) for a in found},
        cues={a.id: alerts.redacted_cues(a) for a in found},
        priorities={a.id: alerts.priority(a) for a in found},
        steps=alerts.step_counts(a.id for a in found if a.is_open),
    )


@bp.get("/alerts/banner")
@requires(*ALERT_READERS)
def alert_banner():
    banner = render_template("alerts/_banner.html", banner_alerts=alerts.open_alerts(current_user))
    if request.args.get("shown") == digest(banner):
        return "", 204  # nothing changed: htmx swaps nothing, so focus stays and the alert is not read out again
    return render_template("alerts/_banner_live.html", banner=Markup(banner))


@bp.get("/alerts/<int:alert_id>")
@requires(*ALERT_READERS)
def alert(alert_id):
    found = alerts.get_alert(current_user, alert_id)
    alerts.view_alert(current_user, found)
    return _alert_page(found)


def _with_error(field, message: str) -> None:
    field.errors = [*field.errors, message] if isinstance(field.errors, list) else [message]


@bp.post("/alerts/<int:alert_id>/steps")
@requires(*ALERT_READERS)
def add_step(alert_id):
    found = alerts.get_alert(current_user, alert_id)
    form = StepForm(prefix="step")
    if form.validate():
        if not found.is_open:
            # Closed while this was being written: the alert comes back with the note kept to copy.
            return _alert_page(found, unsaved=form.note.data), 409
        try:
            alerts.add_step(current_user, found, form.action.data, form.note.data, form.when.data or "")
        except InvalidChange as e:
            _with_error(form.note, e.message)
        else:
            flash("Step recorded. The alert is still open.")
            return redirect(url_for("alerts.alert", alert_id=found.id), 303)
    return _alert_page(found, step_form=form), 422


@bp.post("/alerts/<int:alert_id>/reopen")
@requires(Role.SAFEGUARDING)
def reopen_alert(alert_id):
    found = alerts.get_alert_to_reopen(current_user, alert_id)
    form = ReopenAlertForm()
    if form.validate():
        try:
            alerts.reopen_alert(current_user, found, form.reason.data)
        except InvalidChange as e:
            if found.is_open:
                raise  # an open alert has no reopen form to show it beside: the error page says why
            _with_error(form.reason, e.message)
        else:
            flash("Alert reopened. The earlier outcome is kept in the record.")
            return redirect(url_for("alerts.alert", alert_id=found.id), 303)
    return _alert_page(found, reopen_form=form), 422


@bp.post("/alerts/<int:alert_id>/close")
@requires(*ALERT_READERS)
def close_alert(alert_id):
    found = alerts.get_alert(current_user, alert_id)
    form = CloseAlertForm()
    if form.validate():
        if not found.is_open:
            return _alert_page(found, unsaved=form.note.data), 409  # closed by someone else meanwhile
        try:
            alerts.close_alert(current_user, found, form.outcome.data, form.note.data)
        except InvalidChange as e:
            _with_error(form.note, e.message)
        else:
            flash("Alert closed. What was done is in the record.")
            return redirect(url_for("alerts.alert_list"), 303)
    return _alert_page(found, form=form), 422


def _alert_page(found, form: CloseAlertForm | None = None, step_form: StepForm | None = None,
                reopen_form: ReopenAlertForm | None = None, unsaved: str | None = None) -> str:
    """The alert, its record, and the forms its state allows; the one that was sent comes back with its errors
    and everything typed in it (`unsaved`: a note written on an alert closed meanwhile, kept to copy)."""
    return render_template("alerts/alert.html", alert=found, outcomes=OUTCOMES, unsaved=unsaved, record=alerts.chronology(found),
                           form=CloseAlertForm(formdata=None) if form is None else form,
                           step_form=StepForm(prefix="step", formdata=None) if step_form is None else step_form,
                           reopen_form=ReopenAlertForm(formdata=None) if reopen_form is None else reopen_form,
                           may_reopen=alerts.may_reopen(current_user),
                           words=alerts.words_for(current_user, found), cues=alerts.cues_for(current_user, found),
                           raw=alerts.sees_raw_words(current_user, found), translation=alerts.translation_of(found),
                           next_steps=alert_next_steps(current_user.council, current_user.role_enum),
                           urgent=urgent_guidance(found.categories),
                           contacts=alert_numbers(current_user.council, lado_first=alerts.may_be_about_staff(found)),
                           own_numbers=has_own_numbers(current_user.council), runs_session=alerts.runs_session(current_user, found))
