"""Demo data that makes every screen worth looking at (fictional council, people and words)."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from participation.domain import (
    answers,
    councils,
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
from participation.pure.local_time import uk_today
from participation.pure.reidentify import rare_details, word_counts

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
DEMO_OFFICER_PHONE = "01632 960005"
DATA = Path(__file__).resolve().parents[1] / "data" / "demo_answers.json"

# The demo's history, in days before the day it is loaded: the spring check-in, the session, the
# "You said, we did" page, the pack, the recommendations after it, the service's response, and progress.
SPRING_DAYS_AGO = 200
SESSION_DAYS_AGO = 30
TOLD_DAYS_AGO = 22
PUBLISHED_DAYS_AGO = 20
RECOMMENDED_DAYS_AGO = 18
RESPONDED_DAYS_AGO = 15
PROGRESS_DAYS_AGO = 3


def _ago(days: int) -> date:
    return uk_today() - timedelta(days=days)


def _titled(title: str, on: date) -> str:
    """A session's title with the month it ran, so the title and its date always agree."""
    return f"{title}, {on:%B}"


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
    # Numbers an alert offers to call: made up, from the range Ofcom keeps for drama, so nobody real is rung.
    db.session.add(Council(name=COUNCIL, alert_contacts=[
        councils.alert_contact("Children's services front door (demo)", "01632 960001"),
        councils.alert_contact("Out of hours duty team (demo)", "01632 960002"),
    ], alert_lead_phone="01632 960003", alert_lado_phone="01632 960004"))
    db.session.commit()
    for email, role, name in STAFF:
        create_staff_user(None, email, role, PASSWORD, name=name, council_name=COUNCIL)
    officer = db.session.execute(select(StaffUser).where(StaffUser.email == STAFF[0][0])).scalar_one()
    second = db.session.execute(select(StaffUser).where(StaffUser.email == STAFF[1][0])).scalar_one()
    # The safeguarding lead rings the room on it from an alert: Ofcom's drama range again (960001 to 960004 are the
    # council's numbers above), so nobody real is rung.
    officer.work_phone = DEMO_OFFICER_PHONE
    db.session.commit()
    data = json.loads(DATA.read_text(encoding="utf-8"))

    heard = sessions.create_review(
        officer,
        "Do children in care feel heard in decisions about their lives?",
        "The task group wants to hear first hand whether children in care are listened to in reviews, "
        "how often their social worker changes, and whether they see their families as much as they want.",
        ["children-in-care", "care-leavers", "leadership"],
    )
    leaving = sessions.create_review(
        officer,
        "How well do we help care leavers into a home of their own?",
        "Housing, money and the support of personal advisers for young people leaving care.",
        ["care-leavers", "leadership"],
    )

    closed = sessions.create_session(
        officer, heard, _titled(data.get("session_title", "Children in Care Council"), _ago(SESSION_DAYS_AGO)),
        _ago(SESSION_DAYS_AGO), data.get("session_audience", "both"), "Youth centre, main hall",
        youth_title="Your say on being heard",
    )
    closed.officers.append(second)
    sessions.add_from_bank(officer, closed, data["session_prompts"])
    sessions.open_session(officer, closed)
    _answer_all(closed, data["participants"])
    sessions.close_session(officer, closed)
    closed.closed_at = datetime.utcnow() - timedelta(days=SESSION_DAYS_AGO)  # long past the grace period
    _moderate(officer, closed)
    _theme(officer, heard, closed, data)
    _spring_check_in(officer, data)  # before the pack is published, so it can say what changed since
    _close_the_loop(officer, heard, closed, data)

    opened = sessions.create_session(
        officer, leaving, _titled(data["open_session"]["title"], uk_today()), uk_today(), data["open_session"]["audience"], "Room 2, The Hub",
        youth_title="Leaving care: what is it like?",
    )
    opened.join_code = OPEN_CODE
    opened.officers.append(second)
    db.session.commit()
    sessions.add_from_bank(officer, opened, data["open_session"]["prompts"])
    sessions.set_updates_by(officer, opened, _months_after(opened.date, 3))
    # The council's own leaving care team, first in the help young people see. 01632 960xxx is one of
    # Ofcom's numbers kept for drama, so it reaches nobody.
    sessions.set_local_contact(officer, opened, "Northshire leaving care team", "01632 960123", "Monday to Friday, 9am to 5pm")
    sessions.open_session(officer, opened)
    _answer_all(opened, data["open_session"]["participants"])
    db.session.commit()

    # Today's Children in Care Council, open too, so both groups' journeys can be walked.
    care = sessions.create_session(
        officer, heard, "Children in Care Council, today", uk_today(), "children-in-care", "Youth centre, main hall",
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
        officer, "Children in care and care leavers: spring check-in",
        "A short check-in at the Children in Care Council on where young people live, being listened to and family time.",
        ["children-in-care"],
    )
    spring = sessions.create_session(
        officer, review, _titled("Children in Care Council", _ago(SPRING_DAYS_AGO)), _ago(SPRING_DAYS_AGO), "both",
        "Youth centre, main hall", youth_title="Quick check-in",
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
    spring.closed_at = datetime.utcnow() - timedelta(days=SPRING_DAYS_AGO)
    _moderate(officer, spring)


def _answer_all(session_obj: ParticipationSession, participants: list[dict]) -> None:
    prompts = {p.bank_slug: p for p in session_obj.prompts}
    mail_mode = current_app.config.get("MAIL_MODE")
    # The made-up answers' alerts are emailed to the demo's safeguarding lead as on a real day, so each alert says
    # who was told and when; into the outbox (`notify.deliver`), emptied again here, so nobody is sent anything.
    current_app.config["MAIL_MODE"] = "outbox"
    outbox = current_app.extensions.setdefault("outbox", [])
    kept = len(outbox)
    try:
        for person in participants:
            participant = answers.start_visit(session_obj)
            participant.group = person.get("group")
            for slug, value in person["answers"].items():
                answers.save_answer(participant, prompts[slug], secrets.token_hex(8), value)
            answers.finish_visit(participant)
    finally:
        current_app.config["MAIL_MODE"] = mail_mode
        del outbox[kept:]
    assert session_obj.state == SessionState.OPEN.value


# Answers the demo's officer left out, by the start of their words (the reasons show in the pack's method).
LEFT_OUT = {"lol": "off-topic", "idk": "off-topic", "my snap is": "identifying"}

# What the demo's officer did on the check page with words that could point to one young person,
# by the start of the words: new words, or LEAVE_OUT to leave the answer out of the pack.
LEAVE_OUT = ""
PACK_CHECK = {
    "in my hostel i share a kitchen with 12 people": "where i live i share a kitchen with loads of people and my food gets "
    "nicked every day lol. need proper housing",
    "i had a good pa she was there for me when i was pregnant": "i had a good pa she was there for me when i needed her",
    "my little girl": LEAVE_OUT,
    "honestly its a joke. 7 social workers since i was 9": "honestly its a joke. so many social workers since i was "
    "little. you stop bothering to get to know them coz they just leave anyway. then the new one reads your file and "
    "thinks they know you. they dont. and in my review they all talk about me like im not even in the room",
    "my cat biscuit": "my cat \U0001f431",
    "i wish someone would tell me properly why im in care. i was 6": "i wish someone would tell me properly why im in "
    "care. i was little and nobody ever explained it. i only found out bits by reading stuff myself. i still dont know "
    "the full story and every time i ask they say they will get back to me. they never get back to me",
    # University, a named job or workplace, a home's manager and supported housing before 18: few young
    # people share them, so the officer wrote each more generally ("college", "my job", "where i live").
    "uni!! first in my family": "college!! \U0001f393",
    "finished my apprenticeship": "finished my course",
    "got a job in a warehouse": "got a job",
    "working at a cafe part time": "working part time",
    "i moved 3 times this year and had to change school twice": "i moved a lot this year and had to change school too. "
    "i just want to stay somewhere",
    "supported housing at 17 is hard": "where i live now is hard. im on my own most of the time. i wish i could "
    "of stayed with my foster family longer",
    "my carer is kind and she tries to cook": "my carer is kind and she tries to cook food i like for me \U0001f60a",
    "i go to college to learn english": "i go to college",
    "teachers treat me different coz im in care. one asked me about my pep meeting": "teachers treat me different coz im "
    "in care. people talk about my care stuff where others can hear. so embarassing",
    "help with nursery costs": "help with costs so i can go back to college",
    "the bursary came late": "the money for college came late and i had no money for the first month. please pay it on time",
    # Needing an interpreter, and a language few young people here speak, could point to one young person:
    # written in English, more generally (the pack then prints these words, not the Arabic). Missing their
    # family is left out too: it would echo another young person's words and seem to link the two.
    "أحتاج مترجم في الاجتماعات": "i want my meetings explained better so i know whats going on",
    "they changed my worker and the new one didnt bring interpreter": "they changed my worker and the new one didnt "
    "explain anything so i just said yes to everything",
    "honestly the whole system needs to listen. my plan says": "honestly the whole system needs to listen. my plan says i "
    "want a job i never even talked about. nobody asks, they just copy and paste. and when you complain it takes months "
    "and they just say sorry for your experience. like ok what changed?? nothing",
    # Counts, ages, how often and where a young person sees family, and staying on with carers after 18:
    # each could point to one young person, so the officer wrote every one of them more generally.
    "i had 3 social workers this year": "i had loads of social workers this year. every time i have to tell my story "
    "again its so annoying",
    "let carers say yes to haircuts": "let carers say yes to haircuts without asking the social worker. it took weeks "
    "to get mine done",
    "i want to see my sister [name] more": "i want to see my sister more. we never get long enough together",
    "let me see my little brother more": "let me see my little brother more. i miss him",
    # Staff where a young person lives point to a children's home, which few live in.
    "the staff at my house are sound": "the adults where i live are sound most of them",
    "had 5.": "had loads. no point learning there names",
    "let us have our phones at night": "let us have our phones at night and stop treating us like we r locked up. the "
    "rules where i live keep changing its not fair",
    "my sw is [name]": "my sw is ok. i havent had many",
    "my pa changed 3 times": "my pa changed loads this year. the last one i never even met",
    "at 21 they just closed": "they just ended my support when i got older. didnt even get a goodbye",
    "keep the personal adviser till 25": "keep the personal adviser for longer for everyone not just if you ask. most "
    "people dont even know you can ask",
    "i had the same pa for 2 years": "i had the same pa for ages she knows me",
    "free bus pass for care leavers": "free bus pass for care leavers please. buses to get to work cost loads every week",
    "my foster carers are letting me stay put": "my foster carers are still there for me \U0001f44d",
}

# Words the officer starred after the check, by their start, so a theme shows what its young people said each
# way: Housing's only quote was "got my own flat finally", though most who wrote about housing found it hard
# (the officer wrote it more generally, PACK_CHECK); social workers had no positive quote.
STAR_AFTER_CHECK = ("where i live i share a kitchen", "my pa is great she actually answers")

# Suggestions the demo's officer corrected while confirming, by the start of the answer's words.
RETHEMED = {
    "im doing good in maths": "education",
    "passed my theory test": "preparing-for-adulthood",
    "working at a cafe": "preparing-for-adulthood",
    "camhs": "health-and-wellbeing",
    "my girlfriend": "health-and-wellbeing",
    "sad. i waited months": "health-and-wellbeing",
    "school is going better": "education",
    "my dog": "home-and-carers",
    "my cat": "home-and-carers",
    "let carers say yes to haircuts": "friendships-and-activities",
    "i dont like when they change": "social-workers",
    "didnt change": "social-workers",
    "i have had the same one": "social-workers",
    "they never ring back": "social-workers",
    "ኣደይን ኣሕዋተይን": "family-and-friends-contact",  # Tigrinya: "I miss my mother and my brothers a lot"
    "people treat you different when they find out": "identity-and-stigma",
}
# Answers whose themes the officer set by hand, every theme in order, by the start of the words: the demo's pack
# was written around these readings, so a later change to the suggestions (the blend and the retraining of
# 2026-12-07) does not change what the demo publishes.
SETTLED = {
    "more trips": ("friendships-and-activities",),
    "got into": ("friendships-and-activities", "education", "health-and-wellbeing"),
    "i dont no": ("rights-and-complaints", "life-story"),
    "my haircut": ("health-and-wellbeing", "friendships-and-activities"),
    "gaming with": ("family-and-friends-contact", "health-and-wellbeing"),
    "ok": ("social-workers", "health-and-wellbeing"),
    "teachers": ("identity-and-stigma", "education", "being-heard"),
    "more help": ("preparing-for-adulthood",),
    "swimming": ("friendships-and-activities", "health-and-wellbeing"),
    "nothing its": ("home-and-carers", "money"),
    "my friends.": ("friendships-and-activities", "health-and-wellbeing"),
    "i got a bike": ("health-and-wellbeing", "friendships-and-activities"),
    "its fine": ("education", "money"),
    "wifi in my": ("home-and-carers", "being-heard"),
    "nothing much": ("health-and-wellbeing",),
    "being able": ("education", "friendships-and-activities"),
    "when i turned": ("social-workers", "preparing-for-adulthood"),
    "dont just": ("preparing-for-adulthood",),
    "my little": ("health-and-wellbeing",),
    "the bursary came late": ("money", "education"),
    "lonely. weekends": ("friendships-and-activities", "preparing-for-adulthood"),
    "my pathway": ("preparing-for-adulthood",),
    "more people": ("home-and-carers", "money"),
    "teach us": ("preparing-for-adulthood", "money"),
    "finished": ("education", "preparing-for-adulthood"),
    "keep the personal adviser": ("being-heard", "preparing-for-adulthood"),  # the retraining of 2026-12-07
}
# A theme the officer added beside the confirmed ones (the answer keeps its main theme).
ADDED_THEME = {
    "أحتاج مترجم في الاجتماعات": "family-and-friends-contact",  # Arabic: an interpreter, and missing family
    "sad. i waited months": "social-workers",  # after a change of worker (the question asked about them)
}
# Tones the officer corrected after confirming the rest as suggested, by the start of the words: the
# classifier read some complaints as positive and some good things as negative.
TONES = {
    "a sleepover at my friends house": "negative",
    "actually listen in reviews": "negative",
    "more time with my brothers": "negative",
    "help with nursery costs": "negative",
    "supported housing at 17": "negative",
    "free bus pass for care leavers": "negative",
    "nothing its good": "positive",
    "swimming": "positive",
    "my friends": "positive",
    "working at a cafe": "positive",
    "my girlfriend": "positive",
    "school is going better": "positive",
    "sad. i waited months": "negative",
    "my cousins": "positive",
    "they changed my worker and the new one didnt bring interpreter": "negative",
    "my old sw was amazing": "mixed",
    "my foster carer [name] helps me more than my social worker": "mixed",
    "i liked my old one better": "negative",
    "didnt change": "mixed",
    "i have had the same one": "positive",
    "people treat you different when they find out": "negative",
    # Set by hand after the tone head's retraining of 2026-12-07 moved them, so the demo publishes the same pack.
    "new one is ok": "mixed",
    "more help with driving lessons": "positive",
    "wifi in my room": "negative",
    "they change so much": "negative",
}


def _starting(text: str, table: dict | tuple):
    """The entry of `table` whose key these words start with: a dict's value, or a tuple's key; else None."""
    words = text.lower()
    key = next((k for k in table if words.startswith(k.lower())), None)
    return table[key] if isinstance(table, dict) and key is not None else key


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


def _theme(officer: StaffUser, review, session_obj: ParticipationSession, data: dict) -> None:
    """Approval already suggested themes and tones; the officer has confirmed them all (so the published
    pack counts every written answer, with no tone resting on the classifier alone), corrected the
    ones it got wrong, and starred some quotes."""
    written = db.session.execute(
        select(Answer).where(Answer.session_id == session_obj.id, Answer.state == "approved", Answer.text.is_not(None))
        .order_by(Answer.id)
    ).scalars().all()
    ids = [a.id for a in written]
    # Answers in another language are translated first (on the Check themes page), so their suggested
    # themes and tone read the translation, not a guess at words the models cannot read.
    glosses = _glosses(data)
    for a in written:
        if a.language not in (None, "en") and a.text in glosses:
            themes.translate(officer, review, a.id, glosses[a.text])
    themes.apply(officer, review, ids, "confirm")
    for a in written:
        theme = _starting(a.text, RETHEMED)
        if theme:
            themes.apply(officer, review, [a.id], "set", theme)
        settled = _starting(a.text, SETTLED) or ()
        for rank, theme in enumerate(settled):
            themes.apply(officer, review, [a.id], "set" if rank == 0 else "add", theme)
        added = _starting(a.text, ADDED_THEME)
        if added:
            themes.apply(officer, review, [a.id], "add", added)
    themes.apply(officer, review, ids, "tone-confirm")
    for a in written:
        tone = _starting(a.text, TONES)
        if tone:
            themes.apply(officer, review, [a.id], f"tone-{tone}")
    # The officer stars plain quotes: words the check before publishing will not flag (no placeholder, in
    # English, no detail few young people share), so the quotes a councillor reads are young people's own
    # words, and "[words changed …]" marks only the few answers that had to be reworded.
    counts = word_counts(a.text for a in written)

    def plain(a: Answer) -> bool:
        english = a.language in (None, "en") and not any(ch.isalpha() and not ch.isascii() for ch in a.text)
        return "[" not in a.text and english and not says_nothing_more(a.text) and not rare_details(a.text, counts)

    starred_per_theme: dict[str, int] = {}
    for a in written:
        main = a.themes[0].theme if a.themes else None
        if main and plain(a) and 40 <= len(a.text) <= 180 and starred_per_theme.get(main, 0) < 2:
            themes.star(officer, review, a.id, True)
            starred_per_theme[main] = starred_per_theme.get(main, 0) + 1
    # At least one quote a theme where it has any words: the longest plain one.
    for a in sorted(written, key=lambda a: -len(a.text)):
        main = a.themes[0].theme if a.themes else None
        if main and not starred_per_theme.get(main) and plain(a):
            themes.star(officer, review, a.id, True)
            starred_per_theme[main] = 1
    # A theme with no plain answer still has a quote: the longest in English the officer will reword on the
    # check page (PACK_CHECK), so it prints marked "[words changed …]".
    for a in sorted(written, key=lambda a: -len(a.text)):
        main = a.themes[0].theme if a.themes else None
        if (main and not starred_per_theme.get(main) and "[" not in a.text and a.language in (None, "en")
                and _starting(a.text, PACK_CHECK) not in (None, LEAVE_OUT)):
            themes.star(officer, review, a.id, True)
            starred_per_theme[main] = 1


# Translations the officer wrote more generally than the interpreter's words, by the start of the words:
# who exactly is in a young person's family ("my mother and my brothers") could point to them.
# Written as plainly as the young person wrote, so the style does not stand out among the other answers.
TRANSLATED_MORE_GENERALLY = {"ኣደይን ኣሕዋተይን": "i miss my family a lot and i want to talk to them"}


def _glosses(data: dict) -> dict[str, str]:
    """What the officer translates each answer in another language as: an interpreter's words (the data's
    `gloss`), written more generally where TRANSLATED_MORE_GENERALLY says."""
    return {person["answers"][slug]: _starting(person["answers"][slug], TRANSLATED_MORE_GENERALLY) or words
            for person in data["participants"] for slug, words in (person.get("gloss") or {}).items()}


def _check_before_publishing(officer: StaffUser, pack, data: dict) -> None:
    """The officer's pass through the check page: every answer in another language translated, and every
    answer flagged as possibly identifying written more generally or left out."""
    glosses = _glosses(data)
    for q in packs.check(pack)["to_translate"]:
        if q["text"] in glosses and not q["translation"]:
            packs.translate_words(officer, pack, q["id"], glosses[q["text"]])
    # Words with some English in them, like "اكل عربي" in an English answer, are translated too, before
    # the check, which reads the translation ("Arabic food").
    for a in db.session.execute(select(Answer).where(Answer.text.in_(list(glosses)), Answer.translation.is_(None))).scalars():
        if a.state == "approved":
            packs.translate_words(officer, pack, a.id, glosses[a.text])
    for q in packs.check(pack)["to_check"]:
        change = _starting(q["text"], PACK_CHECK)
        if change == LEAVE_OUT:
            packs.leave_out_words(officer, pack, q["id"])
        elif change:
            packs.edit_words(officer, pack, q["id"], change)
    # So a theme shows what its young people said each way, the officer stars a few more (STAR_AFTER_CHECK).
    for a in db.session.execute(select(Answer).where(Answer.session_id.in_(pack.session_ids))).scalars():
        if a.state == "approved" and a.text and _starting(a.text, STAR_AFTER_CHECK):
            themes.star(officer, pack.review, a.id, True)
    # A theme the summary may list as working well shows a positive quote: the officer stars the longest
    # positive answer under each that has none, if it has no placeholder and no detail to check.
    for theme in packs.check(pack)["no_positive_quote"]:
        words = {i: db.session.get(Answer, i).text for i in theme["answers"]}
        answer_id = next((i for i, w in words.items() if "[" not in w and not rare_details(w)), None)
        if answer_id:
            themes.star(officer, pack.review, answer_id, True)
    assert not packs.check(pack)["no_positive_quote"], "a theme that works has no positive quote"
    # Nothing the pack prints keeps a detail the check flags: the demo publishes no such words unedited.
    left = [q["text"] for q in packs.check(pack)["to_check"]]
    assert not left, f"the demo's officer has not written these more generally: {left}"


def _close_the_loop(officer: StaffUser, review, session_obj: ParticipationSession, data: dict) -> None:
    """"You said, we did" for the young people who came, then a pack checked and published, which the
    scrutiny member can read, then two recommendations with responses and progress, in that order."""
    # Recommendation 1 (a letter when a worker changes) is due two months after young people were told.
    letters_from = _months_after(_ago(TOLD_DAYS_AGO), 2)
    told = you_said_we_did.save(
        officer, session_obj,
        "Lots of you said your social worker or personal adviser changes too often, and nobody tells you.\n"
        "Many of you want to see your brothers and sisters more.",
        # What the council does about it is not restated here: the page shows the tracker's own records.
        # Written before the pack was published and before any recommendation: said as what will happen.
        "We will tell the councillors who check on the council what you said.\n"
        "They will ask the council for changes. When they do, you can see each one further down this page, and how it is going.",
        "We cannot promise you will never change worker. Some workers leave for new jobs. "
        "We will ask the council to tell you, in writing, who your new one is.",
    )
    told.updated_on = _ago(TOLD_DAYS_AGO)
    db.session.commit()

    scrutiny = db.session.execute(select(StaffUser).where(StaffUser.role == "scrutiny")).scalar_one()
    packs.set_access(officer, review, [scrutiny.id])
    pack = packs.create_pack(officer, review, "The voice of children in care and care leavers: being heard", [session_obj.id])
    pack.created_at = datetime.combine(_ago(PUBLISHED_DAYS_AGO + 1), datetime.min.time())
    packs.set_invited(officer, pack, "60")  # the Children in Care Council's invitation list
    _check_before_publishing(officer, pack, data)
    enqueue("publish-pack", {"pack_id": pack.id, "user_id": officer.id, "note": "", "on": _ago(PUBLISHED_DAYS_AGO).isoformat()},
            council_id=review.council_id, now=True)

    def quotes(*starts: str) -> list[int]:
        found = [a.id for a in recommendations.starred_quotes(review) if a.text.startswith(starts)]
        assert len(found) == len(starts), "a quote a recommendation rests on is not starred"
        return found

    # Each recommendation's detail rests on what the published pack shows: the theme's or question's
    # figures, and the one quote it cites, never more than that quote says.
    content = pack.latest.content
    workers = next(t for t in content["themes"] if t["id"] == "social-workers")
    leavers = next(r["care_leavers"] for r in content["group_breakdown"] if r["theme"] == workers["label"])
    assert leavers.isdigit(), "the care leavers who wrote about workers are not shown in the pack"
    see_more = next(c for c in content["choices"] if c["prompt"] == "Who would you like to see more?")
    siblings = next(d["count"] for d in see_more["distribution"] if d["label"] == "Brothers or sisters")
    parents = next(d["count"] for d in see_more["distribution"] if d["label"] == "Mum or dad")
    first = recommendations.add_recommendation(
        officer, review, "Every child in care and care leaver is told, in writing, when their social worker or personal "
        "adviser changes, and who the new one is.",
        f"{workers['tone']['negative']} of the {workers['young_people']} young people who wrote about social workers and "
        f"personal advisers were negative about it. Of the {workers['young_people']} who wrote about it, {leavers} were care "
        "leavers. One said their worker \u201cjust stopped coming and then a new lady turned up\u201d.",
        ["social-workers"], letters_from,
        quotes("nobody told me the old one was leaving"), owner="Head of Service, Children in Care",
    )
    recommendations.respond(officer, first, "accepted", "", on=_ago(RESPONDED_DAYS_AGO))
    recommendations.add_update(officer, first, _ago(PROGRESS_DAYS_AGO),
                               "A letter template with the new worker's name and photo is being tested with the Children in Care Council.", False)
    second = recommendations.add_recommendation(
        officer, review, "Every child in care and care leaver is asked who in their family they want to see more, and their "
        "plan says how and when it will happen, unless it is unsafe.",
        f"{siblings} of the {see_more['answered']} young people who answered \u201cWho would you like to see more?\u201d "
        f"ticked Brothers or sisters and {parents} Mum or dad. One said: "
        "\u201cmore time with my brothers. we used to live together\u201d.",
        ["family-and-friends-contact"], _ago(RECOMMENDED_DAYS_AGO) + timedelta(days=14),
        quotes("more time with my brothers"), owner="Service Manager, Fostering and Family Time",
    )
    recommendations.respond(officer, second, "partly", "Reviews now ask who a young person wants to see more. Fortnightly "
                            "family time is agreed where they live within 20 miles of each other; transport for longer "
                            "distances is being costed.",
                            on=_ago(RESPONDED_DAYS_AGO))
    for rec in (first, second):
        rec.created_at = datetime.combine(_ago(RECOMMENDED_DAYS_AGO), datetime.min.time())
    db.session.commit()
