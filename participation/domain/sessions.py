"""Reviews, sessions and prompts: each function one unit of work, committed once."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from participation.domain.answers import took_part_by_session
from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.errors import InvalidChange, NotAllowed, NotFound
from participation.domain.models import Answer, ParticipationSession, Prompt, Review, StaffUser
from participation.domain.models.sessions import PromptKind, SessionState
from participation.pure import codes, help_numbers, languages
from participation.pure.prompt_bank import by_slug, options_for
from participation.pure.sanitise import one_line


def reviews_for(user: StaffUser) -> list[Review]:
    return list(
        db.session.execute(
            select(Review).where(Review.council_id == user.council_id).order_by(Review.created_at.desc())
        ).scalars()
    )


def get_review(user: StaffUser, review_id: int) -> Review:
    review = db.session.get(Review, review_id)
    if review is None or review.council_id != user.council_id:
        raise NotFound()
    return review


def get_session(user: StaffUser, session_id: int) -> ParticipationSession:
    found = db.session.get(ParticipationSession, session_id)
    if found is None or found.review.council_id != user.council_id:
        raise NotFound()
    return found


def create_review(user: StaffUser, title: str, description: str, ilacs_areas: list[str]) -> Review:
    review = Review(
        council_id=user.council_id,
        title=one_line(title),
        description=description.strip(),
        ilacs_areas=list(ilacs_areas),
        created_by_id=user.id,
    )
    db.session.add(review)
    db.session.flush()
    record("review-created", review, actor=user, title=review.title)
    db.session.commit()
    return review


def unique_code() -> str:
    while True:
        code = codes.new_code()
        taken = db.session.execute(
            select(ParticipationSession.id).where(ParticipationSession.join_code == code)
        ).first()
        if not taken:
            return code


def create_session(
    user: StaffUser, review: Review, title: str, on: date, audience: str, place: str = "", youth_title: str = ""
) -> ParticipationSession:
    for _ in range(5):
        session_obj = ParticipationSession(
            review_id=review.id,
            title=one_line(title),
            date=on,
            audience=audience,
            place=one_line(place),
            youth_title=one_line(youth_title),
            join_code=unique_code(),
            created_by_id=user.id,
        )
        if user.role == "officer":
            session_obj.officers.append(user)
        db.session.add(session_obj)
        try:
            db.session.flush()
        except IntegrityError:  # two officers drew the same code in the same instant
            db.session.rollback()
            continue
        record("session-created", session_obj, actor=user, review_id=review.id, title=session_obj.title)
        db.session.commit()
        return session_obj
    raise InvalidChange("Could not make a join code. Try again.")


def _require_draft(session_obj: ParticipationSession) -> None:
    if session_obj.state != SessionState.DRAFT.value:
        raise InvalidChange("Prompts cannot change once the session has opened, so every answer matches its question.")


def _next_position(session_obj: ParticipationSession) -> int:
    return max((p.position for p in session_obj.prompts), default=0) + 1


def add_from_bank(user: StaffUser, session_obj: ParticipationSession, slugs: list[str]) -> int:
    _require_draft(session_obj)
    bank = by_slug()
    already = {p.bank_slug for p in session_obj.prompts}
    position = _next_position(session_obj)
    added = 0
    for slug in slugs:
        item = bank.get(slug)
        if item is None or slug in already:
            continue
        db.session.add(
            Prompt(
                session_id=session_obj.id,
                position=position,
                kind=item["kind"],
                text=item["text"],
                hint=item.get("hint", ""),
                options=options_for(item, session_obj.audience),
                theme=item.get("theme"),
                max_length=item.get("max_length") or (500 if item["kind"] == "text" else None),
                about_you=item.get("about_you"),
                bank_slug=slug,
            )
        )
        position += 1
        added += 1
    record("prompts-added", session_obj, actor=user, slugs=list(slugs))
    db.session.commit()
    db.session.refresh(session_obj)
    return added


def _check_prompt(kind: str, options: list[str]) -> None:
    if kind in (PromptKind.SINGLE.value, PromptKind.MULTIPLE.value) and len(options) < 2:
        raise InvalidChange("Give at least two choices, one on each line.")


def _clean_translations(translations: dict | None) -> dict | None:
    """Only shipped languages other than English, only words that were written; None when there are none."""
    kept = {}
    for code, words in (translations or {}).items():
        if code not in languages.BY_CODE or code == languages.SOURCE:
            continue
        entry = {field: (words.get(field) or "").strip() for field in ("text", "hint")}
        entry = {field: value for field, value in entry.items() if value}
        if entry:
            kept[code] = entry
    return kept or None


def add_prompt(
    user: StaffUser, session_obj: ParticipationSession, kind, text, hint, options, theme, max_length, translations=None
) -> Prompt:
    _require_draft(session_obj)
    _check_prompt(kind, options)
    prompt = Prompt(
        translations=_clean_translations(translations),
        session_id=session_obj.id,
        position=_next_position(session_obj),
        kind=kind,
        text=text.strip(),
        hint=hint.strip(),
        options=options if kind in ("single", "multiple") else [],
        theme=theme or None,
        max_length=(max_length or 500) if kind == "text" else None,
    )
    db.session.add(prompt)
    db.session.flush()
    record("prompt-added", prompt, actor=user, session_id=session_obj.id)
    db.session.commit()
    return prompt


def update_prompt(user: StaffUser, prompt: Prompt, kind, text, hint, options, theme, max_length, translations=None) -> None:
    _require_draft(prompt.session)
    _check_prompt(kind, options)
    prompt.translations = _clean_translations(translations)
    prompt.kind = kind
    prompt.text = text.strip()
    prompt.hint = hint.strip()
    prompt.options = options if kind in ("single", "multiple") else []
    prompt.theme = theme or None
    prompt.max_length = (max_length or 500) if kind == "text" else None
    record("prompt-edited", prompt, actor=user, session_id=prompt.session_id)
    db.session.commit()


def move_prompt(user: StaffUser, prompt: Prompt, direction: str) -> None:
    session_obj = prompt.session
    _require_draft(session_obj)
    ordered = list(session_obj.prompts)
    i = ordered.index(prompt)
    j = i - 1 if direction == "up" else i + 1
    if not 0 <= j < len(ordered):
        return
    ordered[i], ordered[j] = ordered[j], ordered[i]
    _renumber(ordered)
    record("prompt-moved", prompt, actor=user, direction=direction)
    db.session.commit()


def _renumber(ordered: list[Prompt]) -> None:
    # Two passes so the unique (session, position) constraint never sees a clash mid-way.
    for k, p in enumerate(ordered):
        p.position = -(k + 1)
    db.session.flush()
    for k, p in enumerate(ordered):
        p.position = k + 1
    db.session.flush()


def remove_prompt(user: StaffUser, prompt: Prompt) -> None:
    session_obj = prompt.session
    _require_draft(session_obj)
    rest = [p for p in session_obj.prompts if p.id != prompt.id]
    record("prompt-removed", prompt, actor=user, text=prompt.text)
    db.session.delete(prompt)
    db.session.flush()
    _renumber(rest)
    db.session.commit()


def get_prompt(user: StaffUser, session_obj: ParticipationSession, prompt_id: int) -> Prompt:
    prompt = db.session.get(Prompt, prompt_id)
    if prompt is None or prompt.session_id != session_obj.id:
        raise NotFound()
    return prompt


def open_session(user: StaffUser, session_obj: ParticipationSession) -> None:
    if not session_obj.prompts:
        raise InvalidChange("Add at least one prompt before you open the session.")
    if session_obj.state == SessionState.CLOSED.value:
        raise InvalidChange("This session has closed. Make a new session to ask again.")
    session_obj.state = SessionState.OPEN.value
    session_obj.opened_at = datetime.utcnow()
    record("session-opened", session_obj, actor=user)
    db.session.commit()


def close_session(user: StaffUser, session_obj: ParticipationSession) -> None:
    if session_obj.state != SessionState.OPEN.value:
        raise InvalidChange("Only an open session can be closed.")
    session_obj.state = SessionState.CLOSED.value
    session_obj.closed_at = datetime.utcnow()
    record("session-closed", session_obj, actor=user)
    db.session.commit()


UPDATES_MONTHS_AHEAD = 18  # the furthest "we will tell you what changed by" may be from the session


def months_for_updates(session_obj: ParticipationSession) -> list[date]:
    """The months an officer may promise "what changed" by: the session's month and the 18 after it."""
    first = session_obj.date.replace(day=1)
    return [date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1) for i in range(UPDATES_MONTHS_AHEAD + 1)]


