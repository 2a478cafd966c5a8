"""The theme board and theming answers (thin; the rules live in domain/themes.py)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from participation.domain import jobs, themes
from participation.domain.errors import InvalidChange
from participation.domain.models import Role
from participation.domain.models.answers import AnswerState
from participation.domain.sessions import get_review
from participation.pure.suppression import suppress_breakdown, suppress_count
from participation.web.htmx import is_fragment_request, render_page_or_fragment
from participation.web.ids import parse_id, parse_ids
from participation.web.security import requires, safe_path

bp = Blueprint("themes", __name__, url_prefix="/staff")
TRANSLATED = "Translation saved: the suggestions now read it."
NO_THEME_SAVED = "Recorded that no theme fits this answer."


def _filters() -> themes.Filters:
    a = request.args
    session_id = a.get("session", "")
    return themes.Filters(
        session_id=parse_id(session_id),
        group=a.get("group") or None if a.get("group") in ("children-in-care", "care-leavers") else None,
        age=a.get("age") or None,
        time_in_care=a.get("time") or None,
    )


@bp.get("/reviews/<int:review_id>/themes")
@requires(Role.OFFICER)
def board(review_id):
    review = get_review(current_user, review_id)
    return render_page_or_fragment("themes/board.html", "themes/_board.html", **_board_context(review))


def _board_context(review, **more) -> dict:
    filters = _filters()
    return dict(
        review=review, data=themes.board(review, filters), filters=filters, published=request.args.get("view") == "published",
        threshold=review.council.small_number_threshold, suppress_count=suppress_count, suppress_breakdown=suppress_breakdown,
        emerging=themes.emerging_groups(review, filters.session_id), **more,
    )


def _theming_filter() -> themes.ThemingFilter:
    """The filter from the query string: the page's GET form, its links, and the Apply form's action."""
    a = request.args
    return themes.ThemingFilter(
        prompt_id=parse_id(a.get("prompt")),
        theme=a.get("theme") or None,
        tone=a.get("tone") if a.get("tone") in themes.TONES else None,
        unconfirmed=a.get("show") not in ("all", "tone"),
        tone_to_check=a.get("show") == "tone",
    )


def _filter_args(f: themes.ThemingFilter) -> dict:
    show = "tone" if f.tone_to_check else None if f.unconfirmed else "all"
    args = {"prompt": f.prompt_id, "theme": f.theme, "tone": f.tone, "show": show}
    return {k: v for k, v in args.items() if v}


def _theming_context(review, f: themes.ThemingFilter, **more) -> dict:
    listing = themes.answers_to_theme(review, f, parse_id(request.args.get("page")) or 1)
    # Where each form comes back to: this list, this page (also when a POST shows it again with an error).
    list_args = _filter_args(f) | ({"page": listing.page} if listing.page > 1 else {})
    return dict(
        review=review, f=f, filter_args=_filter_args(f), listing=listing, labels=themes.theme_labels(review.council_id),
        prompts=themes.written_prompts(review), tones=themes.TONES, no_theme=themes.NO_THEME,
        list_args=list_args, here=url_for("themes.theming", review_id=review.id, **list_args), **more,
    )


@bp.get("/reviews/<int:review_id>/theming")
@requires(Role.OFFICER)
def theming(review_id):
    review = get_review(current_user, review_id)
    context = _theming_context(review, _theming_filter())
    context["unthemed"] = len(themes.unthemed_approved_ids(review))
    return render_page_or_fragment("themes/theming.html", "themes/_theming.html", **context)


@bp.post("/reviews/<int:review_id>/theming/apply")
@requires(Role.OFFICER)
def apply(review_id):
    """Apply to the ticked answers, or to every answer the filter matches once the officer has seen how
    many will change (the count is sent back and checked, so a queue that moved is asked about again)."""
    review = get_review(current_user, review_id)
    f = _theming_filter()
    action, theme = request.form.get("action", ""), request.form.get("theme") or None
    back = safe_path(request.form.get("back"), url_for("themes.theming", review_id=review.id, **_filter_args(f)))
    whole_filter = request.form.get("scope") == "filter"
    ids = themes.matching_ids(review, f) if whole_filter else parse_ids(request.form.getlist("answer_ids"))
    try:
        if whole_filter:
            changes = themes.count_changes(review, ids, action, theme)
            if str(changes) != request.form.get("changes"):
                return render_template(
                    "themes/apply_confirm.html", review=review, f=f, filter_args=_filter_args(f), action=action,
                    theme=theme, matching=len(ids), changes=changes, back=back, labels=themes.theme_labels(review.council_id),
                    prompts=themes.written_prompts(review), moved=bool(request.form.get("changes")),
                    emptied=themes.left_without_theme(review, ids, theme) if action == "remove" else 0,
                )
        n = themes.apply(current_user, review, ids, action, theme, **({"chosen_by_filter": _filter_args(f)} if whole_filter else {}))
    except InvalidChange as e:
        # The list again, as it was: what was ticked and chosen kept, the error beside the control to fix.
        ticked = [] if whole_filter else ids
        field = "action" if action not in themes.ACTIONS else "theme" if ids else "pick-" + request.form.get("shown", "").split(" ")[0]
        chosen = {"action": action, "theme": theme, "scope": "filter" if whole_filter else "ticked"}
        context = _theming_context(review, f, apply_error=(e.message, field), ticked=set(ticked), chosen=chosen)
        return render_template("themes/theming.html", **context), 422
    what = "Tone" if action in themes.TONE_ACTIONS else "Themes"
    if action == "remove":
        label = themes.theme_labels(review.council_id).get(theme, theme)
        flash(f"\u201c{label}\u201d taken off {n} answer{'s' if n != 1 else ''}." if n else f"Nothing changed: none of those answers had \u201c{label}\u201d.")
    else:
        flash(f"{what} saved for {n} answer{'s' if n != 1 else ''}." if n else "Nothing changed: those answers already had those themes.")
    shown = parse_ids(request.form.get("shown", "").split())
    return redirect(back.split("#")[0] + _place_after(ids, shown, set(themes.matching_ids(review, f)) if shown else set()), 303)


def _place_after(ticked: list[int], shown: list[int], listed: set[int]) -> str:
    """Where the officer was: the first answer shown after the last one they ticked that the list still
    holds (it may have lost the ones just decided), as an anchor the page opens at; none if there is none."""
    at = max((shown.index(i) for i in ticked if i in shown), default=None)
    following = [i for i in shown[at + 1:] if i in listed] if at is not None else []
    return f"#answer-{following[0]}" if following else ""


@bp.post("/reviews/<int:review_id>/theming/answers/<int:answer_id>/confirm")
@requires(Role.OFFICER)
def confirm_one(review_id, answer_id):
    """Confirm the suggested themes and tone on one answer, or set its tone (`action` tone-positive, ...): the item
    comes back for htmx, done once no suggested theme is left on it; the page otherwise."""
    review = get_review(current_user, review_id)
    answer = themes.written_answer(review, answer_id)
    action = request.form.get("action") or "confirm"
    if action not in ("confirm", *themes.TONE_ACTIONS):
        abort(400)
    tone = bool(answer.tone) and not answer.tone_confirmed
    changed = themes.confirm_answer(current_user, review, answer) if action == "confirm" else themes.apply(current_user, review, [answer.id], action)
    what = "Tone" if action in themes.TONE_ACTIONS else "Themes and tone" if tone else "Themes"
    return _done_on_one(review, answer, f"{what} saved for this answer." if changed else "Nothing changed: this answer already had that.")


@bp.post("/reviews/<int:review_id>/theming/answers/<int:answer_id>/translation")
@requires(Role.OFFICER)
def translate_one(review_id, answer_id):
    """An English translation of an answer in another language; the suggestions then read it, or, if it
    reads like harm, the answer goes to the safeguarding lead. The item comes back for htmx (with an error
    beside the box, what was typed kept), the page otherwise, at the same answer."""
    review = get_review(current_user, review_id)
    typed, error = request.form.get("translation", ""), None
    try:
        answer = themes.translate(current_user, review, answer_id, typed)
    except InvalidChange as e:
        answer, error = themes.written_answer(review, answer_id), e.message
    sent = answer.state == AnswerState.HELD.value
    failed = {answer.id: (error, typed)} if error else {}
    if is_fragment_request():
        if sent:
            return _item_response(review, answer, "themes/_sent_to_safeguarding.html", message=themes.SENT_TO_SAFEGUARDING)
        return _item_response(review, answer, translation_errors=failed, saved=None if error else TRANSLATED), 422 if error else 200
    if error:  # the list again (its filter and page are in this form's address), the error beside the box
        return render_template("themes/theming.html", **_theming_context(review, _theming_filter(), translation_errors=failed)), 422
    flash(themes.SENT_TO_SAFEGUARDING if sent else TRANSLATED)
    back = _back(review)
    return redirect(back if sent else f"{back}#answer-{answer.id}", 303)


def _back(review) -> str:
    """The list to go back to (a path on this site, sent with the form or the link), without any anchor."""
    back = request.form.get("back") if request.method == "POST" else request.args.get("back")
    return safe_path(back, url_for("themes.theming", review_id=review.id)).split("#")[0]


def _list_args() -> dict:
    """The list an action on one answer came from (its filter and page), carried in the action's address."""
    page = parse_id(request.args.get("page"))
    return _filter_args(_theming_filter()) | ({"page": page} if page and page > 1 else {})


