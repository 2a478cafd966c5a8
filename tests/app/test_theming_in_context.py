"""Checking themes in context: the question beside each answer, filters, pages, applying to every answer a
filter matches after seeing how many will change, confirming one answer, and adding a theme."""

from __future__ import annotations

import os
from datetime import date

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.domain import themes
from participation.domain.db import db
from participation.domain.errors import InvalidChange
from participation.domain.models import Alert, Answer, AnswerTheme, AuditEvent, Participant, StaffUser


def soup(r):
    return BeautifulSoup(r.text, "html.parser")


@pytest.fixture
def two_questions(make_session):
    """An open session with a face question and two written ones."""
    s = make_session(prompts=("scale", "text", "text"))
    s.prompts[1].text, s.prompts[2].text = "What is it like when your social worker changes?", "What would make things better?"
    db.session.commit()
    return s


def approved(session, prompt, text, suggested=("social-workers",), tone="negative", confirmed=()):
    """An approved written answer with the classifier's suggestions (and any themes already confirmed)."""
    p = Participant(session_id=session.id, token=os.urandom(16).hex(), joined_on=date(2026, 11, 23))
    db.session.add(p)
    db.session.flush()
    a = Answer(session_id=session.id, prompt_id=prompt.id, participant_id=p.id, text=text, answered_on=date(2026, 11, 23),
               state="approved", tone=tone)
    a.themes = [AnswerTheme(theme=t, rank=i, source="suggested", confidence=0.5, words=[]) for i, t in enumerate(suggested)]
    a.themes += [AnswerTheme(theme=t, rank=len(suggested) + i, source="confirmed") for i, t in enumerate(confirmed)]
    db.session.add(a)
    db.session.commit()
    return a.id


def theming_url(session, **args):
    query = "&".join(f"{k}={v}" for k, v in args.items())
    return f"/staff/reviews/{session.review_id}/theming" + (f"?{query}" if query else "")


def shown_ids(page):
    return [int(el["data-answer"]) for el in page.select("#theming .py-theming-item")]


def sources(answer_id):
    db.session.expire_all()
    return {t.theme: t.source for t in db.session.get(Answer, answer_id).themes}


def test_each_answer_is_shown_beside_its_question(officer_client, two_questions):
    sw, better = two_questions.prompts[1], two_questions.prompts[2]
    a = approved(two_questions, sw, "my sw keeps changing")
    b = approved(two_questions, better, "more trips")
    page = soup(officer_client.get(theming_url(two_questions)))
    assert page.select_one(f"#answer-{a}-q").get_text(" ", strip=True) == f"Asked: {sw.text}"
    assert page.select_one(f"#answer-{b}-q").get_text(" ", strip=True) == f"Asked: {better.text}"
    # The question is read out with the answer's checkbox.
    assert f"answer-{a}-q" in page.select_one(f"#pick-{a}")["aria-describedby"].split()


def test_filters_by_question_theme_tone_and_what_is_left_to_check(officer_client, two_questions):
    sw, better = two_questions.prompts[1], two_questions.prompts[2]
    a = approved(two_questions, sw, "new sw every month", suggested=("social-workers",), tone="negative")
    b = approved(two_questions, better, "more money for clothes", suggested=("money",), tone="mixed")
    c = approved(two_questions, better, "my carer is kind", suggested=("home-and-carers",), tone="positive")
    d = approved(two_questions, better, "already done", suggested=(), confirmed=("money",), tone="mixed")
    e = approved(two_questions, better, "the wifi", suggested=(), tone="mixed")  # no theme fits

    assert shown_ids(soup(officer_client.get(theming_url(two_questions)))) == [a, b, c, e]
    assert shown_ids(soup(officer_client.get(theming_url(two_questions, show="all")))) == [a, b, c, d, e]
    assert shown_ids(soup(officer_client.get(theming_url(two_questions, prompt=sw.id)))) == [a]
    assert shown_ids(soup(officer_client.get(theming_url(two_questions, theme="money", show="all")))) == [b, d]
    assert shown_ids(soup(officer_client.get(theming_url(two_questions, theme="none")))) == [e]
    assert shown_ids(soup(officer_client.get(theming_url(two_questions, tone="mixed")))) == [b, e]
    assert shown_ids(soup(officer_client.get(theming_url(two_questions, prompt=better.id, tone="positive")))) == [c]
    # The form shows the filter it applied, so it can be changed without starting again.
    page = soup(officer_client.get(theming_url(two_questions, prompt=better.id, tone="positive")))
    assert page.select_one("#f-prompt option[selected]")["value"] == str(better.id)
    assert page.select_one("#f-tone option[selected]")["value"] == "positive"


def test_a_filter_answers_htmx_with_just_the_list(officer_client, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "new sw every month")
    r = officer_client.get(theming_url(two_questions, tone="negative"), headers={"HX-Request": "true"})
    assert "HX-Request" in r.headers["Vary"]
    page = soup(r)
    assert page.find("html") is None and page.select_one("h1") is None
    assert shown_ids(page) == [a]
    # The filter form and its htmx attributes swap the same region, and put the filter in the address.
    form = page.select_one("#theming form[method=get]")
    assert form["hx-target"] == "#theming" and form["hx-push-url"] == "true"


def test_answers_come_a_page_at_a_time(officer_client, two_questions):
    ids = [approved(two_questions, two_questions.prompts[1], f"answer {i}") for i in range(themes.PAGE_SIZE + 3)]
    first = soup(officer_client.get(theming_url(two_questions)))
    assert shown_ids(first) == ids[: themes.PAGE_SIZE]
    assert "page 1 of 2" in first.select_one("#theming-count").get_text()
    next_link = first.select_one(".govuk-pagination__next a")["href"]
    assert shown_ids(soup(officer_client.get(next_link))) == ids[themes.PAGE_SIZE :]
    # A page past the end shows the last one rather than nothing.
    assert shown_ids(soup(officer_client.get(theming_url(two_questions, page=9)))) == ids[themes.PAGE_SIZE :]


def test_the_action_bar_holds_apply_and_offers_every_answer_the_filter_matches(officer_client, two_questions):
    for i in range(3):
        approved(two_questions, two_questions.prompts[1], f"negative {i}")
    page = soup(officer_client.get(theming_url(two_questions, tone="negative")))
    bar = page.select_one(".py-action-bar")
    assert bar.select_one("button[type=submit]").get_text(strip=True) == "Apply"
    assert bar.select_one("button[type=submit]")["form"] == "theming-form"
    assert bar.select_one("label[for=scope-filter]").get_text(strip=True) == "All 3 in this list"
    # The Apply form carries the filter, so "every answer the filter matches" means this filter.
    assert page.select_one("#theming-form")["action"].endswith("/theming/apply?tone=negative")


