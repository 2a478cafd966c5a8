"""A council's settings: how long exact words are kept, the small-number threshold, two-factor for all,
and what staff should do, and whom they can call, when an alert comes in."""

from __future__ import annotations

from collections.abc import Iterable

from participation.domain.audit import record
from participation.domain.db import db
from participation.domain.errors import InvalidChange
from participation.domain.models import Council, Role, StaffUser
from participation.pure import help_numbers
from participation.pure.help_numbers import HelpLine
from participation.pure.sanitise import clean_text, one_line

# Shown on every alert to the officers (and an admin it was escalated to) until an admin writes the
# council's own steps (one step a line). They are in the room, or can reach it.
DEFAULT_ALERT_NEXT_STEPS = "\n".join([
    "If anyone is in danger right now, call 999.",
    "Go to the room now; if you are not the officer running the session, find them. If the young person asked to "
    "talk, they will show an adult their number.",
    "Follow the local safeguarding procedure: make sure the designated safeguarding lead knows today and, if a "
    "child may be at risk of harm, refer to children's services the same day.",
    "Write below what you did, who you spoke to and why.",
])
# Shown to the safeguarding lead, who reads the alert away from the room and decides what the council does.
DEFAULT_LEAD_NEXT_STEPS = "\n".join([
    "If a child is in immediate danger, call 999 now.",
    "Read the young person's words and why it was flagged, and check who raised it: the screen, a moderator, or "
    "the young person asking to talk. Speak to the officer running the session about what they saw and heard.",
    "Decide today whether a referral to children's social care is needed. If it is, contact the children's "
    "services front door (MASH) the same day and follow your local safeguarding partnership's procedures.",
    "Tell the officer what happens next, and what to say to the young person if they ask.",
    "Record each step below as you take it: who you spoke to, what you decided and why, including a decision "
    "not to refer.",
])
MAX_NEXT_STEPS = 2000
MAX_CONTACTS, CONTACT_LABEL_MAX, CONTACT_PHONE_MAX = 3, 60, 30
NO_CONTACT_LABEL = "Enter who the number reaches, for example Children's services front door."

# Who reads the steps -> the council's column for them and the default while it is empty.
_STEPS = {
    "officer": ("alert_next_steps", DEFAULT_ALERT_NEXT_STEPS),
    "lead": ("alert_next_steps_lead", DEFAULT_LEAD_NEXT_STEPS),
}


def _reader(role: Role | str) -> str:
    # Only the lead decides on a referral; an admin an unopened alert was escalated to acts as an officer would:
    # find the room and make sure the lead knows.
    return "lead" if role == Role.SAFEGUARDING else "officer"


def next_steps_text(council: Council, role: Role | str) -> str:
    """The steps for someone in this role as an admin edits them: the council's own, or the default."""
    column, default = _STEPS[_reader(role)]
    return getattr(council, column) or default


def alert_next_steps(council: Council, role: Role | str) -> list[str]:
    """The steps shown on an alert to someone in this role, one a line: the safeguarding lead's for the lead,
    the officers' for everyone else."""
    return [line.strip() for line in next_steps_text(council, role).splitlines() if line.strip()]


def alert_contact(label: str | None, phone: str | None) -> dict | None:
    """One number to call from an alert, tidied ({"label", "phone"}), None when both are empty, or InvalidChange
    saying what to change."""
    label = one_line(label)
    if not (label or (phone or "").strip()):
        return None
    if not label:
        raise InvalidChange(NO_CONTACT_LABEL)
    if len(label) > CONTACT_LABEL_MAX:
        raise InvalidChange(f"Keep who the number reaches under {CONTACT_LABEL_MAX} characters.")
    try:
        shown = help_numbers.staff_phone(phone or "")
    except help_numbers.PhoneNumberError as e:
        raise InvalidChange(str(e)) from e
    return {"label": label, "phone": shown}


def alert_contacts(council: Council) -> list[HelpLine]:
    """The council's numbers to call from an open alert, in the order the admin gave them."""
    return [
        HelpLine(id=f"council-{i}", name=c["label"], what="", number=c["phone"], href=help_numbers.tel_href(c["phone"]))
        for i, c in enumerate(council.alert_contacts or [], start=1)
    ]


