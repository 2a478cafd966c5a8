"""The task group's recommendations and the service's responses and progress, tracked to the end."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.errors import InvalidChange, NotAllowed, NotFound
from participation.domain.models import (
    Answer,
    PackVersion,
    ParticipationSession,
    Recommendation,
    RecommendationUpdate,
    Review,
    Role,
    StaffUser,
)
from participation.domain.models.answers import AnswerState
from participation.domain.models.packs import RESPONSES
from participation.domain.pack_content import (
    build,
    not_repeated,
    originals_kept,
    printed_words,
    progress_as_at,
    reworded,
    with_rare_details,
)
from participation.domain.packs import can_read, published_packs
from participation.domain.themes import theme_labels
from participation.pure.local_time import uk_today
from participation.pure.reidentify import word_counts
from participation.pure.render.csvfile import render_tracker_csv
from participation.pure.render.schema import (
    NUMBERS_ANCHOR,
    SEE_NUMBERS,
    SEE_THEME,
    recommendation_ref,
    theme_anchor,
    without_links,
)
from participation.pure.sanitise import clean_text


def can_edit(user: StaffUser) -> bool:
    """Officers (and admins) record recommendations, responses and progress; scrutiny members read them."""
    return user.has_role(Role.OFFICER)


def _require_edit(user: StaffUser) -> None:
    if not can_edit(user):
        raise NotAllowed()


def recommendations(review: Review) -> list[Recommendation]:
    return list(db.session.execute(select(Recommendation).where(Recommendation.review_id == review.id).order_by(Recommendation.id)).scalars())


def starred_quotes(review: Review) -> list[Answer]:
    """The quotes a recommendation can rest on: approved written answers starred for the review's packs,
    except those whose printed words have a detail few young people share (reidentify.rare_details), and
    other answers of the same young people (pack_content.not_repeated), which a pack prints once, under
    their theme, and never again beside a recommendation."""
    written = list(db.session.execute(
        select(Answer).join(ParticipationSession, ParticipationSession.id == Answer.session_id)
        .where(ParticipationSession.review_id == review.id, Answer.state == AnswerState.APPROVED.value,
               Answer.text.is_not(None))
        .order_by(Answer.id)
    ).scalars())
    starred = [a for a in written if a.starred]
    rare = with_rare_details(written, word_counts(a.text for a in written), originals_kept(a.id for a in written))
    rare = not_repeated(written, rare)
    return [a for a in starred if a.id not in rare]


def printed_quotes(quotes: list[Answer]) -> dict[int, str]:
    """Each quote's words as a pack prints them (marked where an officer reworded them; an English
    translation in place of words in another language)."""
    ids = [q.id for q in quotes]
    edited, kept = reworded(ids), originals_kept(ids)
    return {q.id: printed_words(q, edited, kept) for q in quotes}


def add_recommendation(user: StaffUser, review: Review, title: str, detail: str, themes: list[str], due: date | None,
                       quote_ids: list[int] | None = None, owner: str = "") -> Recommendation:
    """A recommendation names what it rests on (themes, and starred quotes, which the pack then shows),
    who in the service owns it and when it is due."""
    _require_edit(user)
    title = clean_text(title, 300)
    if not title:
        raise InvalidChange("Write the recommendation.")
    known = theme_labels(review.council_id)
    starred = {a.id for a in starred_quotes(review)} if quote_ids else set()
    rec = Recommendation(review_id=review.id, title=title, detail=clean_text(detail, 4000), owner=clean_text(owner, 200),
                         themes=[t for t in themes if t in known], due=due, created_by_id=user.id,
                         quote_answer_ids=[i for i in dict.fromkeys(quote_ids or []) if i in starred])
    db.session.add(rec)
    db.session.flush()
    record("recommendation-added", rec, actor=user, review_id=review.id)
    db.session.commit()
    return rec


def numbered(review: Review) -> list[tuple[str, Recommendation]]:
    """Each recommendation with its reference (R1, R2…), in the order the pack and its CSV use."""
    return [(recommendation_ref(i), r) for i, r in enumerate(recommendations(review), 1)]


def theme_ids_by_ref(review: Review) -> dict[str, list[str]]:
    """Each recommendation's theme ids by its reference (the tracker's rows carry the staff labels)."""
    return {ref: list(r.themes or []) for ref, r in numbered(review)}


def tracker_csv(review: Review, today: date | None = None) -> str:
    """The tracker as a spreadsheet, one row a recommendation."""
    return render_tracker_csv(tracker_rows(review, today, figures=True))


def came_from(review: Review) -> dict[int, PackVersion | None]:
    """The pack version each recommendation came from: the latest version of the review's packs published
    by the time the recommendation was made (None where none was)."""
    versions = [v for p in published_packs(review) for v in p.versions]
    out = {}
    for r in recommendations(review):
        before = [v for v in versions if r.created_at is None or v.published_at <= r.created_at]
        out[r.id] = max(before, key=lambda v: v.published_at, default=None)
    return out


def rests_on(review: Review, today: date | None = None) -> dict[int, list[dict]]:
    """What each recommendation rests on, with the counts behind it, exactly as the review's pack prints it
    (pack_content.build: the latest published pack's sessions, else every session of the review). Each line
    is {"text"}, and where it sends the reader to a theme ("see the theme"), the words before and after
    that link and the theme's `anchor` in the pack version it came from (came_from, else the latest)."""
    recs = recommendations(review)
    if not recs:
        return {}
    latest = max(published_packs(review), key=lambda p: p.latest.published_at, default=None)
    content = build(review, latest.session_ids if latest else None, review.title, today=today)
    sources = came_from(review)
    out = {}
    for r, shown in zip(recs, content["recommendations"], strict=True):
        version = sources.get(r.id) or (latest.latest if latest else None)
        position = {t["id"]: i for i, t in enumerate(version.content["themes"], 1)} if version else {}
        lines = []
        for line, theme in zip(shown["rests_on"], shown["rests_on_themes"], strict=True):
            item = {"text": line}
            if theme in position and SEE_THEME in line:
                before, after = line.rsplit(SEE_THEME, 1)
                item.update(before=before, after=after, anchor=theme_anchor(position[theme], theme),
                            pack_id=version.pack_id, number=version.number, link=SEE_THEME)
            elif version and SEE_NUMBERS in line:
                before, after = line.rsplit(SEE_NUMBERS, 1)
                item.update(before=before, after=after, anchor=NUMBERS_ANCHOR, pack_id=version.pack_id, number=version.number,
                            link=SEE_NUMBERS)
            lines.append(item)
        out[r.id] = lines
    return out


def tracker_rows(review: Review, today: date | None = None, figures: bool = False) -> list[dict]:
    """Each recommendation as the tracker, its CSV and the "You said, we did" page show it: reference,
    response, owner, status and latest progress read from the one set of records the pack's annex reads;
    with `figures`, what it rests on as the pack prints it (the CSV: young people's page never shows it)."""
    today = today or uk_today()
    labels = theme_labels(review.council_id)
    quotes = starred_quotes(review)
    printed = printed_quotes(quotes)
    shown = rests_on(review, today) if figures else {}
    rows = []
    for ref, r in numbered(review):
        latest = r.updates[-1] if r.updates else None
        rows.append({
            "ref": ref, "recommendation": r.title, "themes": "; ".join(labels.get(t, t) for t in r.themes),
            "rests_on": " | ".join(without_links(line["text"]) for line in shown.get(r.id, [])),  # a CSV cell: nothing to click
            "rests_on_quotes": " | ".join(printed[q.id] for q in quotes if q.id in (r.quote_answer_ids or [])),
            "response": RESPONSES.get(r.response, "Awaiting a response") if r.response else "Awaiting a response",
            "responded_on": r.responded_on if r.response else None,
            "reasons": r.response_reasons or "", "owner": r.owner or "Not yet named",
            "due": r.due, "overdue": "yes" if r.overdue(today) else "no",
            "status": r.status(today), "no_update_since": r.no_update_since(today),
            "latest_progress_on": latest.on if latest else None,
            "latest_progress": latest.text if latest else "",
        })
    return rows


def as_at(review: Review) -> date | None:
    """The day of the latest response or progress on the review's recommendations: the tracker page's
    "Progress as at", by the rule the pack's annex uses (pack_content.progress_as_at)."""
    return progress_as_at(recommendations(review))


def tally(recs: list[Recommendation], today: date | None = None) -> str:
    """The tracker's first line: how many recommendations, and how many are overdue or done."""
    if not recs:
        return ""
    today = today or uk_today()
    overdue = sum(1 for r in recs if r.overdue(today))
    done = sum(1 for r in recs if r.completed)
    n = len(recs)
    return (f"{n} recommendation{'s' if n != 1 else ''}: {overdue} overdue, {done} done, "
            f"{n - overdue - done} not yet due.")


def get_recommendation(user: StaffUser, rec_id: int) -> Recommendation:
    rec = db.session.get(Recommendation, rec_id)
    if rec is None or not can_read(user, db.session.get(Review, rec.review_id)):
        raise NotFound()
    return rec


def respond(user: StaffUser, rec: Recommendation, response: str, reasons: str, on: date | None = None) -> None:
    _require_edit(user)
    if response not in RESPONSES:
        raise InvalidChange("Choose the service's response.")
    reasons = clean_text(reasons, 4000)
    if response != "accepted" and not reasons:
        raise InvalidChange("Give the reasons for a partial or rejected response.")
    rec.response, rec.response_reasons, rec.responded_on = response, reasons, on or uk_today()
    record("recommendation-response", rec, actor=user, response=response)
    db.session.commit()


def add_update(user: StaffUser, rec: Recommendation, on: date, text: str, completed: bool) -> None:
    _require_edit(user)
    text = clean_text(text, 4000)
    if not text:
        raise InvalidChange("Write what has happened.")
    db.session.add(RecommendationUpdate(recommendation_id=rec.id, on=on, text=text, created_by_id=user.id))
    rec.completed = completed
    record("recommendation-update", rec, actor=user, completed=completed)
    db.session.commit()
