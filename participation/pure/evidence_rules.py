"""How a pack reads young people's answers, each rule in one place: what counts as something working
well, which tone an answer has and whether a person decided it, which written answers say nothing more
than "fine", how a choice question's answers read, and when a number is big enough to be called "many".
Pure Python."""

from __future__ import annotations

import re
from collections.abc import Sequence

from participation.pure.prompt_bank import by_slug
from participation.pure.suppression import Shown, unknown

# "Many young people" is only ever written about this many or more.
MANY_AT_LEAST = 10

# A face answered with one of these counts as "working well", with one of these as "not working well".
HIGH_SCALE = (4, 5)  # Good, Really good
LOW_SCALE = (1, 2)  # Really bad, Bad

# An answer to a question that asked for a good thing, saying there is none.
_NOTHING = ("nothing", "none", "no ", "idk", "i dont know", "i don't know", "i dont no", "dunno", "not sure", "nah",
            "not much", "not a lot", "not really")
# Words a young person may put before saying there is nothing ("Honestly not much. I've been really low").
_LEADING = re.compile(r"^(?:(?:honestly|tbh|to be honest|ngl|um+|erm+|well|hmm+|lol)[\s,.!]+)+")


# Written answers that say nothing more than this (once lower-cased, with punctuation and emoji taken
# out) count toward no theme and no tone: a pack reports them on their own, as "said nothing more".
NO_CONTENT = frozenset({
    "ok", "okay", "k", "kk", "fine", "its fine", "its ok", "its okay", "alright", "all right", "same",
    "nothing", "nothing much", "nothing really", "nothing tbh", "nothing to say", "not really", "none", "no",
    "nope", "nah", "na", "n a", "idk", "dunno", "i dont know", "dont know", "i dont no", "not sure", "meh",
    "whatever", "no comment", "yes", "yeah", "yep",
})
NO_CONTENT_EXAMPLES = "\u201cfine\u201d, \u201cok\u201d, \u201cnothing\u201d or \u201cdon't know\u201d"
_NOT_A_WORD = re.compile(r"[^\w\s]+")
_WORD = re.compile(r"[^\W\d_]{2,}")


def says_nothing_more(text: str | None) -> bool:
    """A written answer with no content to count toward a theme: "fine", "ok", "nothing", or only emoji."""
    words = " ".join(_NOT_A_WORD.sub(" ", (text or "").lower().replace("'", "").replace("\u2019", "")).split())
    # Single letters with no figure ("x", "a b") say nothing either; "12" may answer "How many times…?".
    return words in NO_CONTENT or not words or (not any(c.isdigit() for c in words) and all(len(w) < 2 for w in words.split()))


def has_words(text: str | None) -> bool:
    """Whether an answer has a word of two letters or more for the theme and tone models to read: "12" or
    "10/10" has none, so it takes its question's theme and no tone, as a scale answer does."""
    return bool(_WORD.search(text or ""))


def asks_for_good(bank_slug: str | None) -> bool:
    """A prompt from the bank that asks for something good ("What is one good thing…?")."""
    return bool(bank_slug and by_slug().get(bank_slug, {}).get("asks_for_good"))


def asks_for_change(bank_slug: str | None) -> bool:
    """A prompt from the bank that asks what would make something better, or what is hard: it invites complaints
    as a "good thing" question invites praise, and the pack says so where most on a side were answering it."""
    return bool(bank_slug and by_slug().get(bank_slug, {}).get("asks_for_change"))


def open_to_any_theme(bank_slug: str | None) -> bool:
    """A bank question open to anything ("What is one good thing in your life right now?", `open` in the bank): its
    answers are about whatever matters to the young person, whatever theme it is tagged with, and staff pages call it
    "Open question: any theme"."""
    return bool(bank_slug and by_slug().get(bank_slug, {}).get("open"))


def theme_prior(bank_slug: str | None, theme: str | None) -> str | None:
    """The theme a question lends the theme suggestions for its answers: its own, except for a bank question open
    to anything ("What is one good thing in your life right now?"), whose answers are about whatever matters
    to the young person (over the 20 earlier theme and session batches, first theme right 0.872 -> 0.874; the
    closing "What is one thing that would make things better for you?" keeps its theme, being heard: its answers
    are what a young person wants changed, which a council hears as their voice)."""
    return None if open_to_any_theme(bank_slug) else theme


def says_nothing(text: str) -> bool:
    """An answer to a question that asked for a good thing, saying there is none."""
    if says_nothing_more(text):
        return True
    words = _LEADING.sub("", " ".join(text.lower().split()))
    return words in ("no", "none", "nothing") or words.startswith(_NOTHING)


