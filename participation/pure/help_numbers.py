"""Help lines shown to young people, chosen by who they are: one data file, each number with its source;
and the checks on the numbers staff type, for young people or to call from an alert."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HELP_PATH = Path(__file__).resolve().parents[1] / "data" / "help_numbers.json"


@dataclass(frozen=True)
class HelpLine:
    id: str
    name: str
    what: str
    number: str | None = None
    href: str | None = None
    label: str | None = None  # the link's words, when "Name number" is not right ("Text SHOUT to 85258")
    source: str | None = None
    checked: str = ""

    @property
    def link_text(self) -> str:
        return self.label or f"{self.name} {self.number}"


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, HelpLine], dict[str, tuple[str, ...]]]:
    data = json.loads(HELP_PATH.read_text(encoding="utf-8"))
    fields = set(HelpLine.__dataclass_fields__)
    lines = {raw["id"]: HelpLine(**{k: v for k, v in raw.items() if k in fields}) for raw in data["lines"]}
    return lines, {group: tuple(ids) for group, ids in data["groups"].items()}


def all_lines() -> tuple[HelpLine, ...]:
    return tuple(_load()[0].values())


def groups() -> dict[str, tuple[str, ...]]:
    return dict(_load()[1])


def lines_for(group: str | None) -> tuple[HelpLine, ...]:
    """The lines for children in care (under 18), care leavers (18 and over: no Childline, which is for
    under 19s, but money, a home and advice), or "both" when we do not know; "money-and-home" for hardship."""
    lines, by_group = _load()
    return tuple(lines[i] for i in by_group.get(group or "both", by_group["both"]))


def spoken_digits(number: str | None) -> str:
    """A phone number as a voice should say it, one digit at a time ("0 8 0 0 1 1 1 1"), never "eight
    hundred million"."""
    return " ".join(ch for ch in number or "" if ch.isdigit())


UNDER_18, ADULT, ANY_AGE = "under-18", "18-and-over", "any-age"
MORE = "more"  # a children's list's other lines (their social worker or IRO, Become), only behind "More help"
MORE_FOR_CHILDREN = "children-in-care-more"  # the group in help_numbers.json


def age_group(band: str | None) -> str | None:
    """UNDER_18 or ADULT for the age band a young person chose ("12 to 15", "18 to 21"), read from its
    first number so an officer's rewording keeps working; None when they did not say ("I don't want to say")."""
    first = re.search(r"\d+", band or "")
    if first is None:
        return None
    return UNDER_18 if int(first.group()) < 18 else ADULT


@dataclass(frozen=True)
class HelpSection:
    age: str | None  # UNDER_18, ADULT or ANY_AGE, shown as a heading; None for a list that needs none; MORE: behind "More help"
    lines: tuple[HelpLine, ...]


# Languages of the UK: a page read in one of these says nothing about how a young person came here.
HOME_LANGUAGES = frozenset({"en", "cy"})
ASYLUM = "asylum"


def asylum_relevant(page_language: str, offered: list[str] | tuple[str, ...] | None = None) -> bool:
    """Whether a care leaver's help should name the line for young people seeking asylum: when they read
    the page in a language from abroad, or the officer chose such a language for the session (a session
    that offers every language by default says nothing)."""
    return page_language not in HOME_LANGUAGES or any(code not in HOME_LANGUAGES for code in offered or ())


