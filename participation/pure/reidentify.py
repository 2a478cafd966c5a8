"""Details in a quote that could point to one young person, for an officer to check before a pack goes
out: ages and counts ("im 16", "12 people", "7 social workers"), other numbers, life events few share
(a court case, being the first in the family at university), being a young parent ("my little girl",
"nursery costs"), a named language, food or country or needing an interpreter ("Arabic food"), support
few receive (a bursary), something that happened in front of others ("in front of the whole class"), a
health condition, a pet's name ("my cat biscuit"), a plan or job few share ("i want to be a paramedic"),
university (few care leavers go: "uni!!"), a named job or workplace ("my apprenticeship", "a job in a
warehouse"), the manager of the home they live in (it points to a children's home), supported housing at
an age ("supported housing before 18"), and words that may name someone or somewhere.

A word is flagged only when it may be a name or a place: nobody else in the set used it, and it is
neither an everyday English word or bit of text-speak (the screen's own lists) nor a misspelling of
one, nor one of the words the screen's model learnt from about 3,700 young people's sentences.
"haircuts", "tiring" or "embarassing" are ordinary, however rarely used; "oakfield" or "wimbledon" is not.
Pure Python; it flags, a person decides."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from participation.pure.safeguarding.language import english_words, name_of
from participation.pure.safeguarding.model import default_model

_AGE = re.compile(r"\b(?:i\s*(?:was|am|m|'m)|im|aged?|since i was|when i was)\s+(\d{1,2})\b", re.I)
_NUMBER = re.compile(r"\b\d+\b")
_SHARED_BY_ALL = {"18"}  # the age care ends: every care leaver shares it
# Numbers every young person in care shares, not a fact about one: the ages support lasts to ("till 25",
# "up to the age of 21"), "24/7", and the emergency and NHS numbers.
_SHARED_NUMBERS = re.compile(
    r"\b(?:till|til|until|up\s*to|upto)\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?(?:21|25)\b|\b24\s*/\s*7\b|\b(?:999|111|101)\b", re.I
)
_NUMBER_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "at 21 they closed my case", "when i turned 16": an age other than the one every care leaver shares.
_AGE_AT = re.compile(r"\b(?:at|turned|turning|till i was|until i was)\s+(\d{1,2})\b(?!\s*(?:am|pm|o'?clock|:|%|quid|pounds|mins?|minutes|hours?))", re.I)
_COUNTED = re.compile(
    rf"\b(?:\d+|{_NUMBER_WORDS})\s+(?:(?:little|big|older|younger|baby|half|step)[ -]?)?(?:brothers?|sisters?|siblings?|kids|"
    r"children|people|placements?|homes?|schools?|social workers?|carers?)\b|"
    rf"\b(?:oldest|eldest|youngest|middle one|one) of (?:\d+|{_NUMBER_WORDS})\b",
    re.I,
)
# How often they see someone in their family ("i only see him once a month"): with the relation, it
# points to the one child with that arrangement. So does where they see them (a contact centre).
_RELATIONS = (r"\b(?:mum|mom|mam|mummy|dad|daddy|mother|father|parents?|brothers?|sisters?|siblings?|nan|nana|nanny|gran|"
              r"grandma|grandad|grandpa|grandparents?|aunt|auntie|aunty|uncle|cousins?|him|her|them)\b")
_HOW_OFTEN = re.compile(
    rf"\b(?:once|twice|(?:\d+|{_NUMBER_WORDS}) times?|one day|one hour|(?:\d+|{_NUMBER_WORDS}) hours?)\s+(?:a|an|per|each|every)\s+"
    r"(?:day|week|fortnight|month|year|term|holidays?)\b|"
    r"\bevery (?:other|two|three|four|six|few|couple of) (?:days|weeks|months)\b|\bonly at (?:christmas|birthdays?)\b",
    re.I,
)
_CONTACT_PLACE = re.compile(r"\b(?:contact (?:centre|center|room)s?|family time (?:centre|center)s?|supervised (?:contact|visits?))\b", re.I)
# A named place: "[somewhere] road", "oakfield academy" (the screen replaces full addresses and schools).
_PLACE = re.compile(
    r"\b(?!(?:the|a|my|our|their|this|that|same|main|busy|new|old|big|little|local|one|other|council|nice)\b)([a-z]+)\s+"
    r"(?:road|street|lane|avenue|crescent|grove|terrace|estate|academy)\b",
    re.I,
)
_LIFE_EVENTS = re.compile(
    r"\b(?:pregnan\w*|court|prison|jail|police|"
    r"deported|asylum|home office|funeral|died|passed away|hospital|arrested|"
    r"(?:the )?first (?:one |person |of us )?(?:in|from) (?:my|our) (?:family|house|home)|"
    r"only one (?:in|from) (?:my|our) (?:family|house|home)|my (?:twin|twins)|adopted|closed my case|my case (?:was |got )?closed)\b",
    re.I,
)
# A young person with a child of their own: few in a session are.
_YOUNG_PARENT = re.compile(
    r"\b(?:my (?:baby|babies|son|daughter|little girl|little boy|little one|kid|kids|child|children|toddler|newborn)|"
    r"nursery (?:costs?|fees?|place|places)|child ?care|(?:young|teen|single) (?:mum|mom|dad|parent)s?|"
    r"(?:i'?m|i am|being) a (?:mum|mom|dad|parent)|maternity|paternity)\b",
    re.I,
)
# A language, food or country named, or needing an interpreter or to learn English: in a small set, it
# can point to the one or two young people it fits.
_LANGUAGES = (
    "arabic|tigrinya|amharic|oromo|somali|kurdish|sorani|farsi|persian|dari|pashto|urdu|bengali|bangla|punjabi|"
    "gujarati|tamil|albanian|vietnamese|chinese|mandarin|cantonese|polish|romanian|bulgarian|lithuanian|turkish|"
    "portuguese|spanish|french|italian|ukrainian|russian|sudanese|eritrean|ethiopian|afghan|syrian|iraqi|iranian|"
    "kurd|somalian|nigerian|ghanaian|congolese|jamaican|pakistani|bangladeshi|indian|vietnam|eritrea|ethiopia|"
    "afghanistan|syria|iraq|iran|sudan|albania|somalia|halal|jollof|injera"
)
_LANGUAGE = re.compile(
    rf"\b(?:{_LANGUAGES})\b|\b(?:interpreters?|interpreting|translators?|translat(?:e|ed|es|ing|ion)|esol|"
    r"learn(?:ing)? english|my (?:own |first )?language|speaks? my language|my (?:home )?country|"
    r"(?:help|helps|helped|someone|somebody|anyone|anybody) (?:to |me |me to |who can |to help me )?understand)\b",
    re.I,
)
# Support or an arrangement few young people have: a bursary, staying on with foster carers after 18.
# ("more people should get to stay put" is about everyone; "letting me stay put" is about one young person.)
_SUPPORT = re.compile(
    r"\b(?:bursar(?:y|ies)|scholarships?|(?:me|i|im|i'm|i am|my)\b[^.!?]{0,25}\bstay(?:ing|ed)? (?:put|close))\b", re.I
)
# Something that happened in front of others: everyone who saw it knows who it was.
_WITNESSED = re.compile(
    r"\bin front of (?:the |my |our |everyone in (?:the |my )?)?(?:whole )?(?:class|classroom|school|year|assembly|form|"
    r"everyone|every ?body|all my friends)\b",
    re.I,
)
_CONDITIONS = re.compile(r"\b(?:autis\w*|adhd|deaf|blind|wheelchair|diabet\w*|epilep\w*|cancer)\b", re.I)
_PETS = r"(?:dog|cat|puppy|pup|kitten|rabbit|bunny|hamster|guinea pig|horse|pony|budgie|parrot|snake|lizard|tortoise|fish|ferret|rat)"
_PET_NAMED = re.compile(rf"\bmy (?:pet |foster |new |old |little )?{_PETS}s?,?\s+(?:(?:is |was )?(?:called|named)\s+)?([a-z][a-z']+)", re.I)
# Words that follow "my dog" without being its name.
_NOT_A_NAME = frozenset(
    """is was and but or the a an has had have who that which lol too as so died passed because coz cos cause
    at in on with for to of from when i she he it its are were keeps likes loves sleeps gets got and n x
    never always still just also really is not isnt wasnt called named me my our we they she he them and &""".split()
)
_PLAN = re.compile(
    r"\b(?:want(?:s|ed)? to (?:be|become|work as)|wanna be|going to be|gonna be|training to be|studying to be|"
    r"dream (?:is|was) to (?:be|become)|plan(?:s|ned)? to (?:be|become)|hope to (?:be|become))\s+(?:a|an)\s+([a-z]+)",
    re.I,
)
# "I want to be a part of it" is not a job.
_NOT_A_JOB = frozenset("part good better normal proper kid child teenager person family bit lot little big real nice".split())
# University: few care leavers go, so "uni!!" or "the money for uni" narrows a quote to one or two.
_UNIVERSITY = re.compile(r"\b(?:uni|unis|universit(?:y|ies)|undergrad\w*|student loans?|halls of residence|freshers)\b", re.I)
# A named job or workplace: an apprenticeship, "a job in a warehouse", "working at a cafe" (not "to get to work").
_NOT_A_WORKPLACE = r"(?:the )?(?:weekend|weekends|moment|night|nights|morning|mornings|evening|evenings|day|minute|end|same|first)\b"
_WORKPLACE = re.compile(
    r"\b(?:apprentice(?:ship)?s?|traineeships?|internships?|warehouse|factory|"
    rf"(?:job|jobs|work|working|works|worked|shifts?)\s+(?:at|in|for)\s+(?:a |an |the |my |our )?(?!{_NOT_A_WORKPLACE})[a-z']+)\b",
    re.I,
)
# The manager or staff of the home a young person lives in, or a children's home by name: few live in one.
_HOME_MANAGER = re.compile(
    r"\b(?:(?:the|new|home|house|unit) managers?(?! (?:at|in|from) (?:work|my job|the shop|college|school))|manager (?:of|at) (?:the|my|our) (?:home|house|unit)|"
    r"staff (?:at|in) (?:my|our|the) (?:house|home|unit)|(?:children'?s|kids'?) home|residential (?:home|unit|care))\b",
    re.I,
)
# Supported housing (or a hostel, semi-independent living) at an age: few live in it before 18.
_HOUSING_KIND = r"(?:supported (?:housing|accommodation|lodgings?)|semi[- ]?independent(?: living)?|hostel|foyer)"
_HOUSING_AGE = re.compile(
    rf"\b{_HOUSING_KIND}\b[^.!?]{{0,30}}?\b(?:at|before|under|from|when i was|since i was)\s+\d{{1,2}}\b|"
    rf"\b(?:at|before|under|from|when i was|since i was)\s+\d{{1,2}}\b[^.!?]{{0,30}}?\b{_HOUSING_KIND}\b",
    re.I,
)
class Detail(NamedTuple):
    reason: str  # how the check page names it, with what it found in brackets after
    said: str  # what the pack's method says the check looks for: only what the patterns above match
    example: str  # words the check flags for it (tests/unit/test_reidentify.py checks every one)


# Every kind of detail rare_details looks for, in the order it looks: the one list the check, the check
# page and the pack's method all read, so the method never claims more (or less) than the check flags.
DETAILS: dict[str, Detail] = {
    "language-written": Detail(  # found by written_in, from the language the words are printed in, not the words
        "words in", "words written in a language other than English", ""),
    "age": Detail("an age", "an age (other than 18, which every care leaver shares)", "im 16 and in care"),
    "count": Detail("a count that may be unusual",
                    "how many brothers, sisters, children, people, placements, homes, schools, social workers or carers",
                    "i have 5 brothers"),
    "number": Detail("a number", "any other number written in figures (not the ages support lasts to, as in \u201ctill 25\u201d, "
                     "nor 24/7, 999, 111 or 101)", "it took 3 goes"),
    "how-often": Detail("how often they see someone in their family",
                        "how often they see someone in their family (\u201conce a month\u201d)", "i see my mum once a month"),
    "contact-place": Detail("where they see their family", "a contact centre or supervised contact", "we meet at the contact centre"),
    "place": Detail("a named place", "a named road, street, lane, avenue, crescent, grove, terrace, estate or academy",
                    "i live near oakfield road"),
    "life-event": Detail("a life event few share",
                         "pregnancy, court, prison or jail, the police or an arrest, deportation, asylum or the Home "
                         "Office, a death or a funeral, hospital, adoption, being a twin, a closed case, or being the "
                         "first or only one in the family", "i had to go to court"),
    "young-parent": Detail("being a young parent",
                           "being a young parent (\u201cmy baby\u201d, \u201cmy son\u201d, nursery costs, childcare)",
                           "nursery costs are too much for my baby"),
    "language": Detail("a language, food or country, or needing an interpreter",
                       "a named language, nationality or country, halal, jollof or injera, an interpreter or "
                       "translation, learning English, or needing help to understand", "i need an interpreter"),
    "support": Detail("support few young people get",
                      "a bursary or scholarship, or their own staying put or staying close (not a wish for everyone)",
                      "the bursary helped me"),
    "witnessed": Detail("something others saw happen",
                        "something that happened in front of the class, the school or everyone", "they said it in front of the whole class"),
    "condition": Detail("a health condition or disability few share",
                        "autism, ADHD, deafness, blindness, a wheelchair, diabetes, epilepsy or cancer", "my adhd"),
    "pet": Detail("a pet's name", "a pet's name", "my dog biscuit"),
    "plan": Detail("a plan or job few share", "a job they want to do (\u201cI want to be a \u2026\u201d)",
                   "i want to be a paramedic"),
    "university": Detail("university, where few care leavers go", "university or a student loan", "uni!!"),
    "workplace": Detail("a named job or workplace",
                        "a named job or workplace (an apprenticeship, traineeship or internship, a warehouse or factory, "
                        "or \u201ca job at a \u2026\u201d)", "my apprenticeship"),
    "home-manager": Detail("the manager or staff of their home, which points to a children's home",
                           "the manager or staff of the home they live in, or a children's home", "the home manager is ok"),
    "housing-age": Detail("supported housing at an age few live in it",
                          "supported housing at an age (supported housing, a hostel, a foyer or semi-independent living)",
                          "supported housing at 16"),
    "may-name": Detail("a word that may name someone or somewhere",
                       "a word nobody else in the set used that is not everyday English (it may name someone or somewhere)",
                       "i miss zorblax"),
}
CHECKED_DETAILS = "; ".join(d.said for d in DETAILS.values())


def _reason(key: str, found: str) -> str:
    return f"{DETAILS[key].reason} ({found})"


_WORD = re.compile(r"[a-z]{4,}")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@cache
def _everyday() -> frozenset[str]:
    """Everyday English and text-speak, and the words the screen's model learnt from young people."""
    return english_words() | frozenset(w for w in default_model().words if " " not in w)


