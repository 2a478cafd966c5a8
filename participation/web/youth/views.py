"""Youth pages: join, one question a screen, check-in, thank-you (thin; the rules live in domain/answers.py)."""

from __future__ import annotations

import json
import time
import zlib

from flask import Blueprint, abort, make_response, redirect, render_template, request, session, url_for
from flask_babel import gettext
from flask_limiter.util import get_remote_address
from markupsafe import Markup
from werkzeug.datastructures import MultiDict

from participation.domain import alerts, answers, recommendations, you_said_we_did
from participation.domain.models.sessions import PromptKind, SessionState
from participation.domain.themes import theme_labels
from participation.pure import help_numbers
from participation.web import i18n
from participation.web.extensions import csrf
from participation.web.htmx import is_fragment_request
from participation.web.qr import public_url, qr_markup
from participation.web.security import public
from participation.web.youth import cards, limits
from participation.web.youth.forms import (
    JoinForm,
    answer_form_for,
    only_too_long,
    read_form_token,
    show_errors,
)

bp = Blueprint("youth", __name__)

VISITS_KEY = "visits"
# When this phone last showed or sent a question of each visit, and which: {session id: [unix seconds, n]}.
# A visit picked up again after RESUME_AFTER asks first whether it is the same person (a phone can be shared).
SEEN_KEY = "seen"
RESUME_AFTER = 20 * 60
# Without JavaScript, a question sent back with a problem (too many letters, a page left open too long, Skip
# with words on it) is not drawn as the answer to the form: the form's words are kept in this phone's cookie
# and the phone is sent to the question's own address, {session id: {"n", "answer", "other", "notice", ...}}.
# A page answering a form has no address to come back to: when the signal dropped on the next Next, Back
# showed "Confirm form resubmission" and not their words. One draft a visit, gone once that question is
# sent or skipped, or the visit ends on this phone. Words too long for a cookie are drawn as before.
DRAFT_KEY = "draft"
DRAFT_MAX_BYTES = 2400  # compressed; a cookie holds 4 KB, and the visit's own keys share it
# How many questions a visit that ended on this phone answered, {session id: n}: only the count, so the
# thank-you page loaded again says what it said the first time ("Your answers are saved"), after the
# visit itself is forgotten. Gone when a new visit to that session starts here.
FINISHED_KEY = "finished"


def _remember_visit(session_obj, participant) -> None:
    visits = dict(session.get(VISITS_KEY, {}))
    visits[str(session_obj.id)] = participant.token
    session[VISITS_KEY] = visits
    finished = dict(session.get(FINISHED_KEY, {}))
    if finished.pop(str(session_obj.id), None) is not None:
        session[FINISHED_KEY] = finished
    session.permanent = True
    _note_seen(session_obj, 1)


def _forget_visit(session_obj) -> None:
    visits = dict(session.get(VISITS_KEY, {}))
    if visits.pop(str(session_obj.id), None) is not None:
        session[VISITS_KEY] = visits
    seen = dict(session.get(SEEN_KEY, {}))
    if seen.pop(str(session_obj.id), None) is not None:
        session[SEEN_KEY] = seen
    _drop_draft(session_obj)


def _keep_draft(session_obj, n: int, notice=None, confirm_skip=False, confirm_back=False) -> bool:
    """Keeps the words this form sent, and what the page must say about them, as this visit's draft."""
    draft = {
        "n": n, "answer": request.form.getlist("answer"), "other": request.form.get("other", ""),
        "notice": str(notice) if notice else None, "skip": confirm_skip, "back": confirm_back,
    }
    if len(zlib.compress(json.dumps(draft).encode())) > DRAFT_MAX_BYTES:
        return False
    _store_draft(session_obj, draft)
    return True


def _store_draft(session_obj, draft: dict) -> None:
    drafts = dict(session.get(DRAFT_KEY, {}))
    drafts[str(session_obj.id)] = draft
    session[DRAFT_KEY] = drafts


def _draft(session_obj, n: int) -> dict | None:
    draft = session.get(DRAFT_KEY, {}).get(str(session_obj.id))
    return draft if isinstance(draft, dict) and draft.get("n") == n else None