def test_select_all_on_a_filter_says_how_many_will_change_then_changes_every_match(officer_client, officer, two_questions):
    sw, better = two_questions.prompts[1], two_questions.prompts[2]
    on_pages = [approved(two_questions, sw, f"sw answer {i}") for i in range(themes.PAGE_SIZE + 2)]  # two pages
    done = approved(two_questions, sw, "already confirmed", suggested=(), confirmed=("social-workers",))
    other = approved(two_questions, better, "another question")
    url = f"/staff/reviews/{two_questions.review_id}/theming/apply?prompt={sw.id}&show=all"

    r = officer_client.post(url, data={"scope": "filter", "action": "confirm"})
    assert r.status_code == 200
    page = soup(r)
    assert page.select_one("#matching").get_text(strip=True) == str(len(on_pages) + 1)
    assert page.select_one("#changes").get_text(strip=True) == str(len(on_pages))
    assert page.select_one("h1").get_text(strip=True) == f"Confirm the suggested themes on {len(on_pages)} answers?"
    assert all(s == "suggested" for a in on_pages for s in sources(a).values())  # nothing changed yet

    confirm = page.select_one("main form") or page.select_one("form[action*='theming/apply']")
    data = {i["name"]: i.get("value", "") for i in confirm.select("input[type=hidden]")}
    r = officer_client.post(confirm["action"], data=data)
    assert r.status_code == 303
    assert all(sources(a) == {"social-workers": "confirmed"} for a in on_pages)
    assert sources(other) == {"social-workers": "suggested"}  # another question: not in the filter
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "themes-confirm")).scalar_one()
    assert event.actor_id == officer.id
    assert sorted(event.detail["answer_ids"]) == sorted(on_pages) and done not in event.detail["answer_ids"]
    assert event.detail["chosen_by_filter"] == {"prompt": sw.id, "show": "all"}


def test_select_all_asks_again_when_the_answers_that_match_have_changed(officer_client, two_questions):
    sw = two_questions.prompts[1]
    a = approved(two_questions, sw, "one")
    url = f"/staff/reviews/{two_questions.review_id}/theming/apply?prompt={sw.id}"
    approved(two_questions, sw, "approved while the officer was deciding")
    r = officer_client.post(url, data={"scope": "filter", "action": "confirm", "changes": "1"})
    assert r.status_code == 200
    page = soup(r)
    assert page.select_one("#changes").get_text(strip=True) == "2"
    assert "changed while you were deciding" in page.select_one(".govuk-inset-text").get_text()
    assert sources(a) == {"social-workers": "suggested"}


def test_select_all_with_a_theme_to_set_needs_a_theme(officer_client, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "one")
    r = officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/apply", data={"scope": "filter", "action": "set"})
    assert r.status_code == 422
    page = soup(r)
    assert page.select_one(".govuk-error-summary").get_text(" ", strip=True).endswith("Choose a theme.")
    assert page.select_one(".govuk-error-summary a")["href"] == "#theme" and page.select_one("#theme-error")
    # What the officer chose is kept: all in the list, and "Change the theme to…".
    assert page.select_one("#scope-filter").has_attr("checked") and page.select_one("#action option[selected]")["value"] == "set"
    assert sources(a) == {"social-workers": "suggested"}


def test_a_refused_apply_keeps_the_ticks_and_the_choice(officer_client, two_questions):
    a, b = (approved(two_questions, two_questions.prompts[1], w) for w in ("one", "two"))
    url = soup(officer_client.get(theming_url(two_questions, tone="negative"))).select_one("#theming-form")["action"]
    assert "tone=negative" in url
    r = officer_client.post(url, data={"answer_ids": [b], "action": "add", "shown": f"{a} {b}"})
    page = soup(r)
    assert r.status_code == 422 and page.title.get_text().startswith("Error:")
    assert page.select_one(f"#pick-{b}").has_attr("checked") and not page.select_one(f"#pick-{a}").has_attr("checked")
    assert page.select_one("#action option[selected]")["value"] == "add" and page.select_one("#scope-ticked").has_attr("checked")
    assert page.select_one("#f-tone option[selected]")["value"] == "negative"  # the same filtered list
    # Nothing ticked: the summary points to the first answer's tick box.
    page = soup(officer_client.post(url, data={"action": "confirm", "shown": f"{a} {b}"}))
    assert page.select_one(".govuk-error-summary a")["href"] == f"#pick-{a}" and page.select_one(f"#pick-{a}")


def test_adding_a_theme_never_confirms_the_other_suggestions(officer_client, officer, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "new sw and no money", suggested=("social-workers", "being-heard"))
    r = officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/apply", data={"answer_ids": [a], "action": "add", "theme": "money"})
    assert r.status_code == 303
    assert sources(a) == {"social-workers": "suggested", "being-heard": "suggested", "money": "confirmed"}
    added = next(t for t in db.session.get(Answer, a).themes if t.theme == "money")
    assert added.confirmed_by_id == officer.id
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "themes-add")).scalar_one()
    assert event.detail == {"answer_ids": [a], "theme": "money"}
    # The suggestions are still to check, and the answer teaches nothing until they are.
    assert shown_ids(soup(officer_client.get(theming_url(two_questions)))) == [a]
    assert themes.confirmed_examples() == []
    # Adding a theme that was one of the suggestions confirms that one only.
    officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/apply", data={"answer_ids": [a], "action": "add", "theme": "being-heard"})
    assert sources(a) == {"social-workers": "suggested", "being-heard": "confirmed", "money": "confirmed"}


def test_confirming_one_answer_by_htmx_returns_it_decided(officer_client, officer, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "new sw", suggested=("social-workers", "being-heard"))
    b = approved(two_questions, two_questions.prompts[1], "untouched")
    page = soup(officer_client.get(theming_url(two_questions)))
    button = page.select_one(f"#answer-{a} button[aria-keyshortcuts=c]")
    assert page.select_one(f"form#{button['form']}")["action"] == button["hx-post"]
    r = officer_client.post(button["hx-post"], headers={"HX-Request": "true"})
    item = soup(r).select_one("article")
    assert item["id"] == f"answer-{a}" and item.has_attr("data-decided")
    assert item.select_one(".py-saved[role=status]").get_text(" ", strip=True) == "Done: Themes and tone saved for this answer."
    assert item.select_one("button[aria-keyshortcuts=c]") is None  # nothing left to confirm on it
    assert sources(a) == {"social-workers": "confirmed", "being-heard": "confirmed"}
    assert sources(b) == {"social-workers": "suggested"}
    # The officer read the tone beside the themes: it is theirs too, and so the button said.
    assert button.get_text(" ").startswith("Confirm them and the tone")
    assert (db.session.get(Answer, a).tone, db.session.get(Answer, a).tone_confirmed) == ("negative", True)
    assert not db.session.get(Answer, b).tone_confirmed
    assert db.session.execute(select(AuditEvent.detail).where(AuditEvent.action == "themes-confirm")).scalar_one()["answer_ids"] == [a]