def _item_response(review, answer, template: str = "themes/_theming_item.html", **extra) -> str:
    """One answer's item after an htmx action on it, with the list's count and the bar's total up to date."""
    return render_template("themes/_item_response.html", item_template=template, a=answer, decided=_decided(answer),
                           **_theming_context(review, _theming_filter()), **extra)


def _done_on_one(review, answer, said: str):
    """After an action on one answer: its item, saying what was done, for htmx; else the list at that answer."""
    if is_fragment_request():
        return _item_response(review, answer, saved=said)
    flash(said)
    return redirect(f"{_back(review)}#answer-{answer.id}", 303)


def _decided(answer) -> bool:
    """Nothing left to check on an answer's themes (or no theme fits it): the keyboard moves on from it."""
    return answer.no_theme_fits or (bool(answer.themes) and all(t.source == "confirmed" for t in answer.themes))


@bp.post("/reviews/<int:review_id>/theming/answers/<int:answer_id>/no-theme")
@requires(Role.OFFICER)
def no_theme_one(review_id, answer_id):
    """The officer's decision that no theme fits one answer: the item comes back for htmx, decided; the page
    otherwise, at the same answer."""
    review = get_review(current_user, review_id)
    already = themes.written_answer(review, answer_id).no_theme_fits
    answer = themes.decide_no_theme(current_user, review, answer_id)
    return _done_on_one(review, answer, "Nothing changed: this answer already had that." if already else NO_THEME_SAVED)


