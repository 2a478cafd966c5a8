"""Forms for reviews, sessions and prompts (GOV.UK widgets, server-side validation)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovDateInput,
    GovSelect,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import (
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, ValidationError

from participation.pure import help_numbers
from participation.pure.theming.taxonomy import AUDIENCES, ILACS_AREA_NAMES, ILACS_AREAS, THEMES
from participation.web import fields


class ReviewForm(FlaskForm):
    title = fields.text("What is the task group looking into?", 200, "Enter what the review is about.", what="the title")
    description = fields.text_area("More about the review (optional)", 4000)
    ilacs_areas = SelectMultipleField(
        "Which ILACS areas does it bear on?",
        widget=GovCheckboxesInput(),
        choices=[(k, f"{ILACS_AREA_NAMES[k]}: {text[0].lower()}{text[1:]}") for k, text in ILACS_AREAS.items()],
        validators=[DataRequired("Choose at least one ILACS area.")],
    )
    submit = SubmitField("Create review", widget=GovSubmitInput())


class SessionForm(FlaskForm):
    title = fields.text("Session title", 200, "Enter a title for the session.", what="the title")
    date = fields.DayMonthYearField(
        "Date of the session",
        widget=GovDateInput(),
        format="%d %m %Y",
        validators=[InputRequired("Enter the date of the session, for example 27 3 2027.")],
    )
    audience = fields.radios("Who is it for?", AUDIENCES.items(), "Choose who the session is for.")
    youth_title = fields.text("What young people see as the title (optional)", 200)
    place = fields.text("Room or venue (optional, staff only)", 200)
    submit = SubmitField("Add session", widget=GovSubmitInput())


KIND_CHOICES = [
    ("scale", "Faces from Really bad to Really good"),
    ("single", "Pick one"),
    ("multiple", "Tick all that fit"),
    ("text", "A few words"),
]


class PromptForm(FlaskForm):
    text = fields.text("Question", 300, "Enter the question.", what="the question")
    hint = fields.text("Hint (optional)", 300, what="the hint")
    kind = fields.radios("How do young people answer?", KIND_CHOICES, "Choose how young people answer.")
    options = fields.text_area("Choices, one on each line (for Pick one and Tick all that fit)", 2000, what="the choices")
    theme = SelectField(
        "Theme",
        widget=GovSelect(),
        choices=[("", "No theme")] + [(t.id, t.label) for t in THEMES],
        validators=[Optional()],
    )
    max_length = IntegerField(
        "Most characters for a few words",
        widget=GovTextInput(),
        default=500,
        validators=[Optional(), NumberRange(min=20, max=1000, message="Choose a limit between 20 and 1,000.")],
    )
    submit = SubmitField("Save prompt", widget=GovSubmitInput())

    @staticmethod
    def data_of(prompt) -> dict:
        """A saved prompt as the form shows it for editing."""
        return dict(text=prompt.text, hint=prompt.hint, kind=prompt.kind, options="\n".join(prompt.options or []),
                    theme=prompt.theme or "", max_length=prompt.max_length or 500)

    def option_list(self) -> list[str]:
        seen: list[str] = []
        for line in (self.options.data or "").splitlines():
            line = line.strip()
            if line and line not in seen and len(line) <= 120:
                seen.append(line)
        return seen[:10]


class LocalContactForm(FlaskForm):
    """The council's own contact young people see first in help: all three empty takes it away."""

    # Not fields.text: its Optional() would pass an empty box without asking the checks below.
    contact_name = StringField("Who young people will reach", widget=GovTextInput(), validators=[
        Length(max=help_numbers.LOCAL_NAME_MAX, message=f"Keep the name under {help_numbers.LOCAL_NAME_MAX} characters.")])
    contact_phone = StringField("Phone number", widget=GovTextInput(), validators=[
        Length(max=30, message="Keep the phone number under 30 characters.")])
    contact_hours = fields.text("When they can call (optional)", help_numbers.LOCAL_HOURS_MAX, what="the hours")

    @staticmethod
    def data_of(session_obj) -> dict:
        return dict(contact_name=session_obj.local_contact_name, contact_phone=session_obj.local_contact_phone,
                    contact_hours=session_obj.local_contact_hours)

    def _taking_away(self) -> bool:
        return not any((f.data or "").strip() for f in (self.contact_name, self.contact_phone, self.contact_hours))

    def validate_contact_name(self, field):
        if not (field.data or "").strip() and not self._taking_away():
            raise ValidationError("Enter who young people will reach, for example Northshire leaving care team.")

    def validate_contact_phone(self, field):
        if self._taking_away():
            return
        try:
            help_numbers.uk_phone(field.data)
        except help_numbers.PhoneNumberError as e:
            raise ValidationError(str(e)) from e


class BankForm(FlaskForm):
    slugs = SelectMultipleField("Prompts", choices=[], validate_choice=False)
    submit = SubmitField("Add chosen prompts", widget=GovSubmitInput())


class ConfirmForm(FlaskForm):
    """A button with a CSRF token and nothing else."""
