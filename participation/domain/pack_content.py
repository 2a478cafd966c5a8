"""Assembles a pack's content from the database: approved, redacted words and suppressed counts only.

Everything a renderer receives is already safe to publish: counts below the council's threshold are
replaced by "fewer than N" here, once, so no format can leak one.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from flask import current_app
from sqlalchemy import select

from participation.domain import you_said_we_did
from participation.domain.answers import took_part as taking_part
from participation.domain.db import db
from participation.domain.models import (
    Answer,
    AnswerTheme,
    AuditEvent,
    Participant,
    ParticipationSession,
    Prompt,
    Recommendation,
    Review,
)
from participation.domain.models.answers import REJECT_REASONS, AnswerState
from participation.domain.models.packs import RESPONSES
from participation.domain.models.sessions import SessionState
from participation.domain.themes import theme_labels
from participation.pure.evidence_rules import (
    HIGH_SCALE,
    LEFT_CARE,
    LOW_SCALE,
    NO_CONTENT_EXAMPLES,
    NOT_SAYING,
    answer_tone,
    asks_for_change,
    asks_for_good,
    choice_reading,
    group_said,
    negative_weight,
    person_tone,
    says_nothing_more,
    side,
    signature_question,
    signature_reason,
    tone_decided,
)
from participation.pure.local_time import uk_today
from participation.pure.reidentify import CHECKED_DETAILS, rare_details, word_counts
from participation.pure.render.schema import (
    EDITED_MARK,
    SINCE_HEADING,
    TONE_RULE,
    TRANSLATED_MARK,
    recommendation_ref,
    shown,
)
from participation.pure.safeguarding.language import name_of
from participation.pure.scale import SCALE_LABELS
from participation.pure.suppression import (
    SECONDARY_LABEL,
    WITHHELD_LABEL,
    Shown,
    in_words,
    may_say_raised,
    suppress_breakdown,
    suppress_count,
    suppress_linked,
    unknown,
)
from participation.pure.theming.classifier import classify
from participation.pure.theming.taxonomy import AUDIENCES, ILACS_AREAS, SIGNATURES_OF_RISK, THEMES_BY_ID

# Only themes a person decided count in a pack (an officer confirmed them), and a theme is "raised" by
# what young people wrote: answering a face or choice question is reported with that question instead.
DECIDED = ("confirmed",)

# For each theme, questions the task group could ask the service tomorrow, under the three questions of
# the self-evaluation: what do you know, how do you know it, what will you do. The pack puts the figure or
# quote each rests on in front of it; a theme not listed here gets the general wording (GENERAL_QUESTIONS).
THEME_QUESTIONS = {
    "social-workers": (
        "How many social workers or personal advisers has each young person had in the last 12 months, and how many were told in advance of a change?",
        "How do you check that a young person knows who their worker is, and hears when they change?",
        "What will you do to keep workers with the same young people, and to tell young people in writing when one changes?",
    ),
    "home-and-carers": (
        "How many young people are unhappy where they live, and what do their carers or homes have in common?",
        "How do you hear from young people about their home between visits and reviews?",
        "What will you do for the young people who are unhappy where they live, and by when?",
    ),
    "moves-and-stability": (
        "How many young people moved home or school in the last 12 months, and at what notice?",
        "How do you hear from young people about a move before it happens?",
        "What will you do to cut moves at short notice, and to keep young people in the same school when they move?",
    ),
    "family-and-friends-contact": (
        "How many children in care live apart from a brother or sister, and how often does each see them?",
        "How do care plans and reviews record whether a young person sees the people they want to see, and who checks it happens?",
        "What will change so that young people see the family they want to see more, brothers and sisters included, and by when?",
    ),
    "being-heard": (
        "At how many reviews in the last 12 months did the young person take part, and how many had the help they needed to follow it?",
        "How do you check that a young person understood their review and that their plan records what they said?",
        "What will change so that every young person can follow and speak in their own meetings, with the help they need booked?",
    ),
    "life-story": (
        "How many children in care have had life-story work, and how many have asked to see their records?",
        "How do you know young people understand why they are in care?",
        "What will you do so that every young person who wants it has their story explained to them?",
    ),
    "education": (
        "What do personal education plans and the virtual school's figures say about these young people's progress and exclusions?",
        "How do you hear from young people about how their school treats them, and about who knows they are in care?",
        "What will you agree with schools so that care is never talked about in front of other pupils?",
    ),
    "health-and-wellbeing": (
        "How long do young people in care wait for mental health support, and how many had their health checks on time?",
        "How do you hear from young people about their health and feelings between health checks?",
        "What will you agree with health partners to cut waits for young people in care?",
    ),
    "friendships-and-activities": (
        "How long does it take to get permission for a sleepover, a trip or a haircut, and who can give it?",
        "How do you hear from young people about the things that make them feel different from their friends?",
        "What decisions will you let carers make on the day, so that young people can have a normal life?",
    ),
    "identity-and-stigma": (
        "How do plans record young people's culture, faith, language and identity, and what is done about it?",
        "How do you hear from young people who feel treated differently because they are in care?",
        "What will you change in the words and practices that make young people feel different?",
    ),
    "housing": (
        "Where do care leavers live, how many are in hostels or unsuitable housing, and for how long?",
        "How do you hear from care leavers about their home once they have moved?",
        "What will you agree with housing partners so that no care leaver lives in a hostel?",
    ),
    "money": (
        "What do care leavers receive in allowances and grants, and how many are paid late?",
        "How do you hear from care leavers who are struggling with money before they fall into debt?",
        "What will change in what care leavers get, and when it is paid, and how will they be told?",
    ),
    "preparing-for-adulthood": (
        "How many care leavers have an up-to-date pathway plan they helped to write, and keep a personal adviser after 21?",
        "How do you hear from care leavers about what happens when they turn 18?",
        "What will change so that no young person feels dropped at 18?",
    ),
}
# For something that works: what makes it work, and keeping it so for everyone.
KEEP_QUESTIONS = (
    "What does your own data say is making {label} work, and for whom it does not?",
    "How do you hear from young people about {label}, and from those for whom it is not going well?",
    "How will you keep {label} working as well for every young person?",
)
GENERAL_QUESTIONS = (
    "What does your own data say about {label} for children in care and care leavers?",
    "How do you hear from young people about {label}, other than sessions like these?",
    "What will change in the next 12 months on {label}, and how will young people be told?",
)


GROUPS = ("children-in-care", "care-leavers")
UNKNOWN = "did-not-say"
GROUP_LABELS = {"children-in-care": "Children in care", "care-leavers": "Care leavers", UNKNOWN: "Did not say"}


def hidden_tone_line(label: str, young_people: str, raw: Counter, cells: dict[str, Shown], threshold: int) -> str:
    """The summary's line for a theme on neither side because how its young people felt is partly hidden.
    A group is named only where its count is shown: naming the biggest of hidden counts would say which is
    bigger. Where every group's count is "fewer than N", the line says so instead; where the groups are not
    known (`cells` empty), it names none."""
    biggest = max(GROUPS, key=lambda k: raw.get(k, 0))
    if cells and not cells[biggest].hidden and cells[biggest].value:
        among = f", {GROUP_LABELS[biggest].lower()} among them"
    elif cells and all(c.hidden and not unknown(c) for c in cells.values() if c.value != 0):
        among = f"; fewer than {threshold} in each group, so no group is named"
    else:
        among = ""
    return f"{label} ({young_people} wrote about it{among})"
# How a young person's group is decided (groups_of, by evidence_rules.group_said), said once, beside the
# group table, and used for every count by group: the table, themes by group and the summary.
GROUPS_DECIDED = (
    "A young person's group is their own answer to \u201cHow long have you been in care?\u201d (\u201cI have left care\u201d: "
    "a care leaver); anyone who did not say is in their session's group if it was for one group, else \u201cDid not say\u201d."
)
GROUPS_METHOD = GROUPS_DECIDED
ABOUT_YOU = {"age-band": "Age", "time-in-care": "Time in care"}  # the optional "about you" questions
QUOTES_PER_THEME = 5  # starred quotes printed under a theme, at most
# Face and choice questions on a theme count who answered them, not who wrote about the theme.
KIND_NAMES = {"scale": "The question answered with faces", "single": "The pick-one question", "multiple": "The tick-box question"}


def _sessions(review: Review, session_ids: list[int] | None) -> list[ParticipationSession]:
    chosen = [s for s in review.sessions if session_ids is None or s.id in session_ids]
    return sorted(chosen, key=lambda s: s.date)


@dataclass
class Evidence:
    """What a pack may draw on: approved answers of the chosen sessions and every theme on their words.

    The pack's ONE set of written evidence is `themed`: approved written answers that say something
    (not only "fine", "ok" or "nothing": evidence_rules.says_nothing_more) with a theme an officer
    confirmed. Theme counts, tone, quotes and the appendix all come from it. An answer an officer read
    and decided no theme fits is decided too, but counts toward no theme (`no_theme`), never under one.
    """

    sessions: list[ParticipationSession]
    approved: list[tuple[Answer, str | None]]  # each approved answer with its young person's group
    theme_rows: list[AnswerTheme]  # every theme (suggested or confirmed) on approved written answers with content

    @property
    def written(self) -> list[Answer]:
        return [a for a, _ in self.approved if a.text]

    @property
    def nothing_more(self) -> list[Answer]:
        return [a for a in self.written if says_nothing_more(a.text)]

    @property
    def with_content(self) -> list[Answer]:
        return [a for a in self.written if not says_nothing_more(a.text)]

    @property
    def no_theme(self) -> list[Answer]:
        """Answers that say something, which an officer read and decided no theme fits."""
        themed = self.themed_ids
        return [a for a in self.with_content if a.no_theme_fits and a.id not in themed]

    @property
    def decided_rows(self) -> list[AnswerTheme]:
        return [at for at in self.theme_rows if at.source in DECIDED]

    @property
    def themed_ids(self) -> set[int]:
        return {at.answer_id for at in self.decided_rows}

    def coverage(self) -> dict:
        themed = self.themed_ids
        nothing = self.nothing_more
        none_fits = self.no_theme
        decided = themed | {a.id for a in none_fits}
        # Still waiting for an officer: neither a confirmed theme nor a decision that none fits.
        waiting = [a for a in self.with_content if a.id not in decided]
        return {
            "written": len(self.written),
            "nothing_more": len(nothing),
            "young_people_nothing_more": len({a.participant_id for a in nothing}),
            "no_theme": len(none_fits),
            "young_people_no_theme": len({a.participant_id for a in none_fits}),
            "themed": sum(1 for a in self.with_content if a.id in themed),
            "unthemed": len(waiting),
            "young_people_unthemed": len({a.participant_id for a in waiting}),
        }


def evidence(review: Review, session_ids: list[int] | None) -> Evidence:
    sessions = _sessions(review, session_ids)
    ids = [s.id for s in sessions]
    approved = list(
        db.session.execute(
            select(Answer, Participant.group)
            .join(Participant, Participant.id == Answer.participant_id)
            .where(Answer.session_id.in_(ids), Answer.state == AnswerState.APPROVED.value)
            .order_by(Answer.id)
        ).all()
    )
    theme_rows = db.session.execute(
        select(AnswerTheme).join(Answer).where(
            Answer.session_id.in_(ids), Answer.state == AnswerState.APPROVED.value, Answer.text.is_not(None),
        ).order_by(AnswerTheme.answer_id, AnswerTheme.rank)
    ).scalars().all()
    by_id = {a.id: a for a, _ in approved}
    with_content = [at for at in theme_rows if not says_nothing_more(by_id[at.answer_id].text)]
    return Evidence(sessions, [(a, g) for a, g in approved], with_content)


def took_part(review: Review, session_ids: list[int] | None) -> int:
    """Young people who took part in the pack's sessions (answers.took_part: the one definition)."""
    return len(taking_part(s.id for s in _sessions(review, session_ids)))


def figures_digest(review: Review, session_ids: list[int] | None) -> tuple[str, int]:
    """What the check was read on, as a short digest, and how many young people took part: who took part, and
    every approved answer with its words, tone, star and themes. Publishing compares it with the digest the
    officer's check page showed, so what goes out is what they checked."""
    ev = evidence(review, session_ids)
    takers = sorted(taking_part(s.id for s in ev.sessions))
    themes = defaultdict(list)
    for at in ev.theme_rows:
        themes[at.answer_id].append((at.theme, at.source, at.rank))
    rows = [(a.id, a.state, a.text, a.scale, a.choices, a.tone, a.tone_confirmed, a.starred, a.translation, a.no_theme_fits,
             sorted(themes.get(a.id, ()))) for a, _ in sorted(ev.approved, key=lambda ag: ag[0].id)]
    blob = json.dumps([takers, rows], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16], len(takers)


