"""Reviews, sessions and their prompts, and "You said, we did" (thin; the rules live in domain/sessions.py)."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from participation.domain import sessions, you_said_we_did
from participation.domain.answers import counts
from participation.domain.errors import InvalidChange
from participation.domain.models import Role
from participation.pure.languages import SOURCE, offered
from participation.pure.prompt_bank import in_chosen_order, load_bank
from participation.web.ids import parse_ids
from participation.web.outcomes import attempt
from participation.web.security import requires
from participation.web.sessions.forms import (
    BankForm,
    ConfirmForm,
    LocalContactForm,
    PromptForm,
    ReviewForm,
    SessionForm,
)

bp = Blueprint("sessions", __name__, url_prefix="/staff")

STAFF = (Role.OFFICER,)


@bp.get("/")
@requires(Role.OFFICER, Role.SAFEGUARDING, Role.SCRUTINY)
def dashboard():
    if current_user.role == Role.SCRUTINY.value:
        return redirect(url_for("packs.scrutiny_home"), 303)
    if current_user.role == Role.SAFEGUARDING.value:  # the lead's work is the alerts: open them, not an empty page
        return redirect(url_for("alerts.alert_list"), 303)
    reviews = sessions.reviews_for(current_user) if current_user.has_role(Role.OFFICER) else []
    return render_template("sessions/dashboard.html", reviews=reviews)


@bp.route("/reviews/new", methods=["GET", "POST"])
@requires(*STAFF)
def new_review():
    form = ReviewForm()
    if form.validate_on_submit():
        review = sessions.create_review(current_user, form.title.data, form.description.data or "", form.ilacs_areas.data)
        flash("Review created. Now add a session to it.")
        return redirect(url_for("sessions.review", review_id=review.id), 303)
    return render_template("sessions/review_form.html", form=form), (422 if form.errors else 200)


@bp.get("/reviews/<int:review_id>")
@requires(*STAFF)
def review(review_id):
    return render_template("sessions/review.html", review=sessions.get_review(current_user, review_id))


@bp.route("/reviews/<int:review_id>/sessions/new", methods=["GET", "POST"])
@requires(*STAFF)
def new_session(review_id):
    review_obj = sessions.get_review(current_user, review_id)
    form = SessionForm()
    if form.validate_on_submit():
        created = sessions.create_session(
            current_user, review_obj, form.title.data, form.date.data, form.audience.data, form.place.data or "",
            youth_title=form.youth_title.data or "",
        )
        flash("Session added. Now choose its prompts.")
        return redirect(url_for("sessions.session_detail", session_id=created.id), 303)
    return render_template("sessions/session_form.html", form=form, review=review_obj), (422 if form.errors else 200)


def _session_page(session_obj, contact_form: LocalContactForm | None = None) -> str:
    joined, answers = counts(session_obj)
    return render_template(
        "sessions/session.html", session_obj=session_obj, form=ConfirmForm(), joined=joined, answers=answers,
        council_officers=sessions.council_officers(current_user), update_months=sessions.months_for_updates(session_obj),
        contact_form=contact_form or LocalContactForm(data=LocalContactForm.data_of(session_obj)),
    )


@bp.get("/sessions/<int:session_id>")
@requires(*STAFF)
def session_detail(session_id):
    return _session_page(sessions.get_session(current_user, session_id))


@bp.post("/sessions/<int:session_id>/officers")
@requires(*STAFF)
def session_officers(session_id):
    session_obj = sessions.get_session(current_user, session_id)
    ids = parse_ids(request.form.getlist("officer_ids"))
    attempt(sessions.set_officers, current_user, session_obj, ids, done="Officers running this session saved.")
    return redirect(url_for("sessions.session_detail", session_id=session_obj.id, _anchor="officers"), 303)


def _month(value: str) -> date | None:
    """ "2027-03" as the first of March 2027; anything else (the "not set" choice included) as None."""
    try:
        year, month = (int(part) for part in value.split("-"))
        return date(year, month, 1)
    except ValueError:
        return None


@bp.post("/sessions/<int:session_id>/languages")
@requires(*STAFF)
def session_languages(session_id):
    session_obj = sessions.get_session(current_user, session_id)
    attempt(sessions.set_languages, current_user, session_obj, request.form.getlist("languages"),
            done="Languages saved. Young people can choose from these on their phone.")
    return redirect(url_for("sessions.session_detail", session_id=session_obj.id, _anchor="languages"), 303)


def _prompt_translations(session_obj) -> dict:
    """The officer's own words for a prompt in each language the session offers (blank ones are dropped)."""
    return {
        lang.code: {"text": request.form.get(f"text_{lang.code}", ""), "hint": request.form.get(f"hint_{lang.code}", "")}
        for lang in offered(session_obj.languages) if lang.code != SOURCE
    }


