"""The demo pack read again as a councillor would: a method that claims no more than the check does, one
rule for a young person's group, figures with their base, one line where a theme cannot point to a
signature of risk, no theme dropped from the summary because a count is hidden, plain quotes, and a
tracker that links to the pack version and theme each recommendation came from."""

from __future__ import annotations

import io
import json
import re

from bs4 import BeautifulSoup
from docx import Document
from sqlalchemy import bindparam, select, text

from participation.domain import pack_content
from participation.domain.db import db
from participation.domain.models import StaffUser
from participation.domain.recommendations import recommendations
from participation.ops.demo import PASSWORD
from participation.pure.evidence_rules import LEFT_CARE, NOT_SAYING
from participation.pure.reidentify import rare_details, word_counts
from participation.pure.render.schema import (
    EDITED_MARK,
    SIGNATURES_BEARS_ON,
    SIGNATURES_NOTE,
    long_date,
    theme_anchor,
)
from participation.pure.suppression import Shown, may_say_raised
from tests.conftest import sign_in


def _printed(content) -> list[str]:
    """Every young person's words the pack prints: the quotes under each theme and the appendix."""
    return [q for t in content["themes"] for q in t["quotes"]] + [
        w for g in content["appendix"]["answers_by_theme"] for w in g["answers"]
    ]


def test_every_printed_quote_passes_the_check_or_is_marked_and_the_method_says_only_that(app, demo_pack):
    review, pack, version = demo_pack
    content = version.content
    sessions = pack.session_ids
    written = [w for (w,) in db.session.execute(
        text("SELECT text FROM answers WHERE state = 'approved' AND text IS NOT NULL AND session_id IN :s")
        .bindparams(bindparam("s", expanding=True)), {"s": sessions})]
    counts = word_counts(written)
    flagged = [w for w in _printed(content) if not w.endswith(EDITED_MARK) and rare_details(w, counts)]
    assert not flagged, flagged  # nothing printed as written still has a detail the check flags
    # The method says what the check does and what the officer did, and no more: it claims that each
    # flagged answer was reworded only because none was kept (kept answers would be named by number).
    method = " ".join(content["method"]["paragraphs"])
    edited_quotes = sum(q.endswith(EDITED_MARK) for t in content["themes"] for q in t["quotes"])
    assert "ages other than 18" in method
    # It says the officer reworded some only when a printed answer carries the mark, and how many.
    if edited_quotes:
        assert "reworded some" in method and "marked" in method
    else:
        assert "none is printed reworded" in method and "reworded some" not in method
    assert "every rare detail" not in method and "flagged every printed answer" not in method
    # The appendix says why "18" and a wish for everyone print as written.
    detail = " ".join(content["method"]["detail"])
    assert "other than 18, which every care leaver shares" in detail and "not a wish for everyone" in detail
    # Where an officer keeps flagged words, the method says how many.
    assert "kept 2 answers as written though flagged" in pack_content.quotes_sentence(2)
    assert "reworded some" not in pack_content.quotes_sentence(2, 0)
    assert f"reworded some (3 are marked {EDITED_MARK})" in pack_content.quotes_sentence(0, 3)
    assert f"reworded some (one is marked {EDITED_MARK})" in pack_content.quotes_sentence(1, 1)
    # The demo's quotes are mostly young people's own words: few carry the mark, and every theme has one.
    quotes = [q for t in content["themes"] for q in t["quotes"]]
    assert all(t["quotes"] for t in content["themes"]), [t["label"] for t in content["themes"] if not t["quotes"]]
    assert sum(q.endswith(EDITED_MARK) for q in quotes) * 4 <= len(quotes)