def coverage_sentence(c: dict) -> str:
    """What the pack's theme counts, quotes and appendix cover, in one sentence or two."""
    if not c["written"]:
        return "No written answers were approved, so there are no themes or quotes."
    nothing = c.get("nothing_more", 0)
    none_fits = c.get("no_theme", 0)
    content = c["themed"] + c["unthemed"]
    lead = ""
    if nothing:
        lead = (
            f"Of the {c['written']} approved written answers, {nothing} said nothing more than {NO_CONTENT_EXAMPLES}: "
            "they count toward no theme and are listed on their own in the appendix. "
        )
    if none_fits:
        of = f"Of the other {content + none_fits}" if nothing else f"Of the {c['written']} approved written answers"
        one = none_fits == 1
        lead += (
            f"{of}, an officer read {none_fits} and found no theme fits {'it' if one else 'them'}: "
            f"{'it counts' if one else 'they count'} toward no theme, and {'its' if one else 'their'} words are not printed. "
        )
    if lead and not content:
        return lead.rstrip() + " No other written answers were approved, so there are no themes or quotes."
    which = f"the other {content}" if nothing or none_fits else f"all {content}"
    if not c["unthemed"]:
        return lead + (
            f"An officer confirmed the themes of {which} approved written answers, so theme counts, "
            "quotes and the appendix cover every one of them."
        )
    of = f"the other {content}" if nothing or none_fits else f"the {content}"
    return lead + (
        f"An officer confirmed the themes of {c['themed']} of {of} approved written answers. Theme "
        f"counts, quotes and the appendix cover only those {c['themed']}; the other {c['unthemed']} are not "
        "counted anywhere in this pack."
    )


def coverage_pointer(c: dict) -> str:
    """The summary's one line on what the counts cover; the full sentence is in the method."""
    if not c["written"]:
        return "No written answers were approved, so there are no themes or quotes."
    if c["unthemed"]:
        return "Not every approved written answer is counted in the themes: see How we gathered the evidence."
    if c.get("no_theme"):
        return ("Every approved written answer that says something is counted: in the themes, or toward no theme where an "
                "officer found none fits. See How we gathered the evidence.")
    return "Every approved written answer that says something is counted in the themes: see How we gathered the evidence."


def placing_rule(threshold: int, counted: bool = True) -> str:
    """The one rule for listing something as working well or not (evidence_rules.side), in plain words
    (`counted`: after saying that everything is counted in young people, which the method's TONE_RULE says)."""
    return (
        ("Everything is counted in young people, each once. " if counted else "") + "A theme or question is listed as working well or not "
        f"only when its bigger side is at least {threshold} young people and, from the figures shown, more than the "
        "other side could be; otherwise it is mixed, or too few to say."
    )


def suppression_sentence(threshold: int) -> str:
    """The pack's note on small numbers: the two markers a table may print, each said once."""
    return (
        f"Counts of fewer than {threshold} young people are shown as \u201cfewer than {threshold}\u201d. Some other "
        "counts are shown as \u201chidden\u201d, so that a small number cannot be worked out from the totals: a hidden "
        "count may be any number, and nothing in this pack rests on one."
    )


# What the re-identification check (reidentify.rare_details) flags, and what it does not, in a councillor's
# words: the method says exactly this, so it never claims more than the check does.
CHECK_FLAGS = "ages other than 18, numbers, places and more (listed in the appendix)"


def quotes_sentence(kept_rare: int, reworded_printed: int = 0) -> str:
    """The method's one statement of how quotes were chosen and checked, true of this pack: `kept_rare`
    printed answers still have a detail the check flags (the officer chose to keep them), and
    `reworded_printed` printed answers carry the officer's rewording mark."""
    said = f"The officer starred quotes showing what young people said on each theme, at most {QUOTES_PER_THEME} each. The app flagged printed answers with {CHECK_FLAGS}; "
    if reworded_printed:
        marked = "one is" if reworded_printed == 1 else f"{reworded_printed} are"
        reworded = f"reworded some ({marked} marked {EDITED_MARK}), "
    else:
        reworded = ""
    if not kept_rare:
        if not reworded_printed:
            return said + "the officer translated or left out each one flagged; none is printed reworded."
        return said + f"the officer {reworded}translated or left out the others flagged."
    answers = "one answer" if kept_rare == 1 else f"{kept_rare} answers"
    return said + (
        f"the officer {reworded}translated those in another language or left them out, "
        f"and kept {answers} as written though flagged. "
        "A young person's words are printed again in the summary, the questions or under a recommendation only when "
        "none of their printed answers keeps such a detail."
    )


def translation_sentence(translated: int, originals: int) -> str | None:
    """The method's one statement about words in another language, where the pack prints any. No quote is
    marked as translated: a mark would say the young person writes in another language, which alone can
    point to one or two."""
    if not translated and not originals:
        return None
    said = []
    if translated:
        said.append("Some answers were in another language: printed in the team's English translation, unmarked, as "
                    "the language could point to someone.")
    if originals:
        said.append("Some answers are printed in the young person's own words in another language, with an English "
                    "translation after them where there is one.")
    return " ".join(said)


def too_few_sentence(labels: list[str]) -> str | None:
    """The summary's line for the themes listed on neither side, so none drops out of it unsaid. No number:
    some were raised by fewer young people than the pack can report."""
    if not labels:
        return None
    return ("Some themes were raised by too few young people to report as working well or not, or their views were "
            f"mixed: {'; '.join(labels)}. Their quotes are in the theme pages.")


# A theme's own page says why the summary lists it on neither side, in the summary's words (hidden_tone_sentence).
HIDDEN_TONE_PLACED = ("The summary does not list this as working well or as not working well: how many young people "
                      "felt each way is hidden, to protect a small number.")


def hidden_tone_sentence(themes: list[str]) -> str | None:
    """The summary's line for the themes listed on neither side because how their young people felt is
    partly hidden to protect a small group: said, with how many wrote about each, never the hidden number."""
    if not themes:
        return None
    return ("How many young people felt each way about these is hidden, to protect a small number, so the summary does "
            f"not list them as working well or not: {'; '.join(themes)}. Their quotes are in the theme pages and every answer is in the appendix, to read "
            "for yourself.")


def _is_hidden(count) -> bool:
    """A count the pack prints as a label ("fewer than 5", "not shown", "withheld"), not a number."""
    return isinstance(count, str) and not count.isdigit()


def _shown_as(parts: list[tuple[str, str]]) -> str:
    """[("positive", "fewer than 5"), ("mixed", "not shown")] -> 'positive will show as “fewer than 5”, mixed as “hidden”'."""
    return ", ".join(f"{name} {'will show as' if i == 0 else 'as'} \u201c{shown(count)}\u201d" for i, (name, count) in enumerate(parts))


GROUP_NAMES = {"children_in_care": "children in care", "care_leavers": "care leavers", "did_not_say": "did not say"}


def hidden_counts(content: dict) -> dict:
    """What the small-number rule will hide in this pack, read from the pack as it would be published, in words
    for the officer checking it: per theme (how many raised it, how they felt, which groups) and per question
    with set answers. Nothing here can be changed by the officer; it is said so that nobody is surprised."""
    groups = {row["theme"]: row for row in content.get("group_breakdown", [])}
    themes = []
    for t in content["themes"]:
        lines = []
        if _is_hidden(t["young_people"]):
            lines.append(f"How many young people raised it will show as \u201c{shown(t['young_people'])}\u201d.")
        felt = [(k, v) for k, v in (t.get("tone") or {}).items() if _is_hidden(v)]
        if felt:
            lines.append(f"How they felt: {_shown_as(felt)}.")
            if t.get("placed_by") == HIDDEN_TONE_PLACED:
                lines.append(HIDDEN_TONE_PLACED)
        row = groups.get(t["label"], {})
        split = [(name, row[key]) for key, name in GROUP_NAMES.items() if _is_hidden(row.get(key))]
        if split:
            lines.append(f"Which groups raised it: {_shown_as(split)}.")
        if lines:
            themes.append({"id": t["id"], "label": t["label"], "lines": lines})
    questions = []
    for table in (*content.get("scales", []), *content.get("choices", []), *content.get("about_you", [])):
        if table.get("answered") == "0":
            continue  # nobody answered it: the pack shows nothing of it to hide
        lines = []
        if _is_hidden(table.get("answered")):
            lines.append(f"How many answered it will show as \u201c{shown(table['answered'])}\u201d.")
        cells = [(d["label"], d["count"]) for d in table.get("distribution", []) if _is_hidden(d["count"])]
        if cells:
            lines.append(f"How many chose each answer: {_shown_as(cells)}.")
        if lines:
            questions.append({"prompt": table["prompt"], "lines": lines})
    few = [t["label"] for t in content["themes"] if _is_hidden(t["young_people"])]
    return {"threshold": content["threshold"], "themes": themes, "questions": questions, "few": few}


def check(review: Review, session_ids: list[int] | None) -> dict:
    """Before publishing: what the pack covers, which theme counts would change if every suggestion
    were confirmed, and which starred quotes would be left out, and why."""
    threshold = review.council.small_number_threshold
    ev = evidence(review, session_ids)
    labels = theme_labels(review.council_id)
    by_answer = {a.id: a for a, _ in ev.approved}
    everyone: dict[str, set[int]] = defaultdict(set)
    decided: dict[str, set[int]] = defaultdict(set)
    for at in ev.theme_rows:
        pid = by_answer[at.answer_id].participant_id
        everyone[at.theme].add(pid)
        if at.source in DECIDED:
            decided[at.theme].add(pid)
    changes = [
        {"label": labels.get(t, t), "with_suggestions": len(everyone[t]), "in_pack": str(suppress_count(len(decided[t]), threshold))}
        for t in sorted(everyone, key=lambda t: (-len(everyone[t]), labels.get(t, t)))
        if len(everyone[t]) != len(decided[t])
    ]
    themed = ev.themed_ids
    main = {at.answer_id: at.theme for at in ev.decided_rows if at.rank == 0}
    dropped, per_theme, quoted = [], Counter(), set()
    for a in ev.written:
        if not a.starred:
            continue
        if says_nothing_more(a.text):
            dropped.append({"text": a.text, "reason": f"It says nothing more than {NO_CONTENT_EXAMPLES}, so it counts toward no theme."})
        elif a.no_theme_fits and a.id not in themed:
            dropped.append({"text": a.text, "reason": "An officer found no theme fits it, so it counts toward no theme."})
        elif a.id not in themed:
            dropped.append({"text": a.text, "reason": "Its theme is not confirmed."})
        elif a.id not in main:
            dropped.append({"text": a.text, "reason": "None of its confirmed themes is its main theme."})
        else:
            per_theme[main[a.id]] += 1
            if per_theme[main[a.id]] > QUOTES_PER_THEME:
                dropped.append({"text": a.text, "reason": f"More than {QUOTES_PER_THEME} quotes are starred for {labels.get(main[a.id], main[a.id])}."})
            else:
                quoted.add(a.id)
    coverage = ev.coverage()
    # The pack itself, as it would be published: which themes it prints, their quotes and where it places
    # them. The check reads these, never works them out again, so it cannot disagree with the pack.
    held: dict[str, str] = {}
    built = build(review, session_ids, review.title, held_for_tone=held)
    pack_themes = built["themes"]
    # Every theme in the pack should have at least one young person's words: by id, as the pack prints them
    # (two themes can share a label). A theme no answer has as its main theme can have none, starred or not.
    mains = set(main.values())
    no_quote = sorted(
        ({"id": t["id"], "label": t["label"], "has_main": t["id"] in mains} for t in pack_themes if not t["quotes"]),
        key=lambda t: (t["label"], t["id"]),
    )
    no_positive_quote = _no_positive_quote(ev, main, pack_themes, threshold)
    # Every written answer the pack will print (the quotes, and the appendix, which holds every themed
    # answer): those with a detail that could point to one young person, quotes first.
    printed = [a for a in ev.with_content if a.id in main]
    counts = word_counts(a.text for a in ev.written)

    def where(a: Answer) -> str:
        theme = labels.get(main[a.id], main[a.id])
        return f"Quoted under {theme}, and in the appendix" if a.id in quoted else f"In the appendix, under {theme}"

    kept = originals_kept(a.id for a in printed)
    to_check = sorted(
        (
            {"id": a.id, "text": a.text, "printed": printed_words(a, set(), kept, officer_view=True), "reasons": reasons, "where": where(a),
             "quoted": a.id in quoted}
            for a in printed
            # The words as printed: an English translation in place of words in another language, or
            # the words themselves, whose language is then a detail few share (reidentify.rare_details).
            if (reasons := rare_details(*_checked(a, counts, kept)))
        ),
        key=lambda x: not x["quoted"],
    )
    # Words in another language print as an officer's English translation, unless they choose otherwise.
    to_translate = [
        {"id": a.id, "text": a.text, "language": name_of(a.language), "translation": a.translation or "", "where": where(a),
         "original_kept": a.id in kept}
        for a in printed
        if needs_translation(a)
    ]
    digest, young_people = figures_digest(review, session_ids)
    return {"coverage": coverage, "sentence": coverage_sentence(coverage), "changes": changes, "dropped_quotes": dropped,
            "digest": digest, "took_part": young_people,
            # Sessions still open: young people may still be answering, so the figures can move after this check.
            "open_sessions": [s.title for s in ev.sessions if s.state == SessionState.OPEN.value],
            "checked_details": CHECKED_DETAILS, "hidden": hidden_counts(built),
            "no_quote": no_quote, "no_positive_quote": no_positive_quote, "to_check": to_check, "to_translate": to_translate,
            # Nothing starred at all: the pack would print no young person's words, which needs saying so.
            "no_quotes": not any(t["quotes"] for t in pack_themes),
            # Printed answers whose tone only the classifier gave (no officer, no good-thing question decided it).
            # Themes the summary leaves out until a person decides their tone: a preview before tones are confirmed
            # would otherwise read as if nothing (or nothing good) was said about them.
            "held_for_tone": [{"theme": label, "side": where} for label, where in held.items()],
            "tone_to_check": sum(1 for a in printed
                                 if not tone_decided(a.text, a.tone, asks_for_good(a.prompt.bank_slug), a.tone_confirmed))}


