"""Theming approved answers and reading the theme board: each write one unit of work, audited."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import selectinload

from participation.domain.alerts import announce_raised, send_to_safeguarding
from participation.domain.answers import took_part
from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.errors import InvalidChange, NotFound
from participation.domain.jobs import enqueue, progress
from participation.domain.models import (
    Alert,
    Answer,
    AnswerTheme,
    CouncilTheme,
    Participant,
    ParticipationSession,
    Prompt,
    Review,
    StaffUser,
)
from participation.domain.models.answers import AnswerState
from participation.pure.evidence_rules import (
    answer_tone,
    asks_for_good,
    has_words,
    person_tone,
    says_nothing_more,
    theme_prior,
)
from participation.pure.safeguarding import screen
from participation.pure.sanitise import clean_text
from participation.pure.theming.classifier import classify_many
from participation.pure.theming.emerging import cluster
from participation.pure.theming.taxonomy import PII_KIND_LABELS, PII_PLACEHOLDERS, THEMES_BY_ID
from participation.pure.theming.training import Example

SYNC_LIMIT = 500  # more approved answers than this at once are themed by a background job
TONES = ("positive", "mixed", "negative")
# What an officer does to an answer's tone: keep the classifier's suggestion as theirs, or set their own.
TONE_ACTIONS = {"tone-confirm": None, **{f"tone-{t}": t for t in TONES}}
# "none": the officer decided no theme fits; "remove": one theme taken off, suggested or confirmed
ACTIONS = ("confirm", "set", "add", "remove", "none", *TONE_ACTIONS)
NO_THEME = "none"  # the theme filter for answers no theme fits, and the choice of none on one answer
NO_THEME_FITS = "No theme fits"
PAGE_SIZE = 25  # answers to check on one page
TRANSLATION_LIMIT = 2000  # characters in an officer's English translation
SENT_TO_SAFEGUARDING = ("The translation reads like a possible disclosure of harm, so the answer has gone to the safeguarding "
                        "lead with it. No pack prints it until they decide.")


# ---- suggesting ------------------------------------------------------------------------------


def readable_words(answer: Answer) -> str | None:
    """The words the English models can read: an officer's translation, or the answer itself if the screen
    read it as English. Words in another language with no translation yet are not guessed at."""
    return answer.translation or (answer.text if answer.screened and answer.language in (None, "en") else None)


def suggest(answers: list[Answer]) -> int:
    """Store suggestions for approved answers that no officer has themed yet (nor decided no theme fits).
    Caller commits.

    A written answer in another language, until an officer translates it, gets only its question's
    theme and no tone: the English models would only guess at words they cannot read. One that says nothing
    more than "fine", "idk" or "nothing" (evidence_rules.says_nothing_more, the rule packs count by) gets no
    theme: a pack counts it toward none, and the officer may still choose one.

    A suggestion the question's own theme decided (`theme_prior`: the words alone would have suggested another
    theme or none, or no words were read) is marked `from_question`, so the officer knows to check it."""
    todo = [a for a in answers if a.state == AnswerState.APPROVED.value and not a.no_theme_fits
            and not any(t.source == "confirmed" for t in a.themes)]
    words = {a.id: readable_words(a) for a in todo if a.text}
    texts = [a for a in todo if has_words(words.get(a.id))]  # "12" has nothing for the models to read
    # The question's own theme weighs in: most answers to "What would help you feel safer?" are about safety.
    priors = [theme_prior(a.prompt.bank_slug, a.prompt.theme) for a in texts]
    results = dict(zip([a.id for a in texts], classify_many([words[a.id] for a in texts], prompt_themes=priors,
                                                            questions=[a.prompt.text for a in texts]), strict=True))
    for a in todo:
        a.themes = []
        db.session.flush()
        if a.id in results:
            c = results[a.id]
            if not a.tone_confirmed:  # an officer's tone is never replaced by a suggestion
                # "xbox" in answer to "What is one good thing…?" is good news: the suggestion reads the
                # question as the pack does, so the board and the pack never disagree.
                a.tone = answer_tone(words[a.id], c.tone, asks_for_good(a.prompt.bank_slug))
            if says_nothing_more(a.text):
                a.emerging = False  # nothing to suggest, nor to group into a new theme
                continue
            kept = [s for s in c.themes if s.theme not in (a.removed_themes or ())]  # an officer's removal stands
            a.emerging = not c.fits_well or not kept
            a.themes = [
                AnswerTheme(theme=s.theme, rank=i, confidence=round(s.confidence, 3), words=list(s.words), source="suggested",
                            from_question=s.from_question)
                for i, s in enumerate(kept)
            ]
        elif a.text:
            # Not read (another language) or nothing to read (figures alone): the question's theme, to confirm.
            if not a.tone_confirmed:
                a.tone = None
            # Figures alone ("12") to a question with no theme fit none: they wait under "No theme fits" for an
            # officer. Words nobody could read are not "emerging": nothing was read.
            # Only emoji or stray letters say nothing: no theme, as for "fine".
            prior = None if says_nothing_more(a.text) else theme_prior(a.prompt.bank_slug, a.prompt.theme)
            prior = prior if prior not in (a.removed_themes or ()) else None
            a.emerging = words.get(a.id) is not None and not prior and not says_nothing_more(a.text)
            a.themes = [AnswerTheme(theme=prior, rank=0, confidence=1.0, source="suggested", from_question=True)] if prior else []
        elif a.prompt.theme:
            # Scale and choice answers take the theme their prompt is tagged with.
            a.themes = [AnswerTheme(theme=a.prompt.theme, rank=0, confidence=1.0, source="prompt")]
            a.tone = _scale_tone(a.scale) if a.scale else None
    return len(todo)


def _scale_tone(scale: int) -> str:
    return "positive" if scale >= 4 else "negative" if scale <= 2 else "mixed"


def after_approval(answer_ids: list[int], council_id: int, user_id: int | None) -> None:
    """Theme newly approved answers: inline when few, as a background job when many."""
    if not answer_ids:
        return
    if len(answer_ids) > SYNC_LIMIT:
        enqueue("theme-answers", {"answer_ids": answer_ids}, council_id=council_id, user_id=user_id)
        return
    answers = db.session.execute(select(Answer).where(Answer.id.in_(answer_ids))).scalars().all()
    suggest(list(answers))
    db.session.commit()


def theme_answers_job(job, answer_ids: list[int], review_id: int | None = None) -> dict:
    """Suggestions for these answers; says how many got one (the rest: nothing the models could match, or only
    themes an officer took off them, so they wait for an officer)."""
    done = got = 0
    for start in range(0, len(answer_ids), 500):
        chunk = list(db.session.execute(select(Answer).where(Answer.id.in_(answer_ids[start : start + 500]))).scalars())
        suggest(chunk)
        got += sum(1 for a in chunk if a.themes)
        done += len(chunk)
        progress(job, done, len(answer_ids))
    return {"themed": got, "looked_at": done}


def unthemed_approved_ids(review: Review) -> list[int]:
    """Approved answers that can take a theme and have none: written ones, and those whose prompt has one.
    An answer an officer decided no theme fits has its themes decided: it is not one of them."""
    sessions = select(ParticipationSession.id).where(ParticipationSession.review_id == review.id)
    themed = select(AnswerTheme.answer_id)
    # One an officer took every theme off is theirs to choose for (it stays "to check"): a run would suggest nothing;
    # so is one that says nothing more than "fine" (it is suggested no theme).
    return [
        answer_id for answer_id, removed, text in db.session.execute(
            select(Answer.id, Answer.removed_themes, Answer.text)
            .join(Prompt, Prompt.id == Answer.prompt_id)
            .where(
                Answer.session_id.in_(sessions),
                Answer.state == AnswerState.APPROVED.value,
                Answer.id.not_in(themed),
                Answer.no_theme_fits.is_(False),
                or_(Answer.text.is_not(None), Prompt.theme.is_not(None)),
            )
        )
        if not removed and not (text and says_nothing_more(text))
    ]


# ---- officers decide -------------------------------------------------------------------------


def theme_labels(council_id: int) -> dict[str, str]:
    labels = {t.id: t.label for t in THEMES_BY_ID.values()}
    for t in db.session.execute(select(CouncilTheme).where(CouncilTheme.council_id == council_id)).scalars():
        labels[t.theme_id] = t.label
    return labels


def _review_answers(review: Review, ids: list[int]) -> list[Answer]:
    sessions = select(ParticipationSession.id).where(ParticipationSession.review_id == review.id)
    return list(
        db.session.execute(
            select(Answer)
            .where(Answer.id.in_(ids), Answer.session_id.in_(sessions), Answer.state == AnswerState.APPROVED.value)
            .options(selectinload(Answer.themes))  # every answer's themes are read: one query, not one each
        ).scalars()
    )


def _check_action(review: Review, action: str, theme: str | None) -> None:
    if action not in ACTIONS:
        raise InvalidChange("Choose what to do with the selected answers.")
    if action in ("set", "add", "remove") and theme not in theme_labels(review.council_id):
        raise InvalidChange("Choose a theme.")


def would_change(answer: Answer, action: str, theme: str | None = None) -> bool:
    """Whether `action` changes this answer's themes (or tone), so the officer can be told how many will change."""
    if action in TONE_ACTIONS:
        tone = TONE_ACTIONS[action] or answer.tone
        return tone is not None and (not answer.tone_confirmed or answer.tone != tone)
    if action == "confirm":
        # Words nobody has read (another language, no translation yet) have only their question's theme as a
        # suggestion: an officer chooses their themes on them, never confirms that in passing.
        return any(t.source != "confirmed" for t in answer.themes) and not (answer.text and readable_words(answer) is None)
    if action == "set":
        return [(t.theme, t.source) for t in answer.themes] != [(theme, "confirmed")]
    if action == NO_THEME:
        return not answer.no_theme_fits
    if action == "remove":
        return any(t.theme == theme for t in answer.themes)
    return (theme, "confirmed") not in {(t.theme, t.source) for t in answer.themes}