@bp.post("/sessions/<int:session_id>/updates-by")
@requires(*STAFF)
def session_updates_by(session_id):
    session_obj = sessions.get_session(current_user, session_id)
    month = _month(request.form.get("updates_by", ""))
    attempt(sessions.set_updates_by, current_user, session_obj, month,
            done="Saved. Young people see this month on their thank-you screen." if month else "Month taken away.")
    return redirect(url_for("sessions.session_detail", session_id=session_obj.id, _anchor="updates-by"), 303)


@bp.post("/sessions/<int:session_id>/local-contact")
@requires(*STAFF)
def session_local_contact(session_id):
    """The council's own contact young people see first in help; a number they could not dial is shown
    again with what to change."""
    session_obj = sessions.get_session(current_user, session_id)
    form = LocalContactForm()
    if form.validate_on_submit() and attempt(
        sessions.set_local_contact, current_user, session_obj,
        form.contact_name.data, form.contact_phone.data, form.contact_hours.data,
        done=lambda _: "Saved. Young people see this number first when they look for help."
        if session_obj.local_contact_phone else "Contact taken away. Young people see the national help lines.",
    ):
        return redirect(url_for("sessions.session_detail", session_id=session_obj.id, _anchor="local-contact"), 303)
    return _session_page(session_obj, contact_form=form), 422


@bp.route("/sessions/<int:session_id>/prompts/bank", methods=["GET", "POST"])
@requires(*STAFF)
def prompt_bank(session_id):
    session_obj = sessions.get_session(current_user, session_id)
    form = BankForm()
    bank = load_bank()
    form.slugs.choices = [(p["slug"], p["text"]) for p in bank]
    if form.validate_on_submit():
        try:
            chosen = in_chosen_order(form.slugs.data or [], request.form.get("order", "").split(","))
            added = sessions.add_from_bank(current_user, session_obj, chosen)
        except InvalidChange as e:
            flash(e.message, "error")
        else:
            flash(f"{added} prompt{'s' if added != 1 else ''} added." if added else "No prompts were added.")
        return redirect(url_for("sessions.session_detail", session_id=session_obj.id), 303)
    chosen = {p.bank_slug for p in session_obj.prompts}
    theme = request.args.get("theme", "")
    audience = request.args.get("audience", "")
    shown = [
        p for p in bank
        if (not theme or p.get("theme") == theme or (theme == "about-you" and p.get("about_you")))
        and (not audience or p.get("audience") in (audience, "both"))
    ]
    return render_template(
        "sessions/prompt_bank.html", session_obj=session_obj, form=form, bank=shown, chosen=chosen, theme=theme, audience=audience
    )


