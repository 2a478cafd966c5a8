"""Safeguarding alerts: the list, the banner every staff page polls, one alert, its steps, closing and reopening it (thin)."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from govuk_frontend_wtf.main import wtforms_errors
from markupsafe import Markup

from participation.domain import alerts, notify
from participation.domain.councils import alert_next_steps, alert_numbers, has_own_numbers
from participation.domain.errors import InvalidChange, NotAllowed
from participation.domain.models import Role
from participation.domain.models.moderation import OUTCOMES, STEP_ACTIONS
from participation.pure import help_numbers
from participation.pure.alert_guidance import (
    NO_LADO_CONTACT_WHY,
    alert_heading,
    general_steps,
    harm_guidance,
    needs_sign_off,
)
from participation.pure.theming.taxonomy import DISCLOSURE_CATEGORIES
from participation.web.alerts.forms import (
    CloseAlertForm,
    ReopenAlertForm,
    ReopenWithStepForm,
    SignOffForm,
    StepForm,
)
from participation.web.security import requires
from participation.web.templating import digest

bp = Blueprint("alerts", __name__, url_prefix="/staff")

ALERT_READERS = (Role.OFFICER, Role.SAFEGUARDING)


def _list_parts(since: datetime) -> dict:
    """What the alerts table shows (the page and its poll). It shows everyone the first words with names and details
    taken out; the words as written stay on the alert itself, for those who may read them (and opening it is recorded)."""
    found = alerts.alerts(current_user)
    return dict(
        alerts=found, outcomes=OUTCOMES, since=since.isoformat(),
        words={a.id: alerts.redacted_words(a) for a in found},
        cues={a.id: alerts.redacted_cues(a) for a in found},
        priorities={a.id: alerts.priority(a) for a in found},
        steps=alerts.step_counts(a.id for a in found if a.is_open),
        reopened=alerts.reopenings(a.id for a in found if a.is_open),
        undone=alerts.undone_closes(a.id for a in found if a.is_open),
        new={a.id for a in found if alerts.is_new(a, since)},
    )


@bp.get("/alerts")
@requires(*ALERT_READERS)
def alert_list():
    alerts.escalate_overdue()
    return render_template("alerts/alerts.html", order_in_words=alerts.URGENCY_IN_WORDS,
                           **_list_parts(datetime.utcnow()))


@bp.get("/alerts/list")
@requires(*ALERT_READERS)
def alert_list_rows():
    """The alerts table for the list page's poll: 204 when it shows what the page already shows."""
    alerts.escalate_overdue()
    try:
        since = datetime.fromisoformat(request.args.get("since", ""))
    except ValueError:
        since = datetime.utcnow()
    parts = _list_parts(since)
    table = render_template("alerts/_alert_list.html", **parts)
    if request.args.get("shown") == digest(table):
        return "", 204
    return render_template("alerts/_alert_list_live.html", alert_list=Markup(table), **parts)


@bp.get("/alerts/banner")
@requires(*ALERT_READERS)
def alert_banner():
    banner = render_template("alerts/_banner.html", banner_alerts=alerts.open_alerts(current_user))
    if request.args.get("shown") == digest(banner):
        return "", 204  # nothing changed: htmx swaps nothing, so focus stays and the alert is not read out again
    # The alerts list, where it is open, refreshes with the bar (its poll listens for this event).
    return render_template("alerts/_banner_live.html", banner=Markup(banner)), {"HX-Trigger": "py-alerts-changed"}


@bp.get("/alerts/<int:alert_id>")
@requires(*ALERT_READERS)
def alert(alert_id):
    found = alerts.get_alert(current_user, alert_id)
    alerts.view_alert(current_user, found)
    return _alert_page(found)


@bp.get("/alerts/<int:alert_id>/print")
@requires(*ALERT_READERS)
def print_alert(alert_id):
    """The alert's record as a plain page to print or save as PDF: who did what, with their role, and when. It shows
    the young person's words only as the alert page shows them to this reader (`words_for`), nothing more."""
    found = alerts.get_alert(current_user, alert_id)
    return render_template("alerts/print.html", alert=found, outcomes=OUTCOMES, record=alerts.printable(current_user, found),
                           words=alerts.words_for(current_user, found), raw=alerts.sees_raw_words(current_user, found),
                           cues=alerts.cues_for(current_user, found), categories=DISCLOSURE_CATEGORIES, printed_at=datetime.utcnow(),
                           same_person=alerts.same_young_person(current_user, found), officers=alerts.room_officers(found),
                           emailed=notify.emails_sent(found))


