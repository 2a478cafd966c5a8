"""Demo data that makes every screen worth looking at (fictional council, people and words)."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from participation.domain import (
    answers,
    moderation,
    packs,
    recommendations,
    sessions,
    themes,
    you_said_we_did,
)
from participation.domain.accounts import create_staff_user
from participation.domain.db import db
from participation.domain.jobs import enqueue
from participation.domain.models import Answer, Council, ParticipationSession, StaffUser
from participation.domain.models.answers import AnswerState
from participation.domain.models.sessions import SessionState
from participation.pure.evidence_rules import says_nothing_more
from participation.pure.reidentify import rare_details

COUNCIL = "Northshire County Council"
PASSWORD = "demo-password-2026"
OPEN_CODE = "HEAR34"  # the care leavers' session
CARE_CODE = "CARE47"  # the children in care's session
# Two open sessions, so a reviewer can walk both: (join code, who it is for).
OPEN_CODES = ((OPEN_CODE, "care leavers"), (CARE_CODE, "children in care"))
# The children in care's open session: a face, pick one, tick all (seven answers), a few words, and
# "How old are you?" so the help shown fits the age a young person gives.
CARE_PROMPTS = ["home-feel", "sw-know-who", "school-help", "family-time-better", "about-age", "closer-one-thing"]
STAFF = [
    ("officer@northshire.example", "officer", "Priya Shah"),
    ("officer2@northshire.example", "officer", "Tom Evans"),
    ("safeguarding@northshire.example", "safeguarding", "Dee Okafor"),
    ("scrutiny@northshire.example", "scrutiny", "Cllr Jan Morris"),
    ("admin@northshire.example", "admin", "Sam Clarke"),
]
DATA = Path(__file__).resolve().parents[1] / "data" / "demo_answers.json"


@dataclass
class DemoResult:
    created: bool
    open_codes: tuple[tuple[str, str], ...] = OPEN_CODES

    def summary(self) -> str:
        lines = ["Demo data loaded." if self.created else "Demo data was already there: nothing changed."]
        lines.append("Staff sign-in at http://127.0.0.1:5000/staff/sign-in, password for every account: " + PASSWORD)
        for email, role, _ in STAFF:
            lines.append(f"  {role:<13} {email}")
        lines.append("Young people join an open session at http://127.0.0.1:5000/join with its code:")
        for code, who in self.open_codes:
            lines.append(f"  {code}  for {who}")
        return "\n".join(lines)


def load_demo() -> DemoResult:
    if db.session.execute(select(Council).where(Council.name == COUNCIL)).scalar_one_or_none():
        return DemoResult(False)
    db.session.add(Council(name=COUNCIL))
    db.session.commit()
    for email, role, name in STAFF:
        create_staff_user(None, email, role, PASSWORD, name=name, council_name=COUNCIL)
    officer = db.session.execute(select(StaffUser).where(StaffUser.email == STAFF[0][0])).scalar_one()
    second = db.session.execute(select(StaffUser).where(StaffUser.email == STAFF[1][0])).scalar_one()
    data = json.loads(DATA.read_text(encoding="utf-8"))

    heard = sessions.create_review(
        officer,
        "Do children in care feel heard in decisions about their lives?",
        "The task group wants to hear first hand whether children in care are listened to in reviews, "
        "how often their social worker changes, and whether they see their families as much as they want.",
        ["children-in-care", "leadership"],
    )
    leaving = sessions.create_review(
        officer,
        "How well do we help care leavers into a home of their own?",
        "Housing, money and the support of personal advisers for young people leaving care.",
        ["care-leavers", "leadership"],
    )

    closed = sessions.create_session(
        officer, heard, data.get("session_title", "Children in Care Council, October"),
        date.today() - timedelta(days=30), data.get("session_audience", "both"), "Youth centre, main hall",
        youth_title="Your say on being heard",
    )
    closed.officers.append(second)
    sessions.add_from_bank(officer, closed, data["session_prompts"])
    sessions.open_session(officer, closed)
    _answer_all(closed, data["participants"])
    sessions.close_session(officer, closed)
    closed.closed_at = datetime.utcnow() - timedelta(days=30)  # long past the grace period
    _moderate(officer, closed)
    _theme(officer, heard, closed)
    _spring_check_in(officer, data)  # before the pack is published, so it can say what changed since
    _close_the_loop(officer, heard, closed)

    opened = sessions.create_session(
        officer, leaving, data["open_session"]["title"], date.today(), data["open_session"]["audience"], "Room 2, The Hub",
        youth_title="Leaving care: what is it like?",
    )
    opened.join_code = OPEN_CODE
    opened.officers.append(second)
    db.session.commit()
    sessions.add_from_bank(officer, opened, data["open_session"]["prompts"])
    sessions.set_updates_by(officer, opened, _months_after(opened.date, 3))
    sessions.open_session(officer, opened)
    _answer_all(opened, data["open_session"]["participants"])
    db.session.commit()

    # Today's Children in Care Council, open too, so both groups' journeys can be walked.
    care = sessions.create_session(
        officer, heard, "Children in Care Council, today", date.today(), "children-in-care", "Youth centre, main hall",
        youth_title="Your home, school and family",
    )
    care.join_code = CARE_CODE
    care.officers.append(second)
    db.session.commit()
    sessions.add_from_bank(officer, care, CARE_PROMPTS)
    sessions.set_updates_by(officer, care, _months_after(care.date, 2))
    sessions.open_session(officer, care)
    return DemoResult(True)


def _months_after(day: date, months: int) -> date:
    """The first of the month `months` after `day`'s: the month an officer promises "what changed" by."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