def count_changes(review: Review, answer_ids: list[int], action: str, theme: str | None = None) -> int:
    """How many of these answers `apply` would change."""
    _check_action(review, action, theme)
    return sum(would_change(a, action, theme) for a in _review_answers(review, answer_ids))


def apply(user: StaffUser, review: Review, answer_ids: list[int], action: str, theme: str | None = None, **detail) -> int:
    """confirm: keep the suggestions as the officer's; set: make `theme` the only theme; add: add `theme`
    as the officer's and leave the other suggestions on the answer as suggestions, still to be checked.
    tone-confirm keeps the suggested tone as the officer's; tone-positive (mixed, negative) sets theirs.

    Answers the action would not change are left alone; returns how many changed. `detail` goes into
    the audit event (how the answers were chosen, say)."""
    answers = _review_answers(review, answer_ids)
    if not answers:
        raise InvalidChange("Select at least one answer.")
    _check_action(review, action, theme)
    changed = [a for a in answers if would_change(a, action, theme)]
    if action in TONE_ACTIONS:
        for a in changed:
            a.tone, a.tone_confirmed = TONE_ACTIONS[action] or a.tone, True
        if changed:
            record("tone-confirmed", review, actor=user, answer_ids=[a.id for a in changed], tone=TONE_ACTIONS[action], **detail)
        db.session.commit()
        return len(changed)
    if action == NO_THEME:
        for a in changed:
            _no_theme_fits(a)
        if changed:
            record("themes-none", review, actor=user, answer_ids=[a.id for a in changed], **detail)
        db.session.commit()
        return len(changed)
    if action == "remove":
        for a in changed:
            _remove_theme(a, theme)
        if changed:
            record("themes-remove", review, actor=user, answer_ids=[a.id for a in changed], theme=theme,
                   left_without_theme=[a.id for a in changed if not a.themes], **detail)
        db.session.commit()
        return len(changed)
    for a in changed:
        if action == "confirm":
            for t in a.themes:
                t.source, t.confirmed_by_id = "confirmed", user.id
        elif action == "set":
            a.themes = []
            db.session.flush()
            a.themes = [AnswerTheme(theme=theme, rank=0, source="confirmed", confirmed_by_id=user.id)]
        else:
            same = next((t for t in a.themes if t.theme == theme), None)
            if same is None:
                a.themes.append(AnswerTheme(theme=theme, rank=len(a.themes), source="confirmed", confirmed_by_id=user.id))
            else:  # the officer agrees with this one suggestion, and only this one
                same.source, same.confirmed_by_id = "confirmed", user.id
        a.emerging = False if action != "confirm" else a.emerging and not a.themes
        if action != "confirm":
            a.no_theme_fits = False  # a theme chosen now undoes an earlier "no theme fits"
            a.removed_themes = [t for t in (a.removed_themes or ()) if t != theme]  # and an earlier removal
    if changed:
        record("themes-" + action, review, actor=user, answer_ids=[a.id for a in changed], theme=theme, **detail)
    db.session.commit()
    return len(changed)