# The labelled numbers the safeguarding lead asked for, shown with the council's own; 101 is always shown.
LEAD_ON_CALL = "Safeguarding lead on call"
LADO = "LADO (allegations against staff or carers)"
POLICE_101 = HelpLine(id="police-101", name="Police, not an emergency:", what="", number="101", href="tel:101")


def labelled_phone(phone: str | None) -> str:
    """A labelled number as the admin typed it, tidied; empty for none; or InvalidChange saying what to change."""
    if not (phone or "").strip():
        return ""
    try:
        return help_numbers.staff_phone(phone or "")
    except help_numbers.PhoneNumberError as e:
        raise InvalidChange(str(e)) from e


def alert_numbers(council: Council, lado_first: bool = False) -> list[HelpLine]:
    """Every number to call from an open alert after 999, in order: the safeguarding lead on call, the council's
    own numbers, the LADO, then Police 101 (always). The LADO comes first when the alert may be about an adult
    who works with children (`lado_first`), as an allegation against one goes to the LADO the same day."""
    lead = [HelpLine(id="lead-on-call", name=LEAD_ON_CALL, what="", number=council.alert_lead_phone,
                     href=help_numbers.tel_href(council.alert_lead_phone))] if council.alert_lead_phone else []
    lado = [HelpLine(id="lado", name=LADO, what="", number=council.alert_lado_phone,
                     href=help_numbers.tel_href(council.alert_lado_phone))] if council.alert_lado_phone else []
    # 101 is always shown, last, in the same words: a council's own 101 would only repeat it.
    own = [line for line in alert_contacts(council) if line.href != POLICE_101.href]
    if lado_first:
        return [*lado, *lead, *own, POLICE_101]
    return [*lead, *own, *lado, POLICE_101]


def has_own_numbers(council: Council) -> bool:
    """Whether an admin has added any of the council's own numbers to call from an alert."""
    return bool(council.alert_contacts or council.alert_lead_phone or council.alert_lado_phone)


def save_settings(
    user: StaffUser, council: Council, retention_days: int, small_number_threshold: int, require_two_factor: bool,
    alert_next_steps: str | None = None, alert_next_steps_lead: str | None = None,
    alert_contacts: Iterable[tuple[str, str]] | None = None,
    alert_lead_phone: str | None = None, alert_lado_phone: str | None = None,
) -> None:
    """Saves what the admin sent; a text or the numbers left as None are kept as they are."""
    keys = ("retention_days", "small_number_threshold", "require_two_factor", "alert_next_steps",
            "alert_next_steps_lead", "alert_contacts", "alert_lead_phone", "alert_lado_phone")
    before = {k: getattr(council, k) for k in keys}
    council.retention_days = retention_days
    council.small_number_threshold = small_number_threshold
    council.require_two_factor = bool(require_two_factor)
    for reader, text in (("officer", alert_next_steps), ("lead", alert_next_steps_lead)):
        if text is not None:
            column, default = _STEPS[reader]
            steps = clean_text(text, MAX_NEXT_STEPS)
            # The default text saved unchanged stays the default, so a better default reaches every council.
            setattr(council, column, "" if steps == default else steps)
    if alert_contacts is not None:
        contacts = [c for c in (alert_contact(label, phone) for label, phone in alert_contacts) if c]
        if len(contacts) > MAX_CONTACTS:
            raise InvalidChange(f"Add at most {MAX_CONTACTS} numbers to call.")
        council.alert_contacts = contacts
    if alert_lead_phone is not None:
        council.alert_lead_phone = labelled_phone(alert_lead_phone)
    if alert_lado_phone is not None:
        council.alert_lado_phone = labelled_phone(alert_lado_phone)
    after = {k: getattr(council, k) for k in keys}
    record("settings-changed", council, actor=user, before={k: v for k, v in before.items() if v != after[k]},
           after={k: v for k, v in after.items() if v != before[k]})
    db.session.commit()