def _drop_draft(session_obj, n: int | None = None) -> None:
    """Forgets this visit's draft (only question n's, when n is given)."""
    drafts = dict(session.get(DRAFT_KEY, {}))
    draft = drafts.get(str(session_obj.id))
    if draft is not None and (n is None or (isinstance(draft, dict) and draft.get("n") == n)):
        drafts.pop(str(session_obj.id))
        session[DRAFT_KEY] = drafts


def _note_seen(session_obj, n: int) -> None:
    seen = dict(session.get(SEEN_KEY, {}))
    seen[str(session_obj.id)] = [int(time.time()), n]
    session[SEEN_KEY] = seen


def _last_seen(session_obj) -> tuple[float, int] | None:
    entry = session.get(SEEN_KEY, {}).get(str(session_obj.id))
    try:
        return float(entry[0]), int(entry[1])
    except (TypeError, ValueError, IndexError):
        return None


def _left_idle(session_obj) -> bool:
    """This phone's visit was left alone for RESUME_AFTER or more (or its time is not known): the next
    question waits behind "Carry on where you left off?", so a new person never reads another's answers."""
    seen = _last_seen(session_obj)
    return seen is None or time.time() - seen[0] >= RESUME_AFTER


def _current_question(session_obj) -> int:
    """The question this phone's visit was last on (1 when not known)."""
    seen = _last_seen(session_obj)
    total = len(answers.prompt_cards(session_obj))
    return seen[1] if seen is not None and 1 <= seen[1] <= total else 1


def _visit_or_404(code: str):
    """The session with this code and this phone's visit to it (or None), in one query."""
    found = answers.find_visit(code, session.get(VISITS_KEY, {}).values())
    if found is None:
        # Every page under /j/ is a door for guessing codes, so wrong ones count here too.
        abort(404 if limits.wrong_code_allowed(get_remote_address()) else 429)
    i18n.offer_languages_of(found[0])
    return found


def _help_for(session_obj, participant):
    """Help that fits this young person: by the age they gave on "How old are you?", else by the session's
    group: a care leavers' session gets the lines for 18 and over, any other both lists, each headed (a
    12-year-old who comes to a care leavers' session can say their age)."""
    band = answers.age_band(participant) if participant is not None else None
    group = (participant.group if participant is not None else None) or session_obj.audience
    asylum = help_numbers.asylum_relevant(i18n.page_language().code, session_obj.languages)
    return help_numbers.sections_for(band, first=group, asylum=asylum)


def _is_care_leaver(session_obj, participant) -> bool:
    """A visit by someone 18 or over: by the age they gave, else a care leavers' session. Their pages
    speak to an adult (no "you will not be in trouble") and call the people running it "staff". With no
    visit (not open yet, or finished and forgotten) the session's group decides."""
    band = answers.age_band(participant) if participant is not None else None
    age = help_numbers.age_group(band)
    if age is not None:
        return age == help_numbers.ADULT
    return ((participant.group if participant is not None else None) or session_obj.audience) == "care-leavers"


def _not_open_page(session_obj, participant=None):
    return render_template(
        "youth/not_open.html", session_obj=session_obj, updates=you_said_we_did.entry_for(session_obj),
        help_sections=_help_for(session_obj, participant), adult=_is_care_leaver(session_obj, participant),
    )


@bp.route("/join", methods=["GET", "POST"])
@public
def join():
    form = JoinForm()
    if form.validate_on_submit():
        # A right code always gets in (a whole room shares one wifi address); only wrong ones count.
        found = answers.find_session(form.code.data)
        if found is not None:
            # Typing the code is how someone new joins, on a phone that may be shared: this phone's
            # unfinished visit is forgotten here, so the next person never sees or carries on another's
            # answers (what was saved stays saved).
            _forget_visit(found)
            return redirect(url_for("youth.welcome", code=found.join_code), 303)
        if not limits.wrong_code_allowed(get_remote_address()):
            abort(429)
        form.code.errors.append(gettext("We could not find that code. Check it and try again."))
    status = 422 if form.errors else 200
    return render_template("youth/join.html", form=form), status