def left_without_theme(review: Review, answer_ids: list[int], theme: str) -> int:
    """How many of these answers would have no theme at all once `theme` is taken off them."""
    return sum(1 for a in _review_answers(review, answer_ids) if a.themes and all(t.theme == theme for t in a.themes))


def _remove_theme(answer: Answer, theme: str) -> None:
    """`theme` off this answer; the others keep their order (the next becomes the main one) and their source.
    One left with none is to check again: an officer chooses its themes or decides no theme fits."""
    kept = [t for t in sorted(answer.themes, key=lambda t: t.rank) if t.theme != theme]
    answer.themes = kept
    answer.removed_themes = sorted({*(answer.removed_themes or ()), theme})
    for rank, t in enumerate(kept):
        t.rank = rank


def choose_themes(user: StaffUser, review: Review, answer_id: int, theme_ids: list[str]) -> Answer:
    """One answer's themes as an officer chose them on it, all confirmed: a change, an addition and a removal
    in one step. Themes it had keep their order (the main one first) and the words they were suggested from.
    NO_THEME alone is the officer's decision that no theme fits (decide_no_theme); beside a theme it is refused."""
    answer = written_answer(review, answer_id)
    labels = theme_labels(review.council_id)
    chosen = list(dict.fromkeys(t for t in theme_ids if t in labels))
    if NO_THEME in theme_ids:
        if chosen:
            raise InvalidChange(f"Choose its themes, or \u201c{NO_THEME_FITS}\u201d, not both.")
        return decide_no_theme(user, review, answer.id)
    if not chosen:
        raise InvalidChange(f"Choose at least one theme, or \u201c{NO_THEME_FITS}\u201d.")
    had = {t.theme: t for t in answer.themes}
    before = [(t.theme, t.source) for t in answer.themes]
    chosen.sort(key=lambda t: had[t].rank if t in had else len(had))
    answer.themes = []
    db.session.flush()
    answer.themes = [AnswerTheme(theme=t, rank=i, source="confirmed", confirmed_by_id=user.id,
                                 confidence=had[t].confidence if t in had else None, words=list(had[t].words) if t in had else [])
                     for i, t in enumerate(chosen)]
    answer.emerging = False
    unticked = sorted(set(had) - set(chosen))
    answer.removed_themes = sorted((set(answer.removed_themes or ()) | set(unticked)) - set(chosen))
    if before != [(t, "confirmed") for t in chosen]:
        record("themes-chosen", review, actor=user, answer_ids=[answer.id], themes=chosen,
               **({"removed": unticked} if unticked else {}))
    answer.no_theme_fits = False  # its themes are chosen now: an earlier "no theme fits" is undone
    db.session.commit()
    return answer