def test_confirming_one_answer_without_javascript_goes_back_to_the_list(officer_client, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "new sw")
    approved(two_questions, two_questions.prompts[1], "another to check")
    back = theming_url(two_questions, tone="negative")
    r = officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/answers/{a}/confirm", data={"back": back})
    assert r.status_code == 303 and r.location == f"{back}#answer-{a}"  # at the same answer, not the top of the list
    assert sources(a) == {"social-workers": "confirmed"}
    # What it did is said in the action bar, on screen wherever the page opens, not in a banner at the top.
    page = soup(officer_client.get(r.location))
    assert page.select_one(".py-action-bar .py-bar-message[role=status]").get_text(" ", strip=True) == "Done: Themes and tone saved for this answer."
    assert not page.select_one(".govuk-notification-banner")
    # With nothing left to check there is no bar: it is said above the list.
    officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/apply", data={"scope": "filter", "action": "confirm", "changes": "1"})
    page = soup(officer_client.get(back))
    assert page.select_one("#theming .py-bar-message").get_text(" ", strip=True) == "Done: Themes saved for 1 answer."


def test_an_answer_of_another_review_cannot_be_confirmed(officer_client, make_session, two_questions):
    other = make_session(prompts=("text",))
    a = approved(other, other.prompts[0], "not in this review")
    r = officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/answers/{a}/confirm")
    assert r.status_code == 404
    assert sources(a) == {"social-workers": "suggested"}


def test_the_page_documents_its_keyboard_shortcuts_and_marks_the_controls(officer_client, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "new sw")
    page = soup(officer_client.get(theming_url(two_questions)))
    assert [k.get_text() for k in page.select("#shortcuts kbd")] == ["j", "k", "x", "c", "t", "/", "Ctrl", "Enter", "0", "u", "p", "m", "n", "a"]
    assert page.select_one("#theming")["data-shortcuts"] == ".py-theming-item"
    assert page.select_one(f"#pick-{a}")["aria-keyshortcuts"] == "x"
    assert page.select_one(f"#answer-{a} button[aria-keyshortcuts='0']").get_text(" ", strip=True).startswith("No theme fits")
    assert page.select_one(".py-action-bar button")["aria-keyshortcuts"] == "a"
    assert any("js/shortcuts.js" in s["src"] for s in page.select("script[src]"))


def test_suggest_themes_counts_only_answers_that_can_have_one(app, officer_client, officer, open_session):
    # open_session asks a face, a choice, a tick-all and a written question; the first three are tagged
    # with a theme. An approved choice whose prompt has no theme can never take one: it is not counted.
    open_session.prompts[1].theme = None
    db.session.commit()
    p = Participant(session_id=open_session.id, token=os.urandom(16).hex(), joined_on=date(2026, 11, 23))
    db.session.add(p)
    db.session.flush()
    db.session.add(Answer(session_id=open_session.id, prompt_id=open_session.prompts[1].id, participant_id=p.id,
                          choices=["Red"], answered_on=date(2026, 11, 23), state="approved"))
    db.session.commit()
    assert themes.unthemed_approved_ids(open_session.review) == []
    page = soup(officer_client.get(f"/staff/reviews/{open_session.review_id}/theming"))
    assert not [b for b in page.select("button") if "Suggest themes" in b.get_text()]


def test_the_board_links_a_themes_suggestions_to_checking_them(officer_client, two_questions):
    approved(two_questions, two_questions.prompts[1], "new sw every month")
    page = soup(officer_client.get(f"/staff/reviews/{two_questions.review_id}/themes"))
    link = page.select_one("#theme-social-workers").find_parent("section").select_one("a[href*='/theming']")
    assert link["href"] == f"/staff/reviews/{two_questions.review_id}/theming?theme=social-workers"
    assert shown_ids(soup(officer_client.get(link["href"]))) != []


def test_an_officers_tone_teaches_the_tone_model_with_or_without_confirmed_themes(officer_client, two_questions):
    only_tone = approved(two_questions, two_questions.prompts[1], "finally got my own flat")
    both = approved(two_questions, two_questions.prompts[2], "my PA never rings back", confirmed=("social-workers",), suggested=())
    untouched = approved(two_questions, two_questions.prompts[2], "it's ok I guess", suggested=())
    url = f"/staff/reviews/{two_questions.review_id}/theming/apply"
    officer_client.post(url, data={"answer_ids": [only_tone], "action": "tone-positive"})
    officer_client.post(url, data={"answer_ids": [both], "action": "tone-confirm"})
    learned = {e.text: (e.themes, e.tone) for e in themes.confirmed_examples()}
    assert learned == {"finally got my own flat": ((), "positive"), "my PA never rings back": (("social-workers",), "negative")}
    assert untouched not in {int(e.id.removeprefix("db-")) for e in themes.confirmed_examples()}


def test_the_suggested_tone_reads_the_question_as_the_pack_does(app, two_questions):
    good, other = two_questions.prompts[1], two_questions.prompts[2]
    good.bank_slug = "opener-good-thing"
    db.session.commit()
    ids = [approved(two_questions, good, "xbox", suggested=()), approved(two_questions, good, "nothing really", suggested=()),
           approved(two_questions, other, "xbox", suggested=())]
    answers = [db.session.get(Answer, i) for i in ids]
    for a in answers:
        a.tone = None
    themes.suggest(answers)
    db.session.commit()
    asked_for_good, said_nothing, asked_otherwise = answers
    assert asked_for_good.tone == "positive"
    assert said_nothing.tone != "positive"
    assert asked_otherwise.tone == themes.classify_many(["xbox"])[0].tone


TIGRINYA = "ኣደይን ኣሕዋተይን ብዙሕ ናፊቐዮም።"  # "I miss my mother and my brothers a lot."


def unread(session, prompt, text=TIGRINYA):
    """An approved answer the screen marked as another language (not read by it), with no suggestions yet."""
    i = approved(session, prompt, text, suggested=(), tone=None)
    a = db.session.get(Answer, i)
    a.language, a.screened = "script:ethiopic", False
    db.session.commit()
    return a