def _open_visit(code: str):
    """The open session with this code and this phone's visit to it (or None). A session that is not
    open answers with the page that says so (it links to "You said, we did" once that is written)."""
    session_obj, participant = _visit_or_404(code)
    if session_obj.state != SessionState.OPEN.value:
        abort(make_response(_not_open_page(session_obj, participant)))
    return session_obj, participant


@bp.get("/j/<code>")
@public
def welcome(code):
    session_obj, participant = _visit_or_404(code)
    # Once the questions have closed and "You said, we did" is written, the code (typed on Join, which comes
    # here, or from a link) has nothing else to open: it goes straight there, as the pack tells councillors.
    if session_obj.state == SessionState.CLOSED.value and you_said_we_did.entry_for(session_obj) is not None:
        return redirect(url_for("youth.updates", code=session_obj.join_code), 303)
    if session_obj.state != SessionState.OPEN.value:
        return _not_open_page(session_obj, participant)
    return render_template(
        "youth/welcome.html", session_obj=session_obj, participant=participant, adult=_is_care_leaver(session_obj, participant)
    )


@bp.post("/j/<code>/start")
@public
def start(code):
    session_obj, participant = _open_visit(code)
    if participant is None:
        participant = answers.start_visit(session_obj)
        _remember_visit(session_obj, participant)
    return redirect(url_for("youth.question", code=session_obj.join_code, n=1), 303)


def _respond_with_card(session_obj, n: int, card: str, status: int = 200, error: bool = False, adult: bool = False):
    """The card alone for htmx, else the whole page around it."""
    if is_fragment_request():
        response = make_response(card, status)
        # A new history entry only when the question changes: an error or a notice about this same
        # question must not make the phone's Back button land on it again.
        url = url_for("youth.question", code=session_obj.join_code, n=n)
        response.headers["HX-Push-Url"] = url if url != request.path else "false"
        return response
    total = len(answers.prompt_cards(session_obj))
    return render_template(
        "youth/question.html", session_obj=session_obj, card=Markup(card), n=n, total=total, error=error, adult=adult
    ), status


def _render_question(session_obj, prompt, n, form, participant, status=200, notice=None, confirm_skip=False, confirm_back=False,
                     adult=None, unchecked=False):
    if adult is None:
        adult = _is_care_leaver(session_obj, participant)
    card = cards.render(
        session_obj, prompt, n, form, participant, notice=notice, confirm_skip=confirm_skip, confirm_back=confirm_back,
        adult=adult, unchecked=unchecked,
    )
    return _respond_with_card(session_obj, n, card, status, error=bool(form.answer.errors), adult=adult)


def _answer_again(session_obj, prompt, n, form, participant, status, notice=None, confirm_skip=False, confirm_back=False):
    """The question again, with the words just sent and what is wrong with them. With htmx, the card at once;
    without, the words are kept as a draft and the phone goes to the question's own address (see DRAFT_KEY)."""
    if not is_fragment_request() and _keep_draft(session_obj, n, notice, confirm_skip, confirm_back):
        return redirect(url_for("youth.question", code=session_obj.join_code, n=n), 303)
    return _render_question(
        session_obj, prompt, n, form, participant, status=status, notice=notice, confirm_skip=confirm_skip,
        confirm_back=confirm_back,
    )


def _show_draft(session_obj, participant, prompt, n: int, draft: dict):
    """Question n with the words kept on this phone, their problems and, the first time, the page's notice. The
    words stay until the question is sent or skipped: Back after a dropped signal brings them again."""
    formdata = MultiDict([("answer", value) for value in draft.get("answer") or []])
    formdata.add("other", draft.get("other") or "")
    form = answer_form_for(prompt, formdata=formdata)
    show_errors(form)
    if draft.get("notice") or draft.get("skip") or draft.get("back"):
        _store_draft(session_obj, {**draft, "notice": None, "skip": False, "back": False})
    return _render_question(
        session_obj, prompt, n, form, participant, notice=draft.get("notice"), confirm_skip=bool(draft.get("skip")),
        confirm_back=bool(draft.get("back")),
    )


