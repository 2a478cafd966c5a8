"""Evidence packs: who may read them, building, publishing frozen versions, downloads. One unit of work each."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from sqlalchemy import select

from participation.domain import moderation, themes, you_said_we_did
from participation.domain import pack_content as pack_data
from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.errors import InvalidChange, NotFound
from participation.domain.jobs import enqueue, progress
from participation.domain.models import (
    Answer,
    Pack,
    PackFile,
    PackVersion,
    Review,
    Role,
    StaffUser,
    review_access,
)
from participation.pure.local_time import uk_today
from participation.pure.render import render_csv, render_docx, render_html, render_pdf
from participation.pure.sanitise import clean_text
from participation.pure.steps import Step, announce, progress_steps

MEDIA_TYPES = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "csv": "text/csv; charset=utf-8",
}


# ---- who may read what ------------------------------------------------------------------------


def can_read(user: StaffUser, review: Review) -> bool:
    """Officers and admins read their council's reviews; scrutiny users only those they were given."""
    if review.council_id != user.council_id:
        return False
    if user.has_role(Role.OFFICER):
        return True
    return user.role == Role.SCRUTINY.value and user in review.scrutiny_users


def readable_review(user: StaffUser, review_id: int) -> Review:
    review = db.session.get(Review, review_id)
    if review is None or not can_read(user, review):
        raise NotFound()
    return review


def get_pack(user: StaffUser, pack_id: int, published_only: bool) -> Pack:
    pack = db.session.get(Pack, pack_id)
    if pack is None or not can_read(user, pack.review):
        raise NotFound()
    if published_only and not user.has_role(Role.OFFICER) and not pack.versions:
        raise NotFound()
    return pack


def get_version(user: StaffUser, pack_id: int, number: int) -> PackVersion:
    pack = get_pack(user, pack_id, published_only=True)
    version = next((v for v in pack.versions if v.number == number), None)
    if version is None:
        raise NotFound()
    return version


def scrutiny_reviews(user: StaffUser) -> list[Review]:
    if user.role == Role.SCRUTINY.value:
        return user_reviews(user)
    return []


def user_reviews(user: StaffUser) -> list[Review]:
    return list(
        db.session.execute(
            select(Review).join(review_access, review_access.c.review_id == Review.id)
            .where(review_access.c.staff_id == user.id, Review.council_id == user.council_id)
        ).scalars()
    )


def published_packs(review: Review) -> list[Pack]:
    return [p for p in db.session.execute(select(Pack).where(Pack.review_id == review.id).order_by(Pack.id)).scalars() if p.versions]


def packs_of(review: Review) -> list[Pack]:
    return list(db.session.execute(select(Pack).where(Pack.review_id == review.id).order_by(Pack.id.desc())).scalars())


def scrutiny_users(user: StaffUser) -> list[StaffUser]:
    return list(
        db.session.execute(
            select(StaffUser).where(StaffUser.council_id == user.council_id, StaffUser.role == Role.SCRUTINY.value)
            .order_by(StaffUser.name)
        ).scalars()
    )


def set_access(user: StaffUser, review: Review, staff_ids: list[int]) -> None:
    chosen = [u for u in scrutiny_users(user) if u.id in set(staff_ids)]
    review.scrutiny_users = chosen
    record("scrutiny-access-set", review, actor=user, staff_ids=[u.id for u in chosen])
    db.session.commit()


# ---- packs ------------------------------------------------------------------------------------


def _messages(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()][:5]


def create_pack(user: StaffUser, review: Review, title: str, session_ids: list[int] | None, messages: str = "") -> Pack:
    valid = {s.id for s in review.sessions}
    chosen = sorted(set(session_ids or []) & valid) or None
    if session_ids and not chosen:
        raise InvalidChange("Choose sessions from this review.")
    pack = Pack(review_id=review.id, title=clean_text(title, 200) or review.title, session_ids=chosen,
                messages=clean_text(messages, 3000), created_by_id=user.id)
    db.session.add(pack)
    db.session.flush()
    record("pack-created", pack, actor=user, review_id=review.id, session_ids=chosen)
    db.session.commit()
    return pack


def update_messages(user: StaffUser, pack: Pack, messages: str) -> None:
    pack.messages = clean_text(messages, 3000)
    record("pack-messages-edited", pack, actor=user)
    db.session.commit()


