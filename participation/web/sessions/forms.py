"""Forms for reviews, sessions and prompts (GOV.UK widgets, server-side validation)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovDateInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    DateField,
    IntegerField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from participation.pure.theming.taxonomy import AUDIENCES, ILACS_AREAS, THEMES


class DayMonthYearField(DateField):
    """A date typed in three boxes; missing boxes are kept as blanks so the page can show them again."""

    def process(self, formdata, data=None, extra_filters=None):
        super().process(formdata, data, extra_filters)
        if formdata is not None and self.raw_data is not None and len(self.raw_data) != 3:
            self.raw_data = (list(self.raw_data) + ["", "", ""])[:3]
            if not self.process_errors:
                self.process_errors.append("Enter the date as day, month and year.")
            self.data = None


class ReviewForm(FlaskForm):
    title = StringField(
        "What is the task group looking into?",
        widget=GovTextInput(),
        validators=[DataRequired("Enter what the review is about."), Length(max=200, message="Keep the title under 200 characters.")],
    )
    description = TextAreaField(
        "More about the review (optional)",
        widget=GovTextArea(),
        validators=[Optional(), Length(max=4000, message="Keep this under 4,000 characters.")],
    )
    ilacs_areas = SelectMultipleField(
        "Which ILACS areas does it bear on?",
        widget=GovCheckboxesInput(),
        choices=list(ILACS_AREAS.items()),
        validators=[DataRequired("Choose at least one ILACS area.")],
    )
    submit = SubmitField("Create review", widget=GovSubmitInput())


class SessionForm(FlaskForm):
    title = StringField(
        "Session title",
        widget=GovTextInput(),
        validators=[DataRequired("Enter a title for the session."), Length(max=200, message="Keep the title under 200 characters.")],
    )
    date = DayMonthYearField(
        "Date of the session",
        widget=GovDateInput(),
        format="%d %m %Y",
        validators=[InputRequired("Enter the date of the session, for example 27 3 2027.")],
    )
    audience = RadioField(
        "Who is it for?",
        widget=GovRadioInput(),
        choices=list(AUDIENCES.items()),
        validators=[InputRequired("Choose who the session is for.")],
    )
    youth_title = StringField(
        "What young people see as the title (optional)",
        widget=GovTextInput(),
        validators=[Optional(), Length(max=200, message="Keep this under 200 characters.")],
    )
    place = StringField(
        "Room or venue (optional, staff only)",
        widget=GovTextInput(),
        validators=[Optional(), Length(max=200, message="Keep this under 200 characters.")],
    )
    submit = SubmitField("Add session", widget=GovSubmitInput())


KIND_CHOICES = [
    ("scale", "Faces from Really bad to Really good"),
    ("single", "Pick one"),
    ("multiple", "Tick all that fit"),
    ("text", "A few words"),
]


class PromptForm(FlaskForm):
    text = StringField(
        "Question",
        widget=GovTextInput(),
        validators=[DataRequired("Enter the question."), Length(max=300, message="Keep the question under 300 characters.")],
    )
    hint = StringField(
        "Hint (optional)", widget=GovTextInput(), validators=[Optional(), Length(max=300, message="Keep the hint under 300 characters.")]
    )
    kind = RadioField(
        "How do young people answer?",
        widget=GovRadioInput(),
        choices=KIND_CHOICES,
        validators=[InputRequired("Choose how young people answer.")],
    )
    options = TextAreaField(
        "Choices, one on each line (for Pick one and Tick all that fit)",
        widget=GovTextArea(),
        validators=[Optional(), Length(max=2000, message="Keep the choices under 2,000 characters.")],
    )
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

    def option_list(self) -> list[str]:
        seen: list[str] = []
        for line in (self.options.data or "").splitlines():
            line = line.strip()
            if line and line not in seen and len(line) <= 120:
                seen.append(line)
        return seen[:10]


class BankForm(FlaskForm):
    slugs = SelectMultipleField("Prompts", choices=[], validate_choice=False)
    submit = SubmitField("Add chosen prompts", widget=GovSubmitInput())


class ConfirmForm(FlaskForm):
    """A button with a CSRF token and nothing else."""