def test_words_in_another_language_get_no_guessed_tone_or_themes_until_translated(app, two_questions):
    sw, better = two_questions.prompts[1], two_questions.prompts[2]
    sw.theme = "social-workers"
    db.session.commit()
    tagged, untagged = unread(two_questions, sw), unread(two_questions, better)
    english = db.session.get(Answer, approved(two_questions, better, "i miss my family a lot", suggested=(), tone=None))
    themes.suggest([tagged, untagged, english])
    db.session.commit()
    # Only the question's theme, as a suggestion to check; no tone; not "emerging" (nothing was read).
    assert [(t.theme, t.source) for t in tagged.themes] == [("social-workers", "suggested")] and tagged.tone is None
    assert untagged.themes == [] and untagged.tone is None and not untagged.emerging
    assert english.tone and english.themes  # English words are read as before


def test_an_answer_of_figures_alone_takes_its_questions_theme_and_no_guessed_tone(app, two_questions):
    sw = two_questions.prompts[1]
    sw.theme = "social-workers"
    db.session.commit()
    figures, words = (db.session.get(Answer, approved(two_questions, sw, t, suggested=(), tone=None)) for t in ("12", "12 social workers"))
    themes.suggest([figures, words])
    db.session.commit()
    # "12" has no word to read: its question's theme to check, no tone, no themes "from '12'".
    assert [(t.theme, t.source, t.words) for t in figures.themes] == [("social-workers", "suggested", [])]
    assert figures.tone is None and not figures.emerging
    assert words.tone and words.themes and any(t.words for t in words.themes)


def test_a_question_open_to_anything_lends_its_theme_to_no_answer(app, two_questions):
    # "What is one good thing in your life right now?" is tagged health and wellbeing in the bank, but its answers
    # are about whatever matters to the young person: its theme weighs in for none of them.
    opener, tagged = two_questions.prompts[1], two_questions.prompts[2]
    opener.text, opener.bank_slug, opener.theme = "What is one good thing in your life right now?", "opener-good-thing", "health-and-wellbeing"
    tagged.theme = "health-and-wellbeing"
    db.session.commit()
    unread_open, unread_tagged = unread(two_questions, opener), unread(two_questions, tagged)
    # "sometimes" says nothing of its own: to a question on a theme, that theme leads; to the open one, it does not.
    short_open, short_tagged = (db.session.get(Answer, approved(two_questions, p, "sometimes", suggested=(), tone=None))
                                for p in (opener, tagged))
    themes.suggest([unread_open, unread_tagged, short_open, short_tagged])
    db.session.commit()
    assert unread_open.themes == [] and [t.theme for t in unread_tagged.themes] == ["health-and-wellbeing"]
    assert short_tagged.themes[0].theme == "health-and-wellbeing"
    assert "health-and-wellbeing" not in [t.theme for t in short_open.themes]


def test_an_officer_translates_on_the_check_themes_page_and_the_suggestions_read_the_translation(officer_client, two_questions):
    a = unread(two_questions, two_questions.prompts[2])
    themes.suggest([a])
    db.session.commit()
    item = soup(officer_client.get(theming_url(two_questions))).select_one(f"#answer-{a.id}")
    assert "Ethiopic" in item.get_text(" ") and "cannot read it" in item.get_text(" ")
    assert "tone not suggested" in " ".join(item.get_text(" ").split())
    button = item.select_one("button[hx-post$='/translation']")
    box = item.select_one("textarea[name=translation]")
    assert box["form"] == button["form"] == f"translate-{a.id}"
    # A personal detail in the translation is refused beside the box, with what was typed kept.
    r = officer_client.post(button["hx-post"], data={"translation": "I miss my mum, call me on 07700 900123"}, headers={"HX-Request": "true"})
    assert r.status_code == 422
    item = soup(r).select_one("article")
    assert item.select_one(".govuk-error-message") and "07700 900123" in item.select_one("textarea").get_text()
    assert db.session.get(Answer, a.id).translation is None
    # Saved, the suggestions read it: a tone, themes from the English words, the original kept.
    r = officer_client.post(button["hx-post"], data={"translation": "I miss my mother and my brothers a lot. I want to talk to them."},
                            headers={"HX-Request": "true"})
    assert r.status_code == 200
    db.session.expire_all()
    a = db.session.get(Answer, a.id)
    assert a.text == TIGRINYA and a.translation.startswith("I miss my mother")
    assert a.tone == "negative" and "family-and-friends-contact" in {t.theme for t in a.themes}
    assert db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-translated")).scalar_one()
    # Without JavaScript the form posts and comes back to the same place in the list...
    back = theming_url(two_questions, show="all")
    page = soup(officer_client.get(back))
    form = page.select_one(f"form#translate-{a.id}")
    assert "show=all" in form["action"] and form.select_one("[name=back]")["value"] == back
    r = officer_client.post(form["action"], data={"translation": "I miss my family.", "back": back + "#elsewhere"})
    assert r.status_code == 303 and r.location == f"{back}#answer-{a.id}"
    # ...and a refusal shows the list again, the error beside the box and in a summary linked to it, what was typed kept.
    r = officer_client.post(form["action"], data={"translation": "I miss Amina, call 07700 900123", "back": back})
    page = soup(r)
    assert r.status_code == 422 and page.title.get_text().startswith("Error:")
    assert page.select_one(".govuk-error-summary a")["href"] == f"#translation-{a.id}"
    assert "07700 900123" in page.select_one(f"#translation-{a.id}").get_text()
    assert page.select_one(f"form#translate-{a.id} [name=back]")["value"] == back  # not the address of the POST
    db.session.expire_all()
    assert db.session.get(Answer, a.id).translation == "I miss my family."


def test_a_translation_that_reads_like_harm_sends_the_answer_to_the_safeguarding_lead(officer_client, two_questions):
    a = unread(two_questions, two_questions.prompts[2])
    db.session.get(Answer, a.id).starred = True
    db.session.commit()
    url = f"/staff/reviews/{two_questions.review_id}/theming/answers/{a.id}/translation"
    r = officer_client.post(url, data={"translation": "the man in the house hits me when i am late"}, headers={"HX-Request": "true"})
    assert r.status_code == 200 and "Sent to the safeguarding lead" in r.text
    db.session.expire_all()
    answer = db.session.get(Answer, a.id)
    assert answer.state == "held" and not answer.starred and answer.translation.startswith("the man in the house")
    alert = db.session.execute(select(Alert).where(Alert.answer_id == a.id)).scalar_one()
    assert alert.source == "translation" and alert.cues and alert.is_open
    # The safeguarding lead reads the young person's words and the translation, and why it was flagged.
    page = officer_client.get(f"/staff/alerts/{alert.id}")
    text = " ".join(soup(page).get_text(" ").split())
    assert TIGRINYA in text and "the man in the house hits me" in text and "read the participation team's English translation" in text
    # Who translated it, and a step to check the translation before acting on its exact words.
    translator = db.session.get(StaffUser, db.session.execute(select(AuditEvent).where(AuditEvent.action == "answer-translated")).scalar_one().actor_id)
    assert f"translated by the participation team ({translator.name or translator.email}," in text
    assert "Flagged from a translation:" in text and "independent interpreter" in text
    row = soup(officer_client.get("/staff/alerts")).select_one(f"tr[data-alert='{alert.id}']").get_text(" ")
    assert "Flagged from the team's English translation of words in Ethiopic" in " ".join(row.split())


