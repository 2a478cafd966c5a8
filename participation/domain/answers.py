"""Joining a session and saving answers: each answer stored exactly once, nothing typed lost."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import and_, bindparam, func, insert, select
from sqlalchemy.exc import IntegrityError

from participation.domain.alerts import announce_raised, raise_from_screen
from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.models import Answer, FormToken, Participant, ParticipationSession, Prompt
from participation.domain.models.answers import AnswerState
from participation.domain.models.sessions import PromptKind, SessionState
from participation.pure import codes
from participation.pure.choices import is_other
from participation.pure.local_time import uk_today
from participation.pure.safeguarding import screen
from participation.pure.sanitise import clean_text

# Young people still answering when the officer closes the session may finish their screen.
CLOSE_GRACE = timedelta(hours=1)


def find_session(typed_code: str) -> ParticipationSession | None:
    code = codes.normalise(typed_code)
    if not codes.looks_valid(code):
        return None
    return db.session.execute(
        select(ParticipationSession).where(ParticipationSession.join_code == code)
    ).scalar_one_or_none()


def find_visit(typed_code: str, tokens) -> tuple[ParticipationSession, Participant | None] | None:
    """The session with this code and this phone's visit to it (if any), in one query.

    `tokens` are the visit tokens this phone holds; at most one belongs to this session.
    """
    code = codes.normalise(typed_code)
    if not codes.looks_valid(code):
        return None
    tokens = [t for t in tokens if isinstance(t, str)]
    if not tokens:
        found = find_session(code)
        return (found, None) if found is not None else None
    row = db.session.execute(_VISIT, {"code": code, "tokens": tokens}).first()
    return (row[0], row[1]) if row is not None else None


# The statements every answer runs, built once: building one costs about as much as running it.
_VISIT = (
    select(ParticipationSession, Participant)
    .outerjoin(
        Participant,
        and_(
            Participant.session_id == ParticipationSession.id,
            Participant.token.in_(bindparam("tokens", expanding=True)),
            # A finished visit is over: a copy of the phone's old cookie cannot reopen it.
            Participant.finished.is_(False),
        ),
    )
    .where(ParticipationSession.join_code == bindparam("code"))
)
_LOCKED = (
    select(Answer)
    .where(Answer.participant_id == bindparam("participant"), Answer.prompt_id.in_(bindparam("prompts", expanding=True)))
    .with_for_update()
)
_USE_TOKEN = insert(FormToken.__table__)  # a plain INSERT: the token is written, never read back


@dataclass(frozen=True)
class PromptCard:
    """What a young person's screen and the answer path read from a prompt, as plain data.

    Once a session has opened its prompts cannot change (sessions.py allows edits only in a draft), so
    each app process reads them once and draws every question card from this copy."""

    id: int
    session_id: int
    position: int
    kind: str
    text: str
    hint: str
    options: tuple[str, ...]
    max_length: int | None
    audience: str
    translations: dict | None = None  # an officer's own words in other languages: {lang: {text, hint}}


_CARDS: dict[tuple, tuple[PromptCard, ...]] = {}
_CARDS_KEPT = 4096  # sessions whose prompts one process keeps; far more than run at once


def prompts_key(session: ParticipationSession) -> tuple | None:
    """What names this session's prompts while they cannot change (from its opening on), so a copy of them,
    or of anything drawn from them alone, can be kept under it; None for a draft, whose prompts may change."""
    if session.state == SessionState.DRAFT.value:
        return None
    # The join code and opening time make the key: an id alone can come back after a test empties a table.
    return (session.id, session.join_code, session.opened_at)


def prompt_cards(session: ParticipationSession) -> tuple[PromptCard, ...]:
    """The session's prompts in order, read from the database once per process after it opens."""
    key = prompts_key(session)
    cards = _CARDS.get(key) if key is not None else None
    if cards is not None:
        return cards
    prompts = db.session.execute(
        select(Prompt).where(Prompt.session_id == session.id).order_by(Prompt.position)
    ).scalars()
    cards = tuple(
        PromptCard(p.id, p.session_id, p.position, p.kind, p.text, p.hint or "", tuple(p.options or ()), p.max_length,
                   session.audience, dict(p.translations or {}))
        for p in prompts
    )
    if key is not None:
        if len(_CARDS) >= _CARDS_KEPT:
            _CARDS.clear()
        _CARDS[key] = cards
    return cards


def start_visit(session: ParticipationSession) -> Participant:
    participant = Participant(session_id=session.id, token=secrets.token_urlsafe(24), joined_on=uk_today())
    db.session.add(participant)
    _commit_keeping_loaded()  # the page goes on to read the session and the visit: nothing to read again
    return participant


