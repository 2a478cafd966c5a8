"""Youth forms: the join code, and one answer form built for each prompt."""

from __future__ import annotations

import secrets
from functools import lru_cache

from flask import current_app, request
from flask_babel import gettext, lazy_gettext
from flask_wtf import FlaskForm
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from wtforms import HiddenField, RadioField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from participation.domain.answers import OTHER_MAX_LENGTH
from participation.domain.models.sessions import PromptKind
from participation.pure.choices import is_exclusive, is_other

FORM_TOKEN_MAX_AGE = 24 * 3600


class JoinForm(FlaskForm):
    code = StringField(
        lazy_gettext("Your code"),
        validators=[DataRequired(lazy_gettext("Type the code you can see on the screen.")), Length(max=40)],
    )


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


# Choices that mean "none of these": ticked with anything else, the answer contradicts itself.
class OnItsOwn:
    def __call__(self, form, field):
        chosen = field.data or []
        alone = [o for o in chosen if is_exclusive(o)]
        if alone and len(chosen) > 1:
            raise ValidationError(gettext("Tick “%(choice)s” or the other answers, not both.", choice=gettext(alone[0])))


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="answer-form")


def new_form_token(participant_id: int, prompt_id: int) -> str:
    return _serializer().dumps([participant_id, prompt_id, secrets.token_urlsafe(12)])


def read_form_token(token: str, participant_id: int, prompt_id: int) -> str | None:
    """The nonce inside a form token made for this visit and prompt, or None if it is not one."""
    try:
        pid, qid, nonce = _serializer().loads(token or "", max_age=FORM_TOKEN_MAX_AGE)
    except (BadSignature, SignatureExpired, ValueError, TypeError):
        return None
    if pid != participant_id or qid != prompt_id:
        return None
    return nonce


def answer_form_for(prompt, data=None, from_request: bool = True, formdata=None):
    """A form with one `answer` field of the right kind for this prompt: read from the request, or from
    `formdata` (a draft kept on the phone, as the request sent it), or showing `data` (an earlier answer)."""
    form_class = _answer_form_class(prompt.kind, prompt.text, tuple(prompt.options or ()), prompt.max_length)
    # Only the form's text fields are read: a file sent in place of an answer is no answer at all.
    if formdata is None and from_request:
        formdata = request.form
    form = form_class(formdata=formdata, data=data)
    if formdata is not None:
        _words_choose_something_else(form, prompt.kind)
    return form


def show_errors(form) -> None:
    """The answer's own problems (too many letters, two choices that contradict), as Next would find them,
    for words shown again from a draft; the hidden tokens are new on every page and are not checked here."""
    for name in ("answer", "other"):
        if name in form:
            form[name].validate(form)


def _words_choose_something_else(form, kind: str) -> None:
    """Words typed in the "Something else" box without ticking it (a phone without JavaScript shows the box
    all the time) mean "Something else": it is ticked for them. On a pick-one question only when nothing
    else was picked; with another answer picked, WithItsChoice asks kindly, keeping the words."""
    if "other" not in form or not (form.other.data or "").strip():
        return
    other = next(value for value, _label in form.answer.choices if is_other(value))
    if kind == PromptKind.MULTIPLE.value:
        chosen = list(form.answer.data or [])
        if other not in chosen:
            form.answer.data = [*chosen, other]
    elif not form.answer.data:
        form.answer.data = other


A_BIT = 20  # letters over the limit that are "a bit" too many


class NotTooLong:
    """Too many letters: a kind error that says how many to take out, in the counter's own words ("You have 77
    letters too many"), so a phone without JavaScript is told as much as one with it. Nothing is ever cut. Spaces at
    either end are not counted, as they are not kept (sanitise.clean_text) and the counter (app.js) leaves them out."""

    def __init__(self, limit: int):
        self.limit = limit

    def __call__(self, form, field):
        over = len((field.data or "").strip()) - self.limit
        if over > 0:
            field.too_long = True  # the view screens words sent back for length alone (answers.says_possible_harm)
            # The counter's strings (GOV.UK's %{count}, one and other), shared with youth/_question.html.
            counted = gettext("You have %%{count} letter too many") if over == 1 else gettext("You have %%{count} letters too many")
            counted = counted.replace("%%{count}", str(over))
            # "A bit" only when it is a bit (Jade read "623 letters too many. Make it a bit shorter.").
            if over <= A_BIT:
                raise ValidationError(gettext("%(counted)s. Make it a bit shorter.", counted=counted))
            raise ValidationError(gettext("%(counted)s. Make it shorter.", counted=counted))


def only_too_long(form) -> bool:
    """Whether every problem with this form is too many letters (NotTooLong), and nothing else."""
    fields = [getattr(form, name) for name in form.errors]
    return bool(fields) and all(getattr(f, "too_long", False) and len(f.errors) == 1 for f in fields)


class WithItsChoice:
    """Words for "Something else" on a pick-one question where another answer is picked: which did they mean?"""

    def __call__(self, form, field):
        chosen = form.answer.data
        if (field.data or "").strip() and chosen and not is_other(chosen):
            other = next(value for value, _label in form.answer.choices if is_other(value))
            raise ValidationError(gettext(
                "You wrote words for “%(other)s” but picked “%(choice)s”. Pick “%(other)s”, or delete the words.",
                other=gettext(other), choice=gettext(chosen)))


@lru_cache(maxsize=1024)
def _answer_form_class(kind: str, text: str, options: tuple[str, ...], max_length: int | None):
    """One form class per kind of question, made once: building a WTForms class costs more than using it."""

    class AnswerForm(FlaskForm):
        # Labels of their own (never shown): a field without one asks WTForms' catalogue for a name,
        # and that catalogue is read from disk once for every request that asks.
        form_token = HiddenField(label="")
        action = HiddenField(label="")

    if kind == PromptKind.SCALE.value:
        AnswerForm.answer = RadioField(
            text,
            choices=[(str(n), str(n)) for n in range(5, 0, -1)],
            validators=[DataRequired(lazy_gettext("Pick a face, or tap Skip."))],
        )
    elif kind == PromptKind.SINGLE.value:
        AnswerForm.answer = RadioField(
            text,
            choices=[(o, o) for o in options],
            validators=[DataRequired(lazy_gettext("Pick one answer, or tap Skip."))],
        )
    elif kind == PromptKind.MULTIPLE.value:
        AnswerForm.answer = MultiCheckboxField(
            text,
            choices=[(o, o) for o in options],
            validators=[DataRequired(lazy_gettext("Tick at least one answer, or tap Skip.")), OnItsOwn()],
        )
    else:
        limit = max_length or 500
        AnswerForm.answer = TextAreaField(
            text,
            # Browsers send a new line as two characters; a young person typed one letter.
            filters=[lambda words: words.replace("\r\n", "\n") if isinstance(words, str) else words],
            validators=[
                DataRequired(lazy_gettext("Write a few words, or tap Skip.")),
                NotTooLong(limit),
            ],
        )
    if kind in (PromptKind.SINGLE.value, PromptKind.MULTIPLE.value) and any(is_other(o) for o in options):
        # "Something else" opens a small box for a few words (screened like any written answer).
        AnswerForm.other = StringField(
            lazy_gettext("Say what, if you want to"),
            filters=[lambda words: words.strip() if isinstance(words, str) else words],
            # Never cut: too many letters bring a kind error, and the page shows every word again.
            validators=[Optional(), NotTooLong(OTHER_MAX_LENGTH), *([WithItsChoice()] if kind == PromptKind.SINGLE.value else [])],
        )
    return AnswerForm
