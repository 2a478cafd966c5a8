"""Admin views: staff accounts, the audit log to read and filter, and the council's settings (thin)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from govuk_frontend_wtf.main import wtforms_errors

from participation.domain import accounts
from participation.domain.audit import NOBODY, action_label, audit_log, council_staff_by_id, logged_actions
from participation.domain.councils import next_steps_text, save_settings
from participation.domain.errors import InvalidChange
from participation.domain.models import Role
from participation.pure.audit_detail import describe, subject_label
from participation.web.admin.forms import AddStaffForm, AuditFilterForm, RoleForm, SettingsForm
from participation.web.fields import WorkPhoneForm
from participation.web.ids import parse_id
from participation.web.outcomes import attempt
from participation.web.security import requires

bp = Blueprint("admin", __name__, url_prefix="/staff/admin")


@bp.route("/settings", methods=["GET", "POST"])
@requires(Role.ADMIN)
def settings():
    council = current_user.council
    form = SettingsForm(obj=council)
    if form.validate_on_submit():
        save_settings(current_user, council, form.retention_days.data, form.small_number_threshold.data,
                      form.require_two_factor.data, form.alert_next_steps.data or "", form.alert_next_steps_lead.data or "",
                      [(c.form.label.data, c.form.phone.data) for c in form.alert_contacts],
                      form.alert_lead_phone.data or "", form.alert_lado_phone.data or "")
        flash("Settings saved.")
        return redirect(url_for("admin.settings"), 303)
    if not form.is_submitted():
        form.alert_next_steps.data = next_steps_text(council, Role.OFFICER)
        form.alert_next_steps_lead.data = next_steps_text(council, Role.SAFEGUARDING)
    return render_template("admin/settings.html", form=form), (422 if form.errors else 200)


# ---- staff accounts ----------------------------------------------------------------------------


def _back_to(user):
    return redirect(url_for("admin.staff_member", staff_id=user.id), 303)


@bp.get("/staff")
@requires(Role.ADMIN)
def staff_list():
    return render_template("admin/staff.html", staff=accounts.council_staff(current_user))


@bp.route("/staff/new", methods=["GET", "POST"])
@requires(Role.ADMIN)
def add_staff():
    form = AddStaffForm()
    if form.validate_on_submit():
        password = accounts.temporary_password()
        try:
            user = accounts.create_staff_user(current_user, form.email.data, form.role.data, password, name=form.name.data)
        except InvalidChange as e:
            form.email.errors = [*form.email.errors, e.message]
        else:
            # Shown once, on this page only: never in a link, a flash message or the log.
            return render_template("admin/staff_added.html", user=user, password=password)
    return render_template("admin/staff_new.html", form=form), (422 if form.errors else 200)


def _member_page(user, form: RoleForm | None = None, phone_form: WorkPhoneForm | None = None) -> str:
    return render_template("admin/staff_member.html", user=user, form=form or RoleForm(role=user.role),
                           phone_form=phone_form or WorkPhoneForm(formdata=None, work_phone=user.work_phone),
                           phone_hint=ADMIN_PHONE_HINT)


ADMIN_PHONE_HINT = ("Their work mobile, or the desk phone they are at. The safeguarding lead sees it on the alerts of "
                    "the sessions they run, to ring the room. Leave it empty to take it away.")


@bp.get("/staff/<int:staff_id>")
@requires(Role.ADMIN)
def staff_member(staff_id):
    return _member_page(accounts.get_staff(current_user, staff_id))


@bp.post("/staff/<int:staff_id>/phone")
@requires(Role.ADMIN)
def set_work_phone(staff_id):
    user = accounts.get_staff(current_user, staff_id)
    form = WorkPhoneForm()
    if form.validate():
        try:
            accounts.set_work_phone(current_user, user, form.work_phone.data or "")
        except InvalidChange as e:
            form.work_phone.errors = [*form.work_phone.errors, e.message]
        else:
            flash(f"{user.name or user.email}'s work phone: {user.work_phone}." if user.work_phone else
                  f"{user.name or user.email}'s work phone taken away.")
            return _back_to(user)
    return _member_page(user, phone_form=form), 422


@bp.post("/staff/<int:staff_id>/role")
@requires(Role.ADMIN)
def change_role(staff_id):
    user = accounts.get_staff(current_user, staff_id)
    form = RoleForm()
    if not form.validate():
        return _member_page(user, form=form), 422
    attempt(accounts.change_role, current_user, user, form.role.data,
            done=lambda _: f"{user.name or user.email} is now: {user.role_enum.label}.")
    return _back_to(user)


@bp.post("/staff/<int:staff_id>/deactivate")
@requires(Role.ADMIN)
def deactivate(staff_id):
    user = accounts.get_staff(current_user, staff_id)
    attempt(accounts.deactivate, current_user, user,
            done=f"{user.name or user.email} can no longer sign in. Everything they did is kept.")
    return _back_to(user)


@bp.post("/staff/<int:staff_id>/reactivate")
@requires(Role.ADMIN)
def reactivate(staff_id):
    user = accounts.get_staff(current_user, staff_id)
    attempt(accounts.reactivate, current_user, user, done=f"{user.name or user.email} can sign in again.")
    return _back_to(user)


@bp.post("/staff/<int:staff_id>/two-factor-reset")
@requires(Role.ADMIN)
def reset_two_factor(staff_id):
    user = accounts.get_staff(current_user, staff_id)
    attempt(accounts.reset_two_factor, current_user, user,
            done=f"Two-factor sign-in reset. {user.name or user.email} sets it up again after their password.")
    return _back_to(user)


# ---- the audit log -----------------------------------------------------------------------------


@bp.get("/audit")
@requires(Role.ADMIN)
def audit():
    form = AuditFilterForm(request.args)
    form.action.choices = [("", "Any action")] + sorted(
        ((a, action_label(a)) for a in logged_actions(current_user)), key=lambda choice: choice[1]
    )
    form.person.choices = [("", "Anyone"), (NOBODY, "A young person, the system or the command line")] + [
        (str(u.id), f"{u.name} ({u.email})" if u.name else u.email) for u in council_staff_by_id(current_user).values()
    ]
    page_number = parse_id(request.args.get("page")) or 1
    if form.validate():
        person = form.person.data
        found = audit_log(current_user, form.action.data or "", NOBODY if person == NOBODY else parse_id(person),
                          form.date_from.data, form.date_to.data, page_number)
    else:
        found = None  # a filter that cannot be read shows why, never everything as if nothing had been asked
    summary = wtforms_errors(form)
    for error in summary["errorList"]:  # a date's message leads to its first box, as GOV.UK's date input asks
        if error["href"] in ("#date_from", "#date_to"):
            error["href"] += "-day"
    return render_template(
        "admin/audit.html", form=form, found=found, pagination=_pagination(found) if found else None,
        action_label=action_label, describe=describe, subject_label=subject_label, error_summary=summary,
    ), (200 if found else 422)


def _pagination(found) -> dict | None:
    """GOV.UK pagination: the first and last pages, and those beside this one, each keeping the filters."""
    if found.pages <= 1:
        return None
    filters = {k: request.args.getlist(k) for k in request.args if k != "page"}

    def link(n):
        return url_for("admin.audit", **filters, page=n)

    items, last = [], 0
    for n in sorted({1, found.page - 1, found.page, found.page + 1, found.pages}):
        if 1 <= n <= found.pages:
            if n - last > 1:
                items.append({"ellipsis": True})
            items.append({"number": n, "href": link(n), "current": n == found.page})
            last = n
    out = {"items": items, "landmarkLabel": "Audit log pages"}
    if found.page > 1:
        out["previous"] = {"href": link(found.page - 1)}
    if found.page < found.pages:
        out["next"] = {"href": link(found.page + 1)}
    return out