def undo_no_theme(user: StaffUser, review: Review, answer_id: int) -> Answer:
    """Take back an officer's "no theme fits" on this answer: it is to check again, with fresh suggestions."""
    answer = written_answer(review, answer_id)
    if not answer.no_theme_fits:
        return answer  # nothing to take back, nothing to record
    answer.no_theme_fits = False
    suggest([answer])
    record("themes-none-undone", review, actor=user, answer_ids=[answer.id])
    db.session.commit()
    return answer


def _no_theme_fits(answer: Answer) -> None:
    answer.themes = []
    db.session.flush()
    answer.no_theme_fits = True


def decide_no_theme(user: StaffUser, review: Review, answer_id: int) -> Answer:
    """An officer read this answer and decided no theme fits it: its themes go (suggested, or chosen before), the
    decision is kept on it (so it is no longer to check, and packs count it toward no theme, never under one), and
    audited.
    Choosing a theme for it later undoes this. Words in another language may be decided on like any: the officer
    chooses, as they may choose its themes, without a translation."""
    answer = written_answer(review, answer_id)
    if answer.no_theme_fits:
        return answer  # already decided: nothing changes, nothing to record
    _no_theme_fits(answer)
    record("themes-none", review, actor=user, answer_ids=[answer.id])
    db.session.commit()
    return answer