def set_invited(user: StaffUser, pack: Pack, invited: str) -> None:
    """How many young people were invited to the pack's sessions, for "x of y took part"; blank clears it."""
    value = (invited or "").strip().replace(",", "")
    if not value:
        pack.invited = None
    elif not value.isdigit() or int(value) < 1:
        raise InvalidChange("Enter how many young people were invited as a whole number, like 60, or leave it blank.")
    else:
        took_part = pack_data.took_part(pack.review, pack.session_ids)
        if int(value) < took_part:
            raise InvalidChange(f"{took_part} young people took part, so at least {took_part} were invited.")
        pack.invited = int(value)
    record("pack-invited-set", pack, actor=user, invited=pack.invited)
    db.session.commit()


# ---- the pre-publish check: words that will be printed -------------------------------------------


def translate_words(user: StaffUser, pack: Pack, answer_id: int, translation: str) -> Answer:
    return themes.translate(user, pack.review, answer_id, translation)


def edit_words(user: StaffUser, pack: Pack, answer_id: int, text: str) -> None:
    moderation.edit_for_pack(user, themes.written_answer(pack.review, answer_id), text)


def print_original_words(user: StaffUser, pack: Pack, answer_id: int, original: bool) -> None:
    """For words in another language: print the young person's own words with the translation after
    them (`original`), or, as by default, the translation alone in their place."""
    answer = themes.written_answer(pack.review, answer_id)
    if not pack_data.needs_translation(answer):
        raise InvalidChange("These words are in English: the pack prints them as they are.")
    record(pack_data.ORIGINAL_KEPT if original else pack_data.ORIGINAL_DROPPED, answer, actor=user, pack_id=pack.id)
    db.session.commit()


def leave_out_words(user: StaffUser, pack: Pack, answer_id: int) -> None:
    moderation.leave_out_of_packs(user, themes.written_answer(pack.review, answer_id))


def preview(pack: Pack) -> dict:
    return pack_data.build(pack.review, pack.session_ids, pack.title, _messages(pack.messages), status="preview", invited=pack.invited)


def check(pack: Pack) -> dict:
    """The pre-publish check: what the pack covers, counts that would change, quotes left out."""
    return pack_data.check(pack.review, pack.session_ids)


def preview_content(review: Review, session_ids: list[int] | None) -> dict:
    """A preview of a pack for a review that has none yet (the command line's `packs build`)."""
    return pack_data.build(review, session_ids, review.title, status="preview")


RENDERERS = {
    "html": lambda content: render_html(content, standalone=True).encode("utf-8"),
    "pdf": render_pdf,
    "docx": render_docx,
    "csv": lambda content: render_csv(content).encode("utf-8"),
}


FORMATS = tuple(RENDERERS)

# Publishing's steps, as its job page lists them: publish_pack_job counts them off in `job.done` in this order.
PUBLISH_FORMAT_STEPS = {"html": "Make the web page", "pdf": "Make the PDF", "docx": "Make the Word file",
                        "csv": "Make the CSV file"}
PUBLISH_STEPS = ("Check the pack and count its figures", *(PUBLISH_FORMAT_STEPS[f] for f in FORMATS),
                 "Save the new version")


def render(content: dict, fmt: str) -> bytes:
    return RENDERERS[fmt](content)


def figures_changed(pack: Pack, checked_as: str, took_part_then: int | None = None) -> str | None:
    """Why the pack cannot go out as checked, or None: the figures moved since the check page was read
    (a session still open, an answer decided or themed meanwhile)."""
    digest, took_part = pack_data.figures_digest(pack.review, pack.session_ids)
    if not checked_as or digest == checked_as:
        return None
    moved = (f" ({took_part_then} young people took part then, {took_part} now)"
             if took_part_then is not None and took_part_then != took_part else "")
    return (f"The figures changed since you read the check{moved}: answers came in or were decided meanwhile. "
            "Read the check again, then publish.")


