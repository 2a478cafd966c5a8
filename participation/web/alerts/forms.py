"""Closing an alert: what was done, and why."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSubmitInput, GovTextArea
from wtforms import RadioField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Length

from participation.domain.models.moderation import OUTCOMES


class CloseAlertForm(FlaskForm):
    outcome = RadioField(
        "What was done?", widget=GovRadioInput(), choices=list(OUTCOMES.items()),
        validators=[InputRequired("Choose what was done.")],
    )
    note = TextAreaField(
        "What happened, and why", widget=GovTextArea(),
        validators=[InputRequired("Write what was done about this alert and why. Each alert needs its own note, even a false alarm."), Length(max=4000, message="Keep this under 4,000 characters.")],
    )
    submit = SubmitField("Close the alert", widget=GovSubmitInput())
