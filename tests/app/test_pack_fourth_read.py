"""The demo pack after the councillor's third read: no hidden count can be worked out by subtraction,
across tables as well as within one; a theme listed as not working well from a tick-box question says
what it may point to; quotes speak to their theme; and no quote stands out by an event or by its style."""

from __future__ import annotations

from sqlalchemy import select

from participation.domain import pack_content, recommendations
from participation.domain.db import db
from participation.domain.models import Answer, StaffUser
from participation.ops.demo import PASSWORD, STAFF
from participation.pure.evidence_rules import LEFT_CARE, NOT_SAYING
from participation.pure.render.html import _rests_on as render_html_rests
from participation.pure.render.schema import SEE_NUMBERS, signatures_text
from tests.conftest import sign_in


def _hidden(cell: str) -> bool:
    return not cell.isdigit()


def test_no_hidden_count_can_be_worked_out_from_a_total_printed_in_any_table(app, demo_pack):
    """For every row and column whose total is printed somewhere in the pack, 0 or at least 2 of its cells
    are hidden, so no hidden cell is a printed total less the others."""
    _, _, version = demo_pack
    content = version.content
    groups = {g["label"]: g["young_people"] for g in content["summary"]["groups"]}
    taking_part = content["summary"]["young_people"]
    rows: list[tuple[str, str, list[str]]] = []  # (where, printed total or a hidden label, cells)
    rows.append(("groups", taking_part, list(groups.values())))
    for table in content["about_you"] + [c for c in content["choices"] if not c["multiple"]]:
        rows.append((table["prompt"], table["answered"], [d["count"] for d in table["distribution"]]))
    for t, row in zip(content["themes"], content["group_breakdown"], strict=True):
        rows.append((t["label"] + " by group", t["young_people"],
                     [row[k] for k in ("children_in_care", "care_leavers", "did_not_say") if k in row]))
        rows.append((t["label"] + " tone", t["young_people"], list(t["tone"].values())))
    # The groups are made of the answers to "How long have you been in care?", so each group's printed count
    # is a total of that table's cells, and "Did not say" is those who did not answer plus "I don't want to say".
    time = next(c for c in content["about_you"] if c["prompt"] == "Time in care")
    cells = {d["label"]: d["count"] for d in time["distribution"]}
    in_care = [n for label, n in cells.items() if label not in (LEFT_CARE, NOT_SAYING)]
    rows.append(("children in care, by time in care", groups["Children in care"], in_care))
    rows.append(("care leavers, by time in care", groups["Care leavers"], [cells[LEFT_CARE]]))
    not_answered = str(int(taking_part) - int(time["answered"])) if time["answered"].isdigit() else "not shown"
    rows.append(("did not say, by time in care", groups["Did not say"], [not_answered, cells[NOT_SAYING]]))
    rows.append(("who answered time in care", time["answered"], [groups["Children in care"], groups["Care leavers"], cells[NOT_SAYING]]))
    checked = 0
    for where, total, row in rows:
        if not total.isdigit():
            continue
        checked += 1
        assert sum(map(_hidden, row)) != 1, (where, total, row)
    assert checked > 20
    # The demo has the case the councillor found: a small "Less than a year" and "I don't want to say".
    assert "fewer than" in cells["Less than a year"] and "fewer than" in cells[NOT_SAYING]
    assert time["answered"] == "not shown"


def test_a_theme_listed_as_not_working_from_a_tick_box_question_rests_its_risk_line_on_that_figure(app, demo_pack):
    _, _, version = demo_pack
    content = version.content
    family = next(t for t in content["themes"] if t["label"] == "Seeing family")
    assert any(line.startswith("Seeing family, from the tick-box question") for line in content["summary"]["not_working"])
    assert family["risk_weight"] == "question" and "16 ticked Brothers or sisters" in family["risk_basis"]
    heading, lead, items = signatures_text(family["signatures"], family["risk_weight"], family["risk_basis"], family["id"])
    assert heading == "Signatures of risk to test, not findings" and items
    assert "Only a few" not in lead and "cannot point" not in lead
    assert "16 ticked Brothers or sisters" in lead and "may point to" in lead
    # The question's figure is said once, above the signatures, not again in each of them.
    assert all("16 ticked" not in why and "Question to ask:" in why for _, why in items)
    html = next(f.data for f in version.files if f.format == "html").decode()
    assert "The summary lists this as not working well from the tick-box question" in html