def answer_tone(text: str | None, tone: str | None, asked_for_good: bool, confirmed: bool = False) -> str:
    """The tone a pack counts: an officer's, where they confirmed or corrected it; else an answer to a
    question that asked for a good thing is positive unless it says there is nothing or the classifier read
    a good side and a bad one ("passed my test!! cant afford the insurance tho"); else the classifier's
    suggestion (mixed when it gave none)."""
    if confirmed and tone:
        return tone
    if _named_a_good_thing(text, tone, asked_for_good):
        return "positive"
    return tone or "mixed"


def tone_decided(text: str | None, tone: str | None, asked_for_good: bool, confirmed: bool = False) -> bool:
    """Whether a person decided this answer's tone (an officer, or the young person naming the good thing a
    question asked for) rather than the classifier alone. Only such an answer is quoted beside a figure of
    how young people felt: a machine's wrong guess never puts a complaint under "working well"."""
    return bool(confirmed and tone) or _named_a_good_thing(text, tone, asked_for_good)


def _named_a_good_thing(text: str | None, tone: str | None, asked_for_good: bool) -> bool:
    """An answer to a good-thing question that names one: not "nothing", and not read as mixed (on the ten
    retired theme and session batches, keeping the classifier's "mixed" there was right 21 times and wrong 8)."""
    return bool(asked_for_good and text and tone != "mixed" and not says_nothing(text))