def confirm_answer(user: StaffUser, review: Review, answer: Answer) -> int:
    """One answer as an officer reads it, its suggested themes and tone side by side: both confirmed as theirs."""
    tone = apply(user, review, [answer.id], "tone-confirm") if answer.tone and not answer.tone_confirmed else 0
    return apply(user, review, [answer.id], "confirm") + tone


def written_answer(review: Review, answer_id: int) -> Answer:
    """One approved written answer of this review: the only kind that is themed by hand or starred."""
    answers = _review_answers(review, [answer_id])
    if not answers or not answers[0].text:
        raise NotFound("Only approved written answers can be themed or starred as quotes.")
    return answers[0]


def star(user: StaffUser, review: Review, answer_id: int, on: bool) -> Answer:
    answer = written_answer(review, answer_id)
    answer.starred = on
    record("quote-starred" if on else "quote-unstarred", answer, actor=user, review_id=review.id)
    db.session.commit()
    return answer


def in_another_language(answer: Answer) -> bool:
    """Words the screen read as another language, or with some words in another script ("she cooks اكل عربي
    for me"): the only words an officer translates."""
    return answer.language not in (None, "en") or any(
        ch.isalpha() and not ch.isascii() and not unicodedata.name(ch, "").startswith("LATIN") for ch in answer.text or "")


def translate(user: StaffUser, review: Review, answer_id: int, translation: str) -> Answer:
    """set_translation, on Check themes."""
    answer = written_answer(review, answer_id)
    set_translation(user, answer, translation, review_id=review.id)
    return answer


def set_translation(user: StaffUser, answer: Answer, translation: str, **where) -> Alert | None:
    """An officer's English translation of words in another language, kept beside the original (which
    never changes); packs print it, and the suggestions read it. Screened like any words that may be
    printed: a personal detail is refused; words that read like harm send the answer, with the
    translation, to the safeguarding lead (held: no pack prints it until they decide), and the alert is
    returned. Blank removes it. `where` (review_id or session_id) goes in the audit log."""
    if not in_another_language(answer):
        raise InvalidChange("These words are in English: they need no translation.")
    text = clean_text(translation)
    if len(text) > TRANSLATION_LIMIT:
        raise InvalidChange(f"The translation is too long: write it in {TRANSLATION_LIMIT:,} characters or fewer.")
    result = screen(text) if text else None
    if result and result.removals:
        # Name what was found and the placeholder to write (a reviewer's find: "a personal detail" said which?).
        kinds = ", ".join(PII_KIND_LABELS.get(k, k) for k in result.pii_kinds)
        marks = " or ".join(PII_PLACEHOLDERS.get(k, "[name]") for k in result.pii_kinds)
        raise InvalidChange(f"The translation has a personal detail in it ({kinds}). Write it with the detail left "
                            f"out, as {marks}.", suggestion=result.redacted)
    answer.translation = text or None
    record("answer-translated" if text else "answer-translation-removed", answer, actor=user, **where)
    if result and result.disclosure:
        alert = send_to_safeguarding(user, answer, source="translation", categories=result.categories, cues=result.cues, words=text)
        record("answer-escalated", answer, actor=user, session_id=answer.session_id, alert_id=alert.id, reason="translation")
    else:
        alert = None
        suggest([answer])  # suggestions read the translation now (themes an officer confirmed are kept)
    db.session.commit()
    if alert is not None:
        announce_raised([alert])
    return alert


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:60]


