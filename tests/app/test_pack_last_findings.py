"""The demo pack after the councillor's last read (16 of 20): headlines no other figure contradicts, picked
by how many young people they cover, with care leavers' words among them."""

from __future__ import annotations

import io
import itertools
from collections import Counter
from datetime import timedelta

import docx
import pytest
from sqlalchemy import select

from participation.domain import pack_content
from participation.domain.db import db
from participation.domain.models import Prompt, Review, StaffUser
from participation.domain.pack_content import HIDDEN_TONE_PLACED, _answers_from, hidden_tone_line
from participation.ops.demo import PASSWORD, PROGRESS_DAYS_AGO, STAFF
from participation.pure.evidence_rules import LEFT_CARE, NOT_SAYING
from participation.pure.local_time import uk_today
from participation.pure.reidentify import CHECKED_DETAILS, DETAILS
from participation.pure.render.docx import render_docx
from participation.pure.render.html import render_document as render_html
from participation.pure.render.schema import TONE_CAPTION, TONE_RULE, placed_text, tone_text
from participation.pure.suppression import suppress_breakdown
from tests.conftest import demo_loaded, sign_in


@pytest.fixture
def demo(app):
    demo_loaded()
    review = db.session.execute(select(Review).order_by(Review.id)).scalars().first()
    return review, pack_content.build(review, None, review.title)


def test_no_headline_is_contradicted_by_a_question_on_the_same_theme(demo):
    _, content = demo
    messages = content["summary"]["messages"]
    # What young people wrote about being heard was all negative, but the face question on the same theme
    # ("How well do adults listen to you…?") is split, and better than in May: it does not lead.
    heard = next(t for t in content["themes"] if t["label"] == "Being heard in decisions")
    assert heard["placed"] == "not-working"
    listen = next(s for s in content["scales"] if s["prompt"].startswith("How well do adults listen"))
    assert int(listen["answered"]) >= content["threshold"]
    assert any("Fewer chose Bad or Really bad than" in c for c in content["since_last_time"]["changes"])
    assert not any(m.startswith("Being heard in decisions") for m in messages), messages
    # A headline from what young people wrote is one line with its figure; how each young person is counted is
    # said once, in the method, and the agreeing question is in what is working well.
    home = next(m for m in messages if m.startswith("Home and carers:"))
    assert home == "Home and carers: 7 of the 10 young people who wrote about it were positive."
    assert TONE_RULE in content["method"]["paragraphs"] and not any("Each counted once" in m for m in messages)
    assert any(w.startswith("How do you feel about where you live? 25 of the 42") for w in content["summary"]["working_well"])
    # and the face question is not a headline of its own beside it.
    assert not any(m.startswith("How do you feel about where you live?") for m in messages)


def test_headlines_are_picked_by_how_many_young_people_they_cover(demo):
    _, content = demo
    messages = content["summary"]["messages"]
    # Home and carers (10 wrote about it, and the 42 who answered its face question agree) leads before Social
    # workers (27 wrote about it), and both sides are there.
    workers = next(i for i, m in enumerate(messages) if m.startswith("Social workers and personal advisers:"))
    home = next(i for i, m in enumerate(messages) if m.startswith("Home and carers:"))
    assert home < workers
    assert any("were positive" in m or "Good or Really good" in m for m in messages)
    assert any("were negative" in m or "ticked" in m for m in messages)


def test_a_headline_gives_care_leavers_words_when_they_took_part(demo):
    _, content = demo
    assert any(g["label"] == "Care leavers" and g["young_people"] != "0" for g in content["summary"]["groups"])
    # Their starred words in the demo are on themes where saying a care leaver wrote them could give away
    # a hidden count, so the message is what care leavers wrote about, from the counts the pack shows.
    leavers = [m for m in content["summary"]["messages"] if "A care leaver" in m or "care leavers who took part" in m]
    assert leavers == [m for m in content["summary"]["messages"] if m.startswith("Social workers and personal advisers:")
                       and "9 of the 12 care leavers who took part wrote about it." in m and "among them" not in m]
    row = next(r for r in content["group_breakdown"] if r["theme"] == "Social workers and personal advisers")
    assert row["care_leavers"] == "9" and len(content["summary"]["messages"]) <= 5


def test_the_method_names_the_details_the_check_looks_for_from_the_checks_own_list(demo):
    _, content = demo
    detail = " ".join(content["method"]["detail"])
    assert CHECKED_DETAILS in detail
    assert all(d.said in detail for d in DETAILS.values())
    assert "a life event or health condition" not in detail and "a language, food or country" not in detail