def test_words_in_english_take_no_translation_and_invisible_characters_hide_no_detail(officer_client, two_questions):
    english = approved(two_questions, two_questions.prompts[1], "my sw is ok")
    base = f"/staff/reviews/{two_questions.review_id}/theming/answers"
    r = officer_client.post(f"{base}/{english}/translation", data={"translation": "the council are great"}, headers={"HX-Request": "true"})
    assert r.status_code == 422
    a = unread(two_questions, two_questions.prompts[2])
    for hidden in ("call 07700\u200b900123", "call 0\u200d7700 900123", "07700\u00ad900123"):
        r = officer_client.post(f"{base}/{a.id}/translation", data={"translation": hidden},
                                headers={"HX-Request": "true"})
        assert r.status_code == 422, hidden
    r = officer_client.post(f"{base}/{a.id}/translation", data={"translation": "x" * 2001}, headers={"HX-Request": "true"})
    assert r.status_code == 422 and "too long" in r.text
    db.session.expire_all()
    assert db.session.get(Answer, english).translation is None and db.session.get(Answer, a.id).translation is None


def test_the_models_learn_from_the_translation_never_from_words_they_cannot_read(officer_client, two_questions):
    a, b = unread(two_questions, two_questions.prompts[1]), unread(two_questions, two_questions.prompts[2], TIGRINYA + " ")
    apply = f"/staff/reviews/{two_questions.review_id}/theming/apply"
    for i in (a.id, b.id):
        officer_client.post(apply, data={"answer_ids": [i], "action": "set", "theme": "family-and-friends-contact"})
        officer_client.post(apply, data={"answer_ids": [i], "action": "tone-negative"})
    officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/answers/{a.id}/translation", data={"translation": "I miss my family."})
    db.session.expire_all()
    learned = {e.text: (e.themes, e.tone) for e in themes.confirmed_examples()}
    assert learned == {"I miss my family.": (("family-and-friends-contact",), "negative")}


def test_an_answers_tone_is_set_from_its_own_buttons_with_a_key_each(officer_client, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "new sw never rings", tone="positive")
    page = soup(officer_client.get(theming_url(two_questions)))
    buttons = {b["aria-keyshortcuts"]: b for b in page.select(f"#answer-{a} button[name=action]")}
    assert {k: b["value"] for k, b in buttons.items()} == {"p": "tone-positive", "m": "tone-mixed", "n": "tone-negative"}
    assert all(b["aria-pressed"] == "false" for b in buttons.values())  # a suggestion is not a decision
    assert "<kbd>n</kbd>" in str(page.select_one("#shortcuts"))
    # By htmx: the tone is the officer's, the item comes back with it pressed, and stays to check its themes.
    r = officer_client.post(buttons["n"]["hx-post"], data={"action": "tone-negative"}, headers={"HX-Request": "true"})
    item = soup(r).select_one("article")
    assert item.select_one("button[value=tone-negative]")["aria-pressed"] == "true" and not item.has_attr("data-decided")
    db.session.expire_all()
    answer = db.session.get(Answer, a)
    assert (answer.tone, answer.tone_confirmed) == ("negative", True) and sources(a) == {"social-workers": "suggested"}
    # Themes confirmed too: the item is done, so the keyboard moves on.
    officer_client.post(buttons["n"]["hx-post"], headers={"HX-Request": "true"})
    r = officer_client.post(buttons["n"]["hx-post"], data={"action": "tone-mixed"}, headers={"HX-Request": "true"})
    assert soup(r).select_one("article").has_attr("data-decided")
    # Without JavaScript the button's own value goes with its form; anything else is refused.
    back = theming_url(two_questions, show="all")
    r = officer_client.post(buttons["n"]["hx-post"], data={"action": "tone-positive", "back": back})
    db.session.expire_all()
    assert r.status_code == 303 and r.location == f"{back}#answer-{a}" and db.session.get(Answer, a).tone == "positive"
    assert officer_client.post(buttons["n"]["hx-post"], data={"action": "set"}).status_code == 400


def test_a_confirmed_theme_still_shows_the_words_it_was_suggested_from(officer_client, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "my new sw never calls back")
    db.session.get(Answer, a).themes[0].words = ["sw"]
    db.session.commit()
    officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/answers/{a}/confirm")
    item = soup(officer_client.get(theming_url(two_questions, show="all"))).select_one(f"#answer-{a}")
    assert "suggested from “sw”" in item.get_text(" ")
    # A theme the officer chose themselves was suggested from nothing, and says nothing of the kind.
    officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/apply", data={"answer_ids": [a], "action": "set", "theme": "being-heard"})
    item = soup(officer_client.get(theming_url(two_questions, show="all"))).select_one(f"#answer-{a}")
    assert "suggested from" not in item.get_text(" ")


def test_an_officer_chooses_one_answers_themes_in_place(officer_client, officer, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "i dont no", suggested=("rights-and-complaints", "life-story"))
    db.session.get(Answer, a).themes[0].words = ["dont"]
    db.session.commit()
    page = soup(officer_client.get(theming_url(two_questions)))
    link = page.select_one(f"#answer-{a} a[aria-keyshortcuts=t]")
    assert link["href"] == link["hx-get"] and "back=" in link["href"]
    assert "<kbd>t</kbd>" in str(page.select_one("#shortcuts"))
    # By htmx the item becomes every theme as a tick box, the answer's own ticked, tied to a form outside the list.
    item = soup(officer_client.get(link["hx-get"], headers={"HX-Request": "true"})).select_one("article")
    assert item["id"] == f"answer-{a}"
    ticked = {b["value"] for b in item.select("input[name=themes][checked]")}
    assert ticked == {"rights-and-complaints", "life-story"}
    assert all(b["form"] == f"themes-{a}" for b in item.select("input[name=themes]"))
    assert page.select_one(f"form#themes-{a}")["action"] == item.select_one("button[hx-post]")["hx-post"]
    # Untick one, tick another: exactly those, confirmed, the kept one first with the words it came from.
    save = item.select_one("button[hx-post]")["hx-post"]
    r = officer_client.post(save, data={"themes": ["being-heard", "rights-and-complaints"]}, headers={"HX-Request": "true"})
    item = soup(r).select_one("article")
    assert item.has_attr("data-decided") and "Themes saved for this answer." in item.get_text()
    db.session.expire_all()
    assert [(t.theme, t.source, t.words) for t in db.session.get(Answer, a).themes] == [
        ("rights-and-complaints", "confirmed", ["dont"]), ("being-heard", "confirmed", [])]
    event = db.session.execute(select(AuditEvent).where(AuditEvent.action == "themes-chosen")).scalar_one()
    assert event.detail["themes"] == ["rights-and-complaints", "being-heard"] and event.actor_id == officer.id
    # None ticked, or only made-up ones: refused beside the boxes, nothing changed.
    r = officer_client.post(save, data={"themes": ["made-up"]}, headers={"HX-Request": "true"})
    assert r.status_code == 422 and soup(r).select_one(".govuk-error-message")
    assert sources(a) == {"rights-and-complaints": "confirmed", "being-heard": "confirmed"}


