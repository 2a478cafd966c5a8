"""Safeguarding alerts: the list, the banner every staff page polls, one alert, closing it (thin)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from markupsafe import Markup

from participation.domain import alerts
from participation.domain.councils import alert_next_steps
from participation.domain.errors import InvalidChange
from participation.domain.models import Role
from participation.domain.models.moderation import OUTCOMES
from participation.web.alerts.forms import CloseAlertForm
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
    return _alert_page(found, CloseAlertForm())


@bp.post("/alerts/<int:alert_id>/close")
@requires(*ALERT_READERS)
def close_alert(alert_id):
    found = alerts.get_alert(current_user, alert_id)
    form = CloseAlertForm()
    if form.validate():
        try:
            alerts.close_alert(current_user, found, form.outcome.data, form.note.data)
        except InvalidChange as e:
            form.note.errors = [*form.note.errors, e.message] if isinstance(form.note.errors, list) else [e.message]
        else:
            flash("Alert closed. What was done is in the record.")
            return redirect(url_for("alerts.alert_list"), 303)
    return _alert_page(found, form), 422


def _alert_page(found, form: CloseAlertForm) -> str:
    return render_template("alerts/alert.html", alert=found, form=form, outcomes=OUTCOMES,
                           words=alerts.words_for(current_user, found), cues=alerts.cues_for(current_user, found),
                           raw=alerts.sees_raw_words(current_user, found), translation=alerts.translation_of(found),
                           next_steps=alert_next_steps(current_user.council), runs_session=alerts.runs_session(current_user, found))