def _next_url(session_obj, n: int) -> str:
    if n >= len(answers.prompt_cards(session_obj)):
        return url_for("youth.thanks", code=session_obj.join_code)
    return url_for("youth.question", code=session_obj.join_code, n=n + 1)


def _card_needs_adult(prompt) -> bool:
    """Whether drawing this question needs _is_care_leaver (a read): a whole page does (its header), and so
    does a face scale (words only for a care leaver); any other card alone, for htmx, is the same for all."""
    return prompt.kind == PromptKind.SCALE.value or not is_fragment_request()


def _show_question(session_obj, participant, n: int, earlier: dict | None = None, adult: bool | None = None,
                   unchecked: bool = False):
    """Question n as the young person left it: their earlier answer filled in, if they gave one
    (`earlier` when the caller has read it already, and `adult` too: after an answer is saved nothing
    more is read). A card with nothing on it yet is drawn from the one kept for this question (cards.fresh);
    one carrying the quiet line after words the screen cannot read (`unchecked`) is rendered in full."""
    prompt = answers.prompt_cards(session_obj)[n - 1]
    if earlier is None:
        earlier = answers.earlier_value(participant, prompt)
    if adult is None:
        adult = _card_needs_adult(prompt) and _is_care_leaver(session_obj, participant)
    if cards.is_fresh(earlier) and not unchecked:
        return _respond_with_card(session_obj, n, cards.fresh(session_obj, prompt, n, participant, adult), adult=adult)
    form = answer_form_for(prompt, data=earlier, from_request=False)
    return _render_question(session_obj, prompt, n, form, participant, adult=adult, unchecked=unchecked)


def _before_skipping(session_obj, participant, prompt, form, last: bool) -> str:
    """What the question says when Skip would leave out words typed or a choice made. Words that may say they are not
    safe are screened here too (they are not sent yet, and a second Skip leaves them out, as they choose): the line
    says plainly that sending them brings help. It names the button on the page: Finish on the `last` question, else
    Next (whole sentences, so each language words them whole)."""
    if answers.says_possible_harm(prompt, form.answer.data, _other(form)):
        if _is_care_leaver(session_obj, participant):
            if last:
                return gettext("It sounds like something is not OK. Tap Finish to send it, and staff here are told so "
                               "they can help. Or tap Skip again to leave it out.")
            return gettext("It sounds like something is not OK. Tap Next to send it, and staff here are told so they "
                           "can help. Or tap Skip again to leave it out.")
        if last:
            return gettext("It sounds like something is not OK. Tap Finish to send it, and adults here are told so "
                           "they can help. Or tap Skip again to leave it out.")
        return gettext("It sounds like something is not OK. Tap Next to send it, and adults here are told so they "
                       "can help. Or tap Skip again to leave it out.")
    if last:
        return gettext("You wrote or chose something here. Tap Finish to send it, or Skip again to leave it out.")
    return gettext("You wrote or chose something here. Tap Next to send it, or Skip again to leave it out.")


def _shown_next(session_obj, n: int):
    """The prompt whose card this response will carry after question n is answered (htmx), else None."""
    prompts = answers.prompt_cards(session_obj)
    return prompts[n - 1] if is_fragment_request() and 1 <= n <= len(prompts) else None


UNCHECKED_ARG = "unchecked"  # on a question's address: show the quiet line after words the screen cannot read


def _go_to(session_obj, participant, n: int, earlier: dict | None = None, adult: bool | None = None,
           unchecked: bool = False):
    """After Next, Back or Skip. With htmx the next question comes back in this response, so a slow
    phone waits for one round trip, not two; without JavaScript, a redirect (the page can be reloaded).
    `unchecked`: the card shown carries the quiet line after words the screen cannot read (the thanks
    page, after the last question, has the help and "Talk to someone" already)."""
    if n < 1:
        return redirect(url_for("youth.welcome", code=session_obj.join_code), 303)
    if n > len(answers.prompt_cards(session_obj)):
        return redirect(url_for("youth.thanks", code=session_obj.join_code), 303)
    if is_fragment_request():
        return _show_question(session_obj, participant, n, earlier, adult, unchecked=unchecked)
    args = {UNCHECKED_ARG: 1} if unchecked else {}
    return redirect(url_for("youth.question", code=session_obj.join_code, n=n, **args), 303)