def test_groups_are_the_young_peoples_own_answers_and_every_count_follows_them(app, demo_pack):
    review, pack, version = demo_pack
    content = version.content
    s = {"s": pack.session_ids}

    def q(sql):
        return db.session.execute(text(sql).bindparams(bindparam("s", expanding=True)), s).all()

    # Recount: every young person who took part, and their own answer to "How long have you been in care?".
    people = {p for (p,) in q("SELECT DISTINCT participant_id FROM answers WHERE session_id IN :s")}
    said = {}
    for pid, choices in q("SELECT a.participant_id, a.choices FROM answers a JOIN prompts p ON p.id = a.prompt_id "
                          "WHERE a.session_id IN :s AND a.state = 'approved' AND p.about_you = 'time-in-care'"):
        picked = [c for c in (json.loads(choices) if isinstance(choices, str) else choices or []) if c != NOT_SAYING]
        if picked:
            said[pid] = "Care leavers" if LEFT_CARE in picked else "Children in care"
    # The demo's session was for both groups, so anyone who did not say is "Did not say".
    expected = {"Children in care": 0, "Care leavers": 0, "Did not say": 0}
    for p in people:
        expected[said.get(p, "Did not say")] += 1
    shown = {g["label"]: g["young_people"] for g in content["summary"]["groups"]}
    assert shown == {k: str(v) for k, v in expected.items()}  # the demo's groups are all big enough to show
    # The about-you table the councillor compares it with says the same of care leavers.
    time_in_care = next(c for c in content["about_you"] if c["prompt"] == "Time in care")
    assert next(d["count"] for d in time_in_care["distribution"] if d["label"] == LEFT_CARE) == shown["Care leavers"]
    # One sentence says the rule, beside the table and in the method; every row of Themes by group adds up.
    assert content["summary"]["groups_note"] == pack_content.GROUPS_DECIDED in content["method"]["detail"]
    for row, t in zip(content["group_breakdown"], content["themes"], strict=True):
        cells = [row["children_in_care"], row["care_leavers"], row["did_not_say"]]
        if all(c.isdigit() for c in cells) and t["young_people"].isdigit():
            assert sum(map(int, cells)) == int(t["young_people"])
    html = BeautifulSoup(next(f.data for f in version.files if f.format == "html"), "html.parser")
    head = [th.get_text(strip=True) for th in html.select_one("#pack-groups").find_next("table").select("thead th")]
    assert head == ["Theme", "Children in care", "Care leavers", "Did not say"]
    # Built over both of the review's sessions (the same face question asked at each), a theme names a
    # question on the same theme once.
    both = pack_content.build(review, None, "x")
    home = next(t for t in both["themes"] if t["id"] == "home-and-carers")
    asked = [q for q in home["other_questions"] if "is on the same theme" in q]
    assert len(asked) == len(set(asked)) == 1


def test_summary_figures_have_their_base_and_no_theme_drops_out_unsaid(app, demo_pack):
    review, pack, version = demo_pack
    content = version.content
    summary = content["summary"]
    by_label = {t["label"]: t for t in content["themes"]}
    theme_lines = [w for w in summary["working_well"] + summary["not_working"] if w.split(":")[0] in by_label]
    assert theme_lines
    for line in theme_lines:
        m = re.fullmatch(r"(.+): (?:(\d+) of the (\d+)|All (\d+)) young people who wrote about it were (positive|negative)(?:, most of them answering \u201c[^\u201d]+\u201d)?\.", line)
        assert m, line
        t = by_label[m[1]]
        felt, base = (m[2] or m[4]), (m[3] or m[4])
        assert (felt, base) == (t["tone"][m[5]], t["young_people"]), line
    for message in summary["messages"]:  # the strongest messages lead with the same figures
        assert ("young people who answered" in message or "young people who wrote about it" in message
                or "care leavers who took part" in message), message
    # Every theme is said somewhere in the summary: on a side, among the too few or mixed, by its question,
    # or as one whose feelings are hidden to protect a small group (the demo's Money), never the hidden number.
    said = " ".join(summary["working_well"] + summary["not_working"] + [summary["too_few"] or "", summary["hidden_tone"] or ""])
    assert all(t["label"] in said for t in content["themes"]), [t["label"] for t in content["themes"] if t["label"] not in said]
    money = by_label["Money"]
    assert "not shown" in (money["tone"]["negative"], money["tone"]["mixed"])
    assert "Money (7 wrote about it" in summary["hidden_tone"] and "Money" not in (summary["too_few"] or "")
    # A theme that cannot point to a signature of risk lists those it bears on under a heading that says so,
    # each still with its reason and question, never a bare label.
    html = BeautifulSoup(next(f.data for f in version.files if f.format == "html"), "html.parser")
    bullets = [li.get_text(" ", strip=True) for li in html.select(".pack-signatures li")]
    assert bullets and not any("cannot point" in b for b in bullets) and all("Question to ask:" in b for b in bullets)
    bears_on = [h for h in html.select(".pack-theme h4") if h.get_text() == SIGNATURES_BEARS_ON]
    assert len(bears_on) == sum(1 for t in content["themes"] if t["signatures"] and t["risk_weight"] not in ("many", "some", "question"))
    # Why such a theme cannot point to one is said once, at the start of the themes, not under each of them.
    assert bears_on and not any(h.find_next_sibling().name == "p" for h in bears_on)
    text = html.get_text(" ")
    assert "cannot point to one on its own" in html.select_one(".pack-signatures-note").get_text()
    assert "Only a few young people were negative" not in text and text.count("cannot point to") == 1