def _known(word: str) -> bool:
    """An everyday word, a plural or other ending of one, or one letter away from one (a misspelling)."""
    everyday = _everyday()
    if word in everyday:
        return True
    for ending in ("s", "es", "ed", "ing", "ly", "er", "ers", "y"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if stem in everyday or stem + "e" in everyday:
                return True
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = (
        [a + b[1:] for a, b in splits if b]  # a letter too many
        + [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]  # two swapped
        + [a + c + b[1:] for a, b in splits if b for c in _LETTERS]  # one wrong
        + [a + c + b for a, b in splits for c in _LETTERS]  # one missing
    )
    return any(e in everyday for e in edits)


def word_counts(texts: Iterable[str]) -> Counter:
    """How many answers in the whole set use each word of four letters or more (once per answer)."""
    counts: Counter = Counter()
    for t in texts:
        counts.update(set(_WORD.findall(t.lower())))
    return counts


def may_name(text: str, counts: Counter | None = None) -> list[str]:
    """Words that may name a person or a place: not everyday English, not a misspelling of it, and used
    in no other answer of the set (every such word, when there is no set to compare with)."""
    found = []
    for w in dict.fromkeys(_WORD.findall(text.lower())):
        if (counts is None or counts.get(w, 0) <= 1) and not _known(w):
            found.append(w)
    return found


def written_in(language: str | None) -> str | None:
    """The reason to look again at words written in another language than English, or None for English."""
    if not language or language == "en":
        return None
    return f"words in {name_of(language)}, a language few young people here write in (the language alone can point to one or two)"


def rare_details(text: str, counts: Counter | None = None, language: str | None = None) -> list[str]:
    """Reasons to look again at a quote before publishing; empty when nothing stands out. `language` is
    the language the words will be printed in (None or "en" for English): printed in another, the
    language is itself a rare detail."""
    reasons = [r] if (r := written_in(language)) else []
    age = _AGE.search(text) or next((m for m in _AGE_AT.finditer(text) if m.group(1) not in _SHARED_BY_ALL), None)
    if age:
        reasons.append(_reason("age", age.group(0)))
    if m := _COUNTED.search(text):
        reasons.append(_reason("count", m.group(0)))
    elif any(n not in _SHARED_BY_ALL for n in _NUMBER.findall(_SHARED_NUMBERS.sub(" ", text))) and not age:
        reasons.append(DETAILS["number"].reason)
    if (m := _HOW_OFTEN.search(text)) and re.search(_RELATIONS, text, re.I):
        reasons.append(_reason("how-often", m.group(0)))
    if m := _CONTACT_PLACE.search(text):
        reasons.append(_reason("contact-place", m.group(0)))
    if m := _PLACE.search(text):
        reasons.append(_reason("place", m.group(0)))
    if m := _LIFE_EVENTS.search(text):
        reasons.append(_reason("life-event", m.group(0)))
    if m := _YOUNG_PARENT.search(text):
        reasons.append(_reason("young-parent", m.group(0)))
    if found := list(dict.fromkeys(m.group(0) for m in _LANGUAGE.finditer(text))):
        reasons.append(_reason("language", "; ".join(found[:3])))
    if m := _SUPPORT.search(text):
        reasons.append(_reason("support", m.group(0)))
    if m := _WITNESSED.search(text):
        reasons.append(_reason("witnessed", m.group(0)))
    if m := _CONDITIONS.search(text):
        reasons.append(_reason("condition", m.group(0)))
    pet = next((m for m in _PET_NAMED.finditer(text) if m.group(1).lower() not in _NOT_A_NAME), None)
    if pet:
        reasons.append(_reason("pet", pet.group(0).strip()))
    plans = [m for m in _PLAN.finditer(text) if m.group(1).lower() not in _NOT_A_JOB]
    if plans:
        reasons.append(_reason("plan", "; ".join(m.group(0) for m in plans)))
    if m := _UNIVERSITY.search(text):
        reasons.append(_reason("university", m.group(0)))
    if m := _WORKPLACE.search(text):
        reasons.append(_reason("workplace", m.group(0)))
    if m := _HOME_MANAGER.search(text):
        reasons.append(_reason("home-manager", m.group(0)))
    if m := _HOUSING_AGE.search(text):
        reasons.append(_reason("housing-age", m.group(0)))
    said = {m.group(1).lower() for m in plans} | ({pet.group(1).lower()} if pet else set())
    named = [w for w in may_name(text, counts) if w not in said]
    if named:
        reasons.append(_reason("may-name", ", ".join(named[:3])))
    return reasons
