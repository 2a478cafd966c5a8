"""Form fields as staff pages use them: a GOV.UK widget, required or optional, with a length limit in words."""

from __future__ import annotations

from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovTextArea, GovTextInput
from wtforms import RadioField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional


def _validators(required: str | None, max_length: int, what: str) -> list:
    return [
        DataRequired(required) if required else Optional(),
        Length(max=max_length, message=f"Keep {what} under {max_length:,} characters."),
    ]


def text(label: str, max_length: int, required: str | None = None, what: str = "this") -> StringField:
    """One line of text; `required` is the message shown when it is left empty (None: optional)."""
    return StringField(label, widget=GovTextInput(), validators=_validators(required, max_length, what))


def text_area(label: str, max_length: int, required: str | None = None, what: str = "this") -> TextAreaField:
    return TextAreaField(label, widget=GovTextArea(), validators=_validators(required, max_length, what))


def radios(label: str, choices, required: str) -> RadioField:
    return RadioField(label, widget=GovRadioInput(), choices=list(choices), validators=[InputRequired(required)])
