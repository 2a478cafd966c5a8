"""Question cards: the HTML of one question, drawn from a session's cached prompts.

GOV.UK's macros cost more than the rest of an answer put together, and a fresh card (nothing answered
on it yet, no error, no notice) is the same for every young person who reads that question in that
language, but for two tokens (the answer form's own, each used once, and the CSRF token) and the name
under which the phone keeps a draft of the words (visit_key). So each process
renders a fresh card once, with a mark where each token goes, and fills the marks in for each young
person. Only an open (or closed) session's cards are kept: from its opening its prompts cannot change
(answers.prompts_key); a draft's are rendered every time.
"""

from __future__ import annotations

import hashlib
import secrets

from flask import render_template, request
from flask_babel import get_locale
from flask_wtf.csrf import generate_csrf

from participation.domain import answers
from participation.web.youth.forms import answer_form_for, new_form_token

# Random for each process, so no words an officer or a young person writes can contain a mark.
_MARK = secrets.token_hex(16)
FORM_TOKEN_MARK = f"py-form-token-{_MARK}"
CSRF_MARK = f"py-csrf-{_MARK}"
VISIT_MARK = f"py-visit-{_MARK}"

_KEPT: dict[tuple, str] = {}
_KEPT_MAX = 1024  # cards one process keeps (about 10 KB each): every question, language and shape of the sessions running at once


def visit_key(participant) -> str:
    """A name for this visit that the page may carry (a draft on the phone is kept under it): a digest of the
    visit's token, so the token itself never appears in a page."""
    return hashlib.sha256(participant.token.encode()).hexdigest()[:16]


def context(session_obj, prompt, n: int, form, notice=None, confirm_skip=False, visit=VISIT_MARK, adult=False,
            confirm_back=False, unchecked=False) -> dict:
    """What youth/_question.html reads. `adult`: a care leaver's visit (views._is_care_leaver), whose scale is
    words only, with no faces. `unchecked`: the short notice after words the screen cannot read."""
    return dict(
        session_obj=session_obj, prompt=prompt, n=n, total=len(answers.prompt_cards(session_obj)), form=form,
        notice=notice, confirm_skip=confirm_skip, confirm_back=confirm_back, OTHER_MAX_LENGTH=answers.OTHER_MAX_LENGTH,
        draft_key=f"{visit}:{prompt.id}", adult=adult, unchecked=unchecked,
    )


def render(session_obj, prompt, n: int, form, participant, notice=None, confirm_skip=False, adult=False,
           confirm_back=False, unchecked=False) -> str:
    """The card as the form stands (its answer, errors, a notice), with a new form token."""
    form.form_token.data = new_form_token(participant.id, prompt.id)
    return render_template(
        "youth/_question.html",
        **context(session_obj, prompt, n, form, notice, confirm_skip, visit_key(participant), adult, confirm_back, unchecked),
    )


def is_fresh(earlier: dict) -> bool:
    """Nothing answered on this card yet (answers.earlier_value gives None for every part)."""
    return all(value is None for value in earlier.values())


def fresh(session_obj, prompt, n: int, participant, adult: bool = False) -> str:
    """A card with nothing answered on it yet: kept once rendered, then only its tokens are new."""
    key = answers.prompts_key(session_obj)
    if key is not None:
        # The card's words follow the page's language; its <title> is there only for htmx (see the template).
        key = (*key, prompt.id, n, str(get_locale()), bool(request.headers.get("HX-Request")), adult)
        card = _KEPT.get(key)
        if card is None:
            card = _render_marked(session_obj, prompt, n, adult)
            if len(_KEPT) >= _KEPT_MAX:
                _KEPT.clear()
            _KEPT[key] = card
        return (
            card.replace(FORM_TOKEN_MARK, new_form_token(participant.id, prompt.id)).replace(CSRF_MARK, generate_csrf())
            .replace(VISIT_MARK, visit_key(participant))
        )
    form = answer_form_for(prompt, data={"answer": None, "other": None}, from_request=False)
    return render(session_obj, prompt, n, form, participant, adult=adult)


def _render_marked(session_obj, prompt, n: int, adult: bool = False) -> str:
    form = answer_form_for(prompt, data={"answer": None, "other": None}, from_request=False)
    form.form_token.data = FORM_TOKEN_MARK
    return render_template("youth/_question.html", csrf_token=lambda: CSRF_MARK, **context(session_obj, prompt, n, form, adult=adult))
