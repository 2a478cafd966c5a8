"""Admin forms: the council's settings, staff accounts, and the audit log's filters."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovDateInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    FieldList,
    Form,
    FormField,
    IntegerField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, NumberRange, ValidationError

from participation.domain.councils import (
    CONTACT_LABEL_MAX,
    CONTACT_PHONE_MAX,
    MAX_CONTACTS,
    MAX_NEXT_STEPS,
    NO_CONTACT_LABEL,
)
from participation.domain.models import Role
from participation.pure import help_numbers
from participation.web import fields

ROLE_CHOICES = [(r.value, r.label) for r in Role]


class AlertContactForm(Form):
    """One number to call from an alert: both boxes empty is no number."""

    label = StringField("Who it reaches", widget=GovTextInput(), validators=[
        Length(max=CONTACT_LABEL_MAX, message=f"Keep who the number reaches under {CONTACT_LABEL_MAX} characters.")])
    phone = StringField("Phone number", widget=GovTextInput(), validators=[
        Length(max=CONTACT_PHONE_MAX, message=f"Keep the phone number under {CONTACT_PHONE_MAX} characters.")])

    def _empty(self) -> bool:
        return not ((self.label.data or "").strip() or (self.phone.data or "").strip())

    def validate_label(self, field):
        if not (field.data or "").strip() and not self._empty():
            raise ValidationError(NO_CONTACT_LABEL)

    def validate_phone(self, field):
        if self._empty():
            return
        try:
            help_numbers.staff_phone(field.data)
        except help_numbers.PhoneNumberError as e:
            raise ValidationError(str(e)) from e


def _labelled_phone(label: str) -> StringField:
    """The safeguarding lead on call's or the LADO's number: optional, checked as any number staff call."""
    return StringField(label, widget=GovTextInput(), validators=[
        Length(max=CONTACT_PHONE_MAX, message=f"Keep the phone number under {CONTACT_PHONE_MAX} characters."),
        fields.phone_number(help_numbers.staff_phone)])


class SettingsForm(FlaskForm):
    retention_days = IntegerField(
        "Days to keep a young person's exact words before they are deleted",
        widget=GovTextInput(),
        validators=[InputRequired("Enter a number of days."), NumberRange(min=1, max=365, message="Choose between 1 and 365 days.")],
    )
    small_number_threshold = IntegerField(
        "Smallest count of young people shown outside the participation team",
        widget=GovTextInput(),
        validators=[InputRequired("Enter a number."), NumberRange(min=2, max=20, message="Choose between 2 and 20.")],
    )
    require_two_factor = BooleanField("Every staff member must use two-factor sign-in", widget=GovCheckboxInput())
    alert_next_steps = TextAreaField(
        "What officers should do when a safeguarding alert comes in",
        widget=GovTextArea(),
        validators=[Length(max=MAX_NEXT_STEPS, message=f"Keep the steps under {MAX_NEXT_STEPS:,} characters.")],
    )
    alert_next_steps_lead = TextAreaField(
        "What the safeguarding lead should do when a safeguarding alert comes in",
        widget=GovTextArea(),
        validators=[Length(max=MAX_NEXT_STEPS, message=f"Keep the lead's steps under {MAX_NEXT_STEPS:,} characters.")],
    )
    # Named as the council's column, so the numbers saved fill the boxes; empty rows pad it to three.
    alert_contacts = FieldList(FormField(AlertContactForm), min_entries=MAX_CONTACTS, max_entries=MAX_CONTACTS)
    alert_lead_phone = _labelled_phone("Safeguarding lead on call (optional)")
    alert_lado_phone = _labelled_phone("LADO, for allegations against staff or carers (optional)")
    submit = SubmitField("Save settings", widget=GovSubmitInput())


class AddStaffForm(FlaskForm):
    name = fields.text("Full name", 120, "Enter their name.", what="the name")
    email = fields.text("Work email address", 254, "Enter their work email address.", what="the email address")
    role = fields.radios("Role", ROLE_CHOICES, "Choose what they will do.")
    submit = SubmitField("Add staff member", widget=GovSubmitInput())


class RoleForm(FlaskForm):
    role = fields.radios("Role", ROLE_CHOICES, "Choose a role.")
    submit = SubmitField("Change role", widget=GovSubmitInput())


class _Known:
    """A choice from the list, with a message a person can act on (not "Not a valid choice")."""

    def __init__(self, message: str):
        self.message = message

    def __call__(self, form, field):
        if field.data and field.data not in {value for value, _ in field.choices}:
            raise ValidationError(self.message)


class AuditFilterForm(FlaskForm):
    """Filters read from the address (GET), so a filtered page can be bookmarked or shared."""

    class Meta:
        csrf = False

    action = SelectField("Action", widget=GovSelect(), validate_choice=False,
                         validators=[_Known("Choose an action from the list.")])
    person = SelectField("Who did it", widget=GovSelect(), validate_choice=False,
                         validators=[_Known("Choose a person from the list.")])
    date_from = fields.DayMonthYearField(
        "From", widget=GovDateInput(), format="%d %m %Y", validators=[fields.BlankDateAllowed()],
        invalid="Enter a real date to show events from, for example 27 3 2027.",
    )
    date_to = fields.DayMonthYearField(
        "To", widget=GovDateInput(), format="%d %m %Y", validators=[fields.BlankDateAllowed()],
        invalid="Enter a real date to show events up to, for example 27 3 2027.",
    )

    def validate_date_to(self, field):
        if field.data and self.date_from.data and field.data < self.date_from.data:
            raise ValidationError("The 'to' date must be the same as or after the 'from' date.")