@bp.get("/alerts/<int:alert_id>/print.css")
@requires(*ALERT_READERS)
def print_marking(alert_id):
    """The marking on every printed page of an alert's record, with its number, as a stylesheet of its own (the
    page's CSP allows no inline style): the top of each page says what it is and whose record; the page numbers
    are in static/css/alert-print.css."""
    found = alerts.get_alert(current_user, alert_id)
    css = f'@page {{ @top-center {{ content: "Confidential: safeguarding record, alert {int(found.id)}"; }} }}\n'
    return css, 200, {"Content-Type": "text/css; charset=utf-8", "Cache-Control": "no-store"}


def _step_form(found) -> StepForm:
    """The step form as sent, checking that the step did not happen before the alert was raised."""
    form = StepForm(prefix="step")
    form.not_before = found.raised_at
    return form


def _with_error(field, message: str) -> None:
    field.errors = [*field.errors, message] if isinstance(field.errors, list) else [message]


def _kept(step_form: StepForm | None = None, form: CloseAlertForm | None = None) -> dict:
    """What a person typed on a page left open while someone else closed the alert: their step (its action, when
    and note) and their close (its outcome and note), each when typed, given back in full on the page."""
    return {"step": step_form.kept() if step_form is not None and step_form.typed() else None,
            "close": form.kept() if form is not None and form.typed() else None}


@bp.post("/alerts/<int:alert_id>/steps")
@requires(*ALERT_READERS)
def add_step(alert_id):
    found = alerts.get_alert(current_user, alert_id)
    form = _step_form(found)
    close_form = CloseAlertForm().for_alert(found)  # the same form on the page: what was typed in the close part is kept
    if form.validate():
        if not found.is_open:
            # Closed while this was being written: the page comes back with everything typed kept, the step ready
            # to add as a late entry (and, for the lead, to reopen and add).
            return _alert_page(found, step_form=form, unsaved=_kept(form, close_form)), 409
        try:
            alerts.add_step(current_user, found, form.action.data, form.note.data, form.when.data or "")
        except InvalidChange as e:
            _with_error(form.note, e.message)
        else:
            if close_form.typed():
                # A close half-written below the step: not sent, and not lost. The page comes back with it
                # (sending this page again records nothing twice: `alerts.add_step`).
                flash("Step recorded. The alert is still open: your closing note below is not sent yet.")
                return _alert_page(found, form=close_form)
            flash("Step recorded. The alert is still open.")
            return redirect(url_for("alerts.alert", alert_id=found.id), 303)
    return _alert_page(found, step_form=form, form=close_form), 422


@bp.post("/alerts/<int:alert_id>/late-entry")
@requires(*ALERT_READERS)
def add_late_entry(alert_id):
    found = alerts.get_alert(current_user, alert_id)
    form = _step_form(found)
    if form.validate():
        try:
            alerts.add_step(current_user, found, form.action.data, form.note.data, form.when.data or "", late=True)
        except InvalidChange as e:
            _with_error(form.note, e.message)
        else:
            flash("Late entry added. The alert is still closed." if not found.is_open else
                  "The alert had been reopened, so this is recorded as a step. The alert is open.")
            return redirect(url_for("alerts.alert", alert_id=found.id), 303)
    return _alert_page(found, step_form=form), 422


@bp.post("/alerts/<int:alert_id>/reopen")
@requires(Role.SAFEGUARDING)
def reopen_alert(alert_id):
    found = alerts.get_alert_to_reopen(current_user, alert_id)
    form = ReopenAlertForm()
    if form.validate():
        try:
            alerts.reopen_alert(current_user, found, form.reason.data)
        except InvalidChange as e:
            if found.is_open:
                raise  # an open alert has no reopen form to show it beside: the error page says why
            _with_error(form.reason, e.message)
        else:
            flash("Alert reopened. The earlier outcome is kept in the record.")
            return redirect(url_for("alerts.alert", alert_id=found.id), 303)
    return _alert_page(found, reopen_form=form), 422


@bp.post("/alerts/<int:alert_id>/reopen-with-step")
@requires(Role.SAFEGUARDING)
def reopen_with_step(alert_id):
    found = alerts.get_alert_to_reopen(current_user, alert_id)
    form = ReopenWithStepForm(prefix="kept")
    kept = {"step": {"action": form.action.data, "action_label": STEP_ACTIONS.get(form.action.data or "", ""),
                     "when": form.when.data or "", "note": form.note.data or ""}, "close": None}
    if form.validate():
        try:
            alerts.reopen_alert(current_user, found, form.reason.data,
                                step=(form.action.data or "", form.note.data or "", form.when.data or ""))
        except InvalidChange as e:
            if found.is_open:
                raise
            _with_error(form.reason, e.message)
        else:
            flash("Alert reopened and your step recorded. The earlier outcome is kept in the record.")
            return redirect(url_for("alerts.alert", alert_id=found.id), 303)
    return _alert_page(found, unsaved=kept, reopen_step_form=form), 422


