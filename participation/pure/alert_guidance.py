"""What an alert tells staff to do first, by what it may be about: urgent steps for suicide or self-harm, for abuse
by an adult who works with children and for exploitation, and
whether it may be about an adult who works with children (so the LADO's number comes first). Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from participation.pure.help_numbers import HelpLine, all_lines
from participation.pure.safeguarding.disclosure.categories import (
    ABUSE,
    DOMESTIC,
    EXPLOITATION,
    MISSING,
    NEGLECT,
    SELF_HARM,
)

# The urgent steps for a possible risk to life, short and in plain words: staff read them standing up.
SELF_HARM_STEPS: tuple[str, ...] = (
    "Do not leave the young person alone. Stay with them, or make sure an adult they trust does.",
    "If they have the means or a plan to hurt themselves or end their life today: call 999, or take them to A&E now.",
    "Take away what they could use (tablets, a blade, a cord) only if it is safe for you to do so.",
    "Give them the numbers below. They are free and open day and night.",
)
# The same when nobody knows who wrote it (sessions are anonymous): first the whole room is told, kindly and without
# singling anyone out, how to ask for help, and the officer stays; then the steps above for whoever comes forward.
# A young person who asked to talk shows a number, so they are known: `SELF_HARM_STEPS`.
TALK_BUTTON = "Talk to someone here today"  # the button on every question the young people see (templates/youth)
ANONYMOUS_SELF_HARM_STEPS: tuple[str, ...] = (
    f"Nobody knows who wrote this. Tell the whole room, kindly and without singling anyone out, that anyone can tap "
    f"\"{TALK_BUTTON}\" or come and speak to you.",
    "Stay in the room until the end of the session.",
    "If a young person comes to you, do not leave them alone. Stay with them, or make sure an adult they trust does.",
    *SELF_HARM_STEPS[1:],
)
# The same after the session has ended: nobody is in the room to tell, so the adults who brought the young people
# are asked to check in with each of them (a reviewer found "Go to the room now" on alerts from last week's session).
ENDED_SELF_HARM_STEPS: tuple[str, ...] = (
    "The session has ended and nobody knows who wrote this. Today, ask the workers or carers of the young people "
    "who came to check in with each of them, kindly and without singling anyone out, and to pass on the numbers below.",
    "If a young person comes forward, do not leave them alone. Stay with them, or make sure an adult they trust does.",
    *SELF_HARM_STEPS[1:],
)

# Papyrus HOPELINE247, for people under 35 with thoughts of suicide and anyone worried about them: "Call: 0800 068
# 41 41" on Papyrus's own remit-of-service page (https://papyrus-uk.org/help-advice/about-hopelineuk/remit-of-service-policy,
# read 2026-12-06). Samaritans 116 123
# (https://www.samaritans.org/how-we-can-help/contact-samaritan/), Shout, text SHOUT to 85258
# (https://giveusashout.org/about-us/faq/) and Childline 0800 1111 (NSPCC, https://www.childline.org.uk/) are read
# from participation/data/help_numbers.json, each with its source there, so the numbers staff give a young person
# are the ones young people see on their own help page.
PAPYRUS = HelpLine(
    id="papyrus", name="Papyrus HOPELINE247", what="Free, any time, if you are under 35 and have thoughts of suicide.",
    number="0800 068 4141", href="tel:08000684141",
    source="https://papyrus-uk.org/help-advice/about-hopelineuk/remit-of-service-policy", checked="2026-12-06",
)
_CRISIS_IDS = ("samaritans", "shout", "childline")


@dataclass(frozen=True)
class UrgentGuidance:
    heading: str
    steps: tuple[str, ...]
    lines: tuple[HelpLine, ...]


def crisis_lines() -> tuple[HelpLine, ...]:
    """Samaritans, Shout, Childline and Papyrus HOPELINE247, in that order."""
    by_id = {line.id: line for line in all_lines()}
    return (*(by_id[i] for i in _CRISIS_IDS if i in by_id), PAPYRUS)


def urgent_guidance(categories: Iterable[str], known: bool = False, ended: bool = False) -> UrgentGuidance | None:
    """The urgent steps an alert shows above everything else, or None: only for suicide or self-harm
    (`self-harm-suicide`), where the first minutes matter most. `known`: the young person asked to talk, so the
    room's adults can find them by their number (`SELF_HARM_STEPS`); else nobody knows who wrote it
    (`ANONYMOUS_SELF_HARM_STEPS`), or, once the session has `ended`, nobody is in the room to tell
    (`ENDED_SELF_HARM_STEPS`)."""
    if SELF_HARM not in set(categories or ()):
        return None
    steps = SELF_HARM_STEPS if known and not ended else ENDED_SELF_HARM_STEPS if ended else ANONYMOUS_SELF_HARM_STEPS
    return UrgentGuidance("Possible risk to life: suicide or self-harm", steps, crisis_lines())


# The council's own steps (`councils.alert_next_steps`) come under the urgent ones, in one list of first steps for
# the case at hand: sentence by sentence (so a council's line keeps its other sentences, a number to ring), what the
# urgent steps already say or what does not fit is left out.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CALL_999 = re.compile(r"\b999\b")
_OTHER_NUMBER = re.compile(r"\d[\d ]{2,}\d")
_ASKED_TO_TALK = re.compile(r"\basked to talk\b", re.I)
_GO_TO_ROOM = re.compile(r"\bgo to the room\b", re.I)


def general_steps(steps: Iterable[str], guidance: Iterable[UrgentGuidance], known: bool = False,
                  ended: bool = False) -> list[str]:
    """The council's steps to show under the urgent guidance (`harm_guidance`), leaving out: a sentence whose only
    number is 999 when the urgent steps already say when to call 999; where nobody knows who wrote it (not
    `known`), a sentence about a young person who asked to talk; under the steps for suicide or self-harm when
    nobody knows who wrote it (which say to tell the whole room and stay in it), a sentence sending the reader to
    the room; and once the session has `ended`, a sentence sending the reader to the room or about a young person
    showing their number there. A step left with nothing is left out."""
    guidance = tuple(guidance)
    says_999 = any(_CALL_999.search(step) for g in guidance for step in g.steps)
    anonymous_room = not known and any(g.steps == ANONYMOUS_SELF_HARM_STEPS for g in guidance)

    def kept(sentence: str) -> bool:
        if says_999 and _CALL_999.search(sentence) and not _OTHER_NUMBER.search(_CALL_999.sub("", sentence)):
            return False
        if (ended or not known) and _ASKED_TO_TALK.search(sentence):
            return False
        return not ((anonymous_room or ended) and _GO_TO_ROOM.search(sentence))

    shown = [" ".join(s for s in _SENTENCE_END.split(step.strip()) if kept(s)) for step in steps]
    return [step for step in shown if step]


# Abuse by an adult who works with children (a carer, a foster carer, staff): the LADO first, the same day, and
# nothing said to the adult before a plan is agreed, so the young person is kept safe and evidence is not lost.
LADO_WHAT = "the LADO (Local Authority Designated Officer, who handles concerns about adults who work with children)"
STAFF_ABUSE_HEADING = "Possible abuse by a carer, staff or someone who works with children"


def staff_abuse_steps(lado_phone: str | None = None) -> tuple[str, ...]:
    return (
        f"Tell {LADO_WHAT} today{': ' + lado_phone if lado_phone else ''}.",
        "Tell the manager of the fostering team or of the children's home (residential) team.",
        "Do not send the young person back to that home, and do not tell the carer or staff member, before a plan "
        "is agreed with the LADO and children's services.",
        # Reviewers playing the lead asked why an answer that said "it was years ago, I'm safe now" was an alert.
        "Even if the young person says it was long ago and they are safe now: the adult may still be looking after "
        "children, so the LADO needs to hear it.",
    )


# Sexual abuse, read from the screen's cues (the category `abuse` covers physical, emotional and sexual abuse
# alike): the words the young person used about touching, sex or secrets. Its own steps, because what helps and what
# harms differ: a second telling, or the adult warned, can lose the evidence and put the young person at risk.
SEXUAL_ABUSE_HEADING = "Possible sexual abuse"
SEXUAL_ABUSE_STEPS: tuple[str, ...] = (
    "Do not ask the young person to tell it again or to give details: listen, believe them, and write down their "
    "own words, with the time.",
    "Do not tell or confront the adult, and do not let the young person go back to them, before a plan is agreed "
    "with children's services and the police.",
    "Tell children's services (the front door or the MASH) and the police today. In danger now, call 999.",
    "Keep any evidence as it is: do not wash clothes or bedding, and do not delete, forward or go through messages "
    "or pictures.",
)
_SEXUAL_CUE = re.compile(
    r"\b(?:touch\w*|rap(?:e|ed|es|ing)|molest\w*|sex\w*|naked|undress\w*|nudes?|privates?|private parts|"
    r"in bed with|(?:his|her) (?:bed|lap)|on the lips|massag\w*|our (?:little )?secret|(?:stuff|things) (?:to|with) "
    r"(?:me|us|her|him)|makes? (?:me|us) do (?:stuff|things|sexual))\b",
    re.I,
)


def may_be_sexual_abuse(categories: Iterable[str], cues: Iterable[str]) -> bool:
    """Whether an abuse alert's cues (what the screen matched in the words) speak of sexual abuse: touching, sex,
    nakedness, secrets. Only with the category `abuse`, and only from the cues, never a finding."""
    return ABUSE in set(categories or ()) and any(_SEXUAL_CUE.search(c or "") for c in cues or ())


# Exploitation: criminal (county lines: being made to carry drugs or money to other towns) or sexual.
EXPLOITATION_HEADING = "Possible exploitation"
EXPLOITATION_STEPS: tuple[str, ...] = (
    "If they are in danger now, call 999. If not, call 101 and the children's services front door or the MASH "
    "(multi-agency safeguarding hub).",
    "Think about child criminal exploitation, such as county lines (being made to carry or sell drugs, often in "
    "other towns), and sexual exploitation.",
    "Ask the council's first responder about a National Referral Mechanism referral: the national way to protect "
    "victims of trafficking and modern slavery, children included.",
    "Keep the young person's phone and messages as they are: do not delete, forward or go through them. They may "
    "be evidence.",
)


# A care leaver of 18 or over is an adult: a concern about harm to them goes to adult social care (the Care Act
# 2014, section 42), and a National Referral Mechanism referral needs their consent (without it, the council
# sends the Home Office a Duty to Notify instead).
CARE_LEAVER_HEADING = "If they are 18 or over (a care leaver)"
CARE_LEAVER_STEPS: tuple[str, ...] = (
    "Ask their age if you do not know it. If they are 18 or over, tell adult social care's safeguarding team, not "
    "the children's front door; under 18, children's services as for any child.",
    "Tell their personal adviser or the leaving care team, unless that would put them at risk.",
    "For exploitation, a National Referral Mechanism referral for an adult needs their consent; without it, the "
    "council sends the Home Office a Duty to Notify.",
)
_ADULT_CONCERNS = frozenset({ABUSE, EXPLOITATION, "domestic-abuse", "neglect"})


def tells_lado(categories: Iterable[str], about_staff: bool) -> bool:
    """Whether an alert's guidance says to tell the LADO: abuse, when the words or cues point to an adult who works
    with children (`may_be_about_staff`)."""
    return ABUSE in set(categories or ()) and about_staff


# Shown where an alert whose guidance says to tell the LADO is closed or signed off with no LADO contact recorded.
NO_LADO_CONTACT = "No LADO contact recorded"
NO_LADO_CONTACT_WHY = (
    "The guidance for this alert says to tell the LADO today: the words may be about a carer, staff or someone else "
    "who works with children. The LADO decides, with the adult's employer, whether that adult can go on working with "
    "children while it is looked into, so other children may be at risk too, and a concern not passed on cannot be "
    "joined up with others about the same adult. Record the call as a step (\"Told the LADO\"), or say in the note why "
    "the LADO was not told."
)


def harm_guidance(categories: Iterable[str], about_staff: bool = False,
                  lado_phone: str | None = None, care_leavers: bool = False,
                  sexual: bool = False, known: bool = False, ended: bool = False) -> tuple[UrgentGuidance, ...]:
    """What to do first for each kind of harm an alert may be about, most urgent first: suicide or self-harm
    (`urgent_guidance`), abuse when the words or cues point to an adult who works with children (`about_staff`:
    `may_be_about_staff`), sexual abuse when the cues say so (`sexual`: `may_be_sexual_abuse`), and exploitation; then, in a care leavers' session (`care_leavers`), where a concern
    about a young adult goes. Empty for the other kinds. `known`: the young person asked to talk; `ended`: the session
    has ended (`urgent_guidance`)."""
    found = set(categories or ())
    guidance = [g for g in (urgent_guidance(found, known, ended),) if g is not None]
    if tells_lado(found, about_staff):
        guidance.append(UrgentGuidance(STAFF_ABUSE_HEADING, staff_abuse_steps(lado_phone), ()))
    if sexual and ABUSE in found:
        guidance.append(UrgentGuidance(SEXUAL_ABUSE_HEADING, SEXUAL_ABUSE_STEPS, ()))
    if EXPLOITATION in found:
        guidance.append(UrgentGuidance(EXPLOITATION_HEADING, EXPLOITATION_STEPS, ()))
    if care_leavers and found & _ADULT_CONCERNS:
        guidance.append(UrgentGuidance(CARE_LEAVER_HEADING, CARE_LEAVER_STEPS, ()))
    return tuple(guidance)


# Categories where an officer's close (any outcome) waits for the safeguarding lead's sign-off: every kind of harm
# where a wrong "no further action" by someone who is not a safeguarding professional can cost a child: abuse
# (sexual, physical and emotional alike: the category cannot tell them apart), exploitation, suicide or self-harm,
# neglect (the commonest reason for a child protection plan, and easy to read as "just hardship"), a child living
# with domestic abuse (a victim in their own right), and going missing (often the first sign of exploitation). Not
# bullying or threats, most often between young people and settled by the officer with the school or home.
SIGN_OFF_CATEGORIES = frozenset({ABUSE, EXPLOITATION, SELF_HARM, NEGLECT, DOMESTIC, MISSING})


def needs_sign_off(categories: Iterable[str]) -> bool:
    return bool(SIGN_OFF_CATEGORIES & set(categories or ()))


# Adults who work with children, in the words young people use: an allegation against one of them goes to the
# LADO (Local Authority Designated Officer) as well as the usual referral.
_WORKS_WITH_CHILDREN = re.compile(
    r"\b(?:foster\s*(?:carer|mum|mom|dad|parent)s?|carers?|key\s*workers?|social\s*workers?|youth\s*workers?|"
    r"support\s*workers?|care\s*workers?|residential\s*workers?|staff|teachers?|teaching\s*assistants?|tutors?|"
    r"coach(?:es)?|sir|personal\s*advisers?|pa|(?:scout|guide|cadet|youth|club)\s*leaders?|"
    r"instructors?|nurses?|doctors?|police(?:\s*officers?)?)\b",
    re.I,
)


def may_be_about_staff(texts: Iterable[str]) -> bool:
    """Whether words (the alert's cues and its words with names taken out) name an adult who works with children:
    a hint to put the LADO's number first, never a finding. Over-matching costs a button's place, no more."""
    return any(_WORKS_WITH_CHILDREN.search(t or "") for t in texts)


# An alert's heading names what it may be about, the most serious first, so nobody has to read down to find out.
_HEADINGS = (
    (SELF_HARM, "Possible risk to life: suicide or self-harm"),
    (ABUSE, "Possible abuse"),
    (EXPLOITATION, EXPLOITATION_HEADING),
    ("domestic-abuse", "Possible domestic abuse"),
    ("neglect", "Possible neglect"),
    ("missing", "Possibly missing or running away"),
    ("bullying-threats", "Possible threats or danger now"),
)


def alert_heading(categories: Iterable[str], about_staff: bool = False, asked_to_talk: bool = False,
                  sexual: bool = False) -> str:
    """"Possible risk to life: suicide or self-harm", "Possible abuse by a carer, staff or someone who works with
    children", …, then the other kinds it may be about ("…, and abuse"); "Possible disclosure of harm" when the
    screen gave no kind (a moderator's, or the model's own wording); "A young person asked to talk" for a request.
    `sexual` (`may_be_sexual_abuse`): abuse is named "sexual abuse"."""
    found = set(categories or ())
    kinds = [heading for category, heading in _HEADINGS if category in found]
    if not kinds:
        return "A young person asked to talk" if asked_to_talk else "Possible disclosure of harm"
    if sexual and ABUSE in found:
        kinds = [SEXUAL_ABUSE_HEADING if k == "Possible abuse" else k for k in kinds]
    first = STAFF_ABUSE_HEADING if kinds[0] in ("Possible abuse", SEXUAL_ABUSE_HEADING) and tells_lado(found, about_staff) else kinds[0]
    rest = [k.removeprefix("Possible ").removeprefix("Possibly ") for k in kinds[1:]]
    return first + (", and " + " and ".join(rest) if rest else "")