def set_updates_by(user: StaffUser, session_obj: ParticipationSession, month: date | None) -> None:
    """The month young people are told they will hear what changed; None takes the promise away."""
    if month is not None and month not in months_for_updates(session_obj):
        raise InvalidChange("Choose a month from the list: no earlier than the session, at most 18 months after it.")
    session_obj.updates_by = month
    record("session-updates-by-set", session_obj, actor=user, month=month.isoformat() if month else None)
    db.session.commit()


def set_local_contact(
    user: StaffUser, session_obj: ParticipationSession, name: str, phone: str, hours: str = ""
) -> None:
    """The council's own contact young people see first in help (its leaving care team, say). All empty
    takes it away; otherwise a name and a UK number young people can dial, and the hours if known."""
    name, hours = " ".join((name or "").split()), " ".join((hours or "").split())
    if not (name or (phone or "").strip() or hours):
        shown = ""
    else:
        if not name:
            raise InvalidChange("Enter who young people will reach, for example Northshire leaving care team.")
        if len(name) > help_numbers.LOCAL_NAME_MAX or len(hours) > help_numbers.LOCAL_HOURS_MAX:
            raise InvalidChange(f"Keep the name and the hours under {help_numbers.LOCAL_NAME_MAX} characters each.")
        try:
            shown = help_numbers.uk_phone(phone)
        except help_numbers.PhoneNumberError as e:
            raise InvalidChange(str(e)) from e
    session_obj.local_contact_name = name if shown else ""
    session_obj.local_contact_phone = shown
    session_obj.local_contact_hours = hours if shown else ""
    record("session-local-contact-set", session_obj, actor=user, name=session_obj.local_contact_name or None,
           phone=shown or None, hours=session_obj.local_contact_hours or None)
    db.session.commit()


