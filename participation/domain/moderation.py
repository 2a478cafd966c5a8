"""Moderation: the queue of answers and the decisions on them; each one unit of work, audited, committed once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from difflib import SequenceMatcher

from sqlalchemy import delete, exists, func, or_, select

from participation.domain import screening
from participation.domain.alerts import announce_raised, send_to_safeguarding
from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.errors import InvalidChange, NotFound
from participation.domain.models import Alert, Answer, AuditEvent, ParticipationSession, Prompt, StaffUser
from participation.domain.models.answers import REJECT_REASONS, AnswerState, ScreenLabel
from participation.domain.models.sessions import session_officers
from participation.domain.themes import after_approval, set_translation
from participation.pure.local_time import uk_today
from participation.pure.safeguarding import screen
from participation.pure.sanitise import clean_text
from participation.pure.theming.taxonomy import PII_KIND_LABELS

TEXT_KINDS = ("text",)


# ---- who may moderate what ------------------------------------------------------------------


def moderated_session_ids(user: StaffUser):
    """Sessions whose answers this user moderates: only the officers running them (raw words go no further)."""
    return select(session_officers.c.session_id).where(session_officers.c.staff_id == user.id)


def may_moderate(user: StaffUser, session_id: int) -> bool:
    return db.session.scalar(select(exists().where(moderated_session_ids(user).subquery().c[0] == session_id)))


def get_answer(user: StaffUser, answer_id: int) -> Answer:
    answer = db.session.get(Answer, answer_id)
    if answer is None or not may_moderate(user, answer.session_id):
        raise NotFound()
    return answer


def sessions_to_moderate(user: StaffUser) -> list[ParticipationSession]:
    ids = moderated_session_ids(user)
    return list(
        db.session.execute(
            select(ParticipationSession).where(ParticipationSession.id.in_(ids)).order_by(ParticipationSession.date.desc())
        ).scalars()
    )


@dataclass
class Queue:
    answers: list[Answer]
    pending_total: int
    newest_id: int


# At or above this risk the screen's model reads harm as more likely than not: the "read first" filter
# shows these with the words the screen could not read.
HIGH_RISK = 0.5


@dataclass(frozen=True)
class QueueFilter:
    """Which waiting answers a moderator is looking at: one session, one prompt, only the ones to read first."""

    session_id: int | None = None
    prompt_id: int | None = None
    read_first: bool = False

    @property
    def narrowed(self) -> bool:
        """True when the filter hides some of the moderator's answers beyond choosing a session."""
        return bool(self.prompt_id or self.read_first)


def is_high_risk(answer: Answer) -> bool:
    return (answer.risk or 0.0) >= HIGH_RISK


def _waiting(user: StaffUser, f: QueueFilter) -> list:
    where = [Answer.state == AnswerState.PENDING.value, Answer.session_id.in_(moderated_session_ids(user))]
    if f.session_id:
        where.append(Answer.session_id == f.session_id)
    if f.prompt_id:
        where.append(Answer.prompt_id == f.prompt_id)
    if f.read_first:
        where.append(or_(Answer.screened.is_(False), func.coalesce(Answer.risk, 0) >= HIGH_RISK))
    return where


# Words the screen could not read come first, then the riskiest, then the oldest: a disclosure the
# screen missed, or could not read, still reaches a person early.
QUEUE_ORDER = (Answer.screened.asc(), func.coalesce(Answer.risk, 0).desc(), Answer.id)


def queue(user: StaffUser, f: QueueFilter | None = None, limit: int = 200) -> Queue:
    """Pending answers, most urgent first (unread, then riskiest); never those held for safeguarding."""
    where = _waiting(user, f or QueueFilter())
    answers = list(db.session.execute(select(Answer).where(*where).order_by(*QUEUE_ORDER).limit(limit)).scalars())
    total = db.session.scalar(select(func.count(Answer.id)).where(*where)) or 0
    newest = db.session.scalar(select(func.max(Answer.id)).where(*where)) or 0
    return Queue(answers, total, newest)


