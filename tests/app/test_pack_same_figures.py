"""The same figure on every screen: the themes the check page says have no quote are the pack's own, and
the check page lists as working well what the pack does, with the pack's figure."""

from __future__ import annotations

from bs4 import BeautifulSoup

from participation.domain import pack_content, packs, themes
from participation.domain.db import db
from participation.domain.models import Answer, CouncilTheme, Pack
from tests.conftest import more_young_people, written_answer

HOME = "home-and-carers"
HEARD = "being-heard"


def soup(r):
    return BeautifulSoup(r.text, "html.parser")


def _content(review) -> dict:
    db.session.expire_all()
    return pack_content.build(review, None, "x")


def _pack(officer_client, review_id) -> Pack:
    r = officer_client.post(f"/staff/reviews/{review_id}/packs", data={"title": "Pack"})
    return db.session.get(Pack, int(r.location.rstrip("/").split("/")[-1]))


def _main_and_secondary(app, officer_client, officer, session, words, main, secondary, star=True) -> Answer:
    """An answer whose main theme is `main` and whose second theme is `secondary`, both confirmed."""
    a = written_answer(app, officer_client, session, words, star=star)
    themes.apply(officer, session.review, [a.id], "set", main)
    themes.apply(officer, session.review, [a.id], "add", secondary)
    db.session.expire_all()
    a = db.session.get(Answer, a.id)
    assert [(t.theme, t.rank, t.source) for t in a.themes] == [(main, 0, "confirmed"), (secondary, 1, "confirmed")]
    return a


def test_the_check_lists_every_theme_the_pack_prints_with_no_quote_by_theme_not_label(app, officer, officer_client, open_session):
    review = open_session.review
    # Being heard is only ever an answer's second theme: the pack gives it a page, and can print no quote on it.
    _main_and_secondary(app, officer_client, officer, open_session, "my foster carer listens to me about my plans", HOME, HEARD)
    # A council theme an earlier version let in with a base theme's name: two themes called "Money".
    db.session.add(CouncilTheme(council_id=review.council_id, theme_id="money-worries", label="Money", created_by_id=officer.id))
    db.session.commit()
    starred = written_answer(app, officer_client, open_session, "i never have enough money for my bus fare")
    themes.apply(officer, review, [starred.id], "set", "money")
    unstarred = written_answer(app, officer_client, open_session, "i worry about money all the time", star=False)
    themes.apply(officer, review, [unstarred.id], "set", "money-worries")
    pack = _pack(officer_client, review.id)
    content = _content(review)
    without = {t["id"] for t in content["themes"] if not t["quotes"]}
    assert without == {HEARD, "money-worries"}
    page = soup(officer_client.get(f"/staff/packs/{pack.id}/check"))
    section = page.select_one("#no-quote").find_next("ul").get_text(" ")
    assert "Being heard in decisions" in section and "Money" in section
    listed = {li["data-theme"]: li.get_text(" ", strip=True) for li in page.select("#no-quote ~ ul li[data-theme]")}
    assert set(listed) == without
    assert listed["money-worries"].startswith("Money")
    # Starring cannot give Being heard a quote: the officer is told what would.
    assert "starring cannot" in listed[HEARD].lower() and "main theme" in listed[HEARD]
    assert "starring cannot" not in listed["money-worries"].lower()


def test_the_check_lists_as_working_well_only_what_the_pack_lists_and_gives_the_packs_figure(app, officer, officer_client, open_session):
    review = open_session.review
    # One young person's positive tone only the classifier gave: the pack lists nothing as working well on it.
    guess = written_answer(app, officer_client, open_session, "my foster carers are the best they treat me like family", star=False)
    themes.apply(officer, review, [guess.id], "set", HOME)
    db.session.expire_all()
    assert db.session.get(Answer, guess.id).tone == "positive" and not db.session.get(Answer, guess.id).tone_confirmed
    more_young_people(app, officer_client, officer, open_session, HOME, "positive")
    more_young_people(app, officer_client, officer, open_session, HOME, "mixed", n=2)
    bad = written_answer(app, officer_client, open_session, "my foster carer never listens to me", tone="negative")
    themes.apply(officer, review, [bad.id], "set", HOME)
    pack = _pack(officer_client, review.id)
    home = next(t for t in _content(review)["themes"] if t["id"] == HOME)
    assert home["placed"] == "mixed"
    assert packs.check(pack)["no_positive_quote"] == []
    page = soup(officer_client.get(f"/staff/packs/{pack.id}/check"))
    assert page.select_one("#no-positive-quote") is None
    # Once a person decides that tone, the pack lists it as working well, and the check says so with the pack's figure.
    themes.apply(officer, review, [guess.id], "tone-confirm")
    home = next(t for t in _content(review)["themes"] if t["id"] == HOME)
    assert home["placed"] == "working-well"
    page = soup(officer_client.get(f"/staff/packs/{pack.id}/check"))
    item = page.select_one("#no-positive-quote ~ ul li[data-theme='home-and-carers']")
    said = item.get_text(" ", strip=True)
    assert f"{home['tone']['positive']} of the {home['young_people']} young people who wrote about it were positive" in said
    # The answers to star are a list of their own, named as answers, each with its star.
    answers = item.select("li[data-answer]")
    assert len(answers) == 5 and "positive answers you could star" in said.lower()
    assert all(li.select_one("button.py-star") for li in answers)