@bp.route("/j/<code>/q/<int:n>", methods=["GET", "POST"])
@public
@csrf.exempt  # checked by the form itself, so an expired token re-shows the page with the words kept
def question(code, n):
    session_obj, participant = _visit_or_404(code)
    if participant is None:
        if session_obj.state != SessionState.OPEN.value:
            return _not_open_page(session_obj)
        return redirect(url_for("youth.welcome", code=session_obj.join_code), 303)
    prompts = answers.prompt_cards(session_obj)
    if not 1 <= n <= len(prompts):
        abort(404)
    prompt = prompts[n - 1]

    if request.method == "GET":
        if _left_idle(session_obj):
            return redirect(url_for("youth.resume", code=session_obj.join_code), 303)
        _note_seen(session_obj, n)
        draft = _draft(session_obj, n)
        if draft is not None:
            return _show_draft(session_obj, participant, prompt, n, draft)
        return _show_question(session_obj, participant, n, unchecked=request.args.get(UNCHECKED_ARG) == "1")

    # Sending an answer is always kept (nothing typed is lost), whenever the page was opened.
    _note_seen(session_obj, n)

    if not answers.accepts_answers(session_obj):
        return _not_open_page(session_obj, participant)
    form = answer_form_for(prompt)
    action = request.form.get("action", "next")
    # The lines below name the button on the page: Finish on the last question (as the template decides), else Next;
    # whole sentences, so each language words them whole.
    last = n == len(prompts)
    if action == "skip":
        if _has_value(form) and request.form.get("confirm_skip") != "1":
            # Skipping would throw away what they wrote or chose: ask once, keeping it on screen.
            form.answer.errors = []
            return _answer_again(session_obj, prompt, n, form, participant, 200, confirm_skip=True,
                                 notice=_before_skipping(session_obj, participant, prompt, form, last=last))
        answers.withdraw_answer(participant, prompt)
        _drop_draft(session_obj, n)
        return _words_kept_on_phone(_go_to(session_obj, participant, n + 1))
    step = -1 if action == "back" else 1
    nonce = read_form_token(form.form_token.data, participant.id, prompt.id)
    if action == "back" and not _has_value(form):
        return _go_to(session_obj, participant, n - 1)
    valid = form.validate()
    if not valid and only_too_long(form) and answers.says_possible_harm(prompt, form.answer.data, _other(form)):
        # Too many letters, but words that may say they are not safe: saved whole and an alert raised, never sent
        # back unread (a young person told to cut a disclosure down may give up). Whole up to the letters the
        # screen read: a story past a page's length is not a young person's, but a way to load the server.
        valid = True
        for field in (form.answer, getattr(form, "other", None)):
            if field is not None and isinstance(field.data, str):
                field.data = field.data[:answers.LONG_READ]
    if action == "back" and not valid and (form.errors.keys() - {"csrf_token"}):
        # Back never traps them behind a problem with this answer (too many letters, say). With JavaScript the
        # words stay on the phone as a draft and come back with this question; without, this page keeps them
        # once, says plainly that going back leaves them out, and Back again goes back.
        if is_fragment_request() or request.form.get("confirm_back") == "1":
            _drop_draft(session_obj, n)
            return _words_kept_on_phone(_go_to(session_obj, participant, n - 1))
        return _answer_again(
            session_obj, prompt, n, form, participant, 422, confirm_back=True,
            notice=(gettext("If you go back now, these words will not be kept. Tap Back again to go back, or fix them "
                            "and tap Finish.") if last
                    else gettext("If you go back now, these words will not be kept. Tap Back again to go back, or fix "
                                 "them and tap Next.")),
        )
    if not valid or nonce is None:
        stale = nonce is None or "csrf_token" in form.errors
        if stale and not (form.errors.keys() - {"csrf_token"}):
            # Only the hidden tokens were out of date: keep the words, ask for one more tap.
            return _answer_again(
                session_obj, prompt, n, form, participant, 409,
                notice=(gettext("This page was open for a long time. Your answer is still here: tap Finish again.")
                        if last else
                        gettext("This page was open for a long time. Your answer is still here: tap Next again.")),
            )
        return _answer_again(session_obj, prompt, n, form, participant, 422)
    if not limits.within_rate(participant):
        return _answer_again(
            session_obj, prompt, n, form, participant, 429,
            notice=(gettext("You are going very fast. Wait a few seconds, then tap Finish again. Your answer is "
                            "still here.") if last
                    else gettext("You are going very fast. Wait a few seconds, then tap Next again. Your answer is "
                                 "still here.")),
        )
    then = _shown_next(session_obj, n + step)
    # Read before the save: once it commits nothing more is read (a care leaver's next scale is words only).
    adult = _is_care_leaver(session_obj, participant) if then is not None and _card_needs_adult(then) else None
    saved = answers.save_answer(participant, prompt, nonce, form.answer.data, other=_other(form), then=then)
    _drop_draft(session_obj, n)
    if saved.outcome == "disclosure":
        return redirect(url_for("youth.check_in", code=session_obj.join_code, n=n), 303)
    if saved.outcome == "hardship":
        return redirect(url_for("youth.hardship_help", code=session_obj.join_code, n=n), 303)
    # Words the screen could not read (another language), the first time on this visit: never a page that
    # cuts in (it felt like a telling-off), only one quiet line of thanks on the next card; later ones, nothing.
    return _go_to(session_obj, participant, n + step, saved.then_value, adult, unchecked=saved.outcome == "unchecked")