@bp.post("/alerts/<int:alert_id>/close")
@requires(*ALERT_READERS)
def close_alert(alert_id):
    found = alerts.get_alert(current_user, alert_id)
    form = CloseAlertForm().for_alert(found)
    step_form = _step_form(found)  # a step written on the page and not yet recorded comes with the close
    with_step = step_form.typed()
    if form.validate() & (step_form.validate() if with_step else True):
        if not found.is_open:
            # Closed by someone else meanwhile: everything typed comes back, nothing is recorded.
            return _alert_page(found, step_form=step_form if with_step else None, unsaved=_kept(step_form, form)), 409
        try:
            alerts.close_alert(current_user, found, form.outcome.data, form.note.data,
                               step=(step_form.action.data, step_form.note.data, step_form.when.data or "") if with_step else None,
                               without_lado=form.without_lado.data, lado_reason=form.lado_reason.data or "",
                               without_referral=form.without_referral.data, referral_reason=form.referral_reason.data or "")
        except alerts.NoLadoContact as e:
            _with_error(form.lado_reason if isinstance(e, alerts.NoLadoReason) else form.without_lado, e.message)
            _referral_error(found, form, step_form.action.data if with_step else None)
        except alerts.NoReferralStep as e:
            _with_error(form.referral_reason if isinstance(e, alerts.NoReferralReason) else form.without_referral, e.message)
        except InvalidChange as e:
            _with_error(step_form.note if with_step and e.message.startswith(STEP_MESSAGES) else form.note, e.message)
            _lado_error(found, form, step_form.action.data if with_step else None)
            _referral_error(found, form, step_form.action.data if with_step else None)
        else:
            found_state = "waiting for the safeguarding lead's sign-off" if found.awaiting_sign_off else "closed"
            flash(("Your step was recorded, then the alert was " if with_step else "Alert ") + found_state
                  + (". What was done is in the record." if not found.awaiting_sign_off else
                     ": the lead checks an officer's close on an alert like this one."))
            return redirect(url_for("alerts.alert_list"), 303)
    else:
        _lado_error(found, form, step_form.action.data if with_step else None)
        _referral_error(found, form, step_form.action.data if with_step else None)
    return _alert_page(found, form=form, step_form=step_form, step_first=with_step and bool(step_form.errors)), 422


def _lado_error(found, form: CloseAlertForm | SignOffForm, step_action: str | None = None) -> None:
    """A close or sign-off refused for another reason also says, at once, that it needs the LADO tick, so the
    person fixes everything in one go (`alerts.close_alert` and `alerts.sign_off` refuse it themselves too)."""
    shown = found.is_open if isinstance(form, CloseAlertForm) else found.awaiting_sign_off  # the form is on the page
    if shown and not form.without_lado.data and alerts.missing_lado_contact(found, step_action):
        _with_error(form.without_lado, alerts.WITHOUT_LADO_NEEDED)


def _referral_error(found, form: CloseAlertForm, step_action: str | None = None) -> None:
    """As `_lado_error`, for a close as "referred" with no referral step (`alerts.missing_referral_step`)."""
    if (found.is_open and not form.without_referral.data
            and alerts.missing_referral_step(found, form.outcome.data, step_action)):
        _with_error(form.without_referral, alerts.WITHOUT_REFERRAL_NEEDED)


# The step's own messages (`alerts._checked_step`), to show them beside the step, not the close.
STEP_MESSAGES = ("Choose what you did.", "Write a little more: who you spoke to", "Write the time", "With am or pm",
                 "That day does not exist", "That time has not happened yet", "That is more than",
                 "That is before the alert was raised")


@bp.post("/alerts/<int:alert_id>/sign-off")
@requires(Role.SAFEGUARDING)
def sign_off(alert_id):
    found = alerts.get_alert(current_user, alert_id)
    if not alerts.may_sign_off(current_user):
        raise NotAllowed()  # an admin passes `requires`, as on every staff view, but only the lead signs off
    form = SignOffForm()
    if form.validate():
        try:
            alerts.sign_off(current_user, found, form.note.data, without_lado=form.without_lado.data,
                            lado_reason=form.lado_reason.data or "")
        except alerts.NoLadoContact as e:
            _with_error(form.lado_reason if isinstance(e, alerts.NoLadoReason) else form.without_lado, e.message)
        except InvalidChange as e:
            if not found.awaiting_sign_off:
                raise  # nothing to sign off: the error page says why
            _with_error(form.note, e.message)
            _lado_error(found, form)
        else:
            flash("Signed off. The alert is closed, and your sign-off is in the record.")
            return redirect(url_for("alerts.alert_list"), 303)
    else:
        _lado_error(found, form)
    return _alert_page(found, sign_off_form=form), 422


