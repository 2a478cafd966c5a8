"""Quotes with details that could point to one young person are flagged for an officer to check."""

from __future__ import annotations

from participation.pure.reidentify import CHECKED_DETAILS, DETAILS, rare_details, word_counts


def test_ages_counts_and_rare_life_events_are_flagged():
    assert any("an age" in r for r in rare_details("i was 6 and nobody ever explained it. im 16 now"))
    assert any("count" in r for r in rare_details("in my hostel i share a kitchen with 12 people"))
    assert any("count" in r for r in rare_details("honestly its a joke. 7 social workers since i was 9"))
    assert any("young parent" in r for r in rare_details("my little girl 💕"))
    assert any("life event" in r for r in rare_details("she was there for me when i was pregnant"))


def test_an_ordinary_quote_is_not_flagged():
    assert rare_details("my foster carers are the best they treat me like family") == []
    assert rare_details("tell us before stuff changes not after") == []


def test_a_word_that_may_name_a_place_is_flagged_when_nobody_else_used_it():
    others = ["my social worker changed again and again"] * 60
    counts = word_counts(others + ["my social worker took me to wimbledon"])
    assert any("wimbledon" in r for r in rare_details("my social worker took me to wimbledon", counts))
    assert not any("social" in r for r in rare_details("my social worker took me to wimbledon", counts))
    # A place is as identifying in a small set as in a big one.
    small = word_counts(["my social worker took me to wimbledon"])
    assert any("wimbledon" in r for r in rare_details("my social worker took me to wimbledon", small))
    # A word several young people used points to none of them.
    shared = word_counts(["we went to wimbledon"] * 3)
    assert rare_details("we went to wimbledon", shared) == []


def test_a_pets_name_is_flagged_but_a_pet_is_not():
    assert any("pet's name (my cat biscuit)" in r for r in rare_details("my cat biscuit 🐱"))
    assert any("pet's name" in r for r in rare_details("my dog called max is the best"))
    assert rare_details("my dog") == []
    assert rare_details("my dog is the best thing in my life") == []
    assert rare_details("my cat died and nobody cared") != []  # a death is flagged, as a life event, not as a name
    assert not any("pet's name" in r for r in rare_details("my cat died and nobody cared"))


def test_a_plan_or_job_few_share_is_flagged_with_every_one_named():
    reasons = rare_details("my plan says i want to be a hairdresser. i never said that, i want to be a paramedic!!")
    assert any("plan or job" in r and "hairdresser" in r and "paramedic" in r for r in reasons)
    assert not any("name someone" in r for r in reasons)  # the job is said once, as a plan
    assert any("plan or job" in r for r in rare_details("when i leave i wanna be a mechanic"))
    assert rare_details("i want to be listened to") == []
    assert rare_details("i want to be a part of my plan") == []


def test_being_the_first_in_the_family_is_a_life_event_few_share():
    assert any("first in my family" in r for r in rare_details("uni!! first in my family 🎓"))
    assert any("life event" in r for r in rare_details("im the first one from our family to go to college"))
    assert rare_details("college is good 🎓") == []


def test_a_health_condition_is_flagged():
    assert any("health condition" in r for r in rare_details("school dont help with my adhd"))


def test_ordinary_rare_words_are_not_flagged():
    counts = word_counts(["my social worker changed again and again"] * 60 + ["x"])
    for words in (
        "let carers say yes to haircuts without asking",  # a plural of an everyday word
        "you have to start all over again with someone new. its tiring",
        "one asked me about my PEP meeting in front of the whole class. so embarassing",  # a misspelling
        "camhs. i waited over a year and my carer keeps phoning them",
        "in my hostel my food gets nicked every day lol",
        "my cousins",
    ):
        assert not any("name someone" in r for r in rare_details(words, counts)), words


def test_names_and_places_the_screen_missed_are_flagged():
    assert any("oakfield" in r for r in rare_details("got into the football team at oakfield academy"))
    assert any("whitfield" in r for r in rare_details("my foster carer karen whitfield helps me"))


def test_an_everyday_word_used_once_is_not_flagged():
    counts = word_counts(["my social worker changed again and again"] * 60 + ["its so annoying"])
    assert rare_details("its so annoying", counts) == []


def test_the_age_care_ends_is_shared_by_every_care_leaver_and_not_flagged():
    assert rare_details("dont just drop us at 18 we still need people") == []
    assert any("number" in r for r in rare_details("i had the same pa for 2 years"))


def test_numbers_every_young_person_in_care_shares_are_not_flagged():
    for text in ("my PA is meant to help me till 25 but i never see her", "support up to the age of 21",
                 "social workers should answer 24/7", "i had to ring 999 that night"):
        assert rare_details(text) == [], text
    # Any other number still is, beside one of those; an age is an age.
    assert rare_details("help till 25 and i have had 3 flats") == ["a number"]
    assert any(r.startswith("an age") for r in rare_details("i was 21 when i moved"))


def test_being_a_young_parent_is_flagged():
    for words in ("my little girl 💕", "my baby keeps me up", "help with nursery costs so i can go back to college",
                  "childcare is too expensive", "being a young mum in care is hard"):
        assert any("young parent" in r for r in rare_details(words)), words
    assert not any("young parent" in r for r in rare_details("i was treated like a baby in my review"))


def test_a_named_language_food_or_country_and_needing_an_interpreter_are_flagged():
    for words, detail in (
        ("my carer is kind and she tries to cook اكل عربي for me my carer is kind and she tries to cook Arabic food for me", "arabic"),
        ("they changed my worker and the new one didnt bring interpreter so i just said yes to everything", "interpreter"),
        ("I need an interpreter in meetings because I don't understand everything.", "interpreter"),
        ("i go to college to learn english", "learn english"),
        ("i miss food from eritrea", "eritrea"),
    ):
        found = [r for r in rare_details(words) if r.startswith("a language, food or country")]
        assert found and detail in found[0].lower(), words
    assert not any("language" in r for r in rare_details("my english teacher is sound"))


