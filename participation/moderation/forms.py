"""Moderation and alert forms."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSubmitInput, GovTextArea
from wtforms import RadioField, SelectField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from ..models.answers import REJECT_REASONS
from ..models.moderation import OUTCOMES


class ApproveForm(FlaskForm):
    text = TextAreaField("Edited answer", validators=[Optional(), Length(max=1000)])


class RejectForm(FlaskForm):
    reason = SelectField("Reason", choices=list(REJECT_REASONS.items()), validators=[InputRequired()])


class EscalateForm(FlaskForm):
    note = TextAreaField("Why (optional)", validators=[Optional(), Length(max=1000)])


class CloseAlertForm(FlaskForm):
    outcome = RadioField(
        "What was done?", widget=GovRadioInput(), choices=list(OUTCOMES.items()),
        validators=[InputRequired("Choose what was done.")],
    )
    note = TextAreaField(
        "What happened, and why", widget=GovTextArea(),
        validators=[InputRequired("Write what was done and why."), Length(max=4000, message="Keep this under 4,000 characters.")],
    )
    submit = SubmitField("Close the alert", widget=GovSubmitInput())