def test_quotes_speak_to_their_theme_and_none_stands_out_by_an_event_or_its_style(app, demo_pack):
    _, _, version = demo_pack
    content = version.content
    quotes = {t["label"]: t["quotes"] for t in content["themes"]}
    assert any("gym" in q or "feel" in q for q in quotes["Health and wellbeing"])
    assert not any(q == "my girlfriend" for q in quotes["Health and wellbeing"])
    assert any("teacher" in q for q in quotes["School, college and learning"])
    method = " ".join(content["method"]["paragraphs"])
    assert "The officer starred quotes showing what young people said on each theme" in method
    printed = " ".join(q for t in content["themes"] for q in t["quotes"]) + " ".join(
        w for g in content["appendix"]["answers_by_theme"] for w in g["answers"])
    # An event others saw ("in front of other kids") is gone; the meaning stays.
    assert "in front of" not in printed and "care meetings" not in printed
    assert "people talk about my care stuff where others can hear" in printed
    # The translation is as plain as the other answers: no capital letter to start it, no full stop to end it.
    assert "i miss my family a lot and i want to talk to them" in printed and "I miss my family" not in printed


def test_the_officer_is_told_to_translate_as_plainly_as_the_young_person_wrote(app, demo_pack):
    _, pack, _ = demo_pack
    officer = db.session.execute(select(StaffUser).where(StaffUser.email == STAFF[0][0])).scalar_one()
    c = app.test_client()
    sign_in(c, officer, PASSWORD)
    page = c.get(f"/staff/packs/{pack.id}/check").text
    assert "Write it as plainly as they wrote it, so the style does not stand out." in page


def test_see_the_numbers_is_a_link_in_the_web_pack_and_the_tracker(app, demo_pack):
    review, _, version = demo_pack
    item = render_html_rests({"rests_on": ["A figure (see The numbers)."], "rests_on_themes": [None]}, [])
    assert '<a href="#pack-numbers">see The numbers</a>' in item
    lines = [line for rows in recommendations.rests_on(review).values() for line in rows if SEE_NUMBERS in line["text"]]
    assert lines and all(line["anchor"] == "pack-numbers" and line["link"] == SEE_NUMBERS for line in lines)


def test_the_check_names_the_themes_the_summary_leaves_out_until_their_tone_is_confirmed(app, demo_pack):
    # An officer's review: before tones were confirmed the preview said nothing was not working well, though 24 young
    # people were negative about feeling safe (a good-thing answer's tone is the young person's; a complaint's waits
    # for an officer), and the check said only that quotes wait for a confirmed tone.
    review, pack, _ = demo_pack
    officer = db.session.execute(select(StaffUser).where(StaffUser.email == STAFF[0][0])).scalar_one()
    c = app.test_client()
    sign_in(c, officer, PASSWORD)
    assert pack_content.check(review, pack.session_ids)["held_for_tone"] == []  # the demo's officer confirmed them
    assert 'id="held-for-tone"' not in c.get(f"/staff/packs/{pack.id}/check").text
    for a in db.session.execute(select(Answer)).scalars():
        a.tone_confirmed = False
    db.session.commit()
    held = pack_content.check(review, pack.session_ids)["held_for_tone"]
    assert {"theme": "Social workers and personal advisers", "side": "not working well"} in held, held
    page = c.get(f"/staff/packs/{pack.id}/check").text
    assert 'id="held-for-tone"' in page and "Social workers and personal advisers: the suggested tones would list it as not working well" in page
