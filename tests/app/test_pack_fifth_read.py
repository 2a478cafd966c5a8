"""The demo pack after the councillor's fourth read: the summary leads with the review's own question and
sets every figure on it side by side; a theme that works mostly because a question asked for something good
says so; the tone rule is said once; two themes never ask the same risk question; Word keeps the PDF's order."""

from __future__ import annotations

import io
from collections import Counter

import docx
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import pack_content
from participation.domain.db import db
from participation.domain.models import Answer, AnswerTheme, Prompt, Recommendation
from participation.pure.evidence_rules import answer_tone, asks_for_good, person_tone
from participation.pure.render.docx import render_docx
from participation.pure.render.html import render_document
from participation.pure.render.schema import FOCUS_HEADING, focus_intro, follow_up_line


def test_the_summary_leads_with_the_review_question_and_every_figure_on_its_theme(app, demo_pack):
    review, _, version = demo_pack
    content = version.content
    focus = content["summary"]["review_focus"]
    assert focus["theme"] == "Being heard in decisions"
    lines = focus["lines"]
    # The face question on the theme, with the same cells as its table in The numbers.
    listen = next(s for s in content["scales"] if s["prompt"].startswith("How well do adults listen"))
    cells = "; ".join(f"{d['label']} {d['count']}" for d in listen["distribution"])
    # Where the one rule places it (split) is said beside it, as the summary's lists would.
    assert lines[0] == (f"Asked \u201c{listen['prompt']}\u201d, of the {listen['answered']} young people who answered: {cells}. "
                        "The answers were split: neither side was clearly bigger.")
    # What changed since the spring check-in, said here and not again lower down the summary.
    assert lines[1].startswith("Since last time: Fewer chose Bad or Really bad than in ")
    html = BeautifulSoup(render_document(content), "html.parser")
    assert html.select_one("#pack-since-summary") is None
    # What young people wrote on it, and why the two can point different ways.
    heard = next(t for t in content["themes"] if t["label"] == "Being heard in decisions")
    assert lines[2].startswith(f"All {heard['young_people']} young people who wrote about being heard in decisions were negative")
    assert "These count different groups" in lines[3]
    # Straight after who took part and the strongest messages, in the summary of the web page and of Word.
    headings = [h.get_text() for h in html.select_one("section#pack-summary").find_all("h3")]
    assert headings[:3] == ["Who took part", "The strongest messages", FOCUS_HEADING]
    word = [p.text for p in docx.Document(io.BytesIO(render_docx(content))).paragraphs]
    assert word.index("Who took part") < word.index("The strongest messages") < word.index(FOCUS_HEADING) < word.index(focus_intro(content))


def test_no_question_is_led_with_when_the_review_title_fits_no_theme_well(app):
    # A title that names no subject ("spring check-in") leads with nothing, rather than a guess.
    assert pack_content.review_theme("Children in care and care leavers: spring check-in", {"identity-and-stigma"}) is None
    assert pack_content.review_theme("Do children in care feel heard in decisions about their lives?", {"being-heard"}) == "being-heard"
    # and never with a theme the pack has nothing on.
    assert pack_content.review_theme("Do children in care feel heard in decisions about their lives?", {"money"}) is None


def test_a_theme_says_when_most_of_its_young_people_were_answering_one_question(app, demo_pack):
    # A councillor reading "7 of the 10 were positive" needs to know most were asked to name one good thing, and
    # reading "17 of the 27 were negative" that most were asked what it is like when their worker changes.
    review, pack, version = demo_pack
    content = version.content
    prompts = {p.id: p for p in db.session.execute(select(Prompt).where(Prompt.session_id.in_(pack.session_ids))).scalars()}
    rows = db.session.execute(
        select(AnswerTheme.theme, Answer).join(Answer, Answer.id == AnswerTheme.answer_id)
        .where(Answer.session_id.in_(pack.session_ids), Answer.state == "approved", AnswerTheme.source == "confirmed")
    ).all()
    tones: dict[str, dict[int, set[str]]] = {}
    led: dict[str, dict[str, set[int]]] = {}
    for theme, a in rows:
        p = prompts[a.prompt_id]
        good = asks_for_good(p.bank_slug)
        tones.setdefault(theme, {}).setdefault(a.participant_id, set()).add(answer_tone(a.text, a.tone, good, a.tone_confirmed))
        led.setdefault(theme, {}).setdefault(p.text, set()).add(a.participant_id)
    labels = {t["label"]: t["id"] for t in content["themes"]}
    checked = Counter()
    for line, tone in [(w, "positive") for w in content["summary"]["working_well"]] + [(n, "negative") for n in content["summary"]["not_working"]]:
        theme = labels.get(line.split(":")[0])
        if not theme:
            continue
        side = {p for p, said in tones[theme].items() if person_tone(said) == tone}
        most = [q for q, people in led.get(theme, {}).items() if 2 * len(people & side) > len(side)]
        if most:
            assert f", most of them answering \u201c{most[0]}\u201d." in line, line
            page = next(t for t in content["themes"] if t["id"] == theme)
            assert any(n.startswith(f"Most of the young people {tone} about it were answering") for n in page["other_questions"])
        else:
            assert "most of them answering" not in line, line
        checked[(bool(most), tone)] += 1
    # The demo has both: Home and carers (mostly "one good thing") and Social workers (asked about changes).
    assert checked[(True, "positive")] >= 1 and checked[(True, "negative")] >= 1, checked


