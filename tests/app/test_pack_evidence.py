"""The demo's pack read as a councillor would: what works as well as what does not, and numbers that
are right. The demo has every kind of answer, so it is the evidence these tests read."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from participation.domain import pack_content
from participation.domain.db import db
from participation.domain.models import Review
from participation.ops.demo import load_demo


@pytest.fixture
def demo(app):
    load_demo()
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
    # The strongest messages name what works, not only what does not.
    messages = s["messages"]
    assert any(m in s["working_well"] for m in messages) and any(m in s["not_working"] for m in messages)


def test_a_good_thing_counts_as_positive_even_when_the_classifier_read_it_as_negative(demo):
    review, content = demo
    # "uni!! first in my family" answers "What is one good thing…?": the classifier said negative.
    education = _theme(content, "education")
    assert education["tone"]["positive"] not in ("0", "fewer than 5")


def test_tone_is_counted_in_young_people_and_adds_up_to_the_theme(demo):
    review, content = demo
    for t in content["themes"]:
        cells = [t["tone"][k] for k in ("positive", "mixed", "negative")]
        if t["young_people"].isdigit() and all(c.isdigit() for c in cells):
            assert sum(map(int, cells)) == int(t["young_people"]), t["label"]