def test_choosing_themes_works_without_javascript(officer_client, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "meetings explained")
    back = theming_url(two_questions, show="all")
    page = soup(officer_client.get(f"/staff/reviews/{two_questions.review_id}/theming/answers/{a}/themes?back={back.replace('?', '%3F')}"))
    form = page.select_one("main form[method=post]")
    assert page.select_one("h1").get_text() == "Choose the themes of this answer" and form.select_one("[name=back]")["value"] == back
    r = officer_client.post(form["action"], data={"themes": [], "back": back})
    page = soup(r)
    assert r.status_code == 422 and page.select_one(".govuk-error-summary") and page.title.get_text().startswith("Error:")
    r = officer_client.post(form["action"], data={"themes": ["being-heard"], "back": back})
    assert r.status_code == 303 and r.location == f"{back}#answer-{a}"
    assert sources(a) == {"being-heard": "confirmed"}


def test_the_question_theme_on_words_nobody_has_read_is_never_confirmed_in_passing(officer_client, two_questions):
    sw = two_questions.prompts[1]
    sw.theme = "social-workers"
    db.session.commit()
    a = unread(two_questions, sw)
    themes.suggest([a])
    english = approved(two_questions, sw, "new sw is ok")
    db.session.commit()
    item = soup(officer_client.get(theming_url(two_questions))).select_one(f"#answer-{a.id}")
    assert item.select_one("button[aria-keyshortcuts=c]") is None and item.select_one("a[aria-keyshortcuts=t]")
    assert "or choose its themes yourself" in item.get_text(" ")
    # Confirming everything the filter matches leaves it to be read or chosen, and says how many will change.
    url = f"/staff/reviews/{two_questions.review_id}/theming/apply"
    page = soup(officer_client.post(url, data={"scope": "filter", "action": "confirm"}))
    assert page.select_one("#changes").get_text(strip=True) == "1"
    officer_client.post(url, data={"scope": "filter", "action": "confirm", "changes": "1"})
    assert sources(a.id) == {"social-workers": "suggested"} and sources(english) == {"social-workers": "confirmed"}
    # Once translated, its suggestions can be confirmed like any others.
    officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/answers/{a.id}/translation", data={"translation": "my social worker never calls"})
    officer_client.post(url, data={"answer_ids": [a.id], "action": "confirm"})
    assert sources(a.id) == {"social-workers": "confirmed"}


def test_the_count_and_the_bar_total_follow_each_action_on_one_answer(officer_client, two_questions):
    ids = [approved(two_questions, two_questions.prompts[1], f"answer {i}", tone="negative") for i in range(3)]
    page = soup(officer_client.get(theming_url(two_questions, tone="negative")))
    assert page.select_one("#theming-count").get_text(" ", strip=True).startswith("3 written answers matching the filter")
    button = page.select_one(f"#answer-{ids[0]} button[aria-keyshortcuts=c]")
    assert "tone=negative" in button["hx-post"]  # the action carries the list it came from
    r = soup(officer_client.post(button["hx-post"], headers={"HX-Request": "true"}))
    count, label = r.select_one("#theming-count"), r.select_one("#scope-filter-label")
    assert count["hx-swap-oob"] == "true" and count.get_text(" ", strip=True).startswith("2 written answers matching the filter")
    assert label["hx-swap-oob"] == "true" and label.get_text(strip=True) == "All 2 in this list"
    # Setting a tone that takes an answer out of the filter counts too.
    r = soup(officer_client.post(button["hx-post"].replace(f"/answers/{ids[0]}/", f"/answers/{ids[1]}/"),
                                 data={"action": "tone-positive"}, headers={"HX-Request": "true"}))
    assert r.select_one("#theming-count").get_text(" ", strip=True).startswith("1 written answer matching the filter")


# ---- "No theme fits": an officer's decision on one answer -------------------------------------------


def answer(answer_id):
    db.session.expire_all()
    return db.session.get(Answer, answer_id)


def events(action):
    return list(db.session.execute(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)).scalars())


def to_check(session, **f):
    return themes.answers_to_theme(session.review, themes.ThemingFilter(**f)).total


# ---- the decision --------------------------------------------------------------------------------


def test_an_officer_decides_no_theme_fits_and_the_answer_leaves_the_count_still_to_check(app, officer, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "my cat is called biscuit", suggested=("social-workers", "being-heard"))
    other = approved(two_questions, two_questions.prompts[1], "new sw again")
    assert to_check(two_questions) == 2
    themes.decide_no_theme(officer, two_questions.review, a)
    decided = answer(a)
    assert decided.no_theme_fits and decided.themes == []  # the suggestions are gone: no pack or board can read them
    assert sources(other) == {"social-workers": "suggested"}
    # Recorded, by whom, on which answer.
    [event] = events("themes-none")
    assert event.actor_id == officer.id and event.detail == {"answer_ids": [a]} and event.subject_type == "Review"
    # No longer to check; still found with "no theme", and with every written answer.
    assert to_check(two_questions) == 1
    assert themes.matching_ids(two_questions.review, themes.ThemingFilter(theme=themes.NO_THEME, unconfirmed=False)) == [a]
    assert a in themes.matching_ids(two_questions.review, themes.ThemingFilter(unconfirmed=False))
    # Its themes are decided: "Suggest themes" leaves it alone, and suggesting again puts nothing back.
    assert a not in themes.unthemed_approved_ids(two_questions.review)
    themes.suggest([answer(a)])
    db.session.commit()
    assert answer(a).themes == [] and answer(a).no_theme_fits
    # Deciding it again changes nothing and records nothing more.
    themes.decide_no_theme(officer, two_questions.review, a)
    assert len(events("themes-none")) == 1