def _same_name(label: str) -> str:
    """A theme's name as a person reads it: case, spacing and punctuation make no other theme."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", label).casefold() if ch.isalnum())


def _named_like(council_id: int, label: str) -> str | None:
    """The label of a base or council theme with the same name as `label`, if there is one."""
    labels = theme_labels(council_id)
    wanted = _same_name(label)
    for existing in (*labels.values(), *(t.label for t in THEMES_BY_ID.values())):
        if _same_name(existing) == wanted:
            return existing
    theme_id = _slug(label)
    return labels.get(theme_id) if theme_id in labels else None


def new_theme(user: StaffUser, review: Review, label: str, answer_ids: list[int]) -> CouncilTheme:
    label = (label or "").strip()
    if not label:
        raise InvalidChange("Give the new theme a name.")
    theme_id = _slug(label)
    if not theme_id or theme_id == NO_THEME:
        raise InvalidChange("There is already a theme with that name. Choose another name.")
    # One name, one theme: a second "Being heard in decisions" would show twice on the board, in every
    # answer's tick boxes and in the pack, each counting part of the same young people.
    if existing := _named_like(review.council_id, label):
        said = (f"There is already a theme called \u201c{existing}\u201d." if _same_name(existing) == _same_name(label)
                else f"That name is too close to the theme \u201c{existing}\u201d.")
        raise InvalidChange(f"{said} To put these answers under it, choose it for them on Check themes, or give the new "
                            "theme a name of its own.")
    theme = CouncilTheme(council_id=review.council_id, theme_id=theme_id, label=label[:120], created_by_id=user.id)
    db.session.add(theme)
    db.session.flush()
    for a in _review_answers(review, answer_ids):
        a.themes = []
        db.session.flush()
        a.themes = [AnswerTheme(theme=theme_id, rank=0, source="confirmed", confirmed_by_id=user.id)]
        a.emerging = a.no_theme_fits = False
    record("theme-created", theme, actor=user, label=theme.label, answer_ids=list(answer_ids))
    db.session.commit()
    return theme


# ---- reading the board -----------------------------------------------------------------------


@dataclass
class Filters:
    session_id: int | None = None
    group: str | None = None
    age: str | None = None
    time_in_care: str | None = None

    def active(self) -> bool:
        return any([self.session_id, self.group, self.age, self.time_in_care])


@dataclass
class ThemeRow:
    theme: str
    label: str
    young_people: int
    # Its young people by how they felt about it, each once, by the pack's rules (evidence_rules.answer_tone,
    # person_tone): they add up to young_people.
    tone: Counter
    answers: list[Answer] = field(default_factory=list)
    starred: list[Answer] = field(default_factory=list)
    unconfirmed: int = 0  # answers with it only as a suggestion
    suggested_only: int = 0  # young people on it only by a suggestion: the pack, which counts confirmed themes, leaves them out


@dataclass
class Board:
    rows: list[ThemeRow]
    young_people: int  # of those who took part, how many wrote an approved answer with a theme
    answers: int
    about_you: dict[str, list[str]]
    took_part: int = 0  # young people who took part (answers.took_part: the count every screen and pack gives)
    # answer -> the theme a pack quotes it under, if starred: its main (first) theme, once an officer confirmed it
    main_theme: dict[int, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)


def about_you_options(review: Review) -> dict[str, list[str]]:
    prompts = db.session.execute(
        select(Prompt).join(ParticipationSession).where(ParticipationSession.review_id == review.id, Prompt.about_you.is_not(None))
    ).scalars()
    options: dict[str, list[str]] = {}
    for p in prompts:
        options.setdefault(p.about_you, [])
        options[p.about_you] += [o for o in p.options if o not in options[p.about_you]]
    return options


def _participants_answering(review: Review, kind: str, value: str):
    return (
        select(Answer.participant_id)
        .join(Prompt, Prompt.id == Answer.prompt_id)
        .join(ParticipationSession, ParticipationSession.id == Answer.session_id)
        .where(ParticipationSession.review_id == review.id, Prompt.about_you == kind, Answer.state == AnswerState.APPROVED.value)
        .where(Answer.choices.is_not(None))
    ), value


def _matching_participants(review: Review, kind: str, value: str) -> set[int]:
    query, _ = _participants_answering(review, kind, value)
    rows = db.session.execute(query.add_columns(Answer.choices)).all()
    return {pid for pid, choices in rows if choices and value in choices}


def board(review: Review, filters: Filters) -> Board:
    where = [
        ParticipationSession.review_id == review.id,
        Answer.state == AnswerState.APPROVED.value,  # only approved answers ever reach the board
        Answer.text.is_not(None),  # a theme is raised by what young people wrote
    ]
    if filters.session_id:
        where.append(Answer.session_id == filters.session_id)
    if filters.group:
        where.append(Participant.group == filters.group)
    query = (
        select(Answer, AnswerTheme, Prompt.bank_slug)
        .join(ParticipationSession, ParticipationSession.id == Answer.session_id)
        .join(Participant, Participant.id == Answer.participant_id)
        .join(Prompt, Prompt.id == Answer.prompt_id)
        .join(AnswerTheme, AnswerTheme.answer_id == Answer.id)
        .where(*where)
        .order_by(Answer.id)
    )
    allowed: set[int] | None = None
    for kind, value in (("age-band", filters.age), ("time-in-care", filters.time_in_care)):
        if value:
            matching = _matching_participants(review, kind, value)
            allowed = matching if allowed is None else allowed & matching
    labels = theme_labels(review.council_id)
    by_theme: dict[str, ThemeRow] = {}
    # theme -> young person -> the tones of their answers on it, as a pack reads each answer's tone
    tones: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    confirmed: dict[str, set[int]] = defaultdict(set)  # theme -> young people on it by a confirmed theme
    main_theme: dict[int, str] = {}
    everyone: set[int] = set()
    answer_ids: set[int] = set()
    for answer, at, bank_slug in db.session.execute(query).all():
        if allowed is not None and answer.participant_id not in allowed:
            continue
        if says_nothing_more(answer.text):  # "fine", "ok", "nothing": counted toward no theme, as in packs
            continue
        row = by_theme.setdefault(at.theme, ThemeRow(at.theme, labels.get(at.theme, at.theme), 0, Counter()))
        tones[at.theme][answer.participant_id].add(
            answer_tone(answer.text, answer.tone, asks_for_good(bank_slug), answer.tone_confirmed))
        everyone.add(answer.participant_id)
        answer_ids.add(answer.id)
        if at.source == "confirmed":
            confirmed[at.theme].add(answer.participant_id)
            if at.rank == 0:
                main_theme[answer.id] = at.theme
        if answer.text:
            row.answers.append(answer)
            if answer.starred:
                row.starred.append(answer)
            if at.source == "suggested":
                row.unconfirmed += 1
    for theme, row in by_theme.items():
        # In young people, each once, as the pack counts them: the three add up to those who raised it.
        row.tone = Counter(person_tone(t) for t in tones[theme].values())
        row.young_people = len(tones[theme])
        row.suggested_only = row.young_people - len(confirmed[theme])
    rows = sorted(by_theme.values(), key=lambda r: (-r.young_people, r.label))
    # Who took part in the sessions in view, by the one definition, then narrowed by the same filters.
    taking_part = took_part(s.id for s in review.sessions if not filters.session_id or s.id == filters.session_id)
    counted = [p for p, taker in taking_part.items()
               if (not filters.group or taker.group == filters.group) and (allowed is None or p in allowed)]
    return Board(rows, len(everyone), len(answer_ids), about_you_options(review), len(counted), main_theme, labels)


def emerging_groups(review: Review, session_id: int | None = None) -> list[tuple[list[Answer], tuple[str, ...]]]:
    """Approved written answers no theme fits well, or that an officer decided no theme fits, grouped by the
    words they share: what a new council theme could be made from."""
    where = [
        ParticipationSession.review_id == review.id,
        Answer.state == AnswerState.APPROVED.value,
        or_(Answer.emerging.is_(True), Answer.no_theme_fits.is_(True)),
        Answer.text.is_not(None),
    ]
    if session_id:
        where.append(Answer.session_id == session_id)
    answers = list(db.session.execute(select(Answer).join(ParticipationSession).where(*where)).scalars())
    answers = [a for a in answers if not any(t.source == "confirmed" for t in a.themes)]
    by_id = {a.id: a for a in answers}
    return [([by_id[k] for k in g.keys], g.common_words) for g in cluster([(a.id, a.text) for a in answers])]


@dataclass
class ThemingFilter:
    """Which written answers an officer is checking; every part is optional."""

    prompt_id: int | None = None
    theme: str | None = None  # a theme id, or NO_THEME for answers with none: none fits well, or an officer decided so
    tone: str | None = None
    unconfirmed: bool = True  # only answers with a theme still to check
    tone_to_check: bool = False  # only answers whose tone no officer has confirmed

    def active(self) -> bool:
        return any([self.prompt_id, self.theme, self.tone])


@dataclass
class ThemingPage:
    answers: list[Answer]
    total: int  # answers matching the filter, on every page
    page: int
    pages: int
    per_page: int = PAGE_SIZE

    @property
    def first(self) -> int:
        """The position of this page's first answer among all that match, counting from 1."""
        return (self.page - 1) * self.per_page + 1