def _no_positive_quote(ev: Evidence, main: dict[int, str], pack_themes: list[dict], threshold: int) -> list[dict]:
    """Themes the pack lists as working well (its own placing: `pack_themes` as build() gives them) whose
    starred quotes hold none a person decided was positive, though answers under it were. Each with the
    pack's own figure of its positive young people, and, apart, those answers (longest first) for the
    officer to star one, so the theme shows what works in young people's words."""
    good = {p.id for p in {a.prompt for a in ev.written} if asks_for_good(p.bank_slug)}
    out = []
    for t in pack_themes:
        if t["placed"] != "working-well":
            continue
        # Answers printed under it (their main theme) whose tone a person decided was positive: a quote beside
        # a figure of how young people felt needs that (tone_decided).
        positive = [
            a for a in ev.with_content
            if main.get(a.id) == t["id"] and tone_decided(a.text, a.tone, a.prompt_id in good, a.tone_confirmed)
            and answer_tone(a.text, a.tone, a.prompt_id in good, a.tone_confirmed) == "positive"
        ]
        if positive and not any(a.starred for a in positive):
            positive.sort(key=lambda a: -len(a.text))
            # A theme listed as working well has both figures shown (evidence_rules.placed): the summary's words.
            figure = _of_wrote(_shown_of(t["tone"]["positive"], threshold), int(t["young_people"])) + " positive."
            out.append({"label": t["label"], "theme": t["id"], "figure": figure,
                        "answers": [a.id for a in positive], "to_star": [{"id": a.id, "text": a.text, "starred": False} for a in positive]})
    return sorted(out, key=lambda x: (x["label"], x["theme"]))


def _tone_cells(felt: Counter, young_people: int, threshold: int) -> dict[str, Shown]:
    """A theme's young people by how they felt about it, suppressed as the pack shows them."""
    return suppress_breakdown({k: felt.get(k, 0) for k in ("positive", "mixed", "negative")}, threshold, total=young_people)[0]


def tone_sentence(confirmed: int, counted: int) -> str:
    """How the pack decided each answer's tone, with how many an officer confirmed or corrected."""
    answers = "the one answer counted here" if counted == 1 else f"the {counted} answers counted here"
    if counted and confirmed == counted:
        every = answers if counted == 1 else f"every one of {answers}"
        who = f"a participation officer then confirmed or corrected it for {every}"
    elif confirmed:
        who = (f"a participation officer then confirmed or corrected it for {confirmed} of {answers}; the others keep "
               "the app's suggestion")
    else:
        who = f"no officer has confirmed it for {answers if counted == 1 else 'any of ' + answers}"
    # Said only where it is true: some answer's tone no officer confirmed.
    otherwise = (
        " Where no officer did, an answer to a question that asked for a good thing counts as positive unless it says "
        "there is nothing." if confirmed < counted else ""
    )
    return (
        "Tone is counted in young people. The app suggests whether each answer is positive, mixed or negative, "
        f"and {who}.{otherwise} A young person whose answers on a theme are all positive counts as positive, "
        "all negative as negative, and anything else as mixed, so the three add up to the theme's young people. A theme "
        "is listed as working well or not working well, or asked about in the questions for the task group, only when a "
        "person decided the tone of every answer behind that figure, and a quote is printed beside it only when a person "
        "decided the quote's tone."
    )


def needs_translation(answer: Answer) -> bool:
    """Words the screen found to be in another language (or script) than English."""
    return bool(answer.language and answer.language != "en")


# An officer's choice, on the check page, to print a young person's own words in another language beside
# the translation (ORIGINAL_KEPT), or to go back to the translation alone (ORIGINAL_DROPPED).
ORIGINAL_KEPT = "answer-original-kept-for-pack"
ORIGINAL_DROPPED = "answer-original-dropped-for-pack"


def originals_kept(answer_ids) -> set[int]:
    """The answers in another language whose own words an officer chose to print (read from the audit log,
    where that choice is recorded): the latest choice counts, and changing the words undoes it."""
    ids = list(answer_ids)
    if not ids:
        return set()
    latest: dict[int, str] = {}
    for subject, action in db.session.execute(
        select(AuditEvent.subject_id, AuditEvent.action).where(
            AuditEvent.subject_type == "Answer", AuditEvent.subject_id.in_(ids),
            AuditEvent.action.in_((ORIGINAL_KEPT, ORIGINAL_DROPPED, "answer-edited-for-pack")),
        ).order_by(AuditEvent.id)
    ):
        latest[subject] = action
    return {i for i, action in latest.items() if action == ORIGINAL_KEPT}


def prints_original(answer: Answer, kept: set[int]) -> bool:
    """Whether a pack prints the young person's own words in another language: only while there is no
    translation, or where an officer chose to. Otherwise it prints the translation in their place, since
    the language alone can point to one or two young people."""
    return needs_translation(answer) and (not answer.translation or answer.id in kept)


def words_to_check(answer: Answer, kept: set[int]) -> tuple[str, str | None]:
    """What the re-identification check reads of an answer: the words the pack prints (the English
    translation too, since "اكل عربي" is "Arabic food"), and the language they print in."""
    if needs_translation(answer) and not prints_original(answer, kept):
        return answer.translation, None
    text = f"{answer.text} {answer.translation}" if answer.translation else answer.text
    return text, answer.language if prints_original(answer, kept) else None


def with_rare_details(answers: Iterable[Answer], counts: Counter, kept: set[int]) -> set[int]:
    """The answers whose words, as printed, still have a detail few young people share: the pack prints
    such an answer once, under its theme (and in the appendix), and never again in the summary, the
    questions or what a recommendation rests on."""
    return {a.id for a in answers if a.text and rare_details(*_checked(a, counts, kept))}


def not_repeated(answers: Iterable[Answer], rare: set[int]) -> set[int]:
    """The answers a pack prints once only, under their theme: those with a detail few young people share
    (`rare`), and every other answer of the same young people, since printing a second answer of theirs
    in the summary, the questions or under a recommendation would let a reader link it to the first."""
    answers = list(answers)
    people = {a.participant_id for a in answers if a.id in rare}
    return set(rare) | {a.id for a in answers if a.participant_id in people}


def _checked(answer: Answer, counts: Counter, kept: set[int]) -> tuple[str, Counter, str | None]:
    text, language = words_to_check(answer, kept)
    return text, counts, language


def reworded(answer_ids) -> set[int]:
    """The answers an officer wrote more generally before a pack was published (moderation.edit_for_pack,
    read from the audit log, which is where that edit is recorded)."""
    ids = list(answer_ids)
    if not ids:
        return set()
    return set(db.session.execute(
        select(AuditEvent.subject_id).where(AuditEvent.action == "answer-edited-for-pack", AuditEvent.subject_type == "Answer",
                                            AuditEvent.subject_id.in_(ids))
    ).scalars())


def printed_words(answer: Answer, edited: set[int], kept: set[int] | None = None, officer_view: bool = False) -> str:
    """An answer's words as a pack prints them: marked where an officer changed them to protect who said
    them, and, for words in another language with a translation, the translation in their place (unless
    an officer chose to print the young person's own words). The translation is marked only in the
    officer's own view (`officer_view`): in a pack or the tracker a mark would say the young person writes
    in another language, which alone can point to one or two; the method says some quotes were translated."""
    if needs_translation(answer) and not prints_original(answer, kept or set()):
        words = f"{answer.translation} {TRANSLATED_MARK}" if officer_view else answer.translation
    else:
        words = answer.text
    return f"{words} {EDITED_MARK}" if answer.id in edited else words


def _led_by(asked: dict[int, set[int]], on_side: set[int], prompts: dict[int, Prompt], tone: str) -> tuple[str, str] | None:
    """The question that more than half of a theme's positive (or negative) young people were answering, if one
    was: (its words, and where it invited that tone, asking for something good or for what could be better, so)."""
    by_text: dict[str, set[int]] = defaultdict(set)  # the same question asked at several sessions is one
    for prompt_id, people in asked.items():
        by_text[prompts[prompt_id].text] |= people
    best = max(by_text, key=lambda q: len(by_text[q] & on_side), default=None)
    if best is None or 2 * len(by_text[best] & on_side) <= len(on_side):
        return None
    slugs = {p.bank_slug for p in prompts.values() if p.text == best}
    if tone == "positive" and any(asks_for_good(s) for s in slugs):
        return best, ", which asked them to name something good"
    if tone == "negative" and any(asks_for_change(s) for s in slugs):
        return best, ", which asked them what could be better"
    return best, ""


def _people(n: int) -> str:
    return "person" if n == 1 else "people"


def _of_wrote(cell: Shown, wrote: int, about: str = "it") -> str:
    """'17 of the 27 young people who wrote about it were': a side the summary lists, with its base. A listed
    side is never hidden and its theme never small (evidence_rules.placed), so both figures are shown."""
    if cell.value == wrote:
        return f"All {wrote} young people who wrote about {about} were"
    return f"{cell} of the {wrote} young people who wrote about {about} were"


KEEP = "Something here may be worth keeping: ask what makes {label} go well, and for whom it does not."
CHANGE = "Something about {label} may not be working for these young people: ask the service how it knows."


def _face_meaning(high: int, low: int, answered: int) -> str:
    if 2 * high > answered:
        return "More than half of those who answered chose Good or Really good: something to keep."
    if 2 * low > answered:
        return "More than half of those who answered chose Bad or Really bad: something to ask about."
    return "Answers were spread: ask the service what lies behind them."


def _public_url(base: str, path: str) -> str | None:
    """A full address a pack can print, from the app's public address (PUBLIC_BASE_URL, never the request's
    host); None without one, since a bare path printed on paper leads nowhere."""
    return f"{base}{path}" if base.startswith(("http://", "https://")) else None


def _quote(quotes: list[str], tones: dict[str, str], tone: str) -> str | None:
    """The first starred quote on a theme with the tone of the figure it goes with, where a person
    decided that tone (`tones` holds only those: evidence_rules.tone_decided)."""
    return next((q for q in quotes if tones.get(q) == tone), None)


def _ordered_quotes(quotes: list[str], tones: dict[str, str], first: list[str]) -> list[str]:
    """A theme's starred quotes with those of the tones in `first` (a tone a person decided) first, in
    that order, and otherwise as starred."""
    return sorted(quotes, key=lambda q: first.index(tones[q]) if tones.get(q) in first else len(first))


def _said(quote: str, translations: dict[str, str]) -> str:
    """A young person's words inside a sentence of the pack, with the officer's English translation
    after them where there is one (the words themselves are kept as written)."""
    translation = translations.get(quote)
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in quote):
        quote = f"\u2068{quote}\u2069"  # isolated, so right-to-left words keep their order inside an English sentence
    return f"\u201c{quote}\u201d" + (f", in English \u201c{translation}\u201d" if translation else "")


def _stop(sentence: str) -> str:
    """A full stop after a quote, unless the young person's words already end on one."""
    return sentence if sentence.rstrip("\u201d\u2069").endswith((".", "!", "?")) else sentence + "."


def _one_line(figure: str, leavers: str | None = None) -> str:
    """A strongest message in one line with its number: the figure without which question most of them
    answered (said on the theme's page and in what works and what does not), and the care leavers among
    those who wrote where the pack shows that count. Quotes, the counting rule and what to ask are said
    once where they belong: the theme's page, the method and the questions for the task group."""
    figure = re.sub(r", most of them answering \u201c[^\u201d]*\u201d", "", figure)
    return f"{figure} {leavers}" if leavers else figure