def waiting_count(user: StaffUser, f: QueueFilter | None = None) -> int:
    """How many answers are left in this moderator's queue, as filtered: the page counts down with it."""
    return db.session.scalar(select(func.count(Answer.id)).where(*_waiting(user, f or QueueFilter()))) or 0


def prompts_to_moderate(user: StaffUser, session_id: int | None = None) -> list[Prompt]:
    """The prompts of the sessions this user moderates (one session's when given), for the queue's filter."""
    where = [Prompt.session_id.in_(moderated_session_ids(user))]
    if session_id:
        where.append(Prompt.session_id == session_id)
    return list(db.session.execute(select(Prompt).where(*where).order_by(Prompt.session_id.desc(), Prompt.position)).scalars())


def unscreened_waiting(user: StaffUser) -> int:
    """Answers waiting for this user that the screen could not read: the staff banner counts them."""
    where = [Answer.state == AnswerState.PENDING.value, Answer.screened.is_(False),
             Answer.session_id.in_(moderated_session_ids(user))]
    return db.session.scalar(select(func.count(Answer.id)).where(*where)) or 0


def newer_than(user: StaffUser, after_id: int, f: QueueFilter | None = None) -> int:
    where = [*_waiting(user, f or QueueFilter()), Answer.id > after_id]
    return db.session.scalar(select(func.count(Answer.id)).where(*where)) or 0


# ---- the same visit sent twice -----------------------------------------------------------------

# One visit has one answer per question, so a repeat is the same words sent again to another question (pasted
# twice, or sent before a dropped signal and again after). Shorter words ("nothing", "idk") are often given to
# several questions on purpose: they are never called repeats.
REPEAT_MIN_CHARS = 12
REPEAT_SIMILARITY = 0.9