def test_saying_a_hidden_group_raised_a_theme_never_lets_its_count_be_worked_out():
    def cells(**kw):
        return {k: Shown(None, 5, secondary=True) if v == "s" else Shown(None, 5) if v == "f" else Shown(v, 5) for k, v in kw.items()}

    # 7 young people: 1 to 4 children in care and 1 to 4 who did not say, so "care leavers raised it"
    # (5 or more) would pin every cell: 5, 1 and 1. Not said.
    assert not may_say_raised(cells(cic="f", cl="s", dns="f"), Shown(7, 5), "cl")
    # 12 young people, 1 to 4 of them children in care: care leavers could still be 5, 6 or 8 to 11.
    assert may_say_raised(cells(cic="f", cl="s", dns="s"), Shown(12, 5), "cl")
    assert may_say_raised(cells(cic="f", cl=9, dns=0), Shown(13, 5), "cl")  # a shown count says it already
    assert may_say_raised(cells(cic="f", cl=9, dns=0), Shown(13, 5), "cic")  # so does "fewer than 5"
    assert not may_say_raised(cells(cic="f", cl=9, dns=0), Shown(13, 5), "dns")  # a shown 0 raised nothing


def test_the_tracker_says_which_pack_version_each_recommendation_came_from_and_links_to_its_theme(app, demo_pack):
    review, pack, version = demo_pack
    c = app.test_client()
    sign_in(c, db.session.execute(select(StaffUser).where(StaffUser.role == "scrutiny")).scalar_one(), PASSWORD)
    page = BeautifulSoup(c.get(f"/staff/reviews/{review.id}/recommendations").text, "html.parser")
    version_url = f"/staff/packs/{pack.id}/v/{version.number}"
    positions = {t["id"]: i for i, t in enumerate(version.content["themes"], 1)}
    for r in recommendations(review):
        source = page.select_one(f"#rec-{r.id}-from")
        assert " ".join(source.get_text().split()) == (
            f"pack version {version.number}, published {long_date(version.published_at.date().isoformat())}")
        assert source.a["href"] == version_url
        links = page.select(f"#rec-{r.id}-rests a")
        assert links and all(a.get_text() in ("see the theme", "see The numbers") for a in links)
        wanted = {f"{version_url}#{theme_anchor(positions[t], t)}" for t in r.themes if t in positions} | {f"{version_url}#pack-numbers"}
        assert {a["href"] for a in links} <= wanted and links
        # The theme each link lands on is in the version's page.
        shown = BeautifulSoup(c.get(version_url).text, "html.parser")
        assert all(shown.find(id=a["href"].split("#")[1]) for a in links)
    # The demo's recommendations rest on the figures and the one quote they cite.
    first, second = recommendations(review)
    workers = next(t for t in version.content["themes"] if t["id"] == "social-workers")
    assert first.detail.startswith(f"{workers['tone']['negative']} of the {workers['young_people']} young people who wrote")
    assert "16 of the 37 young people who answered" in second.detail and "we used to live together" in second.detail


def test_the_pack_says_once_what_signatures_of_risk_are_before_the_themes_that_name_them(app, demo_pack):
    _, _, version = demo_pack
    assert any(t["signatures"] for t in version.content["themes"])
    html = BeautifulSoup(next(f.data for f in version.files if f.format == "html").decode(), "html.parser")
    text = " ".join(html.select_one("section#pack-themes").get_text(" ").split())
    assert text.count(SIGNATURES_NOTE) == 1
    assert text.index(SIGNATURES_NOTE) < text.index("Signatures of risk to test, not findings")
    word = Document(io.BytesIO(next(f.data for f in version.files if f.format == "docx")))
    assert sum(p.text == SIGNATURES_NOTE for p in word.paragraphs) == 1