def start_publishing(user: StaffUser, pack: Pack, correction_note: str = "", publish_anyway: bool = False,
                     without_quotes: bool = False, checked_as: str = "", took_part_then: int | None = None):
    """Publishing always follows the check: while approved written answers have no confirmed theme,
    only an explicit "publish anyway" lets it through, and while the pack would print no young person's
    words at all, only an explicit "publish without quotes"; the pack then says so in its method. `checked_as`
    is the digest the check page showed: if the figures moved since, nothing is published and the officer
    reads the check again (the job compares once more before it builds)."""
    note = clean_text(correction_note, 2000)
    if pack.versions and not note:
        raise InvalidChange("Say what this correction changes: it is printed in the new version.")
    if why := figures_changed(pack, checked_as, took_part_then):
        raise InvalidChange(why)
    checked = check(pack)
    unthemed = checked["coverage"]["unthemed"]
    if unthemed and not publish_anyway:
        raise InvalidChange(
            f"{unthemed} approved written answer{'s have' if unthemed != 1 else ' has'} no confirmed theme. "
            "Confirm their themes first, or tick \u201cPublish anyway\u201d."
        )
    if checked["no_quotes"] and not without_quotes:
        raise InvalidChange(
            "The pack has no quotes: no young person's words are starred for it. Star a quote for each theme on "
            "the theme board, or tick \u201cPublish without quotes\u201d."
        )
    return enqueue(
        "publish-pack", {"pack_id": pack.id, "user_id": user.id, "note": note, "publish_anyway": bool(unthemed and publish_anyway),
                         "without_quotes": bool(checked["no_quotes"] and without_quotes), "checked_as": checked_as},
        council_id=pack.review.council_id, user_id=user.id,
    )


def publish_pack_job(job, pack_id: int, user_id: int, note: str = "", publish_anyway: bool = False,
                     without_quotes: bool = False, on: str | None = None, checked_as: str = "") -> dict:
    """Freezes a new version: its content, every file, and a SHA-256 of each file. `on` (YYYY-MM-DD) is
    the day it says it was published, today unless given (the demo's history uses it)."""
    steps = len(PUBLISH_STEPS)
    progress(job, 0, steps)
    pack = db.session.get(Pack, pack_id)
    if why := figures_changed(pack, checked_as):
        raise InvalidChange(why)  # the job page says so; nothing is published
    number = (pack.latest.number if pack.latest else 0) + 1
    day = date.fromisoformat(on) if on else uk_today()
    content = pack_data.build(
        pack.review, pack.session_ids, pack.title, _messages(pack.messages), status="published",
        version=number, published_on=day, correction_note=note or None, publish_anyway=publish_anyway,
        invited=pack.invited, today=day, without_quotes=without_quotes,
    )
    progress(job, 1, steps)
    files = {}
    for i, fmt in enumerate(FORMATS):
        files[fmt] = render(content, fmt)
        progress(job, i + 2, steps)
    # The last step, saving, is done when this returns: the job runner then counts every step done.
    at = datetime.utcnow() if not on else datetime.combine(day, datetime.utcnow().time())
    version = PackVersion(pack_id=pack.id, number=number, content=content, correction_note=note, published_by_id=user_id,
                          published_at=at)
    db.session.add(version)
    db.session.flush()
    for fmt, data in files.items():
        db.session.add(PackFile(version_id=version.id, format=fmt, data=data, sha256=hashlib.sha256(data).hexdigest(), size=len(data)))
    record("pack-published", pack, actor=db.session.get(StaffUser, user_id), version=number,
           coverage={k: content["coverage"][k] for k in ("written", "themed", "no_theme", "unthemed")},
           publish_anyway=content["coverage"]["publish_anyway"], without_quotes=content["coverage"]["without_quotes"],
           sha256={fmt: hashlib.sha256(d).hexdigest() for fmt, d in files.items()})
    db.session.commit()
    return {"version": number, "pack_id": pack.id}


def publish_progress(job) -> tuple[list[Step], str]:
    """The publishing job's steps with where it has got to (done, now, still to do, or the one that failed), and
    that in one sentence for a screen reader."""
    found = progress_steps(PUBLISH_STEPS, job.state, job.done)
    return found, announce(found)


def told_since(version: PackVersion) -> list[dict]:
    """Sessions whose "You said, we did" page was written after this version was prepared (the frozen
    pack says it had not been): the app says so beside the pack, so the two never contradict."""
    by_code = {s.join_code: s for s in version.pack.review.sessions}
    out = []
    for item in version.content.get("follow_up") or []:
        found = by_code.get(item.get("code"))
        entry = you_said_we_did.entry_for(found) if found is not None and not item.get("written_on") else None
        if entry is not None:
            out.append({"session": item["session"], "written_on": entry.updated_on})
    return out


def file_of(version: PackVersion, fmt: str) -> PackFile:
    found = next((f for f in version.files if f.format == fmt), None)
    if found is None:
        raise NotFound()
    return found


def record_download(user: StaffUser, version: PackVersion, fmt: str) -> None:
    record("pack-downloaded", version.pack, actor=user, version=version.number, format=fmt)
    db.session.commit()


def record_read(user: StaffUser, version: PackVersion) -> None:
    record("pack-read", version.pack, actor=user, version=version.number)
    db.session.commit()