def accepts_answers(session: ParticipationSession, now: datetime | None = None) -> bool:
    if session.state == SessionState.OPEN.value:
        return True
    now = now or datetime.utcnow()
    return (
        session.state == SessionState.CLOSED.value
        and session.closed_at is not None
        and now - session.closed_at < CLOSE_GRACE
    )


def earlier_value(participant: Participant, prompt: Prompt | PromptCard) -> dict:
    """What this visit answered to this prompt, as its form shows it: {"answer": ..., "other": words
    written beside "Something else"}, each None if nothing yet."""
    row = db.session.execute(
        select(Answer.scale, Answer.choices, Answer.raw_text, Answer.text).where(
            Answer.participant_id == participant.id, Answer.prompt_id == prompt.id
        )
    ).first()
    return _form_value(prompt, row)


def age_band(participant: Participant) -> str | None:
    """The age band this visit chose on the optional "How old are you?" question (the prompt whose
    about_you is "age-band"), or None if it has not answered one."""
    choices = db.session.scalar(
        select(Answer.choices)
        .join(Prompt, Prompt.id == Answer.prompt_id)
        .where(Answer.participant_id == participant.id, Prompt.about_you == "age-band")
    )
    return (choices or [None])[0]


def _form_value(prompt: Prompt | PromptCard, row) -> dict:
    """An answer (a row or an Answer) as its prompt's form shows it."""
    if row is None:
        return {"answer": None, "other": None}
    # A young person sees their own words again, exactly as typed, only on their own visit.
    words = row.raw_text if row.raw_text is not None else row.text
    if prompt.kind == PromptKind.SCALE.value:
        return {"answer": str(row.scale) if row.scale else None, "other": None}
    if prompt.kind == PromptKind.SINGLE.value:
        return {"answer": (row.choices or [None])[0], "other": words}
    if prompt.kind == PromptKind.MULTIPLE.value:
        return {"answer": row.choices or [], "other": words}
    return {"answer": words, "other": None}


@dataclass(frozen=True)
class Saved:
    outcome: str  # "saved", "duplicate", "disclosure", "hardship", "unchecked" (see OFFERED_ONCE)
    # The earlier answer to the question shown next (see save_answer's `then`), read in the same
    # statement as the answer being saved; None when it was not read.
    then_value: dict | None = None


MAX_EDITS = 20  # changes to one answer in one visit; a script gets no further (a possible disclosure always does)


def _locked_answer(participant: Participant, prompt: Prompt | PromptCard, then=None) -> tuple[Answer | None, Answer | None]:
    """This visit's answer to this prompt, locked until the commit (PostgreSQL; SQLite locks on the first
    write), and its answer to the prompt `then` (the one shown next, if any) read in the same statement."""
    ids = [prompt.id] + ([then.id] if then is not None and then.id != prompt.id else [])
    found = {a.prompt_id: a for a in db.session.execute(_LOCKED, {"participant": participant.id, "prompts": ids}).scalars()}
    return found.get(prompt.id), (found.get(then.id) if then is not None else None)


OTHER_MAX_LENGTH = 200  # the words beside "Something else"
LONG_READ = 10_000  # letters of an answer too long to save that the screen still reads (says_possible_harm)


def other_words(prompt: Prompt, value, other: str | None) -> str | None:
    """The words written beside "Something else", kept only when that choice is the answer (or part of it)."""
    if prompt.kind not in (PromptKind.SINGLE.value, PromptKind.MULTIPLE.value) or not (other or "").strip():
        return None
    chosen = [value] if isinstance(value, str) else list(value or [])
    return other if any(is_other(c) for c in chosen) else None


def _screened(prompt: Prompt, value, other: str | None = None):
    """Free text cleaned and screened, before anything is written: (clean words, screening), or (None, None).
    The words beside "Something else" are text like any other: cleaned and screened the same way."""
    if prompt.kind != PromptKind.TEXT.value:
        words = other_words(prompt, value, other)
        if words is None:
            return None, None
        raw, limit = clean_text(words), OTHER_MAX_LENGTH
    else:
        raw, limit = clean_text(value), prompt.max_length
    # Care leavers' hardship (no money, heating, food or home) without harm is help, not an alert.
    care_leaver = prompt.audience == "care-leavers"
    result = screen(raw, care_leaver=care_leaver)
    # A possible disclosure is kept whole even past the question's limit (see says_possible_harm).
    return (raw if result.disclosure or limit is None else raw[:limit]), result


