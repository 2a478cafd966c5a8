"""The pack check names, in plain words, every number the small-number rule will hide, before publishing."""

from __future__ import annotations

from participation.domain.pack_content import HIDDEN_TONE_PLACED, hidden_counts
from tests.app.test_packs import _build, _publish, planted, soup  # noqa: F401 (planted is a fixture)


def _content(**more):
    theme = {"id": "money", "label": "Money", "young_people": "fewer than 5", "placed_by": HIDDEN_TONE_PLACED,
             "tone": {"positive": "fewer than 5", "mixed": "not shown", "negative": "0"}}
    shown = {"id": "social-workers", "label": "Social workers and personal advisers", "young_people": "27", "placed_by": None,
             "tone": {"positive": "9", "mixed": "0", "negative": "18"}}
    return {"threshold": 5, "themes": [shown, theme],
            "group_breakdown": [{"theme": "Money", "children_in_care": "withheld", "care_leavers": "withheld", "did_not_say": "withheld"},
                                {"theme": "Social workers and personal advisers", "children_in_care": "18", "care_leavers": "9", "did_not_say": "0"}],
            "scales": [{"prompt": "How do you feel about where you live?", "answered": "42",
                        "distribution": [{"label": "Good", "count": "37"}, {"label": "Bad", "count": "not shown"},
                                         {"label": "Really bad", "count": "fewer than 5"}]},
                       {"prompt": "Nobody answered this", "answered": "0", "distribution": [{"label": "Good", "count": "0"}]}],
            "choices": [], "about_you": [{"prompt": "Time in care", "answered": "not shown", "distribution": []}], **more}


def test_hidden_counts_names_each_hidden_number_in_words_and_nothing_shown():
    h = hidden_counts(_content())
    assert h["few"] == ["Money"]
    assert h["themes"] == [{"id": "money", "label": "Money", "lines": [
        "How many young people raised it will show as \u201cfewer than 5\u201d.",
        "How they felt: positive will show as \u201cfewer than 5\u201d, mixed as \u201chidden\u201d.",
        HIDDEN_TONE_PLACED,
        "Which groups raised it: children in care will show as \u201chidden\u201d, care leavers as \u201chidden\u201d, "
        "did not say as \u201chidden\u201d.",
    ]}]
    assert h["questions"] == [
        {"prompt": "How do you feel about where you live?",
         "lines": ["How many chose each answer: Bad will show as \u201chidden\u201d, Really bad as \u201cfewer than 5\u201d."]},
        {"prompt": "Time in care", "lines": ["How many answered it will show as \u201chidden\u201d."]},
    ]


def test_a_pack_that_hides_nothing_says_so():
    content = _content()
    content["themes"] = content["themes"][:1]
    content["group_breakdown"] = content["group_breakdown"][1:]
    content["scales"], content["about_you"] = [], []
    assert hidden_counts(content) == {"threshold": 5, "themes": [], "questions": [], "few": []}


def test_the_check_warns_of_the_themes_the_published_pack_then_prints_without_a_number(app, officer_client, planted):  # noqa: F811
    pack_id = _build(officer_client, planted["review"])
    page = soup(officer_client.get(f"/staff/packs/{pack_id}/check"))
    section = page.select_one("#hidden-counts")
    assert section.get_text(strip=True) == "Numbers the pack will hide"
    warning = page.select_one("#hidden-few").get_text(" ", strip=True)
    assert "Fewer than 5 young people raised this theme, so the pack prints it without saying how many: Money." in warning
    listed = {li["data-theme"]: li.get_text(" ", strip=True) for li in page.select(".py-hidden-counts > li[data-theme]")}
    assert "How many young people raised it will show as \u201cfewer than 5\u201d." in listed["money"]
    assert "social-workers" not in listed or "raised it will show" not in listed["social-workers"]
    # What it warned of is what the pack then prints.
    content = _publish(app, officer_client, pack_id).content
    printed_few = [t["label"] for t in content["themes"] if not t["young_people"].isdigit()]
    assert printed_few == ["Money"]