def test_choosing_a_theme_later_undoes_no_theme_fits(app, officer, two_questions):
    review = two_questions.review
    a, b, c = (approved(two_questions, two_questions.prompts[1], words) for words in ("one", "two", "three"))
    for i in (a, b, c):
        themes.decide_no_theme(officer, review, i)
    themes.choose_themes(officer, review, a, ["money"])
    themes.apply(officer, review, [b], "add", "being-heard")
    themes.new_theme(officer, review, "Pets", [c])
    assert [(t.theme, t.source) for t in answer(a).themes] == [("money", "confirmed")] and not answer(a).no_theme_fits
    assert [(t.theme, t.source) for t in answer(b).themes] == [("being-heard", "confirmed")] and not answer(b).no_theme_fits
    assert [(t.theme, t.source) for t in answer(c).themes] == [("pets", "confirmed")] and not answer(c).no_theme_fits
    assert events("themes-chosen")[0].detail == {"answer_ids": [a], "themes": ["money"]}
    # Confirming "the suggestions" of an answer with none is no way to undo it: nothing changes.
    d = approved(two_questions, two_questions.prompts[1], "four")
    themes.decide_no_theme(officer, review, d)
    assert themes.apply(officer, review, [d], "confirm") == 0 and answer(d).no_theme_fits


def test_no_theme_and_a_theme_together_are_refused_and_a_council_theme_cannot_be_called_none(app, officer, two_questions):
    review = two_questions.review
    a = approved(two_questions, two_questions.prompts[1], "hmm")
    with pytest.raises(InvalidChange, match="not both"):
        themes.choose_themes(officer, review, a, [themes.NO_THEME, "money"])
    assert sources(a) == {"social-workers": "suggested"} and not answer(a).no_theme_fits
    themes.choose_themes(officer, review, a, [themes.NO_THEME])
    assert answer(a).no_theme_fits and answer(a).themes == []
    with pytest.raises(InvalidChange, match="already a theme"):  # its id would be the filter's "none"
        themes.new_theme(officer, review, "None", [])


def test_words_nobody_has_read_can_be_decided_and_a_translation_keeps_the_decision(app, officer, two_questions):
    sw = two_questions.prompts[1]
    sw.theme = "social-workers"
    db.session.commit()
    a = unread(two_questions, sw)
    themes.suggest([a])
    db.session.commit()
    themes.decide_no_theme(officer, two_questions.review, a.id)
    themes.translate(officer, two_questions.review, a.id, "i miss my mother and my brothers a lot")
    assert answer(a.id).themes == [] and answer(a.id).no_theme_fits  # the officer's decision, as a confirmed theme would be


def test_the_board_never_shows_it_under_a_theme_but_it_can_become_a_new_theme(app, officer, two_questions):
    review = two_questions.review
    words = ("the wifi at the youth club is rubbish", "wifi never works at the youth club", "fix the youth club wifi please")
    ids = [approved(two_questions, two_questions.prompts[1], w, suggested=("home-and-carers",)) for w in words]
    for i in ids:
        themes.decide_no_theme(officer, review, i)
    data = themes.board(review, themes.Filters())
    assert not any(a.id in ids for row in data.rows for a in row.answers) and data.answers == 0
    grouped = [sorted(a.id for a in answers) for answers, _ in themes.emerging_groups(review)]
    assert sorted(ids) in grouped


# ---- on Check themes -------------------------------------------------------------------------------


def test_no_theme_fits_on_one_answer_by_htmx_returns_it_decided_with_the_count(officer_client, officer, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "my cat is called biscuit")
    b = approved(two_questions, two_questions.prompts[1], "new sw")
    page = soup(officer_client.get(theming_url(two_questions, tone="negative")))
    assert page.select_one("#theming-count").get_text(" ", strip=True).startswith("2 written answers")
    button = page.select_one(f"#answer-{a} button[aria-keyshortcuts='0']")
    assert "tone=negative" in button["hx-post"] and button["hx-target"] == f"#answer-{a}"
    # Without JavaScript the same button sends its answer's own small form to the same place.
    form = page.select_one(f"form#{button['form']}")
    assert button["formaction"] == button["hx-post"].split("?")[0] and form.select_one("[name=csrf_token]")
    r = officer_client.post(button["hx-post"], headers={"HX-Request": "true"})
    item = soup(r).select_one("article")
    assert item["id"] == f"answer-{a}" and item.has_attr("data-decided")
    assert item.select_one(".py-saved[role=status]").get_text(" ", strip=True) == "Done: Recorded that no theme fits this answer."
    assert item.select_one(".govuk-tag--green").get_text(" ", strip=True).startswith("No theme fits")
    assert item.select_one("button[aria-keyshortcuts='0']") is None  # nothing left to decide on it
    count = soup(r).select_one("#theming-count")
    assert count["hx-swap-oob"] == "true" and count.get_text(" ", strip=True).startswith("1 written answer ")
    assert soup(r).select_one("#scope-filter-label").get_text(strip=True) == "All 1 in this list"
    assert answer(a).no_theme_fits and sources(b) == {"social-workers": "suggested"}
    # Still to check is only the other one; the "no theme" filter with every answer finds the decided one.
    assert [int(el["data-answer"]) for el in soup(officer_client.get(theming_url(two_questions))).select(".py-theming-item")] == [b]
    listed = soup(officer_client.get(theming_url(two_questions, theme="none", show="all")))
    assert [int(el["data-answer"]) for el in listed.select(".py-theming-item")] == [a]
    assert listed.select_one("#f-theme option[selected]").get_text() == "No theme fits (decided, or none fits well)"


def test_an_answer_that_says_nothing_more_says_the_pack_counts_it_toward_no_theme(officer_client, two_questions):
    ok = approved(two_questions, two_questions.prompts[1], "i dont know")
    real = approved(two_questions, two_questions.prompts[1], "new sw every month")
    page = soup(officer_client.get(theming_url(two_questions)))
    note = "the pack counts it toward no theme, whatever its themes here"
    assert note in page.select_one(f"#answer-{ok}").get_text(" ", strip=True)
    assert note not in page.select_one(f"#answer-{real}").get_text(" ", strip=True)