@bp.route("/sessions/<int:session_id>/prompts/new", methods=["GET", "POST"], endpoint="new_prompt")
@bp.route("/sessions/<int:session_id>/prompts/<int:prompt_id>/edit", methods=["GET", "POST"], endpoint="edit_prompt")
@requires(*STAFF)
def prompt_form(session_id, prompt_id=None):
    """Write a new prompt, or change one (a prompt id in the URL)."""
    session_obj = sessions.get_session(current_user, session_id)
    prompt = sessions.get_prompt(current_user, session_obj, prompt_id) if prompt_id is not None else None
    form = PromptForm(data=PromptForm.data_of(prompt) if prompt is not None and request.method != "POST" else None)
    if form.validate_on_submit():
        args = dict(kind=form.kind.data, text=form.text.data, hint=form.hint.data or "", options=form.option_list(),
                    theme=form.theme.data, max_length=form.max_length.data, translations=_prompt_translations(session_obj))
        try:
            if prompt is None:
                sessions.add_prompt(current_user, session_obj, **args)
            else:
                sessions.update_prompt(current_user, prompt, **args)
        except InvalidChange as e:
            form.options.errors.append(e.message)
        else:
            flash("Prompt added." if prompt is None else "Prompt saved.")
            return redirect(url_for("sessions.session_detail", session_id=session_obj.id), 303)
    page = render_template("sessions/prompt_form.html", form=form, session_obj=session_obj, prompt=prompt)
    return page, (422 if form.errors else 200)


@bp.post("/sessions/<int:session_id>/prompts/<int:prompt_id>/move")
@requires(*STAFF)
def move_prompt(session_id, prompt_id):
    session_obj = sessions.get_session(current_user, session_id)
    prompt = sessions.get_prompt(current_user, session_obj, prompt_id)
    attempt(sessions.move_prompt, current_user, prompt, "up" if request.form.get("direction") == "up" else "down")
    return redirect(url_for("sessions.session_detail", session_id=session_obj.id, _anchor="prompts"), 303)


@bp.post("/sessions/<int:session_id>/prompts/<int:prompt_id>/remove")
@requires(*STAFF)
def remove_prompt(session_id, prompt_id):
    session_obj = sessions.get_session(current_user, session_id)
    prompt = sessions.get_prompt(current_user, session_obj, prompt_id)
    attempt(sessions.remove_prompt, current_user, prompt, done="Prompt removed.")
    return redirect(url_for("sessions.session_detail", session_id=session_obj.id, _anchor="prompts"), 303)


@bp.post("/sessions/<int:session_id>/open")
@requires(*STAFF)
def open_session(session_id):
    session_obj = sessions.get_session(current_user, session_id)
    if not attempt(sessions.open_session, current_user, session_obj):
        return redirect(url_for("sessions.session_detail", session_id=session_obj.id), 303)
    return redirect(url_for("presenter.present", session_id=session_obj.id), 303)


@bp.get("/sessions/<int:session_id>/close")
@requires(*STAFF)
def confirm_close(session_id):
    """Closing cannot be undone, so it asks first, on its own page (no JavaScript needed)."""
    session_obj = sessions.get_session(current_user, session_id)
    if session_obj.state != "open":
        flash("Only an open session can be closed.", "error")
        return redirect(url_for("sessions.session_detail", session_id=session_obj.id), 303)
    joined, answers = counts(session_obj)
    return render_template("sessions/close.html", session_obj=session_obj, form=ConfirmForm(), joined=joined, answers=answers)


@bp.post("/sessions/<int:session_id>/close")
@requires(*STAFF)
def close_session(session_id):
    session_obj = sessions.get_session(current_user, session_id)
    attempt(sessions.close_session, current_user, session_obj, done="Session closed. The join code now tells young people it has ended.")
    return redirect(url_for("sessions.session_detail", session_id=session_obj.id), 303)


@bp.route("/sessions/<int:session_id>/you-said-we-did", methods=["GET", "POST"])
@requires(Role.OFFICER)
def you_said_we_did_page(session_id):
    session_obj = sessions.get_session(current_user, session_id)
    entry = you_said_we_did.entry_for(session_obj)
    if request.method == "POST":
        try:
            you_said_we_did.save(current_user, session_obj, request.form.get("you_said", ""),
                                         request.form.get("we_did", ""), request.form.get("not_changed", ""))
        except InvalidChange as e:
            flash(e.message, "error")
        else:
            flash("Saved. Young people can read it now at the link on their thank-you screen.")
            return redirect(url_for("sessions.session_detail", session_id=session_obj.id), 303)
    return render_template("sessions/you_said_we_did.html", session_obj=session_obj, entry=entry)