def written_prompts(review: Review) -> list[Prompt]:
    """The review's written prompts, in the order they are asked, for the question filter."""
    return list(
        db.session.execute(
            select(Prompt)
            .join(ParticipationSession, ParticipationSession.id == Prompt.session_id)
            .where(ParticipationSession.review_id == review.id, Prompt.kind == "text")
            .order_by(ParticipationSession.id, Prompt.position)
        ).scalars()
    )


def _theming_query(review: Review, f: ThemingFilter):
    sessions = select(ParticipationSession.id).where(ParticipationSession.review_id == review.id)
    query = select(Answer.id).where(
        Answer.session_id.in_(sessions), Answer.state == AnswerState.APPROVED.value, Answer.text.is_not(None)
    )
    if f.unconfirmed:
        # Still to check: nothing confirmed (nor decided that no theme fits) yet, or a suggestion left beside an
        # officer's own theme.
        confirmed = select(AnswerTheme.answer_id).where(AnswerTheme.source == "confirmed")
        suggested = select(AnswerTheme.answer_id).where(AnswerTheme.source == "suggested")
        query = query.where(or_(and_(Answer.id.not_in(confirmed), Answer.no_theme_fits.is_(False)), Answer.id.in_(suggested)))
    if f.tone_to_check:
        # An answer no theme fits counts under no theme, so no pack reads its tone: nothing to check.
        query = query.where(Answer.tone_confirmed.is_(False), Answer.no_theme_fits.is_(False))
    if f.prompt_id:
        query = query.where(Answer.prompt_id == f.prompt_id)
    if f.theme == NO_THEME:
        query = query.where(Answer.id.not_in(select(AnswerTheme.answer_id)))
    elif f.theme:
        query = query.where(Answer.id.in_(select(AnswerTheme.answer_id).where(AnswerTheme.theme == f.theme)))
    if f.tone:
        query = query.where(Answer.tone == f.tone)
    return query