def test_no_theme_fits_on_ticked_answers_and_on_a_whole_filter_from_the_action_bar(officer_client, officer, two_questions):
    sw = two_questions.prompts[1]
    a = approved(two_questions, sw, "my cat is called biscuit")
    b = approved(two_questions, sw, "i like pizza", confirmed=("home-and-carers",))
    keep = approved(two_questions, two_questions.prompts[2], "new sw every month")
    page = soup(officer_client.get(theming_url(two_questions)))
    assert page.select_one("#action option[value=none]").get_text(strip=True) == "No theme fits"
    url = f"/staff/reviews/{two_questions.review_id}/theming/apply?prompt={sw.id}&show=all"
    r = officer_client.post(url, data={"scope": "ticked", "action": "none", "answer_ids": [a]})
    assert r.status_code == 303 and answer(a).no_theme_fits and sources(a) == {}
    # The whole filter: asked first, with how many will change (the one already decided is not counted again).
    confirm = soup(officer_client.post(url, data={"scope": "filter", "action": "none"}))
    assert confirm.select_one("h1").get_text(strip=True) == "Decide that no theme fits 1 answer?"
    data = {i["name"]: i.get("value", "") for i in confirm.select("main form input[type=hidden]")}
    assert officer_client.post(confirm.select_one("main form")["action"], data=data).status_code == 303
    assert answer(b).no_theme_fits and sources(b) == {}  # its confirmed theme went with the decision
    assert not answer(keep).no_theme_fits and sources(keep) == {"social-workers": "suggested"}
    events = db.session.execute(select(AuditEvent).where(AuditEvent.action == "themes-none")).scalars().all()
    assert [e.detail["answer_ids"] for e in events] == [[a], [b]] and all(e.actor_id == officer.id for e in events)


def test_an_answer_no_theme_fits_has_no_tone_left_to_check(officer_client, officer, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "my cat is called biscuit")
    b = approved(two_questions, two_questions.prompts[1], "new sw again")
    assert shown_ids(soup(officer_client.get(theming_url(two_questions, show="tone")))) == [a, b]
    themes.decide_no_theme(officer, two_questions.review, a)
    assert shown_ids(soup(officer_client.get(theming_url(two_questions, show="tone")))) == [b]


def test_no_theme_fits_is_taken_back_with_fresh_suggestions_by_htmx_and_without_javascript(officer_client, officer, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "my social worker changed again and nobody told me")
    themes.decide_no_theme(officer, two_questions.review, a)
    item = soup(officer_client.get(theming_url(two_questions, show="all"))).select_one(f"#answer-{a}")
    undo = next(b for b in item.select("button") if b.get_text(" ", strip=True).startswith("Undo no theme fits"))
    r = officer_client.post(undo["hx-post"], headers={"HX-Request": "true"})
    back = soup(r).select_one("article")
    assert back.select_one(".py-saved[role=status]").get_text(" ", strip=True) == (
        "Done: Taken back: its themes are suggested again, for you to check.")
    assert not answer(a).no_theme_fits and "social-workers" in sources(a) and set(sources(a).values()) == {"suggested"}
    assert back.select_one("button[aria-keyshortcuts='0']") is not None  # it can be decided again
    # Without JavaScript: the same button's own form, back to the list at that answer.
    themes.decide_no_theme(officer, two_questions.review, a)
    r = officer_client.post(undo["formaction"], data={"back": theming_url(two_questions)})
    assert r.status_code == 303 and r.location.endswith(f"#answer-{a}") and not answer(a).no_theme_fits
    events = [e.action for e in db.session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()]
    assert events.count("themes-none-undone") == 2


def test_no_theme_fits_works_without_javascript(officer_client, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "my cat is called biscuit")
    approved(two_questions, two_questions.prompts[1], "another to check")
    back = theming_url(two_questions, tone="negative")
    r = officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/answers/{a}/no-theme", data={"back": back})
    assert r.status_code == 303 and r.location == f"{back}#answer-{a}"
    page = soup(officer_client.get(r.location))
    assert page.select_one(".py-action-bar .py-bar-message[role=status]").get_text(" ", strip=True) == (
        "Done: Recorded that no theme fits this answer.")
    assert answer(a).no_theme_fits and len(events("themes-none")) == 1


def test_no_theme_fits_is_refused_on_an_answer_of_another_review(officer_client, make_session, two_questions):
    other = make_session(prompts=("text",))
    a = approved(other, other.prompts[0], "not in this review")
    r = officer_client.post(f"/staff/reviews/{two_questions.review_id}/theming/answers/{a}/no-theme")
    assert r.status_code == 404 and not answer(a).no_theme_fits and events("themes-none") == []


def test_the_choose_themes_editor_offers_no_theme_fits_on_its_own(officer_client, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "i dont no", suggested=("rights-and-complaints",))
    page = soup(officer_client.get(theming_url(two_questions)))
    link = page.select_one(f"#answer-{a} a[aria-keyshortcuts=t]")
    item = soup(officer_client.get(link["hx-get"], headers={"HX-Request": "true"})).select_one("article")
    boxes = item.select("input[name=themes]")
    none = boxes[-1]
    # The last box, after "or", goes on its own (GOV.UK's "none" option), and belongs to the answer's form too.
    assert none["value"] == "none" and none["data-behaviour"] == "exclusive" and none["form"] == f"themes-{a}"
    assert item.select_one(f"label[for={none['id']}]").get_text(strip=True) == "No theme fits"
    assert "govuk-checkboxes__divider" in none.find_parent("div").find_previous_sibling("div")["class"]
    save = item.select_one("button[hx-post]")["hx-post"]
    # Both at once: refused beside the boxes, what was ticked kept, nothing changed.
    r = officer_client.post(save, data={"themes": ["none", "money"]}, headers={"HX-Request": "true"})
    assert r.status_code == 422 and "not both" in soup(r).select_one(".govuk-error-message").get_text()
    assert {b["value"] for b in soup(r).select("input[name=themes][checked]")} == {"none", "money"}
    assert sources(a) == {"rights-and-complaints": "suggested"}
    # Alone: decided, and the item says so.
    r = officer_client.post(save, data={"themes": ["none"]}, headers={"HX-Request": "true"})
    item = soup(r).select_one("article")
    assert item.has_attr("data-decided") and "Recorded that no theme fits this answer." in item.get_text()
    assert answer(a).no_theme_fits and answer(a).themes == []
    # Opened again, "No theme fits" is ticked and no theme is.
    item = soup(officer_client.get(link["hx-get"], headers={"HX-Request": "true"})).select_one("article")
    assert [b["value"] for b in item.select("input[name=themes][checked]")] == ["none"]
    # Choosing a theme there undoes it.
    officer_client.post(save, data={"themes": ["money"]}, headers={"HX-Request": "true"})
    assert sources(a) == {"money": "confirmed"} and not answer(a).no_theme_fits


def test_choosing_no_theme_works_without_javascript(officer_client, two_questions):
    a = approved(two_questions, two_questions.prompts[1], "meetings explained")
    back = theming_url(two_questions, show="all")
    page = soup(officer_client.get(f"/staff/reviews/{two_questions.review_id}/theming/answers/{a}/themes?back={back.replace('?', '%3F')}"))
    form = page.select_one("main form[method=post]")
    assert form.select_one("input[name=themes][value=none]") is not None
    r = officer_client.post(form["action"], data={"themes": ["none"], "back": back})
    assert r.status_code == 303 and r.location == f"{back}#answer-{a}"
    assert answer(a).no_theme_fits