def _faces(cells: dict, faces: tuple[int, ...], answered) -> str:
    """'25 of the 42 who answered said Good or Really good', never adding a hidden cell to a shown one."""
    names = " or ".join(SCALE_LABELS[n] for n in sorted(faces))
    parts = [cells[str(n)] for n in faces]
    if any(c.hidden for c in parts):
        said = " and ".join(f"{in_words(c)} said {SCALE_LABELS[n]}" for n, c in zip(faces, parts, strict=True))
        return f"Of the {answered} young people who answered, {said}."
    return f"{sum(c.value for c in parts)} of the {answered} young people who answered said {names}."


def _on_theme(p: Prompt, label: str | None, placement: dict[str, str], line: str) -> str:
    """A face or choice question's line in the summary ("Who would you like to see more? Of the 37…"), led
    by its theme where the theme's own words place it on neither side, so the summary says the theme once:
    "Seeing family, from the tick-box question “Who would you like to see more?”: of the 37…"."""
    if not label or placement.get(p.theme, "mixed") != "mixed" or p.kind not in KIND_NAMES:
        return line
    body = line.removeprefix(p.text).strip()
    return f"{label}, from {KIND_NAMES[p.kind].lower()} \u201c{p.text}\u201d: {body[:1].lower()}{body[1:]}"


def _picked(prompt: str, cells: dict[str, Shown | str], options: tuple[str, ...], answered: str, multiple: bool) -> str:
    """'Who would you like to see more? Of the 37 young people who answered, 16 ticked Brothers or
    sisters and 16 Mum or dad.' For a pick-one question the cells add up, as for faces, unless one is hidden."""
    parts = [(o, in_words(cells[o])) for o in options]
    if multiple:
        listed = [f"{n} ticked {o}" if i == 0 else f"{n} {o}" for i, (o, n) in enumerate(parts)]
        said = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]
        return f"{prompt} Of the {answered} young people who answered, {said}."
    if any(not n.isdigit() for _, n in parts):  # a hidden cell is never added to a shown one
        said = " and ".join(f"{n} said {o}" for o, n in parts)
        return f"{prompt} Of the {answered} young people who answered, {said}."
    return f"{prompt} {sum(int(n) for _, n in parts)} of the {answered} young people who answered said {' or '.join(options)}."


def _answers_from(answers: int, listed: str, wrote: str, others: bool) -> str:
    """'12 answers from 10 young people': the appendix counts answers, a theme counts young people, each once.
    `others`: more young people wrote about the theme than are listed under it (decided on the real counts, so a
    theme whose two counts both print as "fewer than 5" still says so; how many more only where both are shown).
    A theme only ever an answer's second or later theme lists none, and says where they are."""
    if not answers:
        return ("No answers are listed under this theme: every young person who wrote about it said more about another "
                "theme, so their answers are listed there.")
    line = f"{answers} answer{'s' if answers != 1 else ''}" + (f" from {listed} young people." if answers > 1 else ".")
    if others:
        both = listed.isdigit() and wrote.isdigit()
        more = int(wrote) - int(listed) if both else 0
        line += (" One more young person wrote about this theme, but their answer says more about another theme, so it "
                 "is listed there." if more == 1
                 else f" {more} more young people wrote about this theme, but their answers say more about other themes, "
                 "so they are listed there." if both
                 else f" In all, {wrote} young people wrote about this theme; the others' answers say more about other "
                 "themes, so they are listed there.")
    return line


def _felt(tone: dict[str, str]) -> str:
    """How young people felt about a theme, in plain sentences: the counts the pack shows, then the hidden ones
    named once ("Of them, fewer than 5 were positive. How many were mixed or negative is hidden, to protect a
    small number.")."""
    told = [f"{n} were {k}" if i == 0 else f"{n} {k}" for i, (k, n) in enumerate((k, n) for k, n in tone.items() if shown(n) != "hidden")]
    kept = [k for k, n in tone.items() if shown(n) == "hidden"]
    out = []
    if told:
        out.append("Of them, " + (told[0] if len(told) == 1 else ", ".join(told[:-1]) + " and " + told[-1]) + ".")
    if kept:
        out.append(f"How many were {kept[0] if len(kept) == 1 else ', '.join(kept[:-1]) + ' or ' + kept[-1]} is hidden, "
                   "to protect a small number.")
    return " ".join(out)


def progress_as_at(recs: Iterable[Recommendation]) -> date | None:
    """The day of the latest response or progress update recorded on any of these recommendations: the
    tracker page and the pack's annex both say "Progress as at" it."""
    days = [u.on for r in recs for u in r.updates] + [r.responded_on for r in recs if r.response and r.responded_on]
    return max(days, default=None)


def _after_colon(figure: str) -> str:
    """A figure as it reads after a colon, inside a sentence: "of the 37 young people who answered, ..."."""
    figure = figure.strip()
    return "o" + figure[1:] if figure.startswith("Of ") else figure


def _rests_on(rec: Recommendation, theme_by_id: dict, by_answer: dict, asked: dict[str, list[dict]],
              translations: dict[str, str], edited: set[int], kept: set[int], rare: set[int],
              in_summary: dict[str, str] | None = None) -> list[tuple[str, str | None]]:
    """What a recommendation rests on, as the pack shows it, always with the counts behind it: each theme
    with how many of its young people were negative (or positive) where the summary lists it, the face or
    tick-box questions on it with their figures (the summary's line where it lists one), and each quote (a
    quote with a detail few young people share is pointed to, not printed again). A theme whose own words
    were mixed, or too few to say, is said to be no figure to rest on alone, after the figures that are.
    Each line comes with the theme it sends the reader to ("see the theme"), or None."""
    in_summary = in_summary or {}
    out = []
    for t in rec.themes:
        theme = theme_by_id.get(t)
        questions = []
        for q in asked.get(t, []):
            if q["prompt"] in in_summary:
                questions.append(f"{in_summary[q['prompt']].rstrip('.')} (see The numbers).")
            else:
                cells = ", ".join(f"{d['label']} {d['count']}" for d in q["distribution"])
                questions.append(f"\u201c{q['prompt']}\u201d ({q['kind']}, answered by {q['answered']} young people): {cells} (see The numbers).")
        if not theme:
            out.extend((q, None) for q in questions)
            continue
        placed = theme.get("placed", "mixed")
        if placed in ("not-working", "working-well"):
            felt = "negative" if placed == "not-working" else "positive"
            out.append((f"{theme['label']}: {theme['tone'][felt]} of the {theme['young_people']} young people who wrote about it "
                        f"were {felt} (see the theme).", t))
            out.extend((q, None) for q in questions)
        else:
            out.extend((q, None) for q in questions)
            tone = theme["tone"]
            # What its own words say, never where the summary lists it: a face or tick-box question may place it.
            out.append((f"{theme['label']}: {theme['young_people']} young people wrote about it. {_felt(tone)} What they "
                        "wrote puts it on neither side, so it is no figure to rest on alone (see the theme).", t))
    for answer_id in rec.quote_answer_ids or []:
        answer = by_answer.get(answer_id)
        if answer is not None and answer.text and answer.id in rare:
            out.append(("A young person's words printed under their theme, not repeated here because they have a detail "
                        "few young people share.", None))
        elif answer is not None and answer.text:
            out.append((f"A young person said: {_said(printed_words(answer, edited, kept), translations)}", None))
    return out


def _earlier(review: Review, sessions: list[ParticipationSession], prompts: list[Prompt]):
    """The council's latest earlier review that asked any of the same face or choice questions (from
    the prompt bank), with its sessions, or None."""
    if not sessions:
        return None
    slugs = {p.bank_slug for p in prompts if p.bank_slug and p.kind in ("scale", "single", "multiple") and not p.about_you}
    first = min(s.date for s in sessions)
    found = db.session.execute(
        select(ParticipationSession).join(Review, Review.id == ParticipationSession.review_id).join(Prompt, Prompt.session_id == ParticipationSession.id)
        .where(Review.council_id == review.council_id, Review.id != review.id, ParticipationSession.date < first,
               Prompt.bank_slug.in_(slugs))
        .order_by(ParticipationSession.date.desc())
    ).scalars().first()
    if found is None:
        return None
    earlier = [s for s in found.review.sessions if s.date < first]
    return found.review, earlier


def _figures(session_ids: list[int], threshold: int) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """For each face or choice question from the bank asked in these sessions: how many answered, and
    (answer, young people) for each answer, with exactly the cells the pack's own tables show (so setting two packs side by side
    reveals nothing a table hides)."""
    rows = db.session.execute(
        select(Answer, Prompt).join(Prompt, Prompt.id == Answer.prompt_id)
        .where(Answer.session_id.in_(session_ids), Answer.state == AnswerState.APPROVED.value, Prompt.bank_slug.is_not(None))
    ).all()
    by_prompt: dict[str, list[Answer]] = defaultdict(list)
    prompt_of: dict[str, Prompt] = {}
    for answer, prompt in rows:
        by_prompt[prompt.bank_slug].append(answer)
        prompt_of.setdefault(prompt.bank_slug, prompt)
    out: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    for slug, answers_ in by_prompt.items():
        prompt = prompt_of[slug]
        if prompt.kind == "scale":
            values = Counter(a.scale for a in answers_ if a.scale)
            cells, total = suppress_breakdown({str(n): values.get(n, 0) for n in range(5, 0, -1)}, threshold, total=sum(values.values()))
            out[slug] = (str(total), [(SCALE_LABELS[int(k)], str(v)) for k, v in cells.items()])
        elif prompt.kind in ("single", "multiple") and not prompt.about_you:
            picked = [set(a.choices) for a in answers_ if a.choices]
            counts = {o: sum(1 for c in picked if o in c) for o in prompt.options or []}
            answered = suppress_count(len(picked), threshold)
            if prompt.kind == "multiple":
                cells = {o: suppress_count(n, threshold) for o, n in counts.items()}
            else:
                cells = suppress_breakdown(counts, threshold, total=len(picked))[0]
            out[slug] = (str(answered), [(o, str(cells[o])) for o in counts])
    return out


CLEAR_CHANGE = 0.15  # a share of those who answered that moved by this much or more is called out in the summary


def _scale_counts(session_ids: list[int]) -> dict[str, Counter]:
    """For each face question from the bank: young people by the face they chose (raw, for deciding only)."""
    rows = db.session.execute(
        select(Prompt.bank_slug, Answer.scale).join(Prompt, Prompt.id == Answer.prompt_id)
        .where(Answer.session_id.in_(session_ids), Answer.state == AnswerState.APPROVED.value, Prompt.kind == "scale",
               Prompt.bank_slug.is_not(None), Answer.scale.is_not(None))
    ).all()
    out: dict[str, Counter] = defaultdict(Counter)
    for slug, value in rows:
        out[slug][value] += 1
    return out


def _share_text(cells: dict[str, str], faces: tuple[int, ...], answered: str) -> str:
    """'17 of 28', or, where a cell is hidden, each cell on its own ('8 Bad and fewer than 5 Really bad, of 37'):
    never a hidden count added to a shown one."""
    shown = [(cells[SCALE_LABELS[n]], SCALE_LABELS[n]) for n in sorted(faces, key=lambda n: abs(n - 3))]  # Bad before Really bad
    if all(c.isdigit() for c, _ in shown):
        return f"{sum(int(c) for c, _ in shown)} of {answered}"
    return " and ".join(f"{in_words(c)} {name}" for c, name in shown) + f", of {answered}"


CHANGE_CAVEAT = ("They may not be the same young people (no names are asked), so this may come from who came as much as "
                 "from what changed.")


def _clear_changes(then_ids: list[int], now_ids: list[int], then: dict, now: dict, text_of: dict[str, str],
                   when: str, threshold: int) -> list[tuple[str, bool]]:
    """A line for the summary for each face question whose share of Good or Really good, or of Bad or Really
    bad, moved by CLEAR_CHANGE or more since the earlier review, in the cells its tables show: (the line,
    whether it is a change for the better)."""
    raw_then, raw_now = _scale_counts(then_ids), _scale_counts(now_ids)
    lines = []
    for slug, question in text_of.items():
        a, b = raw_then.get(slug), raw_now.get(slug)
        if not a or not b or slug not in then or slug not in now:
            continue
        n_then, n_now = sum(a.values()), sum(b.values())
        if n_then < threshold or n_now < threshold:
            continue
        moves = []
        for faces, name in ((LOW_SCALE, "Bad or Really bad"), (HIGH_SCALE, "Good or Really good")):
            share_then = sum(a[f] for f in faces) / n_then
            share_now = sum(b[f] for f in faces) / n_now
            moves.append((abs(share_now - share_then), share_now - share_then, faces, name))
        size, delta, faces, name = max(moves, key=lambda m: m[0])
        if size < CLEAR_CHANGE:
            continue
        better = (delta < 0) == (faces == LOW_SCALE)
        cells_then, cells_now = dict(then[slug][1]), dict(now[slug][1])
        # Said as what changed, not as a verdict: they may not be the same young people.
        lines.append((
            f"\u201c{question}\u201d {'Fewer' if delta < 0 else 'More'} chose {name} than in {when} "
            f"(then {_share_text(cells_then, faces, then[slug][0])}; now {_share_text(cells_now, faces, now[slug][0])}). "
            f"{CHANGE_CAVEAT}", better))
    return lines