@bp.post("/j/<code>/q/<int:n>/answer")
@public
@csrf.exempt  # checked by the form itself, as on the question's own address
def send_answer(code, n):
    """Without JavaScript the question's form sends here, not to the question's own address. A form sent
    to the address of the page it is on takes that page's place in the phone's history, so when the signal
    dropped as they tapped Next, Back skipped the question and the words typed in it. Sent from here, the
    question keeps its place: Back brings it again and the phone puts their words back in the box
    (pages are still never stored on the phone, so a shared phone keeps nothing once the visit ends)."""
    return question(code, n)


@bp.route("/j/<code>/resume", methods=["GET", "POST"])
@public
def resume(code):
    """"Carry on where you left off?", when a visit is picked up again after a while: Carry on goes back to
    the question it was on; Start fresh ends the visit on this phone (its answers stay saved for the people
    running it, only not shown here) and goes to the welcome, for the next person. Two plain forms."""
    session_obj, participant = _visit_or_404(code)
    if participant is None:
        return redirect(url_for("youth.welcome", code=session_obj.join_code), 303)
    if request.method == "GET":
        return render_template("youth/resume.html", session_obj=session_obj, adult=_is_care_leaver(session_obj, participant))
    if request.form.get("action") == "fresh":
        answers.finish_visit(participant)
        _forget_visit(session_obj)
        return redirect(url_for("youth.welcome", code=session_obj.join_code), 303)
    n = _current_question(session_obj)
    _note_seen(session_obj, n)
    return redirect(url_for("youth.question", code=session_obj.join_code, n=n), 303)


@bp.post("/j/<code>/clear")
@public
def clear(code):
    """From the Stop page: ends the visit on this phone (a shared phone keeps nothing to show the next
    person); the answers stay saved. Then the same page as Stop, saying the phone is cleared."""
    session_obj, participant = _visit_or_404(code)
    if participant is not None:
        answers.finish_visit(participant)
        _forget_visit(session_obj)
    return redirect(url_for("youth.thanks", code=session_obj.join_code, stopped=1, cleared=1), 303)


def _words_kept_on_phone(response):
    """Moving on without saving what is on the card (Skip, or Back past a problem): tells the page's script to
    keep the words as a draft on the phone, so they are there again when the young person comes back."""
    response.headers["PY-Draft"] = "keep"
    return response


def _other(form) -> str | None:
    return form.other.data if "other" in form else None


def _has_value(form) -> bool:
    data = form.answer.data
    chosen = bool(data.strip()) if isinstance(data, str) else bool(data)
    return chosen or bool(_other(form))


