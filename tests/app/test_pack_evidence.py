"""The demo's pack read as a councillor would: what works as well as what does not, and numbers that
are right. The demo has every kind of answer, so it is the evidence these tests read."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import bindparam, select, text

from participation.domain import pack_content
from participation.domain.db import db
from participation.domain.models import PackVersion, Review, StaffUser
from participation.ops.demo import PASSWORD
from participation.pure.evidence_rules import says_nothing_more
from participation.pure.render.schema import EDITED_MARK, TRANSLATED_MARK, annex_line
from tests.conftest import demo_loaded, sign_in
from tests.unit.test_suppression import assert_nothing_pinned


@pytest.fixture
def demo(app):
    demo_loaded()
    review = db.session.execute(select(Review).order_by(Review.id)).scalars().first()
    return review, pack_content.build(review, None, review.title)


def _theme(content, theme_id):
    return next(t for t in content["themes"] if t["id"] == theme_id)


def test_what_works_gets_as_much_room_as_what_does_not(demo):
    review, content = demo
    s = content["summary"]
    assert s["working_well"] and s["not_working"]
    assert len(s["working_well"]) >= len(s["not_working"]) - 1
    # Faces: 25 of 42 rated where they live Good or Really good.
    assert any("where you live" in w and "Good or Really good" in w for w in s["working_well"])
    # Home and carers (foster carers "treat me like family") works; it is not listed as a problem.
    assert any(w.startswith("Home and carers:") for w in s["working_well"])
    assert not any(w.startswith("Home and carers:") for w in s["not_working"][:1])
    # The strongest messages name what works, not only what does not (each the figure of its line, shortened).
    messages = s["messages"]
    assert any(w.startswith(m.rstrip(".")) for m in messages for w in s["working_well"])
    assert any(w.startswith(m.split(". ")[0].rstrip(".")) for m in messages for w in s["not_working"])


def test_each_strongest_message_is_one_line_with_its_number(demo):
    review, content = demo
    figures = content["summary"]["working_well"] + content["summary"]["not_working"]
    for m in content["summary"]["messages"]:
        # It is the figure of its line in what works or what does not, without which question most answered
        # (said there and on the theme's page), or what care leavers wrote about, from a count the pack shows.
        first = m.split(". ")[0].rstrip(".")
        assert any(f.startswith(first) for f in figures) or m.startswith("Care leavers: "), m
        assert any(ch.isdigit() for ch in first), m  # which has its number
        # One line: no quote, no counting rule and no question to ask (each said once where it belongs).
        assert len(m.split()) <= 35 and "\u201c" not in m.removeprefix(first), m
        assert "Each counted once" not in m and "ask the service" not in m.lower(), m
    messages = content["summary"]["messages"]
    # What the review asked about leads: family time (the tick-box every young person could answer) and
    # social workers. Seeing family is said once, by the tick-box figure, under the theme's name (its own words
    # were too few to say).
    family = next(m for m in messages if m.startswith("Seeing family, from the tick-box question \u201cWho would you like to see more?\u201d"))
    assert "16 ticked Brothers or sisters" in family and "more time with my brothers" not in family
    # (its number is the recount's business, below; the demo's answers are themed by the shipped model)
    workers = next(m for m in messages if re.match(r"Social workers and personal advisers: \d+ of the \d+ young people who wrote about it were negative\.", m))
    assert "One young person said" not in workers
    # Questions rest on the evidence: each "What do you know?" cites its figure.
    know = content["questions"][0]
    assert know["heading"] == "What do you know?"
    assert all("young people" in item or "young person" in item for item in know["items"])
    assert any("one said:" in item for item in know["items"])


def test_a_good_thing_counts_as_positive_even_when_the_classifier_read_it_as_negative(demo):
    review, content = demo
    # "uni!! 🎓" answers "What is one good thing…?" (rule: evidence_rules.answer_tone, unit-tested), and the
    # demo's officer confirmed every tone, correcting "swimming" or "my friends", which the classifier read as negative.
    education = _theme(content, "education")
    assert education["tone"]["positive"] not in ("0", "fewer than 5")


def test_tone_is_counted_in_young_people_and_adds_up_to_the_theme(demo):
    review, content = demo
    for t in content["themes"]:
        cells = [t["tone"][k] for k in ("positive", "mixed", "negative")]
        if t["young_people"].isdigit() and all(c.isdigit() for c in cells):
            assert sum(map(int, cells)) == int(t["young_people"]), t["label"]


# ---- an independent recount -----------------------------------------------------------------
# Every figure the published demo pack prints, counted again here with plain SQL written for this test
# (not the pack's code), then compared cell by cell after the same suppression rules.

GOOD_THING_SLUGS = ("opener-good-thing", "home-best-thing")
SCALE_NAMES = {5: "Really good", 4: "Good", 3: "OK", 2: "Bad", 1: "Really bad"}


def _expect(n: int, threshold: int, shown: str) -> None:
    """A shown figure is the count itself, or 'fewer than N' for a small one, or (a count hidden only to
    protect a small one: none, or N or more) 'not shown', or (a table none of
    whose counts could be shown) 'withheld'."""
    if shown == "withheld":
        return
    if 0 < n < threshold:
        assert shown == f"fewer than {threshold}", (n, shown)
    elif shown == "not shown":
        assert n == 0 or n >= threshold, (n, shown)
    else:
        assert shown == str(n), (n, shown)


def _breakdown(counts: dict, shown: dict, threshold: int) -> None:
    for key, n in counts.items():
        _expect(n, threshold, shown[key])
    secondary = [k for k in counts if shown[k] == "not shown"]
    if secondary:  # only ever beside a small count
        assert any(shown[k] == f"fewer than {threshold}" for k in counts)
    withheld = [k for k in counts if shown[k] == "withheld"]
    assert not withheld or len(withheld) == len(counts)  # a whole table, or none of it


def test_every_published_figure_matches_an_independent_recount(app):
    demo_loaded()
    version = db.session.execute(select(PackVersion).order_by(PackVersion.id)).scalars().first()
    content = version.content
    pack = version.pack
    threshold = content["threshold"]
    sessions = tuple(pack.session_ids)
    where = "a.session_id IN :s AND a.state = 'approved'"

    def q(sql):
        return db.session.execute(text(sql.replace("{approved}", where)).bindparams(bindparam("s", expanding=True)), {"s": sessions}).all()

    # An answer an officer wrote more generally before publishing is printed with a mark, everywhere.
    reworded = {r[0] for r in db.session.execute(text(
        "SELECT subject_id FROM audit_events WHERE action = 'answer-edited-for-pack' AND subject_type = 'Answer'"))}
    assert reworded

    # Words in another language are printed as the officer's translation, unmarked, unless the officer's
    # latest choice was to print the young person's own words (an edit of the words undoes that choice).
    latest: dict = {}
    for subject, action in db.session.execute(text(
            "SELECT subject_id, action FROM audit_events WHERE subject_type = 'Answer' AND action IN "
            "('answer-original-kept-for-pack', 'answer-original-dropped-for-pack', 'answer-edited-for-pack') ORDER BY id")):
        latest[subject] = action
    own_words = {i for i, action in latest.items() if action == "answer-original-kept-for-pack"}
    language = {i: (lang, translation) for i, lang, translation in q("SELECT a.id, a.language, a.translation FROM answers a WHERE {approved}")}

    def marked(words: str, answer_id: int) -> str:
        lang, translation = language[answer_id]
        if lang and lang != "en" and translation and answer_id not in own_words:
            words = translation
        return f"{words} {EDITED_MARK}" if answer_id in reworded else words

    # Who took part (a visit that saved an answer, whatever became of it), and in which group.
    people = q("SELECT COUNT(DISTINCT a.participant_id) FROM answers a WHERE a.session_id IN :s")[0][0]
    _expect(people, threshold, content["summary"]["young_people"])
    # A young person's group is their own answer to "How long have you been in care?" ("I have left care":
    # a care leaver; any time in care: a child in care); the demo's session was for both, so anyone who did
    # not say (skipped it, or "I don't want to say") is counted as "Did not say".
    group_of = {pid: "not-said" for (pid,) in q("SELECT DISTINCT a.participant_id FROM answers a WHERE a.session_id IN :s")}
    for pid, choices in q("SELECT a.participant_id, a.choices FROM answers a JOIN prompts pr ON pr.id = a.prompt_id "
                          "WHERE {approved} AND pr.about_you = 'time-in-care'"):
        picked = [c for c in (json.loads(choices) if isinstance(choices, str) else choices or []) if c != "I don't want to say"]
        if picked:
            group_of[pid] = "care-leavers" if "I have left care" in picked else "children-in-care"
    groups = {g: list(group_of.values()).count(g) for g in ("children-in-care", "care-leavers", "not-said")}
    shown_groups = {g["label"]: g["young_people"] for g in content["summary"]["groups"]}
    _breakdown({"Children in care": groups["children-in-care"], "Care leavers": groups["care-leavers"], "Did not say": groups["not-said"]},
               shown_groups, threshold)

    # What the counts cover.
    # Written answers that say nothing more than "fine" count toward no theme (the one definition of
    # such an answer is evidence_rules.says_nothing_more; everything else is counted here afresh).
    written = q("SELECT a.id, a.text FROM answers a WHERE {approved} AND a.text IS NOT NULL")
    no_content = {i for i, words in written if says_nothing_more(words)}
    themed = len({r[0] for r in q("SELECT a.id FROM answers a JOIN answer_themes t ON t.answer_id = a.id "
                                  "WHERE {approved} AND a.text IS NOT NULL AND t.source = 'confirmed'")} - no_content)
    assert no_content and content["coverage"]["nothing_more"] == len(no_content)
    assert (content["coverage"]["written"], content["coverage"]["themed"]) == (len(written), themed)

    # Each theme: young people, and their tone (one per young person: all positive, all negative, else mixed;
    # an officer's confirmed tone first, then the good-thing question, then the classifier).
    rows = [r for r in q("SELECT t.theme, a.participant_id, a.tone, a.text, pr.bank_slug, a.tone_confirmed FROM answers a "
                         "JOIN answer_themes t ON t.answer_id = a.id JOIN prompts pr ON pr.id = a.prompt_id "
                         "WHERE {approved} AND a.text IS NOT NULL AND t.source = 'confirmed'") if not says_nothing_more(r[3])]
    tones: dict = {}
    for theme, pid, tone, words, slug, confirmed in rows:
        nothing = words.lower().strip() in ("no", "none", "nothing") or words.lower().startswith(("nothing", "none", "idk", "i dont no", "i dont know", "dunno", "not sure", "nah", "no "))
        if confirmed:
            pass
        elif slug in GOOD_THING_SLUGS and not nothing:
            tone = "positive"
        tones.setdefault(theme, {}).setdefault(pid, set()).add(tone or "mixed")
    shown_themes = {t["id"]: t for t in content["themes"]}
    assert set(shown_themes) == set(tones)
    for theme, by_person in tones.items():
        t = shown_themes[theme]
        _expect(len(by_person), threshold, t["young_people"])
        one = [("positive" if s == {"positive"} else "negative" if s == {"negative"} else "mixed") for s in by_person.values()]
        _breakdown({k: one.count(k) for k in ("positive", "mixed", "negative")}, t["tone"], threshold)
        by_group = [group_of[p] for p in by_person]
        row = next(g for g in content["group_breakdown"] if g["theme"] == t["label"])
        _breakdown({"children_in_care": by_group.count("children-in-care"), "care_leavers": by_group.count("care-leavers"),
                    "did_not_say": by_group.count("not-said")}, row, threshold)
        # Quotes are starred answers whose main confirmed theme is this one (marked where an officer reworded them).
        starred = {marked(r[0], r[1]) for r in q("SELECT a.text, a.id FROM answers a JOIN answer_themes t ON t.answer_id = a.id "
                                                 "WHERE {approved} AND a.starred AND t.source = 'confirmed' AND t.rank = 0 AND t.theme = '" + theme + "'")
                   if not says_nothing_more(r[0])}
        assert set(t["quotes"]) <= starred and len(t["quotes"]) == min(len(starred), 5)

    # Faces: young people per answer.
    for s in content["scales"]:
        counts = dict(q("SELECT a.scale, COUNT(DISTINCT a.participant_id) FROM answers a JOIN prompts pr ON pr.id = a.prompt_id "
                        "WHERE {approved} AND pr.text = '" + s["prompt"].replace("'", "''") + "' GROUP BY a.scale"))
        _expect(sum(counts.values()), threshold, s["answered"])
        _breakdown({SCALE_NAMES[n]: counts.get(n, 0) for n in range(5, 0, -1)},
                   {d["label"]: d["count"] for d in s["distribution"]}, threshold)

    # Choice and tick-all answers, and "about you" (age band, time in care): young people per option.
    def picked(where_prompt):
        out = []
        for (value,) in q("SELECT a.choices FROM answers a JOIN prompts pr ON pr.id = a.prompt_id WHERE {approved} "
                          "AND a.choices IS NOT NULL AND " + where_prompt):
            value = json.loads(value) if isinstance(value, str) else value
            if value:
                out.append(set(value))
        return out

    for c in content["choices"]:
        got = picked("pr.about_you IS NULL AND pr.text = '" + c["prompt"].replace("'", "''") + "'")
        _expect(len(got), threshold, c["answered"])
        counts = {d["label"]: sum(1 for g in got if d["label"] in g) for d in c["distribution"]}
        if c["multiple"]:
            for d in c["distribution"]:
                _expect(counts[d["label"]], threshold, d["count"])
        else:
            _breakdown(counts, {d["label"]: d["count"] for d in c["distribution"]}, threshold)
    assert [c["prompt"] for c in content["choices"]] == ["Who would you like to see more?"]
    for c, kind in zip(content["about_you"], ("age-band", "time-in-care"), strict=True):
        got = picked(f"pr.about_you = '{kind}'")
        _expect(len(got), threshold, c["answered"])
        _breakdown({d["label"]: sum(1 for g in got if d["label"] in g) for d in c["distribution"]},
                   {d["label"]: d["count"] for d in c["distribution"]}, threshold)

    # Answers left out, by reason (counted in answers).
    left = dict(q("SELECT a.reject_reason, COUNT(*) FROM answers a WHERE a.session_id IN :s AND a.state = 'rejected' GROUP BY a.reject_reason"))
    assert len(content["method"]["left_out"]) == len([r for r in left if r])
    for row, n in zip(content["method"]["left_out"], [left[r] for r in sorted(r for r in left if r)], strict=True):
        _expect(n, threshold, row["count"])

    # The appendix holds exactly the themed written answers.
    appendix = sorted(w for g in content["appendix"]["answers_by_theme"] for w in g["answers"])
    main = sorted(marked(r[0], r[1]) for r in q("SELECT a.text, a.id FROM answers a JOIN answer_themes t ON t.answer_id = a.id "
                                                "WHERE {approved} AND t.source = 'confirmed' AND t.rank = 0") if not says_nothing_more(r[0]))
    assert appendix == main and len(appendix) == themed
    assert any(language[i][1] and w == language[i][1] for w in appendix for i in language)  # the Tigrinya answer, in its translation
    assert not any(TRANSLATED_MARK in w for w in appendix)
    assert sorted(content["appendix"]["nothing_more"]) == sorted(w for i, w in written if i in no_content)

    # Since last time: the earlier review's figures for the same questions, counted here afresh.
    since = content["since_last_time"]
    assert since and since["review"] == "Children in care and care leavers: spring check-in"
    spring = tuple(r[0] for r in db.session.execute(text(
        "SELECT s.id FROM participation_sessions s JOIN reviews r ON r.id = s.review_id WHERE r.title = :t"), {"t": since["review"]}))
    for question in since["questions"]:
        sql = ("SELECT a.scale, a.choices FROM answers a JOIN prompts pr ON pr.id = a.prompt_id WHERE a.session_id IN :s "
               "AND a.state = 'approved' AND pr.text = :p")
        for rows_, shown_answered, column in ((q(sql.replace(":p", "'" + question["question"].replace("'", "''") + "'")), question["now_answered"], "now"),
                                             (db.session.execute(text(sql).bindparams(bindparam("s", expanding=True)), {"s": spring, "p": question["question"]}).all(),
                                              question["then_answered"], "then")):
            answered = [r for r in rows_ if r[0] or r[1]]
            _expect(len(answered), threshold, shown_answered)
            counts = {}
            for scale, choices in answered:
                picked = [SCALE_NAMES[scale]] if scale else (json.loads(choices) if isinstance(choices, str) else choices)
                for label in picked:
                    counts[label] = counts.get(label, 0) + 1
            shown = {r["answer"]: r[column] for r in question["rows"]}
            if question["question"] == "Who would you like to see more?":  # tick all: each on its own
                for label, cell in shown.items():
                    _expect(counts.get(label, 0), threshold, cell)
            else:
                _breakdown({label: counts.get(label, 0) for label in shown}, shown, threshold)


def test_a_version_published_before_any_recommendation_says_it_has_no_annex(app, demo):
    review, content = demo
    c = app.test_client()
    sign_in(c, db.session.execute(select(StaffUser).where(StaffUser.role == "scrutiny")).scalar_one(), PASSWORD)
    assert "no annexes" in c.get("/staff/scrutiny").text
    page = c.get("/staff/packs/1/v/1").text
    assert "No annexes: published before any recommendation was made" in page
    assert "This version holds no annexes" in page and "type the code" in page and "Join page" in page
    # A pack built now holds the annex, and links to what young people were told.
    assert "recommendations tracker, with 2 recommendations" in annex_line(content)


def test_no_table_in_the_published_demo_pack_lets_a_hidden_count_be_worked_out(app):
    """For every table the pack prints, every value each hidden cell could have given the shown cells
    and total, by brute force: none may have only one."""
    demo_loaded()
    content = db.session.execute(select(PackVersion).order_by(PackVersion.id)).scalars().first().content
    threshold = content["threshold"]
    summary = content["summary"]
    tables = []
    groups = {g["label"]: g["young_people"] for g in summary["groups"]}
    tables.append(("groups", groups, summary["young_people"]))
    for t in content["themes"]:
        tables.append((t["label"] + " tone", t["tone"], t["young_people"]))
        row = next((g for g in content["group_breakdown"] if g["theme"] == t["label"]), None)
        if row:
            # Each row adds up to the theme's young people ("Did not say" is a column of its own).
            tables.append((t["label"] + " groups", {k: row[k] for k in ("children_in_care", "care_leavers", "did_not_say") if k in row},
                           t["young_people"]))
    multiple = {c["prompt"] for c in content["choices"] if c["multiple"]}
    for table in content["scales"] + [c for c in content["choices"] + content["about_you"] if not c["multiple"]]:
        tables.append((table["prompt"], {d["label"]: d["count"] for d in table["distribution"]}, table["answered"]))
    for q in (content["since_last_time"] or {}).get("questions", []):
        if q["question"] in multiple:
            continue
        tables.append((q["question"] + " now", {r["answer"]: r["now"] for r in q["rows"]}, q["now_answered"]))
        then = {r["answer"]: r["then"] for r in q["rows"] if r["then"] != "not asked"}
        tables.append((q["question"] + " then", then, q["then_answered"]))
    assert len(tables) > 20 and any("fewer than" in " ".join(cells.values()) for _, cells, _ in tables)
    for where, cells, total in tables:
        assert_nothing_pinned(cells, total, threshold, where=where)