# An earlier review that asked three of the same questions, so the pack can show "since last time".
EARLIER_PROMPTS = ["home-feel", "heard-listened", "family-who-miss"]


def _spring_check_in(officer: StaffUser, data: dict) -> None:
    """Six months earlier, fewer young people, and adults listened less well: a quick check-in with the
    same face and tick-box questions, moderated and closed."""
    review = sessions.create_review(
        officer, "Children in care: spring check-in",
        "A short check-in at the Children in Care Council on where young people live, being listened to and family time.",
        ["children-in-care"],
    )
    spring = sessions.create_session(
        officer, review, "Children in Care Council, May", date.today() - timedelta(days=200), "both", "Youth centre, main hall",
        youth_title="Quick check-in",
    )
    sessions.add_from_bank(officer, spring, EARLIER_PROMPTS)
    sessions.open_session(officer, spring)
    earlier = []
    for i, person in enumerate(data["participants"][:30]):
        said = {k: v for k, v in person["answers"].items() if k in EARLIER_PROMPTS}
        if "heard-listened" in said and i % 2 == 0:
            said["heard-listened"] = max(1, said["heard-listened"] - 1)
        if "home-feel" in said and i % 5 == 0:
            said["home-feel"] = max(1, said["home-feel"] - 1)
        earlier.append({"group": person.get("group"), "answers": said})
    _answer_all(spring, earlier)
    sessions.close_session(officer, spring)
    spring.closed_at = datetime.utcnow() - timedelta(days=200)
    _moderate(officer, spring)


def _answer_all(session_obj: ParticipationSession, participants: list[dict]) -> None:
    prompts = {p.bank_slug: p for p in session_obj.prompts}
    for person in participants:
        participant = answers.start_visit(session_obj)
        participant.group = person.get("group")
        for slug, value in person["answers"].items():
            answers.save_answer(participant, prompts[slug], secrets.token_hex(8), value)
        answers.finish_visit(participant)
    assert session_obj.state == SessionState.OPEN.value


# Answers the demo's officer left out, by the start of their words (the reasons show in the pack's method).
LEFT_OUT = {"lol": "off-topic", "idk": "off-topic", "my snap is": "identifying"}

# What an interpreter told the demo's officer the answers in other languages say.
TRANSLATIONS = {
    "ኣደይን ኣሕዋተይን ብዙሕ ናፊቐዮም። ምስኦም ክዛረብ ደልየ።": "I miss my mother and my brothers and sisters a lot. I want to talk with them.",
}

# What the demo's officer did on the check page with words that could point to one young person:
# new words, or None to leave the answer out of the pack.
PACK_CHECK = {
    "in my hostel i share a kitchen with 12 people": "in my hostel i share a kitchen with loads of people and my food gets "
    "nicked every day lol. need proper housing not a hostel",
    "i had a good pa she was there for me when i was pregnant": "i had a good pa she was there for me when i needed her",
    "my little girl": None,
}

# Suggestions the demo's officer corrected while confirming, by the start of the answer's words.
RETHEMED = {
    "im doing good in maths": "education",
    "passed my theory test": "preparing-for-adulthood",
    "working at a cafe": "preparing-for-adulthood",
    "camhs": "health-and-wellbeing",
    "my dog": "home-and-carers",
    "my cat": "home-and-carers",
    "let carers say yes to haircuts": "friendships-and-activities",
    "i dont like when they change": "social-workers",
    "didnt change": "social-workers",
    "i have had the same one": "social-workers",
    "they never ring back": "social-workers",
}