def test_a_theme_whose_tone_its_question_asked_for_leads_only_where_a_question_on_it_agrees(app, demo_pack):
    _, _, version = demo_pack
    summary = version.content["summary"]
    # Friends and a normal life: 6 of 11 positive, most of them naming "one good thing": working well, not a headline.
    friends = next(w for w in summary["working_well"] if w.startswith("Friends and a normal life:"))
    assert "most of them answering \u201cWhat is one good thing in your life right now?\u201d" in friends
    assert not any(m.startswith("Friends and a normal life:") for m in summary["messages"])
    # Home and carers: the same, but 25 of the 42 who answered its face question agree, so it leads, in one
    # line: which question most answered is said in what works and on the theme's page.
    home = next(m for m in summary["messages"] if m.startswith("Home and carers:"))
    assert home == "Home and carers: 7 of the 10 young people who wrote about it were positive."
    assert any(w.startswith(home.rstrip(".") + ", most of them answering") for w in summary["working_well"])


def test_the_tone_rule_is_said_once_and_two_themes_never_ask_the_same_risk_question(app, demo_pack):
    _, _, version = demo_pack
    content = version.content
    asked = [s["question"] for t in content["themes"] for s in t["signatures"]]
    by_theme = {t["id"]: [s["question"] for s in t["signatures"]] for t in content["themes"]}
    assert set(by_theme["family-and-friends-contact"]).isdisjoint(by_theme["being-heard"])
    assert len(asked) >= len(content["themes"])


def test_word_puts_age_and_time_in_care_beside_the_groups_as_the_pdf_does(app, demo_pack):
    _, _, version = demo_pack
    content = version.content
    word = docx.Document(io.BytesIO(render_docx(content)))
    captions = [p.text for p in word.paragraphs]
    # Who they were follows the strongest messages, as in the PDF and on the web page, before what works.
    assert captions.index("The strongest messages") < captions.index("Who they were")
    for table in content["about_you"]:
        caption = next(i for i, c in enumerate(captions) if c.startswith(table["prompt"]))
        assert captions.index("Who they were") < caption < captions.index("What is working well"), table["prompt"]


def test_the_demo_recommendations_say_only_what_their_evidence_supports(app, demo_pack):
    review, _, version = demo_pack
    content = version.content
    recs = {r.title: r for r in db.session.execute(select(Recommendation).where(Recommendation.review_id == review.id)).scalars()}
    letters = next(r for t, r in recs.items() if t.startswith("Every child in care"))
    # Care leavers wrote about their personal advisers too, so the first recommendation is for them as well.
    assert "care leaver" in letters.title and "personal adviser" in letters.title
    row = next(r for r in content["group_breakdown"] if r["theme"] == "Social workers and personal advisers")
    workers = next(t for t in content["themes"] if t["label"] == row["theme"])
    # Said of all who wrote about it, never of the negative ones (the pack does not split them by group).
    assert f"Of the {workers['young_people']} who wrote about it, {row['care_leavers']} were care leavers." in letters.detail
    # A tick box says who they want to see more, not where their family lives or how often they should meet.
    family = next(r for t, r in recs.items() if "who in their family they want to see more" in t)
    assert "two weeks" not in family.title and "apart" not in family.title


def test_a_printed_join_code_says_it_opens_only_the_you_said_we_did_page_once_the_session_has_closed(app, demo_pack):
    _, _, version = demo_pack
    (entry,) = version.content["follow_up"]
    assert entry["closed"] is True and entry["code"] in follow_up_line(entry)
    assert "nobody can answer with it" in follow_up_line(entry)
    # Said only of a closed session: an open one's code lets anyone answer, so the line claims nothing then.
    assert "nobody can answer" not in follow_up_line({**entry, "closed": False})


def test_a_care_leavers_message_never_calls_a_theme_mixed_that_the_summary_lists_on_a_side(app, demo_pack):
    # The demo's officer starred a care leaver's positive words on social workers ("my pa is great…"), a theme
    # listed as not working well: a message saying how they felt "was mixed" would contradict the summary.
    _, _, version = demo_pack
    content = version.content
    placed = {t["label"]: t["placed"] for t in content["themes"]}
    assert any("my pa is great" in q for t in content["themes"] for q in t["quotes"])
    for m in content["summary"]["messages"]:
        if "felt was mixed, or too few said the same to say" in m:
            assert placed[m.split(":")[0]] == "mixed", m
    assert not any("my pa is great" in m for m in content["summary"]["messages"])