@bp.get("/j/<code>/q/<int:n>/check-in")
@public
def check_in(code, n):
    session_obj, participant = _visit_or_404(code)
    return render_template(
        "youth/check_in.html", session_obj=session_obj, n=n, next_url=_next_url(session_obj, n),
        help_sections=_help_for(session_obj, participant), adult=_is_care_leaver(session_obj, participant),
    )


@bp.get("/j/<code>/q/<int:n>/help")
@public
def hardship_help(code, n):
    """After a care leaver writes about money, food, heat or a home: help that fits, not a welfare check."""
    session_obj, participant = _visit_or_404(code)
    return render_template(
        "youth/hardship.html", session_obj=session_obj, n=n, next_url=_next_url(session_obj, n),
        adult=_is_care_leaver(session_obj, participant),
    )


@bp.get("/j/<code>/q/<int:n>/stop")
@public
def stop(code, n):
    """Stop, beside Listen on every question, asks first: a slip of the thumb must not end the visit.
    A plain page with two buttons, so it works without JavaScript."""
    session_obj, participant = _visit_or_404(code)
    return render_template("youth/stop.html", session_obj=session_obj, n=n, adult=_is_care_leaver(session_obj, participant))


@bp.get("/j/<code>/thanks")
@public
def thanks(code):
    session_obj, participant = _visit_or_404(code)
    # Loaded again, once the visit is forgotten: the count this phone kept when it ended (None if not known).
    answered = session.get(FINISHED_KEY, {}).get(str(session_obj.id))
    # Both read before the visit is forgotten (its age, if they gave it).
    help_sections = _help_for(session_obj, participant)
    adult = _is_care_leaver(session_obj, participant)
    if participant is not None:
        answered = answers.finish_visit(participant)
        session[FINISHED_KEY] = {**session.get(FINISHED_KEY, {}), str(session_obj.id): answered}
        # Forget the visit on this phone, so the next person to pick it up cannot read these answers.
        _forget_visit(session_obj)
    # Stop (on every question) ends the visit here too: help first, and no question about why.
    stopped = request.args.get("stopped") == "1"
    cleared = stopped and request.args.get("cleared") == "1"
    # A card to keep: the code, the month we promised and a QR code that opens "what changed".
    updates_url = public_url(url_for("youth.updates", code=session_obj.join_code))
    updates_qr = qr_markup(updates_url, gettext("QR code for what changed"), scale=4)
    return render_template(
        "youth/thanks.html", session_obj=session_obj, answered=answered, stopped=stopped, help_sections=help_sections,
        updates_url=updates_url, updates_qr=updates_qr, adult=adult, cleared=cleared,
    )


@bp.get("/help")
@public
def help_now():
    """Help for anyone. Reached from a session's pages it carries the code (?code=), so it fits the visit
    and shows the council's own contact first. A wrong code still gets help (the lines for everyone) and
    counts as a wrong guess, as on the Join page."""
    found = visit_from_args()
    if found is None:
        return render_template("youth/help.html", back_url=url_for("youth.join"))
    session_obj, participant = found
    return render_template(
        "youth/help.html", session_obj=session_obj, help_sections=_help_for(*found), adult=_is_care_leaver(*found),
        back_url=_back_url(session_obj, participant),
    )


def visit_from_args():
    """The session named by ?code= on a page anyone may open (help, privacy, accessibility) and this phone's
    visit to it (or None), so the page fits the visit. A wrong code counts as a wrong guess, as on Join."""
    code = request.args.get("code", "")
    found = answers.find_visit(code, session.get(VISITS_KEY, {}).values()) if code else None
    if found is None:
        if code:
            limits.wrong_code_allowed(get_remote_address())
        return None
    i18n.offer_languages_of(found[0])
    return found


def _back_url(session_obj, participant) -> str:
    """"Back to my questions": the question this visit was on, or the start when there is no visit here."""
    if participant is not None:
        return url_for("youth.question", code=session_obj.join_code, n=_current_question(session_obj))
    return url_for("youth.welcome", code=session_obj.join_code)