def says_possible_harm(prompt: Prompt | PromptCard, value, other: str | None = None) -> bool:
    """Whether the screen reads a possible disclosure in these words. Asked of an answer too long to save: words
    that may say a young person is not safe are never sent back unread for being long (they may give up); they
    are saved whole and raise an alert like any other. The screen reads the first LONG_READ letters (a page's
    worth takes it about 0.1 s; a form's whole 256 kB would take seconds, a way to tie up the server)."""
    if isinstance(value, str):
        value = value[:LONG_READ]
    _raw, result = _screened(prompt, value, other[:LONG_READ] if other else other)
    return bool(result is not None and result.disclosure)


def _apply(answer: Answer, prompt: Prompt, value, raw: str | None, result) -> None:
    """Put the value (and, for free text, its screening) on the answer."""
    kind = prompt.kind
    if kind == PromptKind.SCALE.value:
        answer.scale = int(value)
    elif kind == PromptKind.SINGLE.value:
        answer.choices = [value]
    elif kind == PromptKind.MULTIPLE.value:
        answer.choices = list(dict.fromkeys(value))  # a choice sent twice is one choice
    if kind != PromptKind.TEXT.value and result is None:
        if not answer.disclosure:  # words held for safeguarding are never lost, even if the choice changes
            answer.raw_text = answer.text = None
            answer.pii_kinds, answer.removals = [], []
            answer.language, answer.screened, answer.hardship, answer.risk = None, True, False, None
    elif result is not None:
        answer.raw_text = raw
        answer.text = result.redacted
        answer.pii_kinds = list(result.pii_kinds)
        answer.removals = [[r.kind, r.start, r.end] for r in result.removals]
        answer.disclosure = answer.disclosure or result.disclosure
        answer.language = result.language
        answer.screened = result.screened
        answer.hardship = result.hardship
        answer.risk = max(answer.risk or 0.0, result.risk) if answer.disclosure else result.risk
    # A changed answer is moderated again; one held for safeguarding stays held.
    if answer.state != AnswerState.HELD.value:
        answer.state = AnswerState.HELD.value if answer.disclosure else AnswerState.PENDING.value
        answer.decided_by_id = None
        answer.decided_on = None
        answer.reject_reason = None


# What a young person is shown after an answer, besides the next question: a check-in after words that may
# disclose harm (every time), and help with money or a home after a care leaver's hardship, offered once a
# visit: a second answer about no food goes straight on to the next question. Words the screen cannot read
# ("not checked: read first") never bring a page of their own, so a young person who writes in Tigrinya is never
# made to feel they did something wrong: the next question carries one quiet line ("unchecked"), that a person here
# will read it soon and to tap "Talk to someone here today" if not safe, after every such answer (Dawit's review,
# 2026-12-07: shown once a visit, it said nothing after the answer that mattered, his second). The answer itself is
# marked "not checked: read first" (Answer.screened), every time.
SHOWN_AFTER = ("disclosure", "hardship", "unchecked")
OFFERED_ONCE = {"hardship": "saved"}  # offered once a visit, then this instead


def _outcome(participant: Participant, screening) -> str:
    """What this answer's screening shows the young person next. A form token keeps the outcome that was
    shown, so whether an offer was made on this visit is read from the visit's earlier tokens (one query,
    made only for an answer that would bring an offer)."""
    if screening is None:
        return "saved"
    if screening.disclosure:
        return "disclosure"
    outcome = "hardship" if screening.hardship else "unchecked" if not screening.screened else "saved"
    if outcome in OFFERED_ONCE and db.session.scalar(
        select(FormToken.token).where(FormToken.participant_id == participant.id, FormToken.outcome == outcome).limit(1)
    ):
        return OFFERED_ONCE[outcome]
    return outcome


def save_answer(
    participant: Participant, prompt: Prompt | PromptCard, nonce: str, value, other: str | None = None, then=None,
) -> Saved:
    """Store one answer once. The words (and any beside "Something else") are screened before anything is
    written, once, even when the save is tried again. The form token goes in
    first, so a double tap or a retry stops there; then the answer is locked before it is read, so two
    changes sent at once are applied one after the other and an answer held for safeguarding stays held.
    `then` is the prompt shown next: its earlier answer is read with this one (Saved.then_value), so the
    next card needs no query of its own. Nothing is reloaded after the commit.
    """
    raw, screening = _screened(prompt, value, other)
    try:
        return _store(participant, prompt, nonce, value, then, raw, screening)
    except IntegrityError:
        # Another request saved this prompt's first answer for the same visit a moment ago: update that one.
        db.session.rollback()
        return _store(participant, prompt, nonce, value, then, raw, screening)