@bp.post("/reviews/<int:review_id>/theming/answers/<int:answer_id>/no-theme/undo")
@requires(Role.OFFICER)
def undo_no_theme_one(review_id, answer_id):
    """Take back "no theme fits" on one answer: it comes back to check, with the machine's suggestions again."""
    review = get_review(current_user, review_id)
    answer = themes.undo_no_theme(current_user, review, answer_id)
    return _done_on_one(review, answer, "Taken back: its themes are suggested again, for you to check.")


@bp.get("/reviews/<int:review_id>/theming/answers/<int:answer_id>/themes")
@requires(Role.OFFICER)
def choose_themes(review_id, answer_id):
    """Every theme as a tick box, this answer's ticked: in place of the item for htmx, a page of its own otherwise."""
    review = get_review(current_user, review_id)
    answer = themes.written_answer(review, answer_id)
    back = _back(review)
    return render_page_or_fragment("themes/choose_themes.html", "themes/_choose_themes.html", review=review, a=answer,
                                   labels=themes.theme_labels(review.council_id), back=back, list_args=_list_args(),
                                   no_theme=themes.NO_THEME,
                                   ticked={t.theme for t in answer.themes} | ({themes.NO_THEME} if answer.no_theme_fits else set()))


@bp.post("/reviews/<int:review_id>/theming/answers/<int:answer_id>/themes")
@requires(Role.OFFICER)
def save_themes(review_id, answer_id):
    review = get_review(current_user, review_id)
    back = _back(review)
    labels = themes.theme_labels(review.council_id)
    try:
        answer = themes.choose_themes(current_user, review, answer_id, request.form.getlist("themes"))
    except InvalidChange as e:
        return render_page_or_fragment("themes/choose_themes.html", "themes/_choose_themes.html", review=review, back=back, list_args=_list_args(),
                                       a=themes.written_answer(review, answer_id), labels=labels, no_theme=themes.NO_THEME,
                                       ticked=set(request.form.getlist("themes")), error=e.message), 422
    return _done_on_one(review, answer, NO_THEME_SAVED if answer.no_theme_fits else "Themes saved for this answer.")


@bp.post("/reviews/<int:review_id>/answers/<int:answer_id>/star")
@requires(Role.OFFICER)
def star(review_id, answer_id):
    review = get_review(current_user, review_id)
    on = request.form.get("on") == "1"
    answer = themes.star(current_user, review, answer_id, on)
    if is_fragment_request():
        return render_template("themes/_star.html", review=review, a=answer)
    return redirect(safe_path(request.form.get("back"), url_for("themes.board", review_id=review.id)), 303)


@bp.post("/reviews/<int:review_id>/themes/new")
@requires(Role.OFFICER)
def new_theme(review_id):
    review = get_review(current_user, review_id)
    ids = parse_ids(request.form.getlist("answer_ids"))
    typed = request.form.get("label", "")
    try:
        theme = themes.new_theme(current_user, review, typed, ids)
    except InvalidChange as e:
        # The board again, the error beside the name under the same answers, and the name as it was typed.
        return render_template("themes/board.html", **_board_context(review, new_theme_error=(set(ids), e.message, typed))), 422
    flash(f"New theme \u201c{theme.label}\u201d made for {len(ids)} answers.")
    return redirect(url_for("themes.board", review_id=review.id), 303)


@bp.post("/reviews/<int:review_id>/theming/run")
@requires(Role.OFFICER)
def run(review_id):
    review = get_review(current_user, review_id)
    ids = themes.unthemed_approved_ids(review)
    job = jobs.enqueue("theme-answers", {"answer_ids": ids, "review_id": review.id}, council_id=review.council_id, user_id=current_user.id)
    return redirect(url_for("themes.job", review_id=review.id, job_id=job.id), 303)


@bp.get("/reviews/<int:review_id>/jobs/<int:job_id>")
@requires(Role.OFFICER)
def job(review_id, job_id):
    review = get_review(current_user, review_id)
    found = jobs.find(job_id, review_id=review.id)
    return render_page_or_fragment("jobs/job.html", "jobs/_job.html", job=found, caption=review.title, heading="Suggesting themes")