def test_the_tone_counts_say_how_a_young_person_with_answers_that_differ_is_counted(demo):
    _, content = demo
    # The one rule (evidence_rules.person_tone), said once in the method in every format that prints it; each
    # theme's counts are captioned only "How they felt" (a pointer under each, 13 times, read as padding).
    assert "positive or negative about a theme only if everything they wrote on it was, otherwise as mixed" in TONE_RULE
    assert "more positive answers than there are positive young people" in TONE_RULE
    assert TONE_CAPTION == "How they felt" and TONE_RULE in content["method"]["paragraphs"]
    assert tone_text(content["themes"][0]["tone"]).startswith(TONE_CAPTION)  # Word
    assert TONE_RULE in "\n".join(p.text for p in docx.Document(io.BytesIO(render_docx(content))).paragraphs)
    html = render_html(content)
    assert html.count(TONE_RULE) == 1 and html.count(TONE_CAPTION) == len(content["themes"])


def test_the_appendix_says_how_many_answers_from_how_many_young_people(demo):
    _, content = demo
    by_label = {g["label"]: g for g in content["appendix"]["answers_by_theme"]}
    wrote = {t["label"]: t["young_people"] for t in content["themes"]}
    home = by_label["Home and carers"]
    assert len(home["answers"]) == 11 and home["count_text"] == "11 answers from 10 young people."
    school = by_label["School, college and learning"]
    assert school["count_text"].startswith(f"{len(school['answers'])} answers from ")
    more = int(wrote["School, college and learning"]) - int(school["count_text"].split(" from ")[1].split()[0])
    assert f" {more} more young people wrote about this theme, but their answers say more about other themes" in school["count_text"]
    assert all(g["count_text"].startswith(f"{len(g['answers'])} answer") for g in by_label.values())
    # A single answer says nothing of how many young people it stands for ("fewer than 5" would be 1), and where
    # young people listed are hidden, how many more wrote about the theme is not said either (the single-answer case
    # is test_an_appendix_theme_says_when_more_young_people_wrote_about_it_even_where_both_counts_are_hidden).
    assert by_label["Moves and stability"]["count_text"] == "1 answer."
    assert by_label["Money"]["count_text"] == (
        f"{len(by_label['Money']['answers'])} answers from fewer than 5 young people. In all, {wrote['Money']} young people "
        "wrote about this theme; the others' answers say more about other themes, so they are listed there.")
    assert home["count_text"] in render_html(content)


def test_a_group_is_named_beside_a_theme_only_where_its_count_is_shown(demo):
    _, content = demo
    hidden = content["summary"]["hidden_tone"]
    # Health: the children in care's count is shown, so they are named; Money's groups are all too small, so none is
    # (only the biggest group hidden: test_a_hidden_tone_line_names_a_group_only_where_its_count_is_shown).
    assert "Health and wellbeing (10 wrote about it, children in care among them)" in hidden
    assert "Money (7 wrote about it; fewer than 5 in each group, so no group is named)" in hidden
    columns = {"Children in care": "children_in_care", "Care leavers": "care_leavers"}
    rows = {r["theme"]: r for r in content["group_breakdown"]}
    for part in hidden.split(": ", 1)[1].split("; "):
        for label, key in columns.items():
            if f"{label.lower()} among them" in part:
                assert rows[part.split(" (")[0]][key].isdigit(), part


@pytest.mark.parametrize(("counts", "said"), [
    # Both counts shown: the bigger group is named.
    ({"children-in-care": 6, "care-leavers": 7}, "Money (13 wrote about it, care leavers among them)"),
    # The bigger count hidden only to protect the small one: naming it would say which is bigger.
    ({"children-in-care": 6, "care-leavers": 2}, "Money (8 wrote about it)"),
    # Both withheld (any number): no group named and no "fewer than", which would pin them.
    ({"children-in-care": 4, "care-leavers": 4}, "Money (8 wrote about it)"),
    # Every group that has anyone is "fewer than 5": the line says so rather than naming one.
    ({"children-in-care": 3, "care-leavers": 0}, "Money (3 wrote about it; fewer than 5 in each group, so no group is named)"),
    # Young people who did not say their group do not stop a shown group being named.
    ({"children-in-care": 6, "care-leavers": 2, "did-not-say": 3}, "Money (11 wrote about it, children in care among them)"),
])
def test_a_hidden_tone_line_names_a_group_only_where_its_count_is_shown(counts, said):
    cells, _ = suppress_breakdown(counts, 5, total=sum(counts.values()))
    assert hidden_tone_line("Money", str(sum(counts.values())), Counter(counts), cells, 5) == said