def sections_for(
    age_band: str | None = None, first: str | None = None, asylum: bool = True
) -> tuple[HelpSection, ...]:
    """Help for a young person, who may be 8 or 25 whatever the session is for. Their age, when they gave
    it, decides: under 18 the lines for children in care (Childline), 18 and over those for care leavers.
    Otherwise the session's group (`first`) does: a care leavers' session gets the lines for care leavers
    (no Childline, which is for under 19s; a younger person there can say their age), a children in care
    session the children's short list. A child's list is short (Childline, then Coram Voice, the advocates'
    line for children in care, then Samaritans, Shout, 999, the asylum line); behind "More help" (a MORE section)
    follow the other lines that fit a child in care: their social worker or IRO, and Become; never the care
    leavers' personal adviser, money and food. A session
    for both gets the lines for under 19s and for 18 and over, each under its own heading, then the lines for
    any age. For care leavers, the asylum line only where `asylum` (see asylum_relevant): it speaks of
    children's advice and is noise to most 20-year-olds."""
    age = age_group(age_band)
    if age is None and first in ("care-leavers", "children-in-care"):
        age = ADULT if first == "care-leavers" else UNDER_18
    if age == UNDER_18:
        return (HelpSection(None, lines_for("children-in-care")), HelpSection(MORE, lines_for(MORE_FOR_CHILDREN)))
    if age is not None:
        lines = lines_for("care-leavers")
        if not asylum:
            lines = tuple(line for line in lines if line.id != ASYLUM)
        return (HelpSection(None, lines),)
    return tuple(HelpSection(a, lines_for(a)) for a in (UNDER_18, ADULT, ANY_AGE))


def card_line(sections: tuple[HelpSection, ...]) -> HelpLine:
    """The one number on the card a young person keeps (the thank-you page): the first of their own list
    (Childline for a child, Samaritans for a care leaver), or, when we do not know their age, the first line for
    any age (Samaritans). Each is free and open any time, as the card says."""
    return next(section for section in sections if section.age in (None, ANY_AGE)).lines[0]


NOT_HAPPY = "not-happy"  # the help page's part "If you are not happy with how you are looked after"


def not_happy_leave_out(sections: tuple[HelpSection, ...]) -> tuple[list[str], list[str]]:
    """The help page names each advocate's line once: (the ids its lists above leave out, the ids its part for a
    young person not happy with their care leaves out). A list for someone we know (a child in care, whose own
    list has Coram Voice second) keeps its lines, where a child looks first, and the part below leaves them out;
    lists by age, for someone we do not know, leave the advocates to the part below."""
    advocates = [line.id for line in lines_for(NOT_HAPPY)]
    own = {line.id for section in sections if section.age is None for line in section.lines}
    return [i for i in advocates if i not in own], [i for i in advocates if i in own]


# The council's own contact for a session (its leaving care team, say): set by the session's officer, not
# read from this file, so it is shown as the council's own, first, and never mixed with the national lines.
LOCAL = "local-contact"
LOCAL_NAME_MAX, LOCAL_HOURS_MAX = 80, 80
# Numbers that cost a young person with no credit a lot, or may: premium rate (09), and 084 and 087.
_COSTLY = ("09", "084", "087")


class PhoneNumberError(ValueError):
    """A number staff typed that young people could not dial; the message says what to change."""


def uk_phone(text: str) -> str:
    """A UK phone number as staff typed it, tidied for showing ("01632 960123"), or PhoneNumberError with
    a message saying what to change. Digits and spaces, 10 or 11 digits from a leading 0; +44 is read as 0."""
    shown = " ".join((text or "").split())
    if shown.startswith("+44"):
        shown = "0" + shown[3:].lstrip()
    if not shown:
        raise PhoneNumberError("Enter the phone number, for example 01632 960123.")
    if not all(ch.isdigit() or ch == " " for ch in shown):
        raise PhoneNumberError("Use only numbers and spaces in the phone number, for example 01632 960123.")
    digits = shown.replace(" ", "")
    if not digits.startswith("0") or len(digits) not in (10, 11):
        raise PhoneNumberError("Enter a UK phone number: it starts with 0 and has 10 or 11 numbers, for example 01632 960123.")
    if digits.startswith(_COSTLY):
        raise PhoneNumberError("Use a number that is free or cheap to call: not one starting 09, 084 or 087.")
    return shown


