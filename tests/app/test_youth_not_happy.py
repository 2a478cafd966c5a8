"""The help page's part for a young person not happy with how they are looked after: an advocate, a complaint,
and the national lines in England that give one, as numbers to tap, in the page's language."""

from __future__ import annotations

from bs4 import BeautifulSoup

from participation.domain import sessions as services
from participation.domain.db import db
from participation.pure import help_numbers
from tests.conftest import Young

HEADING = "If you are not happy with how you are looked after"


def _part(response):
    page = BeautifulSoup(response.text, "html.parser")
    return page, page.select_one("section[aria-labelledby=not-happy-heading]")


def test_the_help_page_says_every_young_person_can_have_an_advocate_and_complain_with_lines_to_tap(client):
    page, part = _part(client.get("/help"))
    assert part.select_one("h2#not-happy-heading").get_text(strip=True) == HEADING
    said = [p.get_text(" ", strip=True) for p in part.select("p")]
    assert said[0].startswith("Anyone in care or leaving care can have an advocate.")
    assert "make a complaint" in said[1] and said[1].endswith("These calls are free.")
    lines = [(a.get_text(" ", strip=True), a["href"]) for a in part.select("li > a")]
    assert lines == [("Coram Voice 0808 800 5792", "tel:08088005792"), ("Help at Hand 0800 528 0731", "tel:08005280731")]
    # It comes after the lines to talk to someone now, inside the same card.
    assert page.select_one("#card section[aria-labelledby=support-heading]").find_next("section") is part


def test_the_part_is_the_not_happy_lines_of_the_help_file_each_with_its_source_and_day(client):
    lines = help_numbers.lines_for("not-happy")
    assert [line.id for line in lines] == ["coram-voice", "help-at-hand"]
    for line in lines:
        assert line.source.startswith("https://") and line.checked == "2026-12-06"


def test_in_a_session_the_councils_own_contact_is_not_repeated_in_the_part(app, officer, make_session):
    s = make_session(state="draft")
    s.audience = "care-leavers"
    db.session.commit()
    services.set_local_contact(officer, s, "Northshire leaving care team", "01632 960123", "")
    services.open_session(officer, s)
    young = Young(app.test_client(), s.join_code)
    young.join()
    page, part = _part(young.client.get(f"/help?code={s.join_code}"))
    assert part is not None and part.select_one("[data-help-source=council]") is None
    assert len(page.select("[data-help-source=council]")) == 1


def test_the_part_is_in_the_language_the_page_is_read_in(client):
    client.get("/join?lang=cy")
    _page, part = _part(client.get("/help"))
    assert part.select_one("h2").get_text(strip=True) == "Os nad wyt ti'n hapus â sut mae pobl yn gofalu amdanat ti"
    assert [a["href"] for a in part.select("li > a")] == ["tel:08088005792", "tel:08005280731"]


def _numbers_on(page) -> list[str]:
    return [a["href"] for a in page.select("#card a[href^='tel:'], #card a[href^='sms:']")]


def test_each_number_is_on_the_help_page_once_whatever_is_known_of_the_young_person(app, client, make_session):
    pages = {"no session": client.get("/help")}
    for audience in ("both", "children-in-care", "care-leavers"):
        s = make_session()
        s.audience = audience
        db.session.commit()
        young = Young(app.test_client(), s.join_code)
        young.join()
        pages[audience] = young.client.get(f"/help?code={s.join_code}")
    for who, response in pages.items():
        page, part = _part(response)
        numbers = _numbers_on(page)
        assert numbers and len(numbers) == len(set(numbers)), (who, numbers)
        # Coram Voice stays where a young person not happy with their care looks for it; a child in care has it
        # among their first numbers instead (test_a_child_in_care_sees_coram_voice_among_the_first_numbers).
        in_part = "tel:08088005792" in [a["href"] for a in part.select("li > a")]
        assert in_part is (who != "children-in-care"), who
    # Age not known (a session for both): the under-19s heading keeps Childline, not Coram Voice again.
    page, _ = _part(pages["both"])
    under_19 = page.select_one("section[aria-labelledby=support-heading] h3.py-support__group").find_next("ul")
    assert [a["href"] for a in under_19.select("li > a")] == ["tel:08001111"]


def test_a_child_in_care_sees_coram_voice_among_the_first_numbers_not_folded(app, make_session):
    # Jade, 12, at a children in care session: the advocates' line for children in care is the second number she
    # reads, after Childline, open on the page; never only behind "More help".
    s = make_session()
    s.audience = "children-in-care"
    db.session.commit()
    young = Young(app.test_client(), s.join_code)
    young.join()
    page, part = _part(young.client.get(f"/help?code={s.join_code}"))
    first = page.select_one("section[aria-labelledby=support-heading]")
    open_numbers = [a["href"] for a in first.select("ul.py-support__list > li > a") if not a.find_parent("details")]
    assert open_numbers[:2] == ["tel:08001111", "tel:08088005792"]
    assert not [a for a in page.select("details a") if a["href"] == "tel:08088005792"]
    # The part below still says what an advocate is, with Help at Hand; Coram Voice is not said twice.
    assert [a["href"] for a in part.select("li > a")] == ["tel:08005280731"]
    # A care leaver's page is as it was: Coram Voice in the part below, not in the first list.
    s2 = make_session()
    s2.audience = "care-leavers"
    db.session.commit()
    kayden = Young(app.test_client(), s2.join_code)
    kayden.join()
    page, part = _part(kayden.client.get(f"/help?code={s2.join_code}"))
    first = page.select_one("section[aria-labelledby=support-heading]")
    assert "tel:08088005792" not in [a["href"] for a in first.select("a")]
    assert [a["href"] for a in part.select("li > a")] == ["tel:08088005792", "tel:08005280731"]
