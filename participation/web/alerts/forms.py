"""An alert's forms: a step taken while it is open, closing it with what was done and why, reopening it."""

from __future__ import annotations

from datetime import datetime

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovRadioInput,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import BooleanField, HiddenField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Length, ValidationError

from participation.domain.models.moderation import OUTCOMES, STEP_ACTIONS
from participation.pure.when import WhenError, parse_when

TOO_LONG = Length(max=4000, message="Keep this under 4,000 characters.")
# Shown only where the alert's guidance says to tell the LADO and no step says they were told.
WITHOUT_LADO = "Close without a LADO contact"
LADO_REASON = "Why the LADO was not told (it goes on the record and in print)"
# Shown only where the close is "Referred under local safeguarding procedures" and no step records a referral.
WITHOUT_REFERRAL = "Close without a referral step"
REFERRAL_REASON = "Why no referral step is recorded (it goes on the record and in print)"


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

    def typed(self) -> bool:
        """Whether anything was put in it: an action chosen, or words in the note or the time."""
        return bool(self.action.data or (self.note.data or "").strip() or (self.when.data or "").strip())

    def kept(self) -> dict:
        """What was typed, to give back when it could not be recorded: the action's words, the time, the note."""
        return {"action": self.action.data, "action_label": STEP_ACTIONS.get(self.action.data or "", ""),
                "when": self.when.data or "", "note": self.note.data or ""}

    # When the alert was raised: a step cannot have happened before it. Set by the view before validating.
    not_before: datetime | None = None

    def validate_when(self, field) -> None:
        try:
            parse_when(field.data or "", datetime.utcnow(), self.not_before)
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
    without_lado = BooleanField(WITHOUT_LADO, widget=GovCheckboxInput())
    lado_reason = TextAreaField(LADO_REASON, widget=GovTextArea(), validators=[TOO_LONG])
    without_referral = BooleanField(WITHOUT_REFERRAL, widget=GovCheckboxInput())
    referral_reason = TextAreaField(REFERRAL_REASON, widget=GovTextArea(), validators=[TOO_LONG])
    submit = SubmitField("Close the alert", widget=GovSubmitInput())

    def for_alert(self, alert) -> CloseAlertForm:
        """Only the outcomes this alert's close can have (`Alert.outcomes`): "Told the room; nobody came forward"
        is not offered where the young person asked to talk."""
        self.outcome.choices = list(alert.outcomes.items())
        return self

    def typed(self) -> bool:
        return bool(self.outcome.data or (self.note.data or "").strip())

    def kept(self) -> dict:
        return {"outcome": self.outcome.data, "outcome_label": OUTCOMES.get(self.outcome.data or "", ""),
                "note": self.note.data or "", "without_lado": bool(self.without_lado.data),
                "lado_reason": self.lado_reason.data or ""}


class ReopenAlertForm(FlaskForm):
    reason = TextAreaField(
        "Why are you reopening it?", widget=GovTextArea(),
        validators=[InputRequired("Write why this alert is being reopened."), TOO_LONG],
    )
    submit = SubmitField("Reopen this alert", widget=GovSubmitInput())


class ReopenWithStepForm(FlaskForm):
    """The lead's "Reopen and add this step": a reason, and the step kept from a page left open while the alert was
    closed, carried in hidden fields (shown above it as they were typed). Prefix "kept", so its ids stay its own."""

    reason = TextAreaField(
        "Why are you reopening it?", widget=GovTextArea(),
        validators=[InputRequired("Write why this alert is being reopened."), TOO_LONG],
    )
    action = HiddenField()
    note = HiddenField(validators=[TOO_LONG])
    when = HiddenField(validators=[Length(max=40)])
    submit = SubmitField("Reopen and add this step", widget=GovSubmitInput())


class SignOffForm(FlaskForm):
    note = TextAreaField(
        "What you checked", widget=GovTextArea(),
        validators=[InputRequired("Write what you checked before signing this off."), TOO_LONG],
    )
    without_lado = BooleanField(WITHOUT_LADO, widget=GovCheckboxInput())
    lado_reason = TextAreaField(LADO_REASON, widget=GovTextArea(), validators=[TOO_LONG])
    submit = SubmitField("Sign off this close", widget=GovSubmitInput())
