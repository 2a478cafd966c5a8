"""An alert's forms: a step taken while it is open, closing it with what was done and why, reopening it."""

from __future__ import annotations

from datetime import datetime

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSubmitInput, GovTextArea, GovTextInput
from wtforms import RadioField, StringField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Length, ValidationError

from participation.domain.models.moderation import OUTCOMES, STEP_ACTIONS
from participation.pure.when import WhenError, parse_when

TOO_LONG = Length(max=4000, message="Keep this under 4,000 characters.")


class StepForm(FlaskForm):
    """Its fields are named `step-action` and `step-note` (made with prefix="step"), so that the page's other
    note keeps its own id."""

    action = RadioField(
        "What did you do?", widget=GovRadioInput(), choices=list(STEP_ACTIONS.items()),
        validators=[InputRequired("Choose what you did.")],
    )
    note = TextAreaField(
        "What happened", widget=GovTextArea(),
        validators=[InputRequired("Write what happened: who you spoke to, when, and what was agreed."), TOO_LONG],
    )
    when = StringField("When it happened (optional)", widget=GovTextInput(), validators=[Length(max=40)])
    submit = SubmitField("Record this step", widget=GovSubmitInput())

    def validate_when(self, field) -> None:
        try:
            parse_when(field.data or "", datetime.utcnow())
        except WhenError as e:
            raise ValidationError(str(e)) from None


class CloseAlertForm(FlaskForm):
    outcome = RadioField(
        "What was done?", widget=GovRadioInput(), choices=list(OUTCOMES.items()),
        validators=[InputRequired("Choose what was done.")],
    )
    note = TextAreaField(
        "What happened, and why", widget=GovTextArea(),
        validators=[InputRequired("Write what was done about this alert and why. Each alert needs its own note, even a false alarm."), TOO_LONG],
    )
    submit = SubmitField("Close the alert", widget=GovSubmitInput())


class ReopenAlertForm(FlaskForm):
    reason = TextAreaField(
        "Why are you reopening it?", widget=GovTextArea(),
        validators=[InputRequired("Write why this alert is being reopened."), TOO_LONG],
    )
    submit = SubmitField("Reopen this alert", widget=GovSubmitInput())