def staff_phone(text: str) -> str:
    """A number staff call from an alert (the children's services front door, the out of hours team, 101),
    tidied for showing, or PhoneNumberError. Looser than uk_phone, as staff dial it, not a young person with
    no credit: brackets and a leading + as written, short numbers (999, 101, 111), 03, 0845 and 087 numbers,
    which councils' duty teams use. From 3 to 15 numbers, the most any phone number has."""
    shown = " ".join((text or "").split())
    if not shown:
        raise PhoneNumberError("Enter the phone number, for example 01632 960123.")
    if not all(ch.isdigit() or ch in " ()+" for ch in shown) or "+" in shown[1:]:
        raise PhoneNumberError(
            "Use only numbers, spaces, brackets and a + at the start, for example 01632 960123 or +44 1632 960123."
        )
    if not 3 <= sum(ch.isdigit() for ch in shown) <= 15:
        raise PhoneNumberError("A phone number has from 3 to 15 numbers, for example 01632 960123, or 101.")
    return shown


WORK_PHONE_MAX = 30
# What people put round a number they copy from a signature or a phone's contacts: read past, never refused.
_WORK_PHONE_PUNCTUATION = str.maketrans("", "", " -.()/\u00a0")


def work_phone(text: str) -> str:
    """A staff member's work phone (a mobile, a desk line), as a safeguarding lead rings the room on it: a UK number
    read kindly (spaces, dashes, dots and brackets as copied; +44, 0044 and "+44 (0)" read as 0), shown in the usual
    groups ("07700 900123", "020 7946 0000", "0300 123 4567"), or PhoneNumberError saying what to change."""
    typed = " ".join((text or "").split())
    if not typed:
        raise PhoneNumberError("Enter the phone number, for example 07700 900123.")
    digits = typed.replace("(0)", "").translate(_WORK_PHONE_PUNCTUATION)
    for prefix in ("+44", "0044"):
        if digits.startswith(prefix):
            digits = "0" + digits[len(prefix):].lstrip("0")
            break
    if digits.startswith("+"):
        raise PhoneNumberError("Enter a UK number: a number from abroad cannot be added here. For a UK number, start "
                               "with 0 or +44, for example 07700 900123.")
    if not digits.isdigit():
        raise PhoneNumberError("Use only numbers in the phone number (spaces, dashes and brackets are fine), for "
                               "example 07700 900123.")
    if not digits.startswith("0") or digits.startswith("00"):
        raise PhoneNumberError("A UK phone number starts with 0 (or +44), for example 07700 900123.")
    if digits.startswith("09"):
        raise PhoneNumberError("That is a premium rate number (09). Give a work mobile or desk number, for example "
                               "07700 900123.")
    # Mobiles, London and other 02 numbers, and 03 numbers always have 11; some 01 and 08 numbers have 10.
    lengths = (11,) if digits.startswith(("02", "03", "07")) else (10, 11)
    if len(digits) not in lengths:
        if digits.startswith("07"):
            kind = "A mobile number"
        else:
            kind = f"A number starting {digits[:2]}" if lengths == (11,) else "A UK phone number"
        has = "11 numbers" if lengths == (11,) else "10 or 11 numbers"
        check = "a missing number" if len(digits) < lengths[0] else "an extra number"
        raise PhoneNumberError(f"That number has {len(digits)} numbers. {kind} has {has}, for example 07700 900123: "
                               f"check for {check}.")
    if len(digits) == 10:
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}" if digits.startswith("08") else f"{digits[:5]} {digits[5:]}"
    if digits.startswith("02"):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    if digits.startswith(("03", "08", "09")):
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    return f"{digits[:5]} {digits[5:]}"


def tel_href(number: str) -> str:
    """The link a phone dials: only the numbers and a leading + ("tel:+441632960123"). The (0) of
    "+44 (0)1632 960123" is for callers in the UK without the +44: dialled after it, the call fails."""
    if number.startswith("+"):
        number = number.replace("(0)", "")
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


def local_line(name: str | None, number: str | None, hours: str | None = None) -> HelpLine | None:
    """The session's own contact as a help line (`what` holds its hours), or None when none is set."""
    if not (name and number):
        return None
    return HelpLine(
        id=LOCAL, name=name, what=hours or "", number=number, href=tel_href(number), source=None
    )