def test_a_hidden_tone_line_names_no_group_where_groups_are_not_known():
    assert hidden_tone_line("Money", "8", Counter(), {}, 5) == "Money (8 wrote about it)"


def test_the_tracker_and_the_annex_say_when_progress_was_last_recorded(app, demo):
    review, content = demo
    latest = uk_today() - timedelta(days=PROGRESS_DAYS_AGO)  # the latest update (R1's), as the demo dates it
    assert content["recommendations_as_at"] == latest.isoformat()
    as_at = f"Progress as at {latest.day} {latest:%B %Y}."
    assert as_at in render_html(content)
    scrutiny = db.session.execute(select(StaffUser).where(StaffUser.email == STAFF[3][0])).scalar_one()
    c = app.test_client()
    sign_in(c, scrutiny, PASSWORD)
    page = c.get(f"/staff/reviews/{review.id}/recommendations").text
    assert as_at in page


def _domain(label: str, threshold: int, top: int) -> list[int]:
    """Every value a printed count could have, as a reader reads its label: a number is itself, "fewer than
    N" is 1 to N-1, "not shown" (hidden to protect another) is none or N or more, "withheld" is anything."""
    if label.isdigit():
        return [int(label)]
    if label == f"fewer than {threshold}":
        return list(range(1, threshold))
    if label == "not shown":
        return [0, *range(threshold, top + 1)]
    assert label == "withheld", label
    return list(range(0, top + 1))


def _pinned(printed: dict[str, str], sums: list[tuple[list[str], list[str]]], threshold: int) -> dict[str, set[int]]:
    """By brute force, every value each hidden count could have given every printed count (as a range) and
    every sum the pack's tables share (left side = right side): the hidden counts that only one value fits."""
    top = max(int(v) for v in printed.values() if v.isdigit())
    hidden = [k for k, v in printed.items() if not v.isdigit()]
    known = {k: int(v) for k, v in printed.items() if v.isdigit()}
    seen: dict[str, set[int]] = {k: set() for k in hidden}
    for combo in itertools.product(*(_domain(printed[k], threshold, top) for k in hidden)):
        value = {**known, **dict(zip(hidden, combo, strict=True))}
        if all(sum(value[k] for k in left) == sum(value[k] for k in right) for left, right in sums):
            for k in hidden:
                seen[k].add(value[k])
    return {k: v for k, v in seen.items() if len(v) == 1 and min(v) < threshold}


def test_no_hidden_count_is_pinned_by_the_ranges_and_totals_of_the_tables_that_share_it(demo):
    """The groups and "How long have you been in care?" share their young people (a group is its own answer
    to that question): with every "fewer than 5" as a range, no hidden count in either is pinned to one
    value below 5, nor in any table against its own total."""
    _, content = demo
    threshold = content["threshold"]
    assert _pinned({"a": "fewer than 5", "b": "fewer than 5", "t": "8"}, [(["t"], ["a", "b"])], 5)  # the check can fail
    groups = {g["label"]: g["young_people"] for g in content["summary"]["groups"]}
    time = next(c for c in content["about_you"] if c["prompt"] == "Time in care")
    cells = {d["label"]: d["count"] for d in time["distribution"]}
    printed = {"took part": content["summary"]["young_people"], "answered": time["answered"],
               **{f"group {k}": v for k, v in groups.items()}, **{f"time {k}": v for k, v in cells.items()}}
    in_care = [f"time {k}" for k in cells if k not in (LEFT_CARE, NOT_SAYING)]
    sums = [
        (["took part"], [f"group {k}" for k in groups]),
        (["answered"], [f"time {k}" for k in cells]),
        (["group Children in care"], in_care),  # read as the reader would: the in-care answers make the group
        (["group Care leavers"], [f"time {LEFT_CARE}"]),
        # "Did not say" is those who did not answer and those who would not say.
        (["group Did not say", "answered"], ["took part", f"time {NOT_SAYING}"]),
    ]
    assert not _pinned(printed, sums, threshold), (printed, _pinned(printed, sums, threshold))
    # Each table on its own, against its printed total: the tone and group rows of every theme, the scales,
    # the pick-one and "about you" questions.
    tables = [(t["tone"], t["young_people"]) for t in content["themes"]]
    for t, row in zip(content["themes"], content["group_breakdown"], strict=True):
        tables.append(({k: row[k] for k in ("children_in_care", "care_leavers", "did_not_say") if k in row}, t["young_people"]))
    for table in content["scales"] + [c for c in content["choices"] + content["about_you"] if not c["multiple"]]:
        tables.append(({d["label"]: d["count"] for d in table["distribution"]}, table["answered"]))
    for row, total in tables:
        if not total.isdigit() or total == "0":
            continue
        printed = {**{f"cell {k}": v for k, v in row.items()}, "total": total}
        assert not _pinned(printed, [(["total"], [f"cell {k}" for k in row])], threshold), (row, total)


