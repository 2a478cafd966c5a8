"""The sign-in form and a staff member's work phone (GOV.UK widgets, server-side validation)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovPasswordInput, GovSubmitInput, GovTextInput
from wtforms import PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, Length, ValidationError

from participation.pure import help_numbers


class SignInForm(FlaskForm):
    email = StringField(
        "Email address",
        widget=GovTextInput(),
        validators=[DataRequired("Enter your email address."), Email("Enter an email address like name@council.gov.uk."), Length(max=254)],
    )
    password = PasswordField(
        "Password", widget=GovPasswordInput(), validators=[DataRequired("Enter your password."), Length(max=200)]
    )
    submit = SubmitField("Sign in", widget=GovSubmitInput())


class WorkPhoneForm(FlaskForm):
    """A staff member's work phone: on their own account page, and on the staff member's page for an admin."""

    work_phone = StringField(
        "Work phone (optional)", widget=GovTextInput(),
        validators=[Length(max=40, message="Keep the phone number under 40 characters, for example 07700 900123.")],
    )
    submit = SubmitField("Save the work phone", widget=GovSubmitInput())

    def validate_work_phone(self, field):
        if (field.data or "").strip():
            try:
                help_numbers.work_phone(field.data)
            except help_numbers.PhoneNumberError as e:
                raise ValidationError(str(e)) from e