def _moderate(officer: StaffUser, session_obj: ParticipationSession) -> None:
    """The closed session has been moderated: clean answers approved, a few left out with a reason."""
    pending = db.session.execute(
        select(Answer).where(Answer.session_id == session_obj.id, Answer.state == AnswerState.PENDING.value)
    ).scalars().all()
    for answer in pending:
        words = (answer.text or "").strip().lower()
        reason = next((r for start, r in LEFT_OUT.items() if words.startswith(start) and len(words) < 30), None)
        if reason:
            moderation.reject(officer, answer, reason)
        else:
            moderation.approve(officer, answer)


def _theme(officer: StaffUser, review, session_obj: ParticipationSession) -> None:
    """Approval already suggested themes; the officer has confirmed them all (so the published pack
    counts every written answer) and starred some quotes."""
    written = db.session.execute(
        select(Answer).where(Answer.session_id == session_obj.id, Answer.state == "approved", Answer.text.is_not(None))
        .order_by(Answer.id)
    ).scalars().all()
    themes.apply(officer, review, [a.id for a in written], "confirm")
    for a in written:
        if a.text in TRANSLATIONS:
            themes.translate(officer, review, a.id, TRANSLATIONS[a.text])
    for a in written:
        theme = next((t for start, t in RETHEMED.items() if a.text.lower().startswith(start)), None)
        if theme:
            themes.apply(officer, review, [a.id], "set", theme)
    starred_per_theme: dict[str, int] = {}
    for a in written:
        main = a.themes[0].theme if a.themes else None
        if main and "[" not in a.text and 40 <= len(a.text) <= 180 and starred_per_theme.get(main, 0) < 2:
            themes.star(officer, review, a.id, True)
            starred_per_theme[main] = starred_per_theme.get(main, 0) + 1
    # At least one quote a theme where it has any words: the longest that says something and has no
    # detail few young people share.
    for a in sorted(written, key=lambda a: -len(a.text)):
        main = a.themes[0].theme if a.themes else None
        if main and not starred_per_theme.get(main) and "[" not in a.text and not says_nothing_more(a.text) and not rare_details(a.text):
            themes.star(officer, review, a.id, True)
            starred_per_theme[main] = 1
    # The officer read the check before publishing: two details written more generally, one answer left out.
    for a in written:
        change = next((c for start, c in PACK_CHECK.items() if a.text.startswith(start)), False)
        if change is None:
            moderation.leave_out_of_packs(officer, a)
        elif change:
            moderation.edit_for_pack(officer, a, change)


def _close_the_loop(officer: StaffUser, review, session_obj: ParticipationSession) -> None:
    """A published pack the scrutiny member can read, two recommendations with responses, and
    "You said, we did" for the young people who came."""
    scrutiny = db.session.execute(select(StaffUser).where(StaffUser.role == "scrutiny")).scalar_one()
    packs.set_access(officer, review, [scrutiny.id])
    pack = packs.create_pack(officer, review, "The voice of children in care: being heard", [session_obj.id])
    packs.set_invited(officer, pack, "60")  # the Children in Care Council's invitation list
    enqueue("publish-pack", {"pack_id": pack.id, "user_id": officer.id, "note": ""}, council_id=review.council_id, now=True)
    first = recommendations.add_recommendation(
        officer, review, "Every child in care is told, in writing, when their social worker changes and who the new one is.",
        "Young people told us they find out their worker has changed when a stranger turns up.",
        ["social-workers", "being-heard"], date.today() + timedelta(days=90),
        [a.id for a in recommendations.starred_quotes(review) if a.text.startswith(("i had 3 social workers", "they change so much"))],
    )
    recommendations.respond(officer, first, "accepted", "")
    recommendations.add_update(officer, first, date.today() - timedelta(days=3),
                        "A letter template with the new worker's name and photo is being tested with the Children in Care Council.", False)
    second = recommendations.add_recommendation(
        officer, review, "Brothers and sisters in care see each other at least every two weeks unless it is unsafe.",
        "", ["family-and-friends-contact"], date.today() - timedelta(days=10),
    )
    recommendations.respond(officer, second, "partly", "Fortnightly family time is agreed where carers live within 20 miles; transport for longer distances is being costed.")
    you_said_we_did.save(
        officer, session_obj,
        "Lots of you said your social worker changes too often, and nobody tells you.\n"
        "Many of you want to see your brothers and sisters more.",
        "From January, when your worker changes you will get a letter with their name and photo.\n"
        "We are finding more carers close to your brothers and sisters.",
        "We cannot promise you will never change worker. Some workers leave for new jobs. "
        "We will always tell you who your new one is.",
    )