def matching_ids(review: Review, f: ThemingFilter) -> list[int]:
    """Every answer the filter matches, on all pages: what "all answers matching the filter" means."""
    return list(db.session.execute(_theming_query(review, f).order_by(Answer.id)).scalars())


def answers_to_theme(review: Review, f: ThemingFilter, page: int = 1, per_page: int = PAGE_SIZE) -> ThemingPage:
    """One page of the answers the filter matches, oldest first; a page past the end shows the last."""
    ids = _theming_query(review, f)
    total = db.session.execute(select(func.count()).select_from(ids.subquery())).scalar_one()
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    query = (
        select(Answer)
        .where(Answer.id.in_(ids))
        .options(selectinload(Answer.themes), selectinload(Answer.prompt))
        .order_by(Answer.id)
        .offset((page - 1) * per_page)
        .limit(per_page)
    )
    return ThemingPage(list(db.session.execute(query).scalars()), total, page, pages, per_page)


def confirmed_examples() -> list[Example]:
    """Every approved written answer whose themes or tone an officer confirmed, as training examples
    (themes empty where only the tone was confirmed; tone None where only the themes were).

    An answer with a suggestion still beside the officer's own theme has its themes left out until it
    is checked: its themes are not yet all known."""
    undecided = select(AnswerTheme.answer_id).where(AnswerTheme.source == "suggested")
    rows = db.session.execute(
        select(Answer.id, AnswerTheme.theme)
        .join(AnswerTheme, AnswerTheme.answer_id == Answer.id)
        .where(AnswerTheme.source == "confirmed", Answer.text.is_not(None), Answer.state == AnswerState.APPROVED.value)
        .where(Answer.id.not_in(undecided))
        .order_by(Answer.id, AnswerTheme.rank)
    ).all()
    by_answer: dict[int, list[str]] = {}
    for answer_id, theme in rows:
        by_answer.setdefault(answer_id, []).append(theme)
    tones = dict(db.session.execute(
        select(Answer.id, Answer.tone)
        .where(Answer.tone_confirmed.is_(True), Answer.tone.in_(TONES), Answer.text.is_not(None),
               Answer.state == AnswerState.APPROVED.value)
    ).all())
    # The models learn from words they can read: a translation, or the answer itself in English; words in
    # another language with no translation teach nothing.
    answers = db.session.execute(select(Answer).where(Answer.id.in_(set(by_answer) | set(tones)))).scalars()
    read = {a.id: (words, a.prompt.text) for a in answers if (words := readable_words(a))}
    return [Example(f"db-{i}", read[i][0], tuple(by_answer.get(i, ())), tones.get(i), prompt=read[i][1])
            for i in sorted(read)]
