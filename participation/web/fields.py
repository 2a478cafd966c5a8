"""Form fields as staff pages use them: a GOV.UK widget, required or optional, with a length limit in words; and
the work phone form, which a staff member's own account page and an admin's page share."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSubmitInput, GovTextArea, GovTextInput
from wtforms import DateField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional, StopValidation, ValidationError

from participation.pure import help_numbers


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


class DayMonthYearField(DateField):
    """A date typed in three boxes (GOV.UK's date input); missing boxes are kept as blanks so the page
    can show them again, and a date that does not exist gets a message a person can act on."""

    def __init__(self, label=None, validators=None, invalid: str = "Enter a real date, for example 27 3 2027.", **kwargs):
        super().__init__(label, validators, **kwargs)
        self.invalid = invalid

    def process(self, formdata, data=None, extra_filters=None):
        super().process(formdata, data, extra_filters)
        if formdata is not None and self.raw_data is not None and len(self.raw_data) != 3:
            self.raw_data = (list(self.raw_data) + ["", "", ""])[:3]
            if not self.process_errors:
                self.process_errors.append("Enter the date as day, month and year.")
            self.data = None
        elif self.process_errors:
            self.process_errors = [self.invalid]

    @property
    def blank(self) -> bool:
        return not self.raw_data or not any((v or "").strip() for v in self.raw_data)


class BlankDateAllowed:
    """An optional date: three empty boxes are no date at all; anything typed must be a real date."""

    field_flags = {"optional": True}

    def __call__(self, form, field):
        if field.blank:
            field.errors[:] = []
            field.data = None
            raise StopValidation()


def phone_number(parse):
    """A validator: an empty box is fine; anything typed must be a number `parse` reads (`help_numbers.staff_phone`
    for numbers staff call, `help_numbers.work_phone` for a staff member's own), else its kind message."""

    def check(form, field):
        if (field.data or "").strip():
            try:
                parse(field.data)
            except help_numbers.PhoneNumberError as e:
                raise ValidationError(str(e)) from e

    return check


class WorkPhoneForm(FlaskForm):
    """A staff member's work phone: on their own account page, and on the staff member's page for an admin."""

    work_phone = StringField(
        "Work phone (optional)", widget=GovTextInput(),
        validators=[Length(max=40, message="Keep the phone number under 40 characters, for example 07700 900123."),
                    phone_number(help_numbers.work_phone)],
    )
    submit = SubmitField("Save the work phone", widget=GovSubmitInput())