def _late_entry_form(found, unsaved: dict | None) -> StepForm:
    """The step form (on a closed alert, the late entry's) when none was sent: filled with what was kept from a page
    left open while the alert was closed, so the note can go into the record as a late entry, however the page came
    back (the clash itself, or the lead's "Reopen and add this step" refused for want of a reason); a close's note
    when no step was written. Empty otherwise."""
    kept = (unsaved or {}) if not found.is_open else {}
    if kept.get("step"):
        step = kept["step"]
        return StepForm(prefix="step", formdata=None, action=step["action"], note=step["note"], when=step["when"])
    if kept.get("close"):
        return StepForm(prefix="step", formdata=None, note=kept["close"]["note"])
    return StepForm(prefix="step", formdata=None)


def _alert_page(found, form: CloseAlertForm | None = None, step_form: StepForm | None = None,
                reopen_form: ReopenAlertForm | None = None, unsaved: dict | None = None,
                reopen_step_form: ReopenWithStepForm | None = None, sign_off_form: SignOffForm | None = None,
                step_first: bool = False) -> str:
    """The alert, its record, and the forms its state allows; the one that was sent comes back with its errors
    and everything typed in it (`unsaved`: a step or close written on an alert closed meanwhile, kept: see
    `_kept`). `step_first`: a close refused because the step written with it is not finished."""
    if reopen_step_form is None and unsaved and unsaved.get("step") and not found.is_open:
        kept = unsaved["step"]
        reopen_step_form = ReopenWithStepForm(prefix="kept", formdata=None, action=kept["action"], note=kept["note"],
                                              when=kept["when"])
    form = CloseAlertForm(formdata=None).for_alert(found) if form is None else form
    step_form = _late_entry_form(found, unsaved) if step_form is None else step_form
    reopen_form = ReopenAlertForm(formdata=None) if reopen_form is None else reopen_form
    sign_off_form = SignOffForm(formdata=None) if sign_off_form is None else sign_off_form
    # One summary for every form that failed, in the page's order: a close sent with a half-written step can fail on both.
    failed = [f for f in (step_form, form, reopen_step_form, reopen_form, sign_off_form) if f is not None and f.errors]
    errors = {"titleText": "There is a problem", "errorList": [e for f in failed for e in wtforms_errors(f)["errorList"]]}
    about_staff = alerts.may_be_about_staff(found)
    sexual = alerts.may_be_sexual_abuse(found)
    phone = current_user.council.alert_lead_phone
    lead_phone = {"number": phone, "href": help_numbers.tel_href(phone)} if phone else None
    ended = not found.session.is_open  # nobody is in the room to go to
    urgent = harm_guidance(found.categories, about_staff, current_user.council.alert_lado_phone,
                           care_leavers=found.session.audience == "care-leavers", sexual=sexual, known=found.wants_to_talk,
                           ended=ended)
    return render_template("alerts/alert.html", alert=found, outcomes=OUTCOMES, unsaved=unsaved, record=alerts.chronology(found),
                           form=form, step_form=step_form, reopen_form=reopen_form, sign_off_form=sign_off_form,
                           reopen_step_form=reopen_step_form, step_first=step_first, errors=errors if failed else None,
                           may_reopen=alerts.may_reopen(current_user), may_sign_off=alerts.may_sign_off(current_user),
                           chases_in_words=alerts.CHASES_IN_WORDS,
                           may_close=alerts.may_close(current_user, found),
                           words=alerts.words_for(current_user, found), cues=alerts.cues_for(current_user, found),
                           raw=alerts.sees_raw_words(current_user, found), translation=alerts.translation_of(found),
                           next_steps=general_steps(alert_next_steps(current_user.council, current_user.role_enum),
                                                    urgent, known=found.wants_to_talk, ended=ended),
                           urgent=urgent,
                           sign_off_needed=needs_sign_off(found.categories),
                           heading=alert_heading(found.categories, about_staff, found.source == "asked-to-talk", sexual=sexual),
                           no_lado_contact=alerts.missing_lado_contact(found), lado_why=NO_LADO_CONTACT_WHY,
                           no_referral_step=bool(form.without_referral.errors or form.referral_reason.errors
                                                 or form.without_referral.data),
                           emailed=notify.emails_sent(found),
                           contacts=alert_numbers(current_user.council, lado_first=about_staff),
                           own_numbers=has_own_numbers(current_user.council), lead_phone=lead_phone,
                           leads=[] if current_user.role == Role.SAFEGUARDING.value else alerts.safeguarding_leads(current_user.council_id), runs_session=alerts.runs_session(current_user, found),
                           same_person=alerts.same_young_person(current_user, found), categories=DISCLOSURE_CATEGORIES,
                           unread_same_visit=alerts.unread_from_same_visit(found),
                           officers=alerts.room_officers(found), reopened=alerts.reopened_by_lead(found))
