"""The pack: the plain-data contract between the app and the renderers, plus the wording they share."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, TypedDict

from participation.pure.evidence_rules import signature_reason
from participation.pure.suppression import SECONDARY_LABEL, WITHHELD_LABEL

# Every count below is a string that has ALREADY been through small-number suppression
# ("12", "fewer than 5"). Renderers print these strings and never do arithmetic on counts, so a
# hidden count cannot leak through a total or a percentage worked out here.


class IlacsArea(TypedDict):
    id: str  # ILACS area id from PRODUCT.md, e.g. "children-in-care"
    label: str


class Signature(TypedDict, total=False):
    id: str  # signature-of-risk id from PRODUCT.md, e.g. "workforce"
    label: str
    # Why the theme's answers may point to it, in one plain sentence (evidence_rules.THEME_SIGNATURE_REASONS);
    # a pack built before it was added has none, and the renderers look it up by theme.
    reason: str
    question: str  # phrased as something to test against the service's own data


class Review(TypedDict):
    title: str
    description: str
    ilacs_areas: list[IlacsArea]


class SessionSummary(TypedDict):
    title: str
    date: str  # YYYY-MM-DD
    audience: str


class GroupCount(TypedDict):
    label: str
    young_people: str


class ReviewFocus(TypedDict):
    theme: str  # the theme the review's question is about (pack_content.review_theme)
    lines: list[str]  # every figure the pack has on it, side by side


class Summary(TypedDict, total=False):
    review_focus: ReviewFocus | None  # the summary leads with it; None where no theme fits the question well
    young_people: str
    invited: str | None  # how many young people were invited, when the officer entered it
    sessions: list[SessionSummary]
    groups: list[GroupCount]  # empty when nobody's group is known
    groups_note: str  # why there is no breakdown by group, or how a young person's group was decided
    messages: list[str]  # the 3 to 5 strongest messages, in plain words
    working_well: list[str]
    not_working: list[str]
    too_few: str | None  # the themes listed on neither side (mixed, or too few young people to say), without numbers
    hidden_tone: str | None  # themes on neither side because how young people felt is hidden to protect a small group


class LeftOut(TypedDict):
    reason: str  # why answers were left out, never what they said
    count: str


class Method(TypedDict, total=False):
    paragraphs: list[str]  # the short method, about 400 words with the tables and limits
    detail: list[str]  # how each figure was made, in full: printed at the start of the appendix
    left_out: list[LeftOut]
    suppression: str
    limits: list[str]


class Tone(TypedDict):
    positive: str
    mixed: str
    negative: str


class Theme(TypedDict):
    id: str  # theme id from TAXONOMY.md, or a council's own
    label: str
    young_people: str
    tone: Tone
    # How many young people were negative about it, from the count shown (evidence_rules.negative_weight):
    # "many" (MANY_AT_LEAST or more), "some", "few" (fewer than the threshold), "none", "hidden" (not shown).
    risk_weight: Literal["many", "some", "few", "none", "hidden", "question"]
    # With risk_weight "question": the face or choice question's figure that lists the theme as not working
    # well; otherwise empty.
    risk_basis: str
    # Where the one rule (evidence_rules.side) places it, the same in the summary and on its page.
    placed: Literal["working-well", "not-working", "mixed"]
    # Why the summary lists a "mixed" theme where it does, in words: by its face or tick-box question, or on neither
    # side because how its young people felt is hidden to protect a small group; else None (PLACED_TEXT says it)
    placed_by: str | None
    quotes: list[str]  # starred, approved, redacted answers: young people's own words (identifying details written more generally)
    # Face and choice questions on the same theme, which are counted separately (in The numbers).
    other_questions: list[str]
    ilacs_areas: list[IlacsArea]
    signatures: list[Signature]


class QuestionGroup(TypedDict):
    heading: str  # one of the three self-evaluation questions
    items: list[str]


class ChartRow(TypedDict):
    label: str
    value: int | None  # for bar length only; None when the count is suppressed
    display: str


class ScaleOption(TypedDict):
    label: str
    count: str


class Scale(TypedDict):
    prompt: str
    answered: str
    distribution: list[ScaleOption]


class Choice(TypedDict):
    prompt: str
    answered: str
    multiple: bool  # tick all that fit: counts overlap and do not add up to the young people who answered
    distribution: list[ScaleOption]


class GroupBreakdown(TypedDict, total=False):
    theme: str
    children_in_care: str
    care_leavers: str
    did_not_say: str  # only where some young people did not say their group, so each row adds up


SEE_THEME = "see the theme"  # the words in what a recommendation rests on that link to its theme
SEE_NUMBERS = "see The numbers"  # ... and the words that link to the pack's section of figures
NUMBERS_ANCHOR = "pack-numbers"


def without_links(line: str) -> str:
    """What a recommendation rests on where nothing can be clicked (the tracker's CSV, the Word file): the
    line without its link words, "(see the theme)" and "(see The numbers)", which would point nowhere."""
    return line.replace(f" ({SEE_THEME})", "").replace(f" ({SEE_NUMBERS})", "")


def theme_anchor(position: int, theme_id: str) -> str:
    """The id of a theme's section in the pack's web page (its `position` among the themes, from 1), so a
    link from the tracker lands on it."""
    return f"pack-theme-{position}-{re.sub(r'[^a-z0-9]+', '-', theme_id.lower()).strip('-') or 'x'}"


def group_table(rows: list[GroupBreakdown]) -> tuple[list[str], list[list[str]]]:
    """The Themes by group table's head and rows, with a "Did not say" column where any row has one."""
    head = ["Theme", "Children in care", "Care leavers"]
    keys = ["theme", "children_in_care", "care_leavers"]
    if any("did_not_say" in r for r in rows):
        head.append("Did not say")
        keys.append("did_not_say")
    return head, [[r.get(k, "") for k in keys] for r in rows]


class Prompt(TypedDict):
    n: int
    text: str
    kind: str  # "text", "scale", "choice", "emoji"
    options: list[str]


class ThemeAnswers(TypedDict, total=False):
    label: str
    answers: list[str]
    # "12 answers from 10 young people": answers and young people are counted differently (packs before it had none)
    count_text: str


class Appendix(TypedDict, total=False):
    prompts: list[Prompt]
    answers_intro: str  # what the answers below cover
    answers_by_theme: list[ThemeAnswers]
    nothing_more: list[str]  # written answers that said nothing more than "fine", "ok" or "nothing"
    no_theme: int  # written answers an officer read and found no theme fits: counted toward no theme, never printed


class Coverage(TypedDict, total=False):
    written: int  # approved written answers (answers, not young people: a process figure)
    nothing_more: int  # of those, saying nothing more than "fine", "ok" or "nothing": counted toward no theme
    young_people_nothing_more: int
    no_theme: int  # of the others, read by an officer who found no theme fits: counted toward no theme too
    young_people_no_theme: int
    themed: int  # of those, with a theme an officer confirmed: the one set counts, quotes and appendix use
    unthemed: int  # still waiting for an officer: no confirmed theme, and no decision that none fits
    young_people_unthemed: int
    sentence: str  # what the counts cover, in plain words (printed once, in the method)
    pointer: str  # the summary's one line on it, pointing to the method
    publish_anyway: bool  # published with unthemed answers, after an explicit confirmation


class RecommendationUpdate(TypedDict):
    date: str
    text: str


class Recommendation(TypedDict, total=False):
    ref: str  # "R1", "R2"…: recommendation_ref, the same as in the tracker and its CSV
    title: str
    themes: list[str]
    rests_on: list[str]  # each theme with its figure in this pack, and each quote it rests on
    rests_on_themes: list[str | None]  # the theme each rests_on line sends the reader to ("see the theme"), or None
    response: str | None  # e.g. "accepted", "partly-accepted", "rejected"; None while awaited
    response_label: str | None
    responded_on: str | None  # YYYY-MM-DD the response was recorded; None while awaited
    no_update_since: str | None  # YYYY-MM-DD: overdue, with nothing heard since (no progress recorded); else None
    reasons: str
    due: str | None
    overdue: bool
    owner: str | None  # who in the service answers for it; None when not yet named
    status: str  # "Done", "Overdue", "In progress", "Not started", "Not accepted" or "Awaiting a response"
    updates: list[RecommendationUpdate]


class FollowUp(TypedDict, total=False):
    session: str
    url: str | None  # the session's "You said, we did" page; None when the app's public address is not set
    code: str  # the session's join code: typed on the Join page, it leads to the same page
    written_on: str | None  # YYYY-MM-DD when it was last written; None when not written by the day the pack was prepared
    closed: bool  # the session had closed when the pack was prepared: its code opens only this page


class SinceRow(TypedDict):
    answer: str  # e.g. "Good", or a choice
    then: str  # young people who chose it, suppressed as in its own table
    now: str


class SinceQuestion(TypedDict):
    question: str
    then_answered: str
    now_answered: str
    rows: list[SinceRow]


def since_head(since: SinceLastTime, q: SinceQuestion) -> list[str]:
    return ["Answer", f"Then ({since['when']}, {q['then_answered']} answered)", f"Now ({q['now_answered']} answered)"]


class SinceLastTime(TypedDict):
    review: str  # the earlier review that asked the same questions
    when: str  # "May 2026"
    changes: list[str]  # clear changes since then, one line each, for the summary (may be empty)
    questions: list[SinceQuestion]
    note: str


class Pack(TypedDict, total=False):
    title: str
    council: str
    status: Literal["preview", "published"]
    version: int
    published_on: str | None
    correction_note: str | None
    threshold: int
    generated_on: str
    review: Review
    summary: Summary
    method: Method
    coverage: Coverage
    themes: list[Theme]  # most raised first
    questions: list[QuestionGroup]
    chart: list[ChartRow]
    scales: list[Scale]
    choices: list[Choice]  # choice and tick-all questions
    about_you: list[Choice]  # the optional "about you" answers: age band, time in care
    group_breakdown: list[GroupBreakdown]
    appendix: Appendix
    recommendations: list[Recommendation]
    recommendations_as_at: str | None  # the latest response or progress recorded for them (YYYY-MM-DD)
    follow_up: list[FollowUp]  # what young people were told afterwards, per session
    # The recommendations tracker's full address (PUBLIC_BASE_URL); None when the app's public address is not set.
    tracker_url: str | None
    since_last_time: SinceLastTime | None  # an earlier review's figures for the same questions
    translations: dict[str, str]  # a young person's words in another language -> an officer's English translation


# Section ids and headings, in one order for every format (web page, PDF, Word). The questions to ask come
# straight after the summary: a councillor reading the night before committee wants them with the summary,
# not near the end; the evidence they rest on follows.
SECTIONS: list[tuple[str, str]] = [
    ("pack-summary", "Summary"),
    ("pack-questions", "Questions for the task group"),
    ("pack-method", "How we gathered the evidence, and its limits"),
    ("pack-themes", "What young people told us, theme by theme"),
    (NUMBERS_ANCHOR, "The numbers"),
    ("pack-appendix", "Appendix: the questions asked and the written answers"),
]
ANNEX = ("pack-recommendations", "Annex: recommendations tracker")

PREVIEW_MARKER = "Preview: not published"
# Printed after the words of an answer an officer wrote more generally before publishing (a detail that
# could point to one young person), in every format: quotes, the appendix and what a recommendation rests on.
EDITED_MARK = "[words changed to protect who said it]"
# Shown after an officer's English translation of words a young person wrote in another language, in the
# officer's own view only (the check page): a pack or the tracker prints the translation unmarked, since
# a mark would say the young person writes in another language, which alone can point to one or two.
TRANSLATED_MARK = "[translated into English by the participation team]"
PLACEHOLDER_NOTE = (
    "Quotes are young people's own words, spelling included. Where a young person wrote in another language, the "
    "quote may be the participation team's English translation, not marked as one, since the language alone could "
    "point to them (How we gathered the evidence says so where any are). "
    "Personal details were replaced by placeholders such as [name], [school] or [phone] "
    "before anyone outside the participation team saw them. Where the app's check flagged a detail that "
    "could point to one young person (see How we gathered the evidence), an officer wrote that part more "
    f"generally: those quotes end with {EDITED_MARK}."
)
TICK_ALL_NOTE = "Young people could tick more than one answer, so the numbers add up to more than the young people who answered."


# One marker for every count hidden to protect a small one elsewhere (the content keeps suppression's two
# labels, which say what a reader may work out; a councillor needs only to know the number is kept back). A
# word, not a dash: in a statistics table a dash reads as none. Said once under each table that prints it.
HIDDEN_MARK = "hidden"
HIDDEN_NOTE = "\u201cHidden\u201d: a number kept back so that a small number cannot be worked out from the totals."


def shown(count: str) -> str:
    """A count as a table prints it: "hidden" for either kind of count kept back to protect another."""
    return HIDDEN_MARK if count in (SECONDARY_LABEL, WITHHELD_LABEL) else count


def answered_caption(c: dict) -> str:
    """A choice table's caption: its question and how many answered, or, where that count is hidden so
    that a small one elsewhere cannot be worked out, that it is hidden."""
    if shown(c["answered"]) == HIDDEN_MARK:
        return f"{c['prompt']} (how many answered is hidden)"
    return f"{c['prompt']} (answered by {c['answered']} young people)"


NO_BREAKDOWN = "The numbers were too small to show a breakdown by group without risking identifying someone."


def as_at_text(pack: Pack) -> str | None:
    """'Progress as at 2 December 2026': the day of the latest response or progress in the tracker."""
    on = pack.get("recommendations_as_at")
    return f"Progress as at {long_date(on)}." if on else None


def sections(pack: Pack) -> list[tuple[str, str]]:
    """The sections this pack has, in order: the annex only when there are recommendations."""
    return SECTIONS + ([ANNEX] if pack.get("recommendations") else [])


def annex_line(pack: Pack) -> str:
    """Which annexes this version holds, so a reader knows what a version without them is missing."""
    n = len(pack.get("recommendations") or [])
    if n:
        return f"This version holds one annex: the recommendations tracker, with {n} recommendation{'s' if n != 1 else ''}."
    return (
        "This version holds no annexes: no recommendations had been made when it was prepared. "
        "Later recommendations and responses are in the recommendations tracker."
    )


def tracker_line(pack: Pack) -> str | None:
    """Where the recommendations tracker is, said before its full address (a link in every format that can
    hold one); None where the pack has no address to give (a pack before it, or no public address set)."""
    if not pack.get("tracker_url"):
        return None
    return ("The recommendations tracker keeps every recommendation, response and update since this version. "
            "Councillors and staff can open it, signing in, at:")


def follow_up_line(item: FollowUp) -> str:
    """Where a session's "You said, we did" page is: before its full address, or, with no address to
    give, how to reach it (the session's code on the app's Join page)."""
    if item["written_on"]:
        lead = f"{item['session']}: young people were told what happened to their words (\u201cYou said, we did\u201d, {long_date(item['written_on'])})."
    else:
        # Said of the day the pack was prepared: a frozen version must stay true after the page is written.
        lead = (f"{item['session']}: the \u201cYou said, we did\u201d page for young people had not been written when "
                "this pack was prepared.")
    written = bool(item["written_on"])
    if item.get("url"):
        return f"{lead} {'It is' if written else 'Once written, it will be'} at:"
    code = item.get("code")
    if code:
        closed = " The session has closed, so the code opens only this page: nobody can answer with it." if item.get("closed") else ""
        return (f"{lead} To read it{'' if written else ' once written'}, type the code {code} on the app's Join page "
                f"(the participation team can give the app's web address).{closed}")
    return lead


METHOD_DETAIL_HEADING = "How each figure was made"
PLACED_TEXT = {
    "working-well": "In the summary, this is listed as working well.",
    "not-working": "In the summary, this is listed as not working well.",
    "mixed": "The summary does not list this as working well or as not working well: young people's views were mixed, "
    "or too few said the same thing.",
}


def placed_text(theme: Theme) -> str | None:
    """Where the summary lists a theme, said on the theme's own page by the same rule (by its face or
    tick-box question's figure where its own words were mixed, or too few to say)."""
    return theme.get("placed_by") or PLACED_TEXT.get(theme.get("placed") or "")


def coverage_pointer(pack: Pack) -> str:
    """The summary's one line on what the counts cover (older packs, frozen before it existed, give the sentence)."""
    return pack["coverage"].get("pointer") or pack["coverage"]["sentence"]


def recommendation_ref(n: int) -> str:
    """A recommendation's reference, the same in every pack and in the tracker: R1, R2… in the order they were made."""
    return f"R{n}"


def theme_count_text(theme: Theme) -> str:
    """A theme's figure, saying what it counts: young people who wrote about it."""
    return f"{theme['young_people']} young people wrote about this in their own words."


def response_text(r: Recommendation) -> str:
    """'Partly accepted (17 November 2026)': the service's response with the day it was recorded."""
    label = r.get("response_label") or "Awaiting a response"
    return f"{label} ({long_date(r['responded_on'])})" if r.get("response_label") and r.get("responded_on") else label


def no_update_text(r: Recommendation) -> str | None:
    """'no update since 17 November 2026' (after "Overdue: "), for an overdue recommendation with no progress recorded."""
    return f"no update since {long_date(r['no_update_since'])}" if r.get("no_update_since") else None


def long_date(value: str | None) -> str:
    """'2026-11-20' -> '20 November 2026'; anything unparseable comes back as it was."""
    if not value:
        return ""
    try:
        d = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{d.day} {d.strftime('%B %Y')}"


def status_line(pack: Pack) -> str:
    if pack["status"] != "published":
        return PREVIEW_MARKER
    line = f"Published: version {pack['version']}"
    return line + (f", {long_date(pack['published_on'])}" if pack.get("published_on") else "")


# A theme's signatures of risk go under one of two headings: to test, where enough young people were negative
# about it (or the summary lists it as not working well from a question), else only those it bears on.
SIGNATURES_HEADING = "Signatures of risk to test, not findings"
SIGNATURES_BEARS_ON = "Signatures of risk to test only if other evidence points there"
SIGNATURE_ASK = "Question to ask:"


def signatures_lead(weight: str, basis: str = "") -> str | None:
    """What a theme's young people say of its signatures of risk, said once above them, from the count the pack
    shows: never a finding, "many" only where the number supports it, resting on young people who were negative,
    not on all who spoke. None where too few were negative to point to any (SIGNATURES_NOTE says why, once)."""
    if weight == "question":
        return f"The summary lists this as not working well from {basis[0].lower()}{basis[1:].rstrip('.')}, so it may point to these."
    return {
        "many": "Many young people were negative about this, so it may point to these.",
        # The count is beside it: "some" beside "All 6 were negative" read as a contradiction.
        "some": "The young people negative about this (counted above) may point to these.",
    }.get(weight)


def signature_parts(sig: Signature, theme: str = "") -> tuple[str, str]:
    """One signature of risk as every format prints it, never a bare label: its label, then in plain words why
    the theme's answers may point to it and the question to test against the service's own data. A pack built
    before it carried the reason gets the theme's own from evidence_rules, the one place the reasons live."""
    reason = (sig.get("reason") or signature_reason(theme, sig["id"])).strip()
    return f"{sig['label'].rstrip('.')}.", " ".join(x for x in (reason, SIGNATURE_ASK, sig["question"]) if x)


def signatures_text(sigs: list[Signature], weight: str, basis: str = "", theme: str = "") -> tuple[str, str | None, list[tuple[str, str]]]:
    """A theme's signatures of risk: the heading they go under, the line said once above them (or None), and
    for each its label and its reason and question (signature_parts). Where too few young people were negative
    to point to any, they go under SIGNATURES_BEARS_ON with no line: why is said once, at the start of the themes."""
    heading = SIGNATURES_HEADING if weight in ("many", "some", "question") else SIGNATURES_BEARS_ON
    return heading, signatures_lead(weight, basis), [signature_parts(s, theme) for s in sigs]


# The one rule (evidence_rules.person_tone), said once in the method: a young person's answers on
# a theme can differ, so the appendix may hold more positive (or negative) answers than positive young people.
TONE_RULE = ("Everything is counted in young people, each once: a young person counts as positive or negative about a "
             "theme only if everything they wrote on it was, otherwise as mixed, so the appendix can hold more positive "
             "answers than there are positive young people.")
# What "signatures of risk" are, said once at the start of the themes, where a theme names any.
SIGNATURES_NOTE = ("Signatures of risk are patterns found in councils whose services for children were judged inadequate, such "
                   "as a lack of focus on the voice of the child, or poor workforce development or capacity. Each theme names "
                   "those it may bear on, each with why its young people's answers may point to it and a question to test "
                   "against the council's own data: young people's words cannot show that one is present. Where too few young "
                   "people were negative about a theme to say (or how many is hidden), it cannot point to one on its own: its "
                   f"page lists them under \u201c{SIGNATURES_BEARS_ON}\u201d.")


def method_paragraphs(pack: Pack) -> list[str]:
    """The method's paragraphs, with how a young person's tone is counted said there once (a pack
    published before it moved there from the start of the themes gets it here too)."""
    paragraphs = list(pack["method"]["paragraphs"])
    return paragraphs if TONE_RULE in paragraphs else [*paragraphs, TONE_RULE]


# Said beside the counts under every theme; how each young person is counted is said once, in the method.
TONE_CAPTION = "How they felt"
TONE_NAMES = (("positive", "Positive"), ("mixed", "Mixed"), ("negative", "Negative"))


def tone_text(tone: Tone) -> str:
    return f"{TONE_CAPTION}: " + ", ".join(f"{name.lower()} {shown(tone[key])}" for key, name in TONE_NAMES) + "."


def who_took_part(pack: Pack) -> str:
    s = pack["summary"]
    n = len(s["sessions"])
    sessions = f"{n} session{'' if n == 1 else 's'}"
    if s.get("invited"):
        return f"{s['young_people']} of the {s['invited']} young people invited took part, in {sessions}."
    return f"{s['young_people']} young people took part in {sessions}."


def translation_text(translation: str) -> str:
    return f"In English (translated by the participation team): {translation}"


NOTHING_MORE_HEADING = "Answers that said nothing more"
NOTHING_MORE_NOTE = (
    "These written answers said nothing more than \u201cfine\u201d, \u201cok\u201d, \u201cnothing\u201d or \u201cdon't know\u201d, so they count "
    "toward no theme."
)
NO_THEME_HEADING = "Answers no theme fits"


def no_theme_note(n: int) -> str:
    """The appendix's line on the answers an officer read and found no theme fits: a count, never their words."""
    if n == 1:
        return "An officer read 1 written answer and found no theme fits it, so it counts toward no theme. Its words are not printed."
    return f"An officer read {n} written answers and found no theme fits them, so they count toward no theme. Their words are not printed."


SINCE_HEADING = "Since last time"
FOCUS_HEADING = "The review's question"


def summary_changes(pack: Pack) -> list[str]:
    """The summary's "since last time" lines, but for those already said under the review's question."""
    focus = (pack["summary"].get("review_focus") or {}).get("lines") or []
    said = " ".join(focus)
    return [c for c in (pack.get("since_last_time") or {}).get("changes") or []
            if c.split("\u201d ", 1)[-1] not in said]


def focus_intro(pack: Pack) -> str:
    """'“Do children in care feel heard…?” What this pack has on being heard in decisions, the theme it asks about:'"""
    return (f"\u201c{pack['review']['title']}\u201d What this pack has on {pack['summary']['review_focus']['theme'].lower()}, "
            "the theme the question asks about:")


def since_intro(since: SinceLastTime) -> str:
    n = len(since["questions"])
    which = "One of these questions was" if n == 1 else f"{n} of these questions were"
    return f"{which} asked before, in \u201c{since['review']}\u201d ({since['when']}). {since['note']}"