def test_a_bursary_and_an_event_in_front_of_the_class_are_flagged():
    assert any("support few" in r and "bursary" in r for r in rare_details("the bursary came late and i had no money"))
    pep = "teachers treat me different coz im in care. one asked me about my PEP meeting in front of the whole class. so embarassing"
    assert any("others saw" in r and "in front of the whole class" in r for r in rare_details(pep))
    assert rare_details("my pep meeting went well") == []


def test_words_printed_in_another_language_are_a_rare_detail():
    # The language alone can narrow a quote to one or two young people, whatever it says.
    reasons = rare_details("ኣደይን ኣሕዋተይን ብዙሕ ናፊቐዮም", language="script:ethiopic")
    assert reasons and "Ethiopic" in reasons[0] and "a language few young people here write in" in reasons[0]
    assert any("Arabic" in r for r in rare_details("أشتاق إلى أمي", language="script:arabic"))
    # Printed in English (a translation, or English words), it is not.
    assert rare_details("I miss my mother a lot", language="en") == []
    assert rare_details("I miss my mother a lot") == []


def test_how_often_and_where_a_young_person_sees_family_is_flagged():
    # With the relation, how often they meet points to the one child with that arrangement.
    found = rare_details("let me see my little brother more. he lives in a different house and i only see him once a month")
    assert any("how often they see someone in their family" in r and "once a month" in r for r in found)
    assert any("how often" in r for r in rare_details("i see my mum every two weeks"))
    # Without a relation it is not about family time ("new sw every few months").
    assert not any("how often" in r for r in rare_details("new sw every few months"))
    found = rare_details("we only get a short time in a contact centre with someone watching")
    assert any("where they see their family" in r and "contact centre" in r for r in found)


def test_staying_put_and_an_age_a_case_closed_at_are_flagged():
    assert any("support few" in r and "stay put" in r for r in rare_details("my foster carers are letting me stay put after 18 👍"))
    # Said of everyone, it points to nobody.
    assert rare_details("more people should get to stay put. its not fair that some carers cant afford to keep you") == []
    found = rare_details("at 21 they just closed my case. didnt even get a goodbye")
    assert any(r == "an age (at 21)" for r in found) and any("closed my case" in r for r in found)
    assert rare_details("dont just drop us at 18 we still need people") == []


def test_talk_of_an_interpreter_in_other_words_sibling_counts_and_named_places_are_flagged():
    for words in ("can i have someone to translate in my review?", "I need help to understand everything in my meetings",
                  "the new one didnt bring anyone to help me understand"):
        assert any("interpreter" in r for r in rare_details(words)), words
    assert not any("interpreter" in r for r in rare_details("i dont understand why they moved me"))
    assert any("4 little brothers" in r for r in rare_details("i have 4 little brothers and we all live apart"))
    assert any("oldest of five" in r for r in rare_details("im the oldest of five and i miss them"))
    assert any("a named place (oakfield academy)" == r for r in rare_details("i go to oakfield academy", word_counts(["oakfield"] * 3)))
    assert not any("named place" in r for r in rare_details("there is no bus on my road"))



def test_university_a_named_job_or_workplace_a_homes_manager_and_supported_housing_at_an_age_are_flagged():
    # Few care leavers are at university, hold a named job, live where a manager sets the rules (a
    # children's home) or were in supported housing before 18: each narrows a quote to one or two.
    for words, reason in (
        ("uni!! \U0001f393", "university"),
        ("the money for uni came late and i had no money for the first month", "university"),
        ("finished my apprenticeship", "job or workplace (apprenticeship)"),
        ("got a job in a warehouse", "job or workplace (job in a warehouse)"),
        ("working at a cafe part time", "job or workplace (working at a cafe)"),
        ("the house rules change every time the manager changes its not fair", "manager or staff of their home"),
        ("the staff at my house are sound most of them", "manager or staff of their home"),
        ("supported housing before 18 is hard", "supported housing at an age"),
        ("i was in a hostel at 16 and it was scary", "supported housing at an age"),
    ):
        assert any(reason in r for r in rare_details(words)), words
    # Their everyday, general forms are not.
    for words in ("college is good \U0001f393", "the money for college came late", "finished my course", "got a job",
                  "buses to get to work cost loads every week", "i work at the weekend", "my manager at work is sound",
                  "the rules where i live keep changing its not fair", "where i live now is hard",
                  "my plan says i want a job i never even talked about", "in my hostel my food gets nicked"):
        assert rare_details(words) == [], words


def test_every_detail_the_method_names_is_one_the_check_flags():
    """The pack's method lists what the check looks for from the check's own list (DETAILS): each entry's
    example is flagged with that entry's reason, so the list cannot claim a detail the check never flags."""
    for key, detail in DETAILS.items():
        found = rare_details(detail.example, language="ar" if key == "language-written" else None)
        assert any(r.startswith(detail.reason) for r in found), (key, detail.example, found)
        assert detail.said in CHECKED_DETAILS
    # What the check does not flag, the method does not claim: food or health in general are not details.
    assert rare_details("i had to pick between gas and food last month") == []
    assert rare_details("sad. i waited months to talk to someone about how i feel") == []
    assert "food" not in CHECKED_DETAILS.replace("halal, jollof or injera", "") and "health condition" not in CHECKED_DETAILS
