"""Moderation forms."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import SelectField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from participation.domain.models.answers import REJECT_REASONS


class ApproveForm(FlaskForm):
    text = TextAreaField("Edited answer", validators=[Optional(), Length(max=1000)])


class RejectForm(FlaskForm):
    reason = SelectField("Reason", choices=list(REJECT_REASONS.items()), validators=[InputRequired()])


class EscalateForm(FlaskForm):
    note = TextAreaField("Why (optional)", validators=[Optional(), Length(max=1000)])
