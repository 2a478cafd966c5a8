"""The second councillor review's findings, read in the demo pack: one rule for rare details, said once and
true; every marker a table prints defined where small numbers are explained; a theme said once in the
summary; what a recommendation rests on shown with its counts; no quote that links to a young person
already quoted with a rare detail; and a tracker that dates each response and says how long it has gone quiet."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from participation.domain import pack_content, packs
from participation.domain.db import db
from participation.domain.models import Answer, Pack
from participation.domain.recommendations import recommendations, starred_quotes
from tests.conftest import more_young_people, written_answer


def _build(review, session_ids=None) -> dict:
    db.session.expire_all()
    return pack_content.build(review, session_ids, "x")


def test_the_method_states_the_rare_detail_rule_once_and_only_what_is_true_of_the_pack(app, demo_pack):
    review, pack, version = demo_pack
    content = version.content
    method = " ".join(content["method"]["paragraphs"])
    detail = " ".join(content["method"]["detail"])
    # The demo's officer wrote every flagged answer more generally or left it out, and the pack says just that.
    assert packs.check(pack)["to_check"] == []
    assert "the officer reworded some (" in method and "translated or left out the others flagged" in method
    # Said once: the appendix lists the kinds of detail, and says nothing of answers kept with one (there are none).
    assert "kept" not in detail and "kept" not in method
    for kind in ("university", "a named job or workplace", "the manager or staff of the home they live in", "supported housing at an age"):
        assert kind in detail, kind
    # And the demo's printed words follow the rule: no job, workplace, university, home manager or housing age.
    printed = " ".join(w for g in content["appendix"]["answers_by_theme"] for w in g["answers"]).lower()
    for detail_word in ("uni!!", "for uni", "apprenticeship", "warehouse", "at a cafe", "the manager", "supported housing before"):
        assert detail_word not in printed, detail_word


def test_a_quote_kept_with_a_rare_detail_is_said_in_the_method_and_links_to_no_other_words(app, officer, officer_client, make_session):
    open_session = make_session(prompts=("scale", "single", "multiple", "text", "text"))
    kept = written_answer(app, officer_client, open_session, "i have had 7 social workers and i hate it", tone="negative")
    # The same young person's second answer, on a theme the summary lists (five young people negative about it).
    other = written_answer(app, officer_client, open_session, "nobody tells me when my plans change or why", tone="negative")
    other.prompt_id = next(p.id for p in open_session.prompts if p.kind == "text" and p.id != kept.prompt_id)
    other.participant_id = kept.participant_id
    db.session.commit()
    theme = other.themes[0].theme
    more_young_people(app, officer_client, officer, open_session, theme, "negative")
    pack_page = officer_client.post(f"/staff/reviews/{open_session.review_id}/packs", data={"title": "Pack"})
    pack = db.session.get(Pack, int(pack_page.location.rstrip("/").split("/")[-1]))
    content = _build(open_session.review)
    # The method says what is true: one printed answer keeps a detail the check flags.
    method = " ".join(content["method"]["paragraphs"])
    assert "kept one answer as written" in method and "reworded" not in method
    # Both are printed under their themes; neither is printed again beside a figure: the second would point
    # a reader back to the young person with seven social workers.
    quotes = [q for t in content["themes"] for q in t["quotes"]]
    assert kept.text in quotes and other.text in quotes
    said = " ".join(content["summary"]["messages"] + [i for q in content["questions"] for i in q["items"]])
    assert other.text not in said and kept.text not in said
    assert {kept.id, other.id}.isdisjoint({q.id for q in starred_quotes(open_session.review)})
    # Written more generally, the first links to nothing, and the second may stand beside its figure again.
    officer_client.post(f"/staff/packs/{pack.id}/answers/{kept.id}/edit", data={"text": "i have had so many social workers and i hate it"})
    content = _build(open_session.review)
    assert any(other.text in i for q in content["questions"] for i in q["items"])
    assert "the officer reworded some (one is marked" in " ".join(content["method"]["paragraphs"])


def test_every_marker_a_table_prints_is_defined_where_small_numbers_are_explained(app, demo_pack):
    review, pack, version = demo_pack
    html = next(f.data for f in version.files if f.format == "html").decode()
    page = BeautifulSoup(html, "html.parser")
    markers = {td.get_text(" ", strip=True) for td in page.select("td") if not td.get_text(strip=True).isdigit()}
    markers = {m for m in markers if m in ("fewer than 5", "hidden", "not shown", "withheld") or m.startswith("fewer than")}
    # The demo's tables hide counts both ways, each with one marker: "hidden" for any count kept back to protect another.
    assert markers == {"fewer than 5", "hidden"}
    small = version.content["method"]["suppression"]
    for m in markers:
        assert f"\u201c{m}\u201d" in small, m


def test_a_recommendation_rests_on_shown_counts_never_on_a_hidden_one_alone(app, demo_pack):
    review, pack, version = demo_pack
    content = pack_content.build(review, pack.session_ids, pack.title)
    recs = recommendations(review)
    for shown in content["recommendations"]:
        lines = shown["rests_on"]
        # It opens on a figure that is shown: "17 of the 27 … were negative", "of the 37 …, 16 ticked Brothers or sisters".
        assert re.search(r"\b\d+ of the \d+ young people|of the \d+ young people who answered, \d+ ticked", lines[0]), lines
        for line in lines:
            if "fewer than" in line and not line.startswith("\u201c"):
                assert "no figure to rest on alone" in line or "ticked" in line, line
    r1, r2 = content["recommendations"]
    assert r1["rests_on"][0].startswith("Social workers and personal advisers: 17 of the 27 young people who wrote about it were negative")
    # R2's theme has fewer than 5 young people negative in their own words: it rests on the tick-box figure.
    assert r2["rests_on"][0].startswith("Seeing family, from the tick-box question \u201cWho would you like to see more?\u201d")
    assert "16 ticked Brothers or sisters" in r2["rests_on"][0]
    assert "no figure to rest on alone" in r2["rests_on"][1]
    # The method says so, for questions and recommendations alike.
    assert "what a recommendation rests on, cites the counts behind it" in " ".join(content["method"]["detail"])
    # Each response has its date; the overdue one with no progress says since when nothing was heard.
    assert [x["responded_on"] for x in content["recommendations"]] == [r.responded_on.isoformat() for r in recs]
    assert (r1["no_update_since"], r2["no_update_since"]) == (None, recs[1].responded_on.isoformat())
    annex = BeautifulSoup(packs.render(content, "html").decode(), "html.parser").select_one("#pack-recommendations").get_text(" ")
    day = recs[1].responded_on
    assert f"Overdue: no update since {day.day} {day:%B %Y}" in annex
    assert f"Partly accepted ({day.day} {day:%B %Y})" in annex


def test_no_printed_quote_is_marked_as_translated_and_the_method_says_some_were(app, demo_pack):
    review, pack, version = demo_pack
    content = version.content
    translated = [a for a in db.session.query(Answer).filter(Answer.translation.is_not(None)) if a.state == "approved"]
    printed = [w for g in content["appendix"]["answers_by_theme"] for w in g["answers"]]
    assert translated and all(a.translation in printed for a in translated)
    assert not any("translated" in w.lower() for w in printed)
    assert any(p.startswith("Some answers were in another language") for p in content["method"]["paragraphs"])
    # The Tigrinya answer names nobody in the family.
    assert "i miss my family a lot and i want to talk to them" in printed
    assert not any("my mother" in w.lower() or "my brothers a lot" in w.lower() for w in printed)


def test_the_trackers_csv_leaves_out_the_link_words_the_tracker_page_links(app, demo_pack):
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415

    from participation.domain import recommendations as tracker  # noqa: PLC0415

    review, _, _ = demo_pack
    shown = [line for lines in tracker.rests_on(review).values() for line in lines]
    # The tracker page links "see the theme" and "see The numbers" to the pack ...
    assert {line.get("link") for line in shown} >= {"see the theme", "see The numbers"}
    rows = list(csv.DictReader(io.StringIO(tracker.tracker_csv(review))))
    cells = " ".join(r["rests_on"] for r in rows)
    # ... a spreadsheet cell has nothing to click, so it gives the figures without them.
    assert "see the theme" not in cells and "see The numbers" not in cells
    assert rows[0]["rests_on"].startswith("Social workers and personal advisers: 17 of the 27 young people who wrote about it were negative.")