def _store(participant, prompt, nonce: str, value, then, raw: str | None, screening) -> Saved:
    """save_answer's writes, from the form token to the commit, for words already screened."""
    flagged = bool(screening and screening.disclosure)
    outcome = _outcome(participant, screening)
    try:
        # On SQLite this first write takes the database's write lock, before the answer is read.
        db.session.execute(_USE_TOKEN, {"token": nonce, "participant_id": participant.id, "used_on": uk_today(), "outcome": outcome})
    except IntegrityError:
        db.session.rollback()
        earlier = db.session.get(FormToken, nonce)
        repeated = earlier.outcome if earlier is not None and earlier.outcome in SHOWN_AFTER else "duplicate"
        return Saved(repeated)
    answer, following = _locked_answer(participant, prompt, then)
    then_value = _form_value(then, following) if then is not None else None
    if answer is None:
        answer = Answer(
            session_id=prompt.session_id,
            prompt_id=prompt.id,
            participant_id=participant.id,
            answered_on=uk_today(),
        )
        db.session.add(answer)
    elif answer.edits >= MAX_EDITS and not flagged:
        _commit_keeping_loaded()
        return Saved("saved", then_value)
    else:
        answer.edits += 1
    _apply(answer, prompt, value, raw, screening)
    db.session.flush()
    raised = None
    if flagged:  # the alert is written in the same unit of work as the answer, so neither is lost
        raised = raise_from_screen(answer, screening.categories, screening.cues, screening.similar)
    _commit_keeping_loaded()
    if raised is not None:
        announce_raised([raised])
    return Saved(outcome, then_value)


def withdraw_answer(participant: Participant, prompt: Prompt | PromptCard) -> bool:
    """Skipping a question answered before takes that answer back, unless it is held for safeguarding
    (a possible disclosure is never lost). Returns whether an answer was taken back."""
    answer, _ = _locked_answer(participant, prompt)
    if answer is None or answer.disclosure or answer.state == AnswerState.HELD.value:
        _commit_keeping_loaded()  # ends the transaction (and its lock) without reloading what the page needs
        return False
    record("answer-withdrawn", answer, actor=None, session_id=answer.session_id)
    db.session.delete(answer)
    _commit_keeping_loaded()
    return True


def _commit_keeping_loaded() -> None:
    """Commit without expiring what this request has loaded: the next question is drawn from the same
    session, visit and prompts, and reloading each after the commit would cost a query apiece."""
    session = db.session()
    session.expire_on_commit = False
    try:
        session.commit()
    finally:
        session.expire_on_commit = True


def finish_visit(participant: Participant) -> int:
    """Marks the visit finished; returns how many answers it left, so the thank-you page can say so."""
    if not participant.finished:
        participant.finished = True
        db.session.commit()
    return db.session.scalar(select(func.count(Answer.id)).where(Answer.participant_id == participant.id)) or 0


# ---- who took part: one definition for every screen that counts young people -----------------------


def _taking_part(session_ids):
    """THE definition of a young person who took part in a session, used by every head count (the
    presenter screen, the session page, the theme board, a pack and `flask sessions list`): a visit
    that saved at least one answer, whatever became of it since (still to read, approved, left out, or
    held for safeguarding). A phone that joined and answered nothing did not take part."""
    return select(Answer.participant_id).where(Answer.session_id.in_(session_ids)).distinct()


class Taker(NamedTuple):
    session_id: int
    group: str | None  # children-in-care or care-leavers, when the young person said so; else None


def took_part(session_ids) -> dict[int, Taker]:
    """The young people who took part in these sessions, by visit id, with their session and group."""
    ids = list(session_ids)
    if not ids:
        return {}
    rows = db.session.execute(
        select(Participant.id, Participant.session_id, Participant.group).where(Participant.id.in_(_taking_part(ids)))
    ).all()
    return {pid: Taker(sid, group) for pid, sid, group in rows}


def took_part_by_session(session_ids) -> dict[int, int]:
    """How many young people took part in each of these sessions (the same definition, one query)."""
    ids = list(session_ids)
    if not ids:
        return {}
    rows = db.session.execute(
        select(Participant.session_id, func.count(Participant.id))
        .where(Participant.id.in_(_taking_part(ids)))
        .group_by(Participant.session_id)
    ).all()
    return {i: 0 for i in ids} | dict(rows)


def counts(session: ParticipationSession) -> tuple[int, int]:
    """Young people who took part (took_part's definition), and answers received: the presenter
    screen, the session page and the close page."""
    answers = db.session.scalar(select(func.count(Answer.id)).where(Answer.session_id == session.id))
    return took_part_by_session([session.id])[session.id], answers or 0