def _normalised(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


def same_words(a: str, b: str) -> bool:
    """The same words, or nearly (a letter, a space or a stop apart), long enough to be more than a set phrase."""
    x, y = _normalised(a), _normalised(b)
    if min(len(x), len(y)) < REPEAT_MIN_CHARS:
        return False
    return x == y or SequenceMatcher(None, x, y).ratio() >= REPEAT_SIMILARITY


def repeats(answers: list[Answer]) -> dict[int, Answer]:
    """For each waiting written answer here that repeats words its own visit sent earlier to another question,
    that earlier answer: the moderator is told, and can leave the repeat out in one step. Nothing is left out
    without them."""
    waiting = [a for a in answers if a.text and a.state == AnswerState.PENDING.value]
    if not waiting:
        return {}
    earlier = db.session.execute(
        select(Answer).where(Answer.participant_id.in_({a.participant_id for a in waiting}), Answer.text.is_not(None))
        .order_by(Answer.id)
    ).scalars()
    by_visit: dict[int, list[Answer]] = {}
    for b in earlier:
        by_visit.setdefault(b.participant_id, []).append(b)
    found = {}
    for a in waiting:
        for b in by_visit.get(a.participant_id, []):
            if b.id >= a.id:
                break
            if b.state == AnswerState.REJECTED.value and b.reject_reason == "duplicate":
                continue  # itself left out as a repeat: the one to compare with is the one it repeated
            if same_words(a.text, b.text):
                found[a.id] = b
                break
    return found


# ---- decisions --------------------------------------------------------------------------------


def _require_pending(answer: Answer) -> None:
    if answer.disclosure:
        # A possible disclosure is held for safeguarding; it never reaches the queue's decisions.
        raise InvalidChange("This answer is with the safeguarding lead.")
    if answer.state != AnswerState.PENDING.value:
        raise InvalidChange("Someone has already decided about this answer.")


def _decided(user: StaffUser, answer: Answer, state: str) -> None:
    answer.state = state
    answer.decided_by_id = user.id
    answer.decided_on = uk_today()
    answer.raw_text = None  # the exact words are only kept until a person decides


def _screened_edit(answer: Answer, edited_text: str, then: str = "approve") -> str:
    """An officer's edit of an answer's words, screened again like the young person's own words."""
    return _screened(answer, edited_text, then)[0]


def _screened(answer: Answer, edited_text: str, then: str = "approve") -> tuple[str, str]:
    """_screened_edit, with the language the screen read the edit in."""
    new_text = clean_text(edited_text, answer.prompt.max_length or 1000)
    if not new_text:
        raise InvalidChange("The edited answer is empty. Leave it out instead, with a reason.")
    result = screen(new_text)
    if result.removals:
        kinds = ", ".join(PII_KIND_LABELS.get(k, k) for k in result.pii_kinds)
        raise InvalidChange(
            f"The edit has a personal detail in it ({kinds}). Take it out, then {then}.", suggestion=result.redacted
        )
    if result.disclosure:
        raise InvalidChange("The edit reads like a possible disclosure of harm. Escalate it to safeguarding instead.")
    return new_text, result.language


def approve(user: StaffUser, answer: Answer, edited_text: str | None = None) -> None:
    _require_pending(answer)
    edited = edited_text is not None and clean_text(edited_text) != (answer.text or "")
    if edited:
        answer.text = _screened_edit(answer, edited_text)
        answer.removals = []
    _decided(user, answer, AnswerState.APPROVED.value)
    screening.keep_label(user.council_id, answer.text, disclosure=False, source="approved")
    record("answer-approved", answer, actor=user, session_id=answer.session_id, edited=bool(edited))
    db.session.commit()
    after_approval([answer.id], user.council_id, user.id)


def reject(user: StaffUser, answer: Answer, reason: str, repeat_of: int | None = None) -> None:
    """Leave an answer out, with a reason; `repeat_of` is the answer it repeats, when it was left out as one."""
    _require_pending(answer)
    if reason not in REJECT_REASONS:
        raise InvalidChange("Choose a reason for leaving this answer out.")
    _decided(user, answer, AnswerState.REJECTED.value)
    answer.reject_reason = reason
    original = db.session.get(Answer, repeat_of) if repeat_of and reason == "duplicate" else None
    same_visit = original is not None and original.participant_id == answer.participant_id and original.id != answer.id
    repeated = {"repeat_of": original.id} if same_visit else {}
    record("answer-rejected", answer, actor=user, session_id=answer.session_id, reason=reason, **repeated)
    db.session.commit()


def _require_approved_words(answer: Answer) -> None:
    if answer.state != AnswerState.APPROVED.value or not answer.text:
        raise InvalidChange("Only approved written answers can be changed before a pack is published.")


def edit_for_pack(user: StaffUser, answer: Answer, edited_text: str) -> None:
    """Before a pack is published: an approved answer's words edited to take out a detail that could
    point to one young person (screened again); published versions keep what they printed."""
    _require_approved_words(answer)
    new_text, language = _screened(answer, edited_text, then="save")
    if new_text == answer.text:
        return
    answer.text = new_text
    answer.language = language  # an officer may write words in another language in English
    answer.removals = []
    answer.edits = (answer.edits or 0) + 1
    answer.translation = None  # a translation of the old words would no longer match
    for t in answer.themes:
        t.words = []  # nor would the words a suggestion came from
    record("answer-edited-for-pack", answer, actor=user, session_id=answer.session_id)
    db.session.commit()


def leave_out_of_packs(user: StaffUser, answer: Answer) -> None:
    """Before a pack is published: an approved answer left out because it could identify someone.
    It is counted with the answers left out for that reason, never shown."""
    _require_approved_words(answer)
    answer.state = AnswerState.REJECTED.value
    answer.reject_reason = "identifying"
    answer.starred = False
    record("answer-left-out-for-pack", answer, actor=user, session_id=answer.session_id, reason="identifying")
    db.session.commit()


def translate(user: StaffUser, answer: Answer, translation: str) -> Alert | None:
    """A waiting answer's English translation, typed at the queue by an officer who can read its language (or
    with an interpreter): the screen reads it at once, so words it could not read reach the safeguarding lead
    as soon as a person has turned them into English. Returns the alert, if the translation raised one."""
    _require_pending(answer)
    return set_translation(user, answer, translation, session_id=answer.session_id)


def escalate(user: StaffUser, answer: Answer, note: str = "") -> Alert:
    alert = send_to_safeguarding(user, answer)
    record("answer-escalated", answer, actor=user, session_id=answer.session_id, alert_id=alert.id, note=clean_text(note, 1000))
    db.session.commit()
    announce_raised([alert])
    return alert


def bulk_approve(user: StaffUser, answer_ids: list[int]) -> int:
    """Approve many clean scale and choice answers at once; free text always needs a look."""
    if not answer_ids:
        return 0
    answers = db.session.execute(
        select(Answer).where(
            Answer.id.in_(answer_ids),
            Answer.state == AnswerState.PENDING.value,
            Answer.disclosure.is_(False),
            Answer.text.is_(None),
            Answer.session_id.in_(moderated_session_ids(user)),
        )
    ).scalars().all()
    for answer in answers:
        _decided(user, answer, AnswerState.APPROVED.value)
    record("answers-approved-in-bulk", None, actor=user, count=len(answers), answer_ids=[a.id for a in answers])
    db.session.commit()
    after_approval([a.id for a in answers], user.council_id, user.id)
    return len(answers)


def clean_choice_ids(user: StaffUser, f: QueueFilter | None = None) -> list[int]:
    where = [*_waiting(user, f or QueueFilter()), Answer.text.is_(None)]
    return list(db.session.execute(select(Answer.id).where(*where)).scalars())


def read_raw(user: StaffUser, answer: Answer) -> str | None:
    record("raw-text-viewed", answer, actor=user, session_id=answer.session_id)
    db.session.commit()
    return answer.raw_text


# ---- decided today -----------------------------------------------------------------------------

DECISION_EVENTS = ("answer-approved", "answer-rejected", "answer-escalated")
BULK_APPROVAL = "answers-approved-in-bulk"


@dataclass(frozen=True)
class DecidedView:
    """Which of today's decisions the Decided today page lists: whose, and how far back."""

    key: str
    label: str  # its link among the views
    phrase: str  # what it shows, as the link to it from an empty view says it
    mine: bool
    within: timedelta | None  # None: the whole of today
    wider: str | None  # the view offered when this one is empty

    def describe_empty(self, in_session: bool) -> str:
        """The empty list's words, saying which view is on."""
        who = "You have not decided any answers" if self.mine else "Nobody has decided any answers"
        when = " in the last hour" if self.within else " today"
        return f"{who}{when}{' in this session' if in_session else ''}."


DECIDED_VIEWS = {
    v.key: v for v in (
        DecidedView("mine-hour", "Mine, last hour", "your decisions of the last hour", mine=True,
                    within=timedelta(hours=1), wider="mine-today"),
        DecidedView("mine-today", "Mine, today", "all your decisions today", mine=True, within=None,
                    wider="everyone-today"),
        DecidedView("everyone-today", "Everyone, today", "everyone's decisions today", mine=False, within=None,
                    wider=None),
    )
}
DEFAULT_DECIDED_VIEW = "mine-hour"


def decided_view(key: str | None) -> DecidedView:
    """The view asked for in the query string, or the default (the moderator's own, last hour)."""
    return DECIDED_VIEWS.get(key or "", DECIDED_VIEWS[DEFAULT_DECIDED_VIEW])


@dataclass(frozen=True)
class Decision:
    """One decided answer on the Decided today page: when it was decided (from the audit log) and by whom."""

    answer: Answer
    at: datetime | None
    by: StaffUser | None


def decisions(user: StaffUser, f: QueueFilter | None = None, view: DecidedView | None = None,
              now: datetime | None = None) -> list[Decision]:
    """Today's decisions in the sessions this moderator moderates (in one session when the filter has one): their
    own or everyone's, of the last hour or the whole day, newest first, so any of them can be undone from one list."""
    f, view = f or QueueFilter(), view or decided_view(None)
    where = [
        Answer.decided_on == uk_today(), Answer.state != AnswerState.PENDING.value,
        Answer.session_id.in_(moderated_session_ids(user)),
    ]
    if view.mine:
        where.append(Answer.decided_by_id == user.id)
    if f.session_id:
        where.append(Answer.session_id == f.session_id)
    answers = list(db.session.execute(select(Answer).where(*where)).scalars())
    times = _decision_times([a.id for a in answers])
    if view.within is not None:
        since = (now or datetime.utcnow()) - view.within
        answers = [a for a in answers if times.get(a.id) is not None and times[a.id] >= since]
    deciders = {a.decided_by_id for a in answers}
    staff = {s.id: s for s in db.session.execute(select(StaffUser).where(StaffUser.id.in_(deciders))).scalars()} if deciders else {}
    answers.sort(key=lambda a: (times.get(a.id) or datetime.min, a.id), reverse=True)
    return [Decision(a, times.get(a.id), staff.get(a.decided_by_id)) for a in answers]


def decided_today(user: StaffUser, f: QueueFilter | None = None) -> list[Answer]:
    """The answers this moderator decided today, the newest decision first."""
    return [d.answer for d in decisions(user, f, DECIDED_VIEWS["mine-today"])]


def _decision_times(answer_ids: list[int]) -> dict[int, datetime]:
    """When each answer was last decided, from the audit log (an answer keeps only the day): its own decision
    event, or the approval in bulk that named it. The last decision is the one standing, as an undo clears it."""
    if not answer_ids:
        return {}
    wanted = set(answer_ids)
    rows = db.session.execute(
        select(AuditEvent.subject_id, func.max(AuditEvent.at))
        .where(AuditEvent.subject_type == "Answer", AuditEvent.subject_id.in_(wanted), AuditEvent.action.in_(DECISION_EVENTS))
        .group_by(AuditEvent.subject_id)
    )
    times = {subject: at for subject, at in rows}
    # An approval in bulk is one event naming its answers; only today's (and the night before's) can matter.
    since = datetime.combine(uk_today() - timedelta(days=1), datetime.min.time())
    bulk = db.session.execute(
        select(AuditEvent.at, AuditEvent.detail).where(AuditEvent.action == BULK_APPROVAL, AuditEvent.at >= since)
    )
    for at, detail in bulk:
        for answer_id in (detail or {}).get("answer_ids", []):
            if answer_id in wanted and (times.get(answer_id) is None or at > times[answer_id]):
                times[answer_id] = at
    return times


# ---- undo ------------------------------------------------------------------------------------

UNDO_HELD = (
    "This answer was sent to the safeguarding lead and an alert was raised, so it cannot be undone here: "
    "an alert is only ever closed by the safeguarding lead, with a note. Tell them if it was a mistake."
)


def undo_refusal(answer: Answer) -> str | None:
    """Why a decision on this answer cannot be undone, in words for the moderator; None when it can."""
    if answer.state == AnswerState.HELD.value:
        return UNDO_HELD
    if answer.state == AnswerState.PENDING.value:
        return "This answer is already waiting in the queue."
    if answer.decided_on != uk_today():
        return "Only a decision made today can be undone."
    if answer.starred or any(t.source == "confirmed" for t in answer.themes):
        return "An officer has already themed or starred this answer, so it cannot go back to the queue."
    return None


def undo(user: StaffUser, answer: Answer) -> None:
    """Put an approved or left-out answer back in the queue, as it was before the decision.

    The exact words were purged when the decision was made and do not come back; an edit made while
    approving stays (it was screened again). A sent-to-safeguarding answer is never undone here:
    its alert stays open for the safeguarding lead.
    """
    refusal = undo_refusal(answer)
    if refusal:
        raise InvalidChange(refusal)
    was, reason = answer.state, answer.reject_reason
    if was == AnswerState.APPROVED.value:
        # Take back what approval started: the theme suggestions, and the label kept to teach the screen.
        answer.themes = []
        answer.tone = None
        answer.emerging = False
        if answer.text:
            label = db.session.scalar(
                select(ScreenLabel.id).where(
                    ScreenLabel.council_id == user.council_id, ScreenLabel.text == answer.text,
                    ScreenLabel.source == "approved", ScreenLabel.disclosure.is_(False),
                ).order_by(ScreenLabel.id.desc()).limit(1)
            )
            if label is not None:
                db.session.execute(delete(ScreenLabel).where(ScreenLabel.id == label))
    answer.state = AnswerState.PENDING.value
    answer.reject_reason = None
    answer.decided_by_id = None
    answer.decided_on = None
    record("answer-decision-undone", answer, actor=user, session_id=answer.session_id, undone=was, reason=reason)
    db.session.commit()