def _since_last_time(review: Review, sessions: list[ParticipationSession], prompts: list[Prompt], threshold: int) -> dict | None:
    """Where an earlier review asked the same face or choice questions: its figures beside these."""
    found = _earlier(review, sessions, prompts)
    if found is None:
        return None
    earlier_review, earlier_sessions = found
    then = _figures([s.id for s in earlier_sessions], threshold)
    now = _figures([s.id for s in sessions], threshold)
    text_of = {p.bank_slug: p.text for p in prompts}
    questions = [
        {
            "question": text_of[slug],
            "then_answered": then[slug][0],
            "now_answered": now[slug][0],
            "rows": [{"answer": what, "then": dict(then[slug][1]).get(what, "not asked"), "now": shown} for what, shown in now[slug][1]],
        }
        for slug in text_of if slug in then and slug in now
    ]
    if not questions:
        return None
    last = max(s.date for s in earlier_sessions)
    when = f"{last.strftime('%B %Y')}"
    changes = _clear_changes([s.id for s in earlier_sessions], [s.id for s in sessions], then, now,
                             {slug: text_of[slug] for slug in text_of if any(q["question"] == text_of[slug] for q in questions)},
                             when, threshold)
    groups_then, groups_now = _groups_of(earlier_sessions), _groups_of(sessions)
    different = (" The groups differ too: then " + _groups_text(groups_then) + "; now " + _groups_text(groups_now) + "."
                 if groups_then != groups_now else "")
    return {
        "review": earlier_review.title,
        "when": when,
        "changes": [line for line, _ in changes],
        "_better": {line: better for line, better in changes},  # for build's checks; taken out before printing
        "questions": questions,
        "note": "The tables count young people who chose each answer, then and now, out of those who answered. They "
        "may not be the same young people (no names are asked), so a change may come from who came as much as from what "
        "changed." + different,
    }


def _focus_figure(label: str, asked: list[dict]) -> str | None:
    """The review question's theme said from its first answered face or choice question, with only the counts
    the pack shows as numbers (never "fewer than 5" or a hidden one): "On being heard in decisions, asked "How
    well do adults listen to you?", 16 of the 37 young people who answered chose OK, 8 Bad and 8 Good"."""
    for table in asked:
        shown = [(int(d["count"]), d["label"]) for d in table.get("distribution", []) if d["count"].isdigit() and d["count"] != "0"]
        if not shown or not table.get("answered", "").isdigit():
            continue
        shown.sort(key=lambda x: -x[0])
        first, rest = shown[0], shown[1:]
        tail = "".join(f"{', ' if i < len(rest) - 1 else ' and '}{n} {lab}" for i, (n, lab) in enumerate(rest))
        return (f"On {label.lower()}, asked \u201c{table['prompt']}\u201d, {first[0]} of the {table['answered']} young "
                f"people who answered chose {first[1]}{tail}")
    return None


FOCUS_MIN = 0.5  # how sure the theme classifier must be of the review question's theme for the summary to lead with it


def review_theme(question: str, in_pack: set[str]) -> str | None:
    """The theme the review's own question is about, as the theme classifier reads it, where it is sure enough
    and the pack has evidence on it: the summary leads with that evidence. The officer sees it in the preview."""
    suggestion = next(iter(classify(question).themes), None)
    if suggestion is None or suggestion.confidence < FOCUS_MIN or suggestion.theme not in in_pack:
        return None
    return suggestion.theme


# Where the one rule places a face or choice question, said beside its answers under the review's question.
FOCUS_PLACED = {
    "working-well": "The summary lists it as working well.",
    "not-working": "The summary lists it as not working well.",
    "mixed": "The answers were split: neither side was clearly bigger.",
}


def _review_focus(label: str, asked: list[tuple[dict, str]], placing: str | None, written: str | None,
                  changes: list[str]) -> list[str]:
    """The summary's first lines: every figure the pack has on the review question's theme, side by side, and
    where they point different ways, why that can be. `asked` holds each face or choice question's printed table
    and where the one rule places it; `placing` and `written` where it places what young people wrote, and its line."""
    lines = []
    for table, placing_of in asked:
        cells = "; ".join(f"{d['label']} {d['count']}" for d in table["distribution"])
        tick = " (they could tick more than one)" if table.get("multiple") else ""
        lines.append(f"Asked \u201c{table['prompt']}\u201d, of the {table['answered']} young people who answered{tick}: {cells}. "
                     + FOCUS_PLACED[placing_of])
        asked_before = f"\u201c{table['prompt']}\u201d "
        lines.extend(f"{SINCE_HEADING}: {c.removeprefix(asked_before)}" for c in changes if c.startswith(asked_before))
    if written:
        lines.append(written)
    sides = {p for _, p in asked} | ({placing} if placing else set())
    if written and asked and len(sides) > 1:
        lines.append("These count different groups: everyone who answered the question, and only those who chose to "
                     "write about it. So they can point different ways without either being wrong: ask the service for whom "
                     f"{label.lower()} is not going well, and why.")
    return lines


def _groups_of(sessions: list[ParticipationSession]) -> set[str]:
    """The groups sessions were for ("both" is both)."""
    return {g for s in sessions for g in (GROUPS if s.audience == "both" else (s.audience,))}


def _groups_text(groups: set[str]) -> str:
    return " and ".join(GROUP_LABELS[g].lower() for g in GROUPS if g in groups)


def groups_of(takers: dict, sessions: list[ParticipationSession], prompts: list[Prompt],
              approved: list[tuple[Answer, str | None]]) -> dict[int, str]:
    """Each young person's group by THE rule (GROUPS_DECIDED): their own approved answer to "How long have
    you been in care?" (evidence_rules.group_said), else the group their session was for where it was for
    one group only, else UNKNOWN ("did not say")."""
    asked = {p.id for p in prompts if p.about_you == "time-in-care"}
    said = {a.participant_id: g for a, _ in approved if a.prompt_id in asked and (g := group_said(a.choices))}
    audience = {s.id: s.audience for s in sessions}
    return {p: said.get(p) or (audience[t.session_id] if audience[t.session_id] in GROUPS else UNKNOWN) for p, t in takers.items()}


def _linked_to_groups(table: dict, options: list[str], picked: list[list[str]], groups: Counter,
                      group_cells: dict[str, Shown], people: int, threshold: int) -> dict:
    """The answers to "How long have you been in care?" suppressed against the group table printed beside
    them: a group is made of these answers, so "Children in care 23" less "1 to 3 years 11" and "More than 3
    years 8" would give the hidden "Less than a year", and the young people who answered less the children in
    care and the care leavers would give the hidden "I don't want to say". Every such sum the counts meet is
    checked with the table's own, and a second answer (or, where no answer can do, how many answered) is
    hidden too, never a group."""
    raw = {f"a:{o}": sum(1 for c in picked if o in c) for o in options}
    raw |= {"answered": len(picked), "people": people} | {f"g:{k}": n for k, n in groups.items()}
    cells = {f"a:{d['label']}": _shown_of(d["count"], threshold) for d in table["distribution"]}
    cells |= {"answered": _shown_of(table["answered"], threshold), "people": suppress_count(people, threshold)}
    cells |= {f"g:{k}": c for k, c in group_cells.items()}
    raw |= {k: 0 for k in cells if k not in raw}
    in_care = [f"a:{o}" for o in options if o not in (LEFT_CARE, NOT_SAYING)]
    sums = [("answered", [f"a:{o}" for o in options])]
    if raw["g:children-in-care"] == sum(raw[k] for k in in_care):
        sums.append(("g:children-in-care", in_care))
    left, not_saying = f"a:{LEFT_CARE}", f"a:{NOT_SAYING}"
    if left in raw and raw["g:care-leavers"] == raw[left]:
        sums.append(("g:care-leavers", [left]))
        if not_saying in raw and raw["answered"] == raw["g:children-in-care"] + raw["g:care-leavers"] + raw[not_saying]:
            sums.append(("answered", ["g:children-in-care", "g:care-leavers", not_saying]))
    out = suppress_linked(cells, raw, sums, may_hide={*(f"a:{o}" for o in options), "answered"})
    return {**table, "answered": str(out["answered"]),
            "distribution": [{"label": d["label"], "count": str(out[f"a:{d['label']}"])} for d in table["distribution"]]}


def _shown_of(text: str, threshold: int) -> Shown:
    """A printed count back as Shown, for checking it with others."""
    if text.isdigit():
        return Shown(int(text), threshold)
    return Shown(None, threshold, secondary=text == SECONDARY_LABEL, withheld=text == WITHHELD_LABEL)


