"""Cases from the outside review of the personal-detail finder: word-names, arrivals' names, homes, dates."""

from __future__ import annotations

import pytest

from participation.pure.safeguarding.pii import find_personal_details, redact


def red(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my brother Storm lives with my nan", "my brother [name] lives with my nan"),
        ("my mum Summer is poorly", "my mum [name] is poorly"),
        ("my sw April came round", "my sw [name] came round"),
        ("April is my social worker", "[name] is my social worker"),
        ("Storm is my best friend", "[name] is my best friend"),
        ("Hope from the leaving care team is ok", "[name] from the leaving care team is ok"),
        ("Summer from the council rang", "[name] from the council rang"),
        ("me and storm went out", "me and [name] went out"),
    ],
)
def test_word_names_in_a_name_slot(text, expected):
    assert red(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I hope from now on it gets better",
        "i hope from the start its better",
        "in summer we go to the beach",
        "the storm knocked the fence",
        "the price of the bus rose again",
        "i was in care since april 2024",
        "my sw April 2024 said",
        "the rain was bad",
        "my carer may come",
    ],
)
def test_word_names_as_words_survive(text):
    assert find_personal_details(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Haben came with me", "[name] came with me"),
        ("Rebwar lives with me", "[name] lives with me"),
        ("Hemin and Shilan went", "[name] and [name] went"),
        ("Tesfaye helps me", "[name] helps me"),
        ("i came from Eritrea with Dawit", "i came from Eritrea with [name]"),
    ],
)
def test_names_from_the_countries_young_people_arrive_from(text, expected):
    assert red(text) == expected


def test_countries_are_not_names():
    assert red("The White House is in america") == "The White House is in america"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("i live at Ash Lodge now", "i live at [school] now"),
        ("I moved to The Willows last year", "I moved to [school] last year"),
        ("living at Oak House is ok", "living at [school] is ok"),
        ("i'm in Beech Court now", "i'm in [school] now"),
        ("i live at the willows now", "i live at [school] now"),
        ("The Willows children's home is ok", "[school] is ok"),
        ("they moved me to Meadowview", "they moved me to [school]"),
    ],
)
def test_childrens_homes(text, expected):
    assert red(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i went to Crown Court with my sw",
        "i had to go to family court",
        "i stayed at my nans house",
        "i moved to a new house",
        "i was at court today",
        "i go to The Range with my carer",
    ],
)
def test_ordinary_houses_and_courts_survive(text):
    assert find_personal_details(text) == []


def test_a_numbered_court_stays_an_address():
    assert [r.kind for r in find_personal_details("i live at 12 Oak Court")] == ["address"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my dob is 2009-04-17", "my dob is [date]"),
        ("born on 2009-04-17", "born on [date]"),
        ("dob: 2009/4/17", "dob: [date]"),
        ("2010-11-03", "[date]"),
    ],
)
def test_iso_dates_of_birth(text, expected):
    assert red(text) == expected


def test_iso_dates_that_are_not_births_survive():
    assert find_personal_details("my review is 2025-01-10") == []


@pytest.mark.parametrize(
    "text",
    ["They've asked me to go", "They'd said no", "We'll see", "You've got to", "They're nice", "We'd asked"],
)
def test_contractions_are_never_names(text):
    assert find_personal_details(text) == []


# Written for this project (2026-12-06), in the shapes the held-out batches showed missed.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("my brother turns 8 on 14 feb and i want to get him a present",
         "my brother turns 8 on [date] and i want to get him a present"),
        ("when I turned 18 on the 21st March nobody sent a card", "when I turned 18 on [date] nobody sent a card"),
        ("I turned 18 on 14/02 and my placement ended", "I turned 18 on [date] and my placement ended"),
        ("she sends me a birthday card every year on 22 June", "she sends me a birthday card every year on [date]"),
        ("The Okafors have been my foster family since I was 9", "The [name] have been my foster family since I was 9"),
        ("my foster carers are the Nguyens and we eat pho", "my foster carers are the [name] and we eat pho"),
        ("i love it here, Miss Kowalczyk is my favourite", "i love it here, Miss [name] is my favourite"),
    ],
)
def test_birthdays_families_and_titles_after_a_comma(text, expected):
    assert red(text) == expected


@pytest.mark.parametrize(
    "text",
    ["we have maths on 14 feb", "the Simpsons are my favourite family show", "the Rangers are my family",
     "the Avengers live in a tower", "I really miss Mum", "we miss London so much"],
)
def test_other_dates_teams_and_missing_someone_survive(text):
    assert red(text) == text