@bp.record_once
def _offer_page_context(state) -> None:
    """Privacy and accessibility (the pages area) read a visit's words through the app, as web areas never
    import each other: the key is participation.web.pages.views.VISIT_CONTEXT."""
    state.app.extensions["youth_page_context"] = page_context


def page_context() -> dict:
    """What privacy and accessibility read: with ?code= of a session, its words (staff or adults) and a way back
    to the questions; without, words that fit everyone (no session_obj, adult None)."""
    found = visit_from_args()
    if found is None:
        return {"adult": None}
    session_obj, participant = found
    return {"session_obj": session_obj, "adult": _is_care_leaver(session_obj, participant),
            "back_url": _back_url(session_obj, participant)}


@bp.get("/j/<code>/updates")
@public
def updates(code):
    session_obj, participant = _visit_or_404(code)
    # What the council is doing, read from the tracker itself, so this page and the tracker never disagree;
    # each change's topics in the page's language (i18n.youth_topics).
    review = session_obj.review
    own = theme_labels(review.council_id)
    topics = {ref: i18n.youth_topics(ids, own) for ref, ids in recommendations.theme_ids_by_ref(review).items()}
    # A way back, as help and privacy have: to their questions while the session is open (the welcome if this phone
    # has no visit), else to Join (reached from the thank-you card's QR code, with the questions closed).
    is_open = session_obj.state == SessionState.OPEN.value
    return render_template(
        "youth/updates.html", session_obj=session_obj, entry=you_said_we_did.entry_for(session_obj),
        tracker=recommendations.tracker_rows(review), topics=topics, adult=_is_care_leaver(session_obj, participant),
        back_url=_back_url(session_obj, participant) if is_open else url_for("youth.join"),
        back_to_questions=is_open and participant is not None,
    )


@bp.post("/j/<code>/q/<int:n>/talk")
@public
def talk(code, n):
    """Tells the adults in the room, then sends the phone to the page that says so (a GET), so a reload
    or Back shows that same kind page again, never an error, and never asks a second time."""
    session_obj, participant = _visit_or_404(code)
    if participant is None:  # asked before Start, or after their visit was finished and forgotten
        participant = answers.start_visit(session_obj)
        _remember_visit(session_obj, participant)
    alerts.young_person_asks_to_talk(session_obj.id, participant.id)
    stay = 1 if request.form.get("stay") == "1" else None
    return redirect(url_for("youth.talk_asked", code=session_obj.join_code, n=n, stay=stay), 303)


@bp.get("/j/<code>/q/<int:n>/talk")
@public
def talk_asked(code, n):
    """"We have told the adults", with the number to show them. Only reads: loading it again is safe. With no
    open request for this visit (the phone was handed on, or the adults have closed it) it still says, kindly,
    to go and talk to one of them."""
    session_obj, participant = _visit_or_404(code)
    asked = alerts.talk_request_for(session_obj.id, participant.id) if participant is not None else None
    # Asked from a question not yet answered: carrying on goes back to it, never past it.
    stay = request.args.get("stay") == "1" and 1 <= n <= len(answers.prompt_cards(session_obj))
    next_url = url_for("youth.question", code=session_obj.join_code, n=n) if stay else _next_url(session_obj, n)
    return render_template(
        "youth/check_in.html", session_obj=session_obj, n=n, next_url=next_url,
        talk_code=asked.talk_code if asked is not None else None, undone=asked is not None and asked.talk_undone_at is not None,
        stay=stay, asked=True, help_sections=_help_for(session_obj, participant), adult=_is_care_leaver(session_obj, participant),
    )


@bp.post("/j/<code>/q/<int:n>/talk/undo")
@public
def talk_undo(code, n):
    """"Tapped by mistake? Tap Undo": the request is marked as undone by the young person, never taken away
    (alerts.young_person_taps_undo); the page then says so, with a way to ask again."""
    session_obj, participant = _visit_or_404(code)
    if participant is not None:
        alerts.young_person_taps_undo(session_obj.id, participant.id)
    stay = 1 if request.form.get("stay") == "1" else None
    return redirect(url_for("youth.talk_asked", code=session_obj.join_code, n=n, stay=stay), 303)