def build(
    review: Review,
    session_ids: list[int] | None,
    title: str,
    messages: list[str] | None = None,
    status: str = "preview",
    version: int = 0,
    published_on: date | None = None,
    correction_note: str | None = None,
    today: date | None = None,
    publish_anyway: bool = False,
    invited: int | None = None,
    without_quotes: bool = False,
    held_for_tone: dict[str, str] | None = None,
) -> dict:
    """The pack's content. `held_for_tone`, where given, is filled with the themes the one rule would list (label ->
    "working well" or "not working well") that the summary leaves out until a person decides their tone."""
    threshold = review.council.small_number_threshold
    ev = evidence(review, session_ids)
    sessions = ev.sessions
    ids = [s.id for s in sessions]
    coverage = ev.coverage()

    def show(n: int) -> str:
        return str(suppress_count(n, threshold))

    approved = ev.approved
    # Who took part: the one definition every screen uses (answers.took_part), whatever became of their answers.
    takers = taking_part(ids)
    people = set(takers)
    prompts = list(db.session.execute(select(Prompt).where(Prompt.session_id.in_(ids)).order_by(Prompt.session_id, Prompt.position)).scalars())
    group_of = groups_of(takers, sessions, prompts, approved)
    groups = Counter(group_of[p] for p in people)
    group_keys = [k for k in (*GROUPS, UNKNOWN) if k in GROUPS or groups.get(UNKNOWN)]
    group_cells, _ = suppress_breakdown({k: groups.get(k, 0) for k in group_keys}, threshold, total=len(people))
    groups_known = any(groups.get(k) for k in GROUPS)

    good_prompts = {p.id for p in prompts if asks_for_good(p.bank_slug)}
    by_answer = {a.id: a for a, _ in approved}
    theme_people: dict[str, set[int]] = defaultdict(set)
    person_tones: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    theme_quotes: dict[str, list[str]] = defaultdict(list)
    quote_tone: dict[str, str] = {}
    quote_group: dict[str, str] = {}  # a starred quote -> the group of the young person who wrote it
    theme_texts: dict[str, list[str]] = defaultdict(list)
    listed_people: dict[str, set[int]] = defaultdict(set)  # theme -> young people whose answers the appendix lists under it
    labels = theme_labels(review.council_id)
    edited = reworded(a.id for a in ev.with_content)
    kept = originals_kept(a.id for a in ev.with_content)

    def words(a: Answer) -> str:
        return printed_words(a, edited, kept)

    # A translation is printed beside the words only where the words themselves are printed.
    translations = {
        words(a): a.translation for a in ev.with_content
        if a.translation and a.id in ev.themed_ids and (a.id in kept or not needs_translation(a))
    }
    # Words with a detail few young people share are printed once, under their theme (and in the
    # appendix): never again as a strongest message, in a question or under a recommendation.
    # Only the printed answers (under their main theme) count: an answer never printed links to nothing.
    printed_ids = {at.answer_id for at in ev.decided_rows if at.rank == 0}
    printed_answers = [a for a in ev.with_content if a.id in printed_ids]
    kept_rare = with_rare_details(printed_answers, word_counts(a.text for a in ev.written), kept)
    rare = not_repeated(printed_answers, kept_rare)
    translated_printed = sum(1 for a in printed_answers if needs_translation(a) and not prints_original(a, kept))
    originals_printed = sum(1 for a in printed_answers if prints_original(a, kept))
    reusable_tone: dict[str, str] = {}  # quote -> its tone, for quotes that may be printed again
    # theme -> question -> young people who wrote on the theme answering it
    answering: dict[str, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    counted_answers: dict[int, Answer] = {}  # the answers whose tone is counted, for the method's figure
    guessed: dict[str, set[int]] = defaultdict(set)  # theme -> young people with a tone only the classifier gave
    for at in ev.decided_rows:
        answer = by_answer[at.answer_id]
        good = answer.prompt_id in good_prompts
        tone = answer_tone(answer.text, answer.tone, good, answer.tone_confirmed)
        counted_answers[answer.id] = answer
        theme_people[at.theme].add(answer.participant_id)
        answering[at.theme][answer.prompt_id].add(answer.participant_id)
        person_tones[at.theme][answer.participant_id].add(tone)
        if not tone_decided(answer.text, answer.tone, good, answer.tone_confirmed):
            guessed[at.theme].add(answer.participant_id)
        if at.rank == 0:
            theme_texts[at.theme].append(words(answer))
            listed_people[at.theme].add(answer.participant_id)
            if answer.starred:
                theme_quotes[at.theme].append(words(answer))
                quote_group[words(answer)] = group_of.get(answer.participant_id, UNKNOWN)
                if tone_decided(answer.text, answer.tone, good, answer.tone_confirmed):
                    quote_tone[words(answer)] = tone
                    if answer.id not in rare:
                        reusable_tone[words(answer)] = tone
    tone_confirmed = sum(1 for a in counted_answers.values() if a.tone_confirmed)

    ordered = sorted(theme_people, key=lambda t: (-len(theme_people[t]), labels.get(t, t)))
    themes = []
    tone_of: dict[str, Counter] = {}  # theme -> young people by their tone on it (they add up to the theme's count)
    tone_shown: dict[str, dict] = {}  # the same, suppressed: the summary quotes these cells, never the raw counts
    for t in ordered:
        tone = tone_of[t] = Counter(person_tone(tones) for tones in person_tones[t].values())
        tone_cells = tone_shown[t] = _tone_cells(tone, len(theme_people[t]), threshold)
        base = THEMES_BY_ID.get(t)
        themes.append(
            {
                "id": t,
                "label": labels.get(t, t),
                "young_people": show(len(theme_people[t])),
                "risk_weight": "",  # once the strongest messages are known, below
                "placed_by": None,  # why the summary lists it where it does, where PLACED_TEXT does not say (below)
                "tone": {k: str(v) for k, v in tone_cells.items()},
                "quotes": theme_quotes[t][:QUOTES_PER_THEME],
                "ilacs_areas": [{"id": a, "label": ILACS_AREAS[a]} for a in (base.ilacs_areas if base else ())],
                "signatures": [
                    # Never a bare label: why this theme's answers may point to it, and what to ask.
                    {"id": s, "label": SIGNATURES_OF_RISK[s], "reason": signature_reason(t, s), "question": signature_question(t, s)}
                    for s in (base.signatures if base else ())
                ],
                # Once each, though the same question was asked at several sessions.
                "other_questions": list(dict.fromkeys(
                    f"{KIND_NAMES[p.kind]} \u201c{p.text}\u201d is on the same theme. It is counted separately, "
                    "in The numbers, from the young people who answered it, so its figures differ from this one."
                    for p in prompts
                    if p.theme == t and p.kind in KIND_NAMES and not p.about_you
                )),
                "_n": len(theme_people[t]),
            }
        )
    theme_by_id = {t["id"]: t for t in themes}

    rejected = Counter(
        db.session.execute(
            select(Answer.reject_reason).where(Answer.session_id.in_(ids), Answer.state == AnswerState.REJECTED.value)
        ).scalars()
    )
    scales = []
    face_lines: list[tuple[Prompt, list, int]] = []  # each face question the summary lists, and where
    # theme -> the figure of a face or choice question that lists the theme as not working well, for its risk line
    question_basis: dict[str, str] = {}
    in_summary: dict[str, str] = {}  # a face or choice question's text -> its line in the summary, where it has one
    # What works and what does not, given equal room: (young people, sentence) for themes and faces.
    working, not_working = [], []
    headlines: dict[str, tuple[str | None, str]] = {}  # a figure -> a quote that shows it, and what it may mean
    # A figure -> how many young people it covers, its theme, and the face or choice question it comes from
    # (None for what young people wrote): the strongest messages are picked by coverage first.
    reach: dict[str, tuple[int, str | None, str | None]] = {}
    # theme -> (question, where the one rule places it) for every face or choice question on the theme, so a
    # headline from what young people wrote is never one a question on the same theme contradicts.
    # (question, placing, its figure, young people who answered it)
    question_side: dict[str, list[tuple[str, str, str, int]]] = defaultdict(list)
    repeated_scales = Counter(p.text for p in prompts if p.kind == "scale")
    for p in prompts:
        if p.kind != "scale":
            continue
        values = Counter(a.scale for a, _ in approved if a.prompt_id == p.id and a.scale)
        cells, total = suppress_breakdown({str(n): values.get(n, 0) for n in range(5, 0, -1)}, threshold, total=sum(values.values()))
        scales.append(
            {
                # The same question asked in two sessions is two tables: each says whose it is.
                "prompt": p.text + (f" ({p.session.title})" if repeated_scales[p.text] > 1 else ""),
                "answered": str(total),
                "distribution": [{"label": SCALE_LABELS[int(k)], "count": str(v)} for k, v in cells.items()],
            }
        )
        high, low = sum(values[n] for n in HIGH_SCALE), sum(values[n] for n in LOW_SCALE)
        # Listed by the one rule (evidence_rules.side), on the cells the table shows.
        placing = side([cells[str(n)] for n in HIGH_SCALE], [cells[str(n)] for n in LOW_SCALE], total=total)
        if p.theme:
            faces_said = _faces(cells, HIGH_SCALE if placing == "working-well" else LOW_SCALE, total)
            question_side[p.theme].append((p.text, placing, faces_said, sum(values.values())))
        if placing == "working-well":
            working.append((high, f"{p.text} {_faces(cells, HIGH_SCALE, total)}"))
            headlines[working[-1][1]] = (None, _face_meaning(high, low, sum(values.values())))
            reach[working[-1][1]] = (sum(values.values()), p.theme, p.text)
            face_lines.append((p, working, len(working) - 1))
        elif placing == "not-working":
            not_working.append((low, f"{p.text} {_faces(cells, LOW_SCALE, total)}"))
            if p.theme:
                question_basis.setdefault(p.theme, f"{KIND_NAMES[p.kind]} \u201c{p.text}\u201d: {_after_colon(_faces(cells, LOW_SCALE, total))}")
            headlines[not_working[-1][1]] = (None, _face_meaning(high, low, sum(values.values())))
            reach[not_working[-1][1]] = (sum(values.values()), p.theme, p.text)
            face_lines.append((p, not_working, len(not_working) - 1))
    # A theme's tone reaches the summary and the questions only when a person decided the tone of every
    # answer behind the figure: what works (or does not) never rests on the classifier's guess alone.
    def decided(t: str, tone: str) -> bool:
        return not any(person_tone(tones) == tone for p, tones in person_tones[t].items() if p in guessed[t])

    placement: dict[str, str] = {}  # theme -> where the one rule places it: working-well, not-working or mixed
    asked_for: set[str] = set()  # a theme's line whose tone most of its young people were asked for (_led_by)

    for t in ordered:
        label = theme_by_id[t]["label"]
        pos = tone_of[t].get("positive", 0)
        neg = tone_of[t].get("negative", 0)
        # The one rule (evidence_rules.side) on the tone cells the pack shows, and only on a side whose
        # every young person's tone a person decided: never both sides, never on "fewer than 5" or a hidden count.
        placing = side([tone_shown[t]["positive"]], [tone_shown[t]["negative"]], total=suppress_count(len(theme_people[t]), threshold))
        if placing != "mixed" and not decided(t, "positive" if placing == "working-well" else "negative"):
            if held_for_tone is not None:
                held_for_tone[label] = "working well" if placing == "working-well" else "not working well"
            placing = "mixed"
        placement[t] = placing
        theme_by_id[t]["placed"] = placing
        first = []  # the tones whose quotes come first under the theme
        most, tone_asked_for = "", False
        if placing != "mixed":
            # Said where most of the young people on its side were answering one question that led to it.
            tone = "positive" if placing == "working-well" else "negative"
            on_side = {p for p, tones in person_tones[t].items() if person_tone(tones) == tone}
            led = _led_by(answering[t], on_side, {p.id: p for p in prompts}, tone)
            if led:
                question, why = led
                most, tone_asked_for = f", most of them answering \u201c{question}\u201d", bool(why)
                theme_by_id[t]["other_questions"].append(
                    f"Most of the young people {tone} about it were answering \u201c{question}\u201d{why}.")
        if placing == "working-well":
            first.append("positive")
            working.append((pos, f"{label}: {_of_wrote(tone_shown[t]['positive'], len(theme_people[t]))} positive{most}."))
            if tone_asked_for:
                asked_for.add(working[-1][1])
            headlines[working[-1][1]] = (_quote(theme_quotes[t], reusable_tone, "positive"), KEEP.format(label=label.lower()))
            reach[working[-1][1]] = (len(theme_people[t]), t, None)
        if placing == "not-working":
            first.append("negative")
            not_working.append((neg, f"{label}: {_of_wrote(tone_shown[t]['negative'], len(theme_people[t]))} negative{most}."))
            if tone_asked_for:
                asked_for.add(not_working[-1][1])
            headlines[not_working[-1][1]] = (_quote(theme_quotes[t], reusable_tone, "negative"), CHANGE.format(label=label.lower()))
            reach[not_working[-1][1]] = (len(theme_people[t]), t, None)
        # A theme listed as working well shows its positive quotes first (and one listed as not working
        # well its negative ones), so what the summary says of it can be read in young people's words.
        theme_by_id[t]["quotes"] = _ordered_quotes(theme_quotes[t], quote_tone, first)[:QUOTES_PER_THEME]

    # Choice and tick-all answers, and the optional "about you" answers (merged across sessions by kind).
    def distribution(prompt_text: str, multiple: bool, options: list[str], picked: list[list[str]]) -> dict:
        counts = Counter(o for choices in picked for o in set(choices))
        answered = len(picked)
        if multiple:  # the cells overlap, so no cell can be worked out from the others: each on its own
            cells = {o: suppress_count(counts.get(o, 0), threshold) for o in options}
        else:
            cells = suppress_breakdown({o: counts.get(o, 0) for o in options}, threshold, total=answered)[0]
        return {
            "prompt": prompt_text,
            "answered": show(answered),
            "multiple": multiple,
            "distribution": [{"label": o, "count": str(cells[o])} for o in options],
            "_shown": cells,  # the same cells, for the one rule (evidence_rules.side); taken out before printing
        }

    choice_topics: list[tuple[int, str, str, str | None]] = []  # (weight, theme, figure, quote) for the questions
    choice_answers = defaultdict(list)
    for a, _ in approved:
        if a.choices:
            choice_answers[a.prompt_id].append(list(a.choices))
    choice_of = {
        p.id: distribution(p.text, p.kind == "multiple", list(p.options or []), choice_answers[p.id])
        for p in prompts
        if p.kind in ("single", "multiple") and not p.about_you
    }
    choices = [{k: v for k, v in c.items() if k != "_shown"} for c in choice_of.values()]
    # A choice question the bank says how to read ("Who would you like to see more?": someone in the
    # family means they do not see them as much as they want) is listed on the side more young people
    # chose; ticked options overlap, so a tick-box weighs as its biggest option, never a sum.
    for p in prompts:
        good_options, bad_options = choice_reading(p.bank_slug) if p.id in choice_of else ((), ())
        if not (good_options or bad_options):
            continue
        raw = Counter(o for picked in choice_answers[p.id] for o in set(picked))
        cells = {d["label"]: d["count"] for d in choice_of[p.id]["distribution"]}

        def weight(options: tuple[str, ...], multiple: bool = p.kind == "multiple", raw: Counter = raw) -> int:
            return max((raw[o] for o in options), default=0) if multiple else sum(raw[o] for o in options)

        good, bad = weight(good_options), weight(bad_options)
        label = labels.get(p.theme, p.theme) if p.theme else None
        multiple = p.kind == "multiple"
        shown = choice_of[p.id]["_shown"]
        placing = side([shown[o] for o in good_options], [shown[o] for o in bad_options], overlap=multiple,
                       total=suppress_count(len(choice_answers[p.id]), threshold))
        if p.theme:
            picked_said = _picked("", cells, good_options if placing == "working-well" else bad_options,
                                  choice_of[p.id]["answered"], multiple).strip()
            question_side[p.theme].append((p.text, placing, picked_said, len(choice_answers[p.id])))
        if placing == "not-working":
            figure = _on_theme(p, label, placement, _picked(p.text, cells, bad_options, choice_of[p.id]["answered"], p.kind == "multiple"))
            not_working.append((bad, figure))
            in_summary[p.text] = figure
            quote = _quote(theme_quotes.get(p.theme, []), reusable_tone, "negative") if p.theme else None
            top = max(bad_options, key=lambda o, raw=raw: raw[o])
            # A question for the service rests on a tick-box question's biggest option, where its count is shown.
            if p.theme and p.kind == "multiple" and cells[top].isdigit():
                choice_topics.append((bad, p.theme, f"{cells[top]} of the {choice_of[p.id]['answered']} young people who "
                                      f"answered \u201c{p.text}\u201d ticked {top}", quote))
            if p.theme:
                question_basis.setdefault(p.theme, f"{KIND_NAMES[p.kind]} \u201c{p.text}\u201d: "
                                          + _after_colon(_picked("", cells, bad_options, choice_of[p.id]["answered"], multiple)))
            headlines[figure] = (quote, CHANGE.format(label=label.lower()) if label else "Ask the service what lies behind this.")
            reach[figure] = (len(choice_answers[p.id]), p.theme, p.text)
        elif placing == "working-well":
            figure = _on_theme(p, label, placement, _picked(p.text, cells, good_options, choice_of[p.id]["answered"], p.kind == "multiple"))
            working.append((good, figure))
            in_summary[p.text] = figure
            quote = _quote(theme_quotes.get(p.theme, []), reusable_tone, "positive") if p.theme else None
            headlines[figure] = (quote, KEEP.format(label=label.lower()) if label else "Something to keep.")
            reach[figure] = (len(choice_answers[p.id]), p.theme, p.text)
    # A face question on a theme the summary lists on neither side is said under the theme's name too.
    for p, listed, i in face_lines:
        line = _on_theme(p, labels.get(p.theme, p.theme) if p.theme else None, placement, listed[i][1])
        if line != listed[i][1]:
            headlines[line] = headlines.pop(listed[i][1])
            reach[line] = reach.pop(listed[i][1])
            listed[i] = (listed[i][0], line)
        in_summary[p.text] = line
    # A theme whose own words were mixed, or too few to say, but whose face or tick-box question the summary
    # lists, is said once, by that question's figure: never also among the themes too few to say.
    by_question: dict[str, tuple[str, str]] = {}
    for side_name, listed in (("not-working", not_working), ("working-well", working)):
        for _, line in listed:
            for p in prompts:
                if p.kind in KIND_NAMES and p.theme in placement and placement[p.theme] == "mixed" and line.startswith(f"{labels.get(p.theme, p.theme)}, from "):
                    by_question.setdefault(p.theme, (side_name, f"{KIND_NAMES[p.kind].lower()} \u201c{p.text}\u201d"))
    for t, (side_name, question) in by_question.items():
        theme_by_id[t]["placed_by"] = (
            f"In the summary, this is listed as {'working well' if side_name == 'working-well' else 'not working well'}, from {question}; "
            "what young people wrote about it was mixed, or too few said the same to say."
        )
    working.sort(key=lambda x: -x[0])
    not_working.sort(key=lambda x: -x[0])
    about_you = []
    for kind, heading in ABOUT_YOU.items():
        asked = [p for p in prompts if p.about_you == kind]
        if not asked:
            continue
        options = list(dict.fromkeys(o for p in asked for o in (p.options or [])))
        picked = [c for p in asked for c in choice_answers[p.id]]
        shown = distribution(heading, False, options, picked)
        if kind == "time-in-care":
            shown = _linked_to_groups(shown, options, picked, groups, group_cells, len(people), threshold)
        about_you.append({k: v for k, v in shown.items() if k != "_shown"})

    group_breakdown = []
    by_group: dict[str, tuple[Counter, dict[str, Shown], Shown | None]] = {}  # theme -> raw, shown cells, shown total
    for t in themes if groups_known else []:  # only where young people's groups are known
        g = Counter(group_of[p] for p in theme_people[t["id"]])
        cells, total_cell = suppress_breakdown({k: g.get(k, 0) for k in group_keys}, threshold, total=t["_n"])
        by_group[t["id"]] = (g, cells, total_cell)
        row = {"theme": t["label"], "children_in_care": str(cells["children-in-care"]), "care_leavers": str(cells["care-leavers"])}
        if UNKNOWN in cells:  # so each row adds up to the theme's young people
            row["did_not_say"] = str(cells[UNKNOWN])
        group_breakdown.append(row)

    # A theme listed on neither side because how its young people felt is partly hidden to protect a small
    # group is never dropped from the summary unsaid: it gets a line of its own, with the group that raised
    # it where saying so lets no hidden count be worked out, and never the hidden number. Whether a theme
    # gets such a line depends only on what its table shows, so the line itself says nothing more.
    hidden_tone = {}
    for t in ordered:
        if placement[t] != "mixed" or t in by_question or not any(unknown(c) for c in tone_shown[t].values()):
            continue
        raw, cells, _ = by_group.get(t, (Counter(), {}, None))
        hidden_tone[t] = hidden_tone_line(theme_by_id[t]["label"], theme_by_id[t]["young_people"], raw, cells, threshold)
        theme_by_id[t]["placed_by"] = HIDDEN_TONE_PLACED

    # The strongest messages: those that cover the most young people first, then the clearest; the first
    # of what works and of what does not side by side. Never one that a figure elsewhere in the pack
    # contradicts: what young people wrote on a theme leads only where every face or choice question on the
    # same theme is listed on the same side, and has not clearly moved the other way since last time.
    since_last_time = _since_last_time(review, sessions, prompts, threshold)
    changes = since_last_time["changes"] if since_last_time else []
    better = since_last_time.pop("_better") if since_last_time else {}  # a change -> whether it is for the better

    def weak(x):
        return "a hidden number" in x[1] or "fewer than" in x[1].split(":")[-1].split(".")[0]

    def contradicted(line: str, side_name: str) -> bool:
        _, t, question = reach[line]
        on_theme = question_side.get(t, []) if t else []
        # A question too few answered to say anything (its own session's copy, say) contradicts nothing.
        if question is None and any(placing != side_name and answered >= threshold for _, placing, _, answered in on_theme):
            return True
        if question is not None and t and placement.get(t, "mixed") not in ("mixed", side_name):
            return True
        asked = {q for q, *_ in on_theme} | ({question} if question else set())
        return any(c.startswith(f"\u201c{q}\u201d ") and better[c] == (side_name == "not-working") for q in asked for c in changes)

    candidates = [(x, side_name) for side_name, listed in (("not-working", not_working), ("working-well", working))
                  for x in listed if not contradicted(x[1], side_name)]
    # A theme's words and a question on the same theme that agrees are one headline (the question's figure is
    # said beside the words, _counted), covering the young people of either.
    by_words = {(reach[x[1]][1], side_name) for x, side_name in candidates if reach[x[1]][2] is None}
    candidates = [c for c in candidates if reach[c[0][1]][2] is None or (reach[c[0][1]][1], c[1]) not in by_words]

    def covers(line: str, side_name: str) -> int:
        cover, t, question = reach[line]
        agreeing = [answered for _, placing, _, answered in question_side.get(t, []) if placing == side_name] if question is None else []
        return max([cover, *agreeing])

    # A theme whose tone most of its young people were asked for ("What is one good thing…?") leads only where a
    # face or tick-box question on it agrees, or nothing else can say that side: the question, not the theme, may
    # have made it positive (or negative).
    def asked_only(c) -> bool:
        return c[0][1] in asked_for and not any(placing == c[1] for _, placing, _, _ in question_side.get(reach[c[0][1]][1], []))

    candidates = [c for c in candidates if not asked_only(c) or not any(o[1] == c[1] and not asked_only(o) for o in candidates)]

    candidates.sort(key=lambda c: (weak(c[0]), -covers(c[0][1], c[1]), -c[0][0]))
    chosen = [next(c for c in candidates if c[1] == side_name) for side_name in ("not-working", "working-well")
              if any(c[1] == side_name for c in candidates)]
    chosen += [c for c in candidates if c not in chosen][:4 - len(chosen)]
    chosen += [c for c in candidates if c not in chosen and not weak(c[0])][:5 - len(chosen)]
    chosen.sort(key=candidates.index)
    leavers_message = []
    leavers_in: dict[str, str] = {}  # a headline's figure -> what care leavers wrote about, said inside it
    # Care leavers are named in the strongest messages where they took part: inside the headline on the theme
    # they wrote most about, else as a message of their own (never from a hidden count).
    if groups.get("care-leavers"):
        # Not a theme whose tones are hidden to protect a small group (a quote's tone would hint at them), and
        # only a quote whose tone's count the theme shows, or shows as "fewer than N" (so saying one young
        # person wrote that way tells nothing new); the quote's tone is said, so it never reads as the theme's.
        for t in ordered:
            raw, cells, total_cell = by_group.get(t, (Counter(), {}, None))
            quote = next((q for q in theme_quotes[t] if q in reusable_tone and quote_group.get(q) == "care-leavers"
                          and not unknown(tone_shown[t][reusable_tone[q]])), None)
            # Only a theme the summary lists on neither side: the message says how they felt was mixed.
            if (not quote or placement[t] != "mixed" or t in by_question or t in hidden_tone or not cells
                    or not may_say_raised(cells, total_cell, "care-leavers") or len(theme_people[t]) < threshold):
                continue
            leavers_message.append(
                f"{theme_by_id[t]['label']}: {theme_by_id[t]['young_people']} young people wrote about it, care leavers "
                f"among them, and they did not mostly say the same thing.")
            break
        # Else what care leavers wrote about, from the counts the pack shows of them (never a hidden one).
        leavers = group_cells.get("care-leavers")
        shown_for_leavers = [(by_group[t][1]["care-leavers"].value, t) for t in ordered if t in by_group
                             and not by_group[t][1]["care-leavers"].hidden and by_group[t][1]["care-leavers"].value]
        if not leavers_message and leavers is not None and not leavers.hidden and shown_for_leavers:
            n, t = max(shown_for_leavers, key=lambda x: x[0])
            label = theme_by_id[t]["label"]
            leavers_line = f"Care leavers: {n} of the {leavers.value} care leavers who took part wrote about {label.lower()}."
            # Said inside the headline on the same theme where there is one, else as a message of its own.
            same = next((x for x, _ in chosen if reach[x[1]][1] == t), None)
            if same:
                # Said as who wrote about it, never "among them" after a tone count (read as among the negative).
                leavers_in[same[1]] = f"{n} of the {leavers.value} care leavers who took part wrote about it."
            else:
                leavers_message.append(leavers_line)
    auto_messages = [
        _one_line(x, leavers_in.get(x)) for x, _ in ((x[1], side_name) for x, side_name in chosen)
    ][: 5 - len(leavers_message)] + leavers_message  # five at most, so they fit on the summary's first page
    final_messages = [m for m in (messages or []) if m.strip()] or auto_messages
    for t in themes:
        t["risk_weight"], t["risk_basis"] = negative_weight(tone_shown[t["id"]]["negative"]), ""
        # A theme the summary lists as not working well from a face or choice question, which too few wrote
        # negatively about to carry a risk line (or whose count is hidden to protect a small group), rests it on
        # the question's figure instead: never "only a few", so the two do not contradict each other. Where
        # enough wrote negatively, their count stays the basis.
        if (t["risk_weight"] in ("few", "hidden") and by_question.get(t["id"], ("",))[0] == "not-working"
                and t["id"] in question_basis):
            t["risk_weight"], t["risk_basis"] = "question", question_basis[t["id"]]
    # A printed address must work when typed: without the council's public address for the app, the
    # pack gives the join code and where to type it instead of a path that leads nowhere.
    base = current_app.config.get("PUBLIC_BASE_URL", "").rstrip("/")
    follow_up = []
    for session_obj in sessions:
        entry = you_said_we_did.entry_for(session_obj)
        follow_up.append({
            "session": session_obj.title,
            "url": _public_url(base, f"/j/{session_obj.join_code}/updates"),
            "code": session_obj.join_code,
            "written_on": entry.updated_on.isoformat() if entry and entry.updated_on else None,
            "closed": session_obj.state == SessionState.CLOSED.value,
        })
    # Face and choice questions by theme, with the figures The numbers prints, for what a recommendation rests on.
    asked_on_theme: dict[str, list[dict]] = defaultdict(list)
    # The same question asked at several sessions has a table for each: cite one that someone answered (none if nobody did).
    printed: dict[str, dict] = {}
    for x in scales + choices:
        if x["prompt"] not in printed or printed[x["prompt"]]["answered"] == "0":
            printed[x["prompt"]] = x
    for p in prompts:
        if p.theme and p.text in printed and not p.about_you and printed[p.text]["answered"] != "0":
            kind = "faces" if p.kind == "scale" else "tick all that fit" if p.kind == "multiple" else "pick one"
            asked_on_theme[p.theme].append({**printed[p.text], "kind": kind})
    # The summary leads with the review's own question: every figure the pack has on its theme.
    focus = review_theme(review.title, set(theme_by_id) | {p.theme for p in prompts if p.theme in asked_on_theme})
    review_focus = None
    if focus:
        label = labels.get(focus, focus)
        placings = {q: placing for q, placing, _, _ in question_side.get(focus, [])}
        asked_focus = [(x, placings.get(x["prompt"], "mixed")) for x in
                       {x["prompt"]: x for x in asked_on_theme.get(focus, [])}.values()]
        written = None
        if focus in theme_by_id:
            n, placing = len(theme_people[focus]), placement[focus]
            if placing != "mixed":
                tone = "positive" if placing == "working-well" else "negative"
                q = _quote(theme_quotes[focus], reusable_tone, tone)
                written = (f"{_of_wrote(tone_shown[focus][tone], n, label.lower())} {tone} about it"
                           + (f" (one said: {_said(q, translations)})." if q else "."))
            elif focus in hidden_tone:
                written = f"{theme_by_id[focus]['young_people']} young people wrote about {label.lower()}: how many felt each way is hidden, to protect a small number."
            else:
                written = (f"{theme_by_id[focus]['young_people']} young people wrote about {label.lower()}: how they felt was "
                           "mixed, or too few said the same to say.")
        review_focus = {"theme": label, "lines": _review_focus(label, asked_focus, placement.get(focus), written, changes)}
    # Questions rest on the evidence: the themes most young people were negative about, and the one
    # most were positive about, each with its figure and, where there is one, a young person's words.
    # A question rests on a count the pack shows: never on one hidden to protect another (it may be
    # none), nor on "fewer than 5", which the pack itself says cannot point to anything on its own.
    # Only themes the one rule places on that side, so a question never contradicts the summary.
    theme_nw = [t for t in sorted(ordered, key=lambda t: -tone_of[t].get("negative", 0)) if placement[t] == "not-working"][:3]
    theme_w = [t for t in sorted(ordered, key=lambda t: -tone_of[t].get("positive", 0)) if placement[t] == "working-well"][:1]

    # Each question cites what it rests on: a figure, and a young person's words where there are some.
    topics = []  # (theme, figure, quote, positive)
    for t in theme_nw:
        figure = f"{_of_wrote(tone_shown[t]['negative'], len(theme_people[t]), theme_by_id[t]['label'].lower())} negative about it"
        topics.append((t, figure, _quote(theme_quotes[t], reusable_tone, "negative"), False))
    for _, t, figure, quote in sorted(choice_topics, key=lambda x: -x[0])[:1]:
        if t not in theme_nw:
            topics.append((t, figure, quote, False))
    for t in theme_w:
        figure = f"{_of_wrote(tone_shown[t]['positive'], len(theme_people[t]), theme_by_id[t]['label'].lower())} positive about it"
        topics.append((t, figure, _quote(theme_quotes[t], reusable_tone, "positive"), True))
    # The review's own question is always asked about, first where it is not among those above: from what young
    # people wrote on its theme where the summary lists it on a side, else its face or choice question's shown figures.
    if focus and focus not in {t for t, *_ in topics}:
        felt = {"working-well": "positive", "not-working": "negative"}.get(placement.get(focus, ""))
        if felt:
            figure = f"{_of_wrote(tone_shown[focus][felt], len(theme_people[focus]), labels.get(focus, focus).lower())} {felt} about it"
            topics.insert(0, (focus, figure, _quote(theme_quotes[focus], reusable_tone, felt), felt == "positive"))
        elif figure := _focus_figure(labels.get(focus, focus), asked_on_theme.get(focus, [])):
            topics.insert(0, (focus, figure, None, False))

    def asked(t: str, positive: bool) -> tuple[str, ...]:
        label = labels.get(t, t).lower()
        if positive:
            return tuple(q.format(label=label) for q in KEEP_QUESTIONS)
        return THEME_QUESTIONS.get(t) or tuple(q.format(label=label) for q in GENERAL_QUESTIONS)

    questions = [
        {"heading": "What do you know?", "items": [
            f"{figure}" + (f" (one said: {_said(q, translations)})." if q else ".") + f" {asked(t, good)[0]}"
            for t, figure, q, good in topics
        ]},
        # The figure is said once, under "What do you know?"; the later questions name the theme it rests on.
        {"heading": "How do you know it?", "items": [f"{labels.get(t, t)}: {asked(t, good)[1]}" for t, _, _, good in topics]},
        {"heading": "What will you do?", "items": [f"{labels.get(t, t)}: {asked(t, good)[2]}" for t, _, _, good in topics]},
    ]
    recs = list(db.session.execute(select(Recommendation).where(Recommendation.review_id == review.id).order_by(Recommendation.id)).scalars())
    rests = {r.id: _rests_on(r, theme_by_id, by_answer, asked_on_theme, translations, edited | reworded(r.quote_answer_ids or []),
                             kept | originals_kept(r.quote_answer_ids or []), rare, in_summary) for r in recs}
    today = today or uk_today()

    for t in themes:
        t.pop("_n")
    return {
        "title": title,
        "council": review.council.name,
        "status": status,
        "version": version,
        "published_on": published_on.isoformat() if published_on else None,
        "correction_note": correction_note or None,
        "threshold": threshold,
        "generated_on": today.isoformat(),
        "review": {
            "title": review.title,
            "description": review.description,
            "ilacs_areas": [{"id": a, "label": ILACS_AREAS.get(a, a)} for a in review.ilacs_areas],
        },
        "summary": {
            "review_focus": review_focus,
            "young_people": show(len(people)),
            "invited": str(invited) if invited else None,
            "sessions": [{"title": s.title, "date": s.date.isoformat(), "audience": AUDIENCES.get(s.audience, s.audience)} for s in sessions],
            "groups": [{"label": GROUP_LABELS[k], "young_people": str(group_cells[k])} for k in group_keys] if groups_known else [],
            "groups_note": GROUPS_DECIDED if groups_known else "Young people were not asked whether they are in care or have left "
            "care, and the sessions were open to both, so the pack cannot say how many of each took part.",
            "messages": final_messages,
            # Up to six each, the sixth only where its figure is not hidden: the summary stays short.
            "working_well": [x[1] for i, x in enumerate(working[:6]) if i < 5 or not weak(x)],
            "not_working": [x[1] for i, x in enumerate(not_working[:6]) if i < 5 or not weak(x)],
            "too_few": too_few_sentence([theme_by_id[t]["label"] for t in ordered
                                         if placement[t] == "mixed" and t not in by_question and t not in hidden_tone]),
            "hidden_tone": hidden_tone_sentence([hidden_tone[t] for t in ordered if t in hidden_tone]),
        },
        "method": {
            # What a councillor reads in a few minutes (about 400 words with the tables and limits); the
            # detail of how each figure was made follows in the appendix (method.detail).
            "paragraphs": [
                f"Young people answered on their own phones at {len(sessions)} participation session{'s' if len(sessions) != 1 else ''}, "
                "with no name asked, and could skip any question.",
                "Names, addresses, schools and other personal details in written answers became placeholders such as "
                "[name]; possible disclosures of harm went to the safeguarding lead, not into this pack.",
                "An officer approved every answer printed here and confirmed its themes; only confirmed themes are counted.",
                coverage_sentence(coverage),
                *(
                    [
                        "The officer published this pack before every approved written answer had a confirmed theme, "
                        "and confirmed they wanted to publish it anyway."
                    ]
                    if publish_anyway and coverage["unthemed"]
                    else []
                ),
                TONE_RULE,
                placing_rule(threshold, counted=False),
                quotes_sentence(len(kept_rare), sum(1 for a in printed_answers if a.id in edited)),
                *([s] if (s := translation_sentence(translated_printed, originals_printed)) else []),
                *(
                    [
                        "This pack has no quotes: no young person's words were starred for it. The officer confirmed "
                        "they wanted to publish it without any."
                    ]
                    if without_quotes and not any(t["quotes"] for t in themes)
                    else []
                ),
                "How each figure was made, in full, is at the start of the appendix.",
            ],
            "detail": [
                *([GROUPS_METHOD] if groups_known else []),
                tone_sentence(tone_confirmed, len(counted_answers)),
                "A question answered by choosing a face, from Really bad to Really good, weighs Good and Really good "
                "against Bad and Really bad. A question answered by choosing from a list is "
                "weighed where the council's set of ready-made questions says which answers mean something works or does not (for \u201cWho would you like to see more?\u201d, "
                "ticking someone in their family means a young person does not see them as much as they want). "
                f"{placing_rule(threshold)}",
                "Quotes are answers a participation officer starred for the pack, "
                f"at most {QUOTES_PER_THEME} a theme, shown under the theme the answer says most about; the officer is asked to star "
                "at least one for every theme that has written answers, and a positive one for every theme listed as "
                "working well; under a theme listed as working well the positive quotes come "
                "first. The check before publishing looks, in every answer the pack prints (the quotes and the appendix), "
                f"for these details few young people share: {CHECKED_DETAILS}. Answers left out because of one are "
                "counted as \u201cCould identify someone\u201d.",
                f"Counts of fewer than {threshold} young people are shown as \u201cfewer than {threshold}\u201d, and "
                "a count of none as 0. Where a table's total and its other figures would let a hidden count be worked out, "
                "more counts are hidden, smallest first, and shown as \u201chidden\u201d; where even that is not enough, every "
                "count in that table or row is shown as \u201chidden\u201d. Everything is counted in young people, "
                "each counted once however many answers they gave, except the answers left out, which are counted in answers. "
                "Nothing is listed as working well or not working well on a count hidden to protect another, and a question "
                "for the task group, or what a recommendation rests on, cites the counts behind it and never rests on "
                f"\u201cfewer than {threshold}\u201d or a hidden count alone.",
            ],
            "left_out": [{"reason": REJECT_REASONS.get(r, r), "count": show(n)} for r, n in sorted(rejected.items()) if r],
            "suppression": suppression_sentence(threshold),
            "limits": [
                "Only young people who came took part: they chose to come, and may not speak for everyone.",
                "We do not know who did not take part, or why.",
                "Answers are short and anonymous: they cannot be followed up with the young person who gave them.",
                "A young person could raise several themes, so theme counts do not add up to the total.",
            ],
        },
        "coverage": {**coverage, "sentence": coverage_sentence(coverage), "pointer": coverage_pointer(coverage),
                     "publish_anyway": bool(publish_anyway and coverage["unthemed"]),
                     "without_quotes": bool(without_quotes and not any(t["quotes"] for t in themes))},
        "themes": themes,
        "questions": questions,
        "chart": [
            {"label": t["label"], "value": (int(t["young_people"]) if t["young_people"].isdigit() else None), "display": t["young_people"]}
            for t in themes
        ],
        "scales": scales,
        "choices": choices,
        "about_you": about_you,
        "group_breakdown": group_breakdown,
        "appendix": {
            "prompts": [{"n": i + 1, "text": p.text, "kind": p.kind, "options": list(p.options or [])} for i, p in enumerate(prompts)],
            "answers_intro": (
                f"Below are the {coverage['themed']} approved written answers with a confirmed theme, each under the theme it says most about, "
                "with personal details replaced as described above."
                + (f" The other {coverage['unthemed']} approved written answers have no confirmed theme and are not shown." if coverage["unthemed"] else "")
            ),
            "answers_by_theme": [{"label": labels.get(t, t), "answers": theme_texts[t],
                                  "count_text": _answers_from(len(theme_texts[t]), show(len(listed_people[t])), theme_by_id[t]["young_people"],
                                                              len(listed_people[t]) < len(theme_people[t]))}
                                 for t in ordered],  # a section for every theme with a page, listed here or not
            "nothing_more": [a.text for a in ev.nothing_more],
            "no_theme": coverage["no_theme"],
        },
        "follow_up": follow_up,
        "tracker_url": _public_url(base, f"/staff/reviews/{review.id}/recommendations"),
        "since_last_time": since_last_time,
        "translations": translations,
        "recommendations_as_at": (d.isoformat() if (d := progress_as_at(recs)) else None),
        "recommendations": [
            {
                "ref": recommendation_ref(i),
                "title": r.title,
                "themes": [labels.get(t, t) for t in r.themes],
                "rests_on": [line for line, _ in rests[r.id]],
                "rests_on_themes": [theme for _, theme in rests[r.id]],  # the theme each line sends the reader to, or None
                "response": r.response,
                "response_label": RESPONSES.get(r.response) if r.response else None,
                "responded_on": r.responded_on.isoformat() if r.response and r.responded_on else None,
                "no_update_since": d.isoformat() if (d := r.no_update_since(today)) else None,
                "reasons": r.response_reasons,
                "due": r.due.isoformat() if r.due else None,
                "overdue": r.overdue(today),
                "owner": r.owner or None,
                "status": r.status(today),
                "updates": [{"date": u.on.isoformat(), "text": u.text} for u in r.updates],
            }
            for i, r in enumerate(recs, 1)
        ],
    }