def test_a_care_leavers_starred_words_stay_under_their_theme_and_the_headline_counts_care_leavers(demo):
    review, _ = demo
    ev = pack_content.evidence(review, None)
    ids = [s.id for s in ev.sessions]
    prompts = list(db.session.execute(select(Prompt).where(Prompt.session_id.in_(ids))).scalars())
    group_of = pack_content.groups_of(pack_content.taking_part(ids), ev.sessions, prompts, ev.approved)
    words = next(a for a, _ in ev.approved if a.text and a.themes and a.themes[0].theme == "social-workers"
                 and group_of.get(a.participant_id) == "care-leavers" and a.tone == "negative" and not a.starred
                 and "turned 18" in a.text)
    words.starred, words.tone_confirmed = True, True
    db.session.commit()
    content = pack_content.build(review, None, review.title)
    messages = content["summary"]["messages"]
    workers = next(m for m in messages if m.startswith("Social workers and personal advisers:"))
    # One line with its numbers: the care leavers among them by the count the pack shows, their words under the theme.
    assert workers.endswith(" 9 of the 12 care leavers who took part wrote about it.") and "\u201c" not in workers
    assert words.text in next(t for t in content["themes"] if t["id"] == "social-workers")["quotes"]
    assert sum("care leavers who took part" in m for m in messages) == 1


def test_a_theme_on_neither_side_because_its_tone_is_hidden_says_so_on_its_own_page_as_the_summary_does(demo):
    _, content = demo
    hidden = content["summary"].get("hidden_tone")
    assert hidden and "is hidden, to protect a small number" in hidden
    named = [t for t in content["themes"] if f"{t['label']} (" in hidden]
    assert named
    for theme in named:
        assert placed_text(theme) == HIDDEN_TONE_PLACED, theme["label"]
        assert "views were mixed" not in placed_text(theme)


def test_an_appendix_theme_says_when_more_young_people_wrote_about_it_even_where_both_counts_are_hidden():
    assert _answers_from(1, "fewer than 5", "fewer than 5", True) == (
        "1 answer. In all, fewer than 5 young people wrote about this theme; the others' answers say more about other "
        "themes, so they are listed there.")
    assert _answers_from(12, "10", "11", True) == (
        "12 answers from 10 young people. One more young person wrote about this theme, but their answer says more "
        "about another theme, so it is listed there.")
    assert _answers_from(12, "10", "13", True).endswith(" 3 more young people wrote about this theme, but their answers "
                                                         "say more about other themes, so they are listed there.")
    assert _answers_from(12, "10", "10", False) == "12 answers from 10 young people."


def test_every_appendix_theme_with_fewer_young_people_listed_than_wrote_about_it_says_so(demo):
    _, content = demo
    themes = {t["label"]: t for t in content["themes"]}
    for block in content["appendix"]["answers_by_theme"]:
        wrote = themes[block["label"]]["young_people"]
        if wrote.isdigit() and int(wrote) > len(block["answers"]):
            assert any(s in block["count_text"] for s in ("In all", " more young people wrote", "One more young person wrote")), block["label"]


def test_a_recommendation_on_a_theme_on_neither_side_never_calls_it_mixed(app, demo):
    # R2 rests on Seeing family, on neither side by its own words but listed as not working well by its tick-box
    # question: "mixed" beside "0 mixed" read as false, and so did "the summary lists it as neither".
    review, _ = demo
    scrutiny = db.session.execute(select(StaffUser).where(StaffUser.email == STAFF[3][0])).scalar_one()
    c = app.test_client()
    sign_in(c, scrutiny, PASSWORD)
    page = c.get(f"/staff/reviews/{review.id}/recommendations").text
    assert "What they wrote puts it on neither side, so it is no figure to rest on alone" in page
    assert "how they felt was mixed" not in page and "the summary lists it as neither" not in page


def test_since_last_time_says_when_the_earlier_sessions_were_for_other_groups(demo):
    review, content = demo
    # The demo's spring sessions were for both groups, as now: nothing to add.
    assert "groups differ" not in content["since_last_time"]["note"]
    spring = db.session.execute(select(Review).where(Review.title == content["since_last_time"]["review"])).scalar_one()
    for s in spring.sessions:
        s.audience = "children-in-care"
    db.session.commit()
    note = pack_content.build(review, None, review.title)["since_last_time"]["note"]
    assert note.endswith("The groups differ too: then children in care; now children in care and care leavers."), note