def choice_reading(bank_slug: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """How a face-less choice question from the bank reads in a pack's summary: the answers that mean
    something is working well, and those that mean it is not (both empty when the bank says nothing,
    as for "What helps you most at school?", where no answer is good or bad in itself)."""
    prompt = by_slug().get(bank_slug or "", {})
    return tuple(prompt.get("working_well") or ()), tuple(prompt.get("not_working") or ())


def person_tone(tones: set[str]) -> str:
    """One young person's tone on a theme from all their answers on it: all positive, all negative, or mixed."""
    if tones == {"positive"}:
        return "positive"
    if tones == {"negative"}:
        return "negative"
    return "mixed"


def is_many(young_people: int) -> bool:
    return young_people >= MANY_AT_LEAST


def _least(cell: Shown) -> int:
    """The smallest a count could be, from what the pack shows of it: "fewer than 5" is at least 1, a
    count hidden to protect another may be none."""
    if not cell.hidden:
        return cell.value
    return 0 if unknown(cell) else 1


def _most(cell: Shown) -> int | None:
    """The largest a count could be, from what the pack shows of it (None: it could be any number)."""
    if not cell.hidden:
        return cell.value
    return None if unknown(cell) else cell.threshold - 1


def placed(mine: Sequence[Shown], other: Sequence[Shown], overlap: bool = False, total: Shown | None = None) -> bool:
    """THE rule for listing something as working well or not working well (a theme by how its young
    people felt, a face question by the faces chosen, a choice question by the answers the bank reads):
    a side is listed only when, from the figures the pack itself shows, it is at least the small-number
    threshold (5 young people) and bigger than the other side could be. Anything else is "mixed, or too few
    to say", so nothing is listed on both sides, and nothing rests on "fewer than 5" or a hidden count.
    `overlap`: the cells are ticked options that can overlap (a tick-box question), so a side weighs as
    its biggest option, never a sum. `total`: the young people who answered, where the table shows it: the
    other side is then at most what the total leaves (so "25 of 42 said Good" outweighs a hidden Bad)."""
    if not mine:
        return False
    threshold = mine[0].threshold
    least = max(_least(c) for c in mine) if overlap else sum(_least(c) for c in mine)
    tops = [_most(c) for c in other]
    most = None if any(t is None for t in tops) else (max(tops) if overlap else sum(tops)) if tops else 0
    if total is not None and not total.hidden and not overlap:
        left = total.value - least
        most = left if most is None else min(most, left)
    return most is not None and least >= threshold and least > most


def side(positive: Sequence[Shown], negative: Sequence[Shown], overlap: bool = False, total: Shown | None = None) -> str:
    """Where the rule places something: "working-well", "not-working", or "mixed" (mixed, or too few to say)."""
    if placed(positive, negative, overlap, total):
        return "working-well"
    if placed(negative, positive, overlap, total):
        return "not-working"
    return "mixed"


def negative_weight(negative: Shown) -> str:
    """How a theme's signatures of risk speak of the young people negative about it, from the count the
    pack shows, by one rule: "many" from MANY_AT_LEAST, "some" from the small-number threshold up, "only
    a few" (which cannot point to anything on its own) for "fewer than N", "none" for 0, and "hidden" for
    a count hidden to protect another, of which nothing may be said (it is none, or N or more)."""
    if unknown(negative):
        return "hidden"
    if negative.hidden:
        return "few"
    if not negative.value:
        return "none"
    return "many" if is_many(negative.value) else "some"


# A young person's group, by THE one rule: their own answer to "How long have you been in care?" (the
# "about you" question time-in-care). Any time in care is a child in care; "I have left care" a care
# leaver; "I don't want to say", or no answer, says nothing (the pack then uses the session's group,
# where it was for one group only, or else counts them as "did not say").
LEFT_CARE = "I have left care"
NOT_SAYING = "I don't want to say"


def group_said(choices: Sequence[str] | None) -> str | None:
    """The group a young person's answer to "How long have you been in care?" puts them in, or None."""
    picked = [c for c in choices or () if c and c != NOT_SAYING]
    if not picked:
        return None
    return "care-leavers" if LEFT_CARE in picked else "children-in-care"


# Signatures of risk (PRODUCT.md, TAXONOMY.md), as the pack prints them under a theme: never a bare label,
# always why that theme's answers may point to it (THEME_SIGNATURE_REASONS) and a question to test it against
# the service's own data. A prompt for the task group, never a finding, so every reason says "may" or "can".

# For each signature of risk, a question the task group can test against the service's own data.
SIGNATURE_QUESTIONS = {
    "leadership-turnover": "How has turnover among senior leaders affected what young people experience?",
    "reorganisation-cuts": "Have recent reorganisations or budget reductions changed how often young people move, or at what notice?",
    "political-focus": "How often do councillors hear directly from children in care and care leavers about this?",
    "complacency": "When did the service last check that performance here is still as good as it believes?",
    "self-awareness": "What external challenge has the service had on this, and what did it find?",
    "practice-observation": "How often do managers observe practice here, and what do they see?",
    "supervision-audit": "What do supervision and case audits say about this?",
    "learning-culture": "What has the service changed after hearing young people on this before?",
    "partner-commitment": "What do health, education and housing partners report, and how are they held to it?",
    "child-voice": "How do plans and reviews record the child's own views and what happened as a result?",
    "workforce": "What are the caseloads, vacancy and agency rates, and how many workers has each child had this year?",
    "frontline-feedback": "What do front-line staff say about this, and how does the service respond?",
    "early-warning": "What early warning would show this getting worse, and who watches it?",
}

# Where themes share a signature, a question of the theme's own, so no two theme pages ask the same thing.
THEME_SIGNATURE_QUESTIONS = {
    ("family-and-friends-contact", "child-voice"): "How do plans and reviews record who the child wants to see more, and "
    "whether it then happens?",
    ("life-story", "child-voice"): "How many children have had life-story work, and do their plans record what they want "
    "to know about their past?",
    ("identity-and-stigma", "child-voice"): "How do plans record what matters to the child about who they are, and how "
    "do carers and schools hear it?",
    ("rights-and-complaints", "child-voice"): "How are young people told about their rights and advocates, and how many "
    "asked for an advocate this year?",
    ("life-story", "practice-observation"): "Who checks the quality of life-story work, and what did they find the last "
    "time they looked?",
    ("moves-and-stability", "early-warning"): "How does the service spot a home that is at risk of breaking down, and how "
    "many moves this year were planned rather than in a hurry?",
    ("safety", "early-warning"): "What tells the service early that a young person is at risk outside home, and who acts on it?",
    ("safety", "partner-commitment"): "What do safeguarding partners and schools report about children in care feeling "
    "unsafe outside home, and what has changed?",
    ("education", "partner-commitment"): "What does the virtual school report on education plans and exclusions, and how "
    "are schools held to it?",
    ("health-and-wellbeing", "partner-commitment"): "How long do children in care wait for mental health support, and how "
    "are health partners held to it?",
    ("housing", "partner-commitment"): "How many care leavers are in housing that does not suit them, or homeless, and what "
    "have housing partners promised?",
    ("housing", "reorganisation-cuts"): "Have budget reductions changed how many supported places care leavers can have?",
    ("money", "political-focus"): "When did councillors last check care leavers' allowances and grants against what they need?",
    ("preparing-for-adulthood", "political-focus"): "When did councillors last review the local offer for care leavers, and "
    "what did they change?",
    ("preparing-for-adulthood", "workforce"): "How many care leavers does each personal adviser have, and how many pathway "
    "plans are up to date?",
    ("identity-and-stigma", "learning-culture"): "What care words or habits has the service changed after young people "
    "said they felt labelled?",
    ("rights-and-complaints", "self-awareness"): "How many complaints came from children in care and care leavers this "
    "year, and what changed as a result?",
}

# For every theme and signature of risk it may point to (TAXONOMY.md), why: one short plain sentence of the
# theme's own, said once beside the signature's label wherever a pack names it. "May", never "does".
THEME_SIGNATURE_REASONS = {
    ("social-workers", "workforce"): "Young people who keep changing worker, or cannot reach theirs, may be a sign of "
    "too few social workers or personal advisers, or too many leaving.",
    ("home-and-carers", "practice-observation"): "Where young people are unhappy with their home or carers, it may mean "
    "managers see too little of how carers and homes look after them day to day.",
    ("moves-and-stability", "reorganisation-cuts"): "Moves at short notice or far from home can follow a shortage of carers "
    "and homes, which reorganisations and budget cuts may make worse.",
    ("moves-and-stability", "early-warning"): "A move at short notice may mean the strain on a home was not seen early "
    "enough to support it.",
    ("family-and-friends-contact", "child-voice"): "Not seeing the family they want to see may mean young people's wishes "
    "are not shaping their plans.",
    ("being-heard", "child-voice"): "Feeling unheard in their own reviews and meetings may mean young people's views are "
    "not shaping the decisions about them.",
    ("life-story", "child-voice"): "Not knowing why they are in care may mean their own story is not explained to them as "
    "they grow up.",
    ("life-story", "practice-observation"): "Gaps in understanding their story may mean nobody checks whether life-story "
    "work is done, or done well.",
    ("education", "partner-commitment"): "Support at school rests on schools and colleges, so any young people struggling "
    "there may mean partners are not putting children in care first.",
    ("health-and-wellbeing", "partner-commitment"): "Long waits for mental health support or missed health checks may mean "
    "health partners are not putting children in care first.",
    ("friendships-and-activities", "learning-culture"): "Young people still waiting for a yes to sleepovers, trips or "
    "haircuts may mean the rules on who can say yes have not been looked at again.",
    ("identity-and-stigma", "child-voice"): "Feeling labelled, or that their culture, faith or language is overlooked, may "
    "mean what matters to them about who they are goes unheard.",
    ("identity-and-stigma", "learning-culture"): "Young people still meeting care jargon or being treated differently may "
    "mean the service has not changed its words and habits after hearing about them.",
    ("housing", "partner-commitment"): "Where care leavers live depends on housing teams and landlords, so problems here may "
    "mean partners are not keeping their promises to them.",
    ("housing", "reorganisation-cuts"): "Fewer supported places to live can follow budget cuts, which may show in where care "
    "leavers end up.",
    ("money", "political-focus"): "Allowances and grants are set by the council, so young people short of money may mean "
    "councillors have not looked at them closely.",
    ("preparing-for-adulthood", "political-focus"): "What care leavers get at 18 is the council's choice as their corporate "
    "parent, so gaps here may mean councillors are not watching it closely.",
    ("preparing-for-adulthood", "workforce"): "Late pathway plans, or personal advisers young people rarely see, may mean "
    "too few advisers or too little time each.",
    ("safety", "early-warning"): "Feeling unsafe at home or outside may mean risks such as bullying or exploitation are "
    "not picked up early.",
    ("safety", "partner-commitment"): "Keeping young people safe outside home needs schools and other safeguarding partners "
    "too, so feeling unsafe may mean partners are not doing their part.",
    ("rights-and-complaints", "self-awareness"): "Not knowing their rights, or complaints that go nowhere, may mean the "
    "service hears too little challenge from outside.",
    ("rights-and-complaints", "child-voice"): "Not knowing how to complain or get an advocate may mean young people have no "
    "easy way to be heard when things go wrong.",
}


def signature_question(theme: str, signature: str) -> str:
    """The question a theme's page asks about one signature of risk: the theme's own, else the signature's."""
    return THEME_SIGNATURE_QUESTIONS.get((theme, signature), SIGNATURE_QUESTIONS[signature])


def signature_reason(theme: str, signature: str) -> str:
    """Why a theme's answers may point to a signature of risk (THEME_SIGNATURE_REASONS), or "" where none is written."""
    return THEME_SIGNATURE_REASONS.get((theme, signature), "")