def set_languages(user: StaffUser, session_obj: ParticipationSession, codes_chosen: list[str]) -> None:
    """The languages young people may choose in this session. English is always offered (every page is
    written in it first); choosing every language, or none besides English, is stored as it reads."""
    chosen = [lang.code for lang in languages.offered([c for c in codes_chosen if c in languages.BY_CODE] or [languages.SOURCE])]
    session_obj.languages = None if len(chosen) == len(languages.LANGUAGES) else chosen
    record("session-languages-set", session_obj, actor=user, languages=chosen)
    db.session.commit()


def council_officers(user: StaffUser) -> list[StaffUser]:
    return list(
        db.session.execute(
            select(StaffUser).where(StaffUser.council_id == user.council_id, StaffUser.role == "officer", StaffUser.active.is_(True))
            .order_by(StaffUser.name)
        ).scalars()
    )


def set_officers(user: StaffUser, session_obj: ParticipationSession, staff_ids: list[int]) -> None:
    """The officers running a session moderate it and get its alerts; there is always at least one."""
    if user.role != "admin" and session_obj.officers and user not in session_obj.officers:
        raise NotAllowed()  # otherwise any officer could add themselves and read raw words
    chosen = [o for o in council_officers(user) if o.id in set(staff_ids)]
    if not chosen:
        raise InvalidChange("Choose at least one officer to run the session.")
    session_obj.officers = chosen
    record("session-officers-set", session_obj, actor=user, staff_ids=[o.id for o in chosen])
    db.session.commit()


def summary_rows() -> list[tuple]:
    """Every session of every council: id, review, title, join code, state, young people (who took part,
    answers.took_part's definition), answers."""
    answers = select(func.count(Answer.id)).where(Answer.session_id == ParticipationSession.id).scalar_subquery()
    rows = db.session.execute(
        select(ParticipationSession.id, Review.title, ParticipationSession.title, ParticipationSession.join_code,
               ParticipationSession.state, answers)
        .join(Review, Review.id == ParticipationSession.review_id)
        .order_by(ParticipationSession.id)
    ).all()
    people = took_part_by_session([r[0] for r in rows])
    return [(*r[:5], people[r[0]], r[5]) for r in rows]
