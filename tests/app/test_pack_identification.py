"""Nothing in a pack may point to one young person: words in another language are printed in the
officer's translation (the language alone narrows it to one or two), and words kept with a rare detail
are printed once, under their theme, never again in the summary, the questions or the tracker."""

from __future__ import annotations

import json
import re

from participation.domain import pack_content, packs
from participation.domain.db import db
from participation.domain.models import Answer, Pack
from participation.domain.pack_content import (
    GENERAL_QUESTIONS,
    KEEP_QUESTIONS,
    THEME_QUESTIONS,
)
from participation.domain.recommendations import starred_quotes
from participation.pure.evidence_rules import (
    SIGNATURE_QUESTIONS,
    THEME_SIGNATURE_QUESTIONS,
    THEME_SIGNATURE_REASONS,
)
from participation.pure.reidentify import rare_details
from participation.pure.render.schema import EDITED_MARK, TRANSLATED_MARK
from tests.conftest import more_young_people, written_answer

ARABIC = "أحتاج مترجم في الاجتماعات لأنني لا أفهم كل شيء"
# Written more generally than the Arabic: needing someone to help them understand (an interpreter) could
# point to the young person, so the translation says what they want, not what they need.
TRANSLATION = "I want people in my meetings to explain everything better"


def _pack(officer_client, session) -> Pack:
    r = officer_client.post(f"/staff/reviews/{session.review_id}/packs", data={"title": "Pack"})
    return db.session.get(Pack, int(r.location.rstrip("/").split("/")[-1]))


def _build(pack: Pack) -> dict:
    db.session.expire_all()
    return pack_content.build(pack.review, pack.session_ids, "x")


def _flags(pack: Pack, answer_id: int) -> list[str]:
    db.session.expire_all()
    return next((q["reasons"] for q in packs.check(pack)["to_check"] if q["id"] == answer_id), [])


def test_words_in_another_language_print_as_the_translation_unless_the_officer_chooses_the_original(
    app, officer_client, open_session
):
    a = written_answer(app, officer_client, open_session, ARABIC, tone="negative", theme="being-heard")
    assert a.language != "en"
    pack = _pack(officer_client, open_session)
    # Untranslated, the pack could only print the Arabic: the language itself is a detail to decide on.
    assert any("a language few young people here write in" in r for r in _flags(pack, a.id))
    # Translated: the translation is printed in place of the Arabic, unmarked, everywhere; nothing is left to decide.
    officer_client.post(
        f"/staff/packs/{pack.id}/answers/{a.id}/translation", data={"translation": TRANSLATION}
    )
    content = _build(pack)
    assert not re.search("[\u0600-\u06ff]", json.dumps(content, ensure_ascii=False))
    assert TRANSLATION in [q for t in content["themes"] for q in t["quotes"]]
    assert TRANSLATED_MARK not in json.dumps(content, ensure_ascii=False)
    assert content["translations"] == {}
    assert _flags(pack, a.id) == []
    check_page = officer_client.get(f"/staff/packs/{pack.id}/check").text
    assert "The pack prints the translation, not these words." in check_page
    # The officer chooses to print the young person's own words: then the translation follows them, and
    # the language is flagged again, so the choice is made with the check in front of them.
    officer_client.post(f"/staff/packs/{pack.id}/answers/{a.id}/original", data={"original": "yes"})
    content = _build(pack)
    assert ARABIC in [q for t in content["themes"] for q in t["quotes"]]
    assert content["translations"] == {ARABIC: TRANSLATION}
    assert any("a language few young people here write in" in r for r in _flags(pack, a.id))
    # A quote with a rare detail is not repeated in the summary, the questions or the tracker.
    said = " ".join(content["summary"]["messages"] + [i for q in content["questions"] for i in q["items"]])
    assert ARABIC not in said and TRANSLATION not in said
    assert a.id not in {q.id for q in starred_quotes(pack.review)}
    # And back to the translation alone.
    officer_client.post(f"/staff/packs/{pack.id}/answers/{a.id}/original", data={"original": "no"})
    assert ARABIC not in json.dumps(_build(pack), ensure_ascii=False)


def test_words_in_another_language_written_more_generally_in_english_are_english(
    app, officer_client, open_session
):
    a = written_answer(app, officer_client, open_session, ARABIC, tone="negative", theme="being-heard")
    pack = _pack(officer_client, open_session)
    officer_client.post(f"/staff/packs/{pack.id}/answers/{a.id}/edit", data={"text": TRANSLATION})
    db.session.expire_all()
    assert db.session.get(Answer, a.id).language == "en"
    content = _build(pack)
    assert f"{TRANSLATION} {EDITED_MARK}" in [q for t in content["themes"] for q in t["quotes"]]
    assert _flags(pack, a.id) == []


def test_a_quote_kept_with_a_rare_detail_is_printed_under_its_theme_only(app, officer, officer_client, open_session):
    words = "i have had 7 social workers and nobody ever tells me when they change"
    a = written_answer(app, officer_client, open_session, words, tone="negative")
    # Enough young people negative about it for the summary to list it (evidence_rules.placed).
    more_young_people(app, officer_client, officer, open_session, a.themes[0].theme, "negative")
    pack = _pack(officer_client, open_session)
    assert any("count" in r for r in _flags(pack, a.id))
    content = _build(pack)
    assert words in [q for t in content["themes"] for q in t["quotes"]]
    said = " ".join(content["summary"]["messages"] + [i for q in content["questions"] for i in q["items"]])
    assert words not in said
    assert a.id not in {q.id for q in starred_quotes(pack.review)}
    # Written more generally, it may stand beside a figure again.
    general = "i have had so many social workers and nobody ever tells me when they change"
    officer_client.post(f"/staff/packs/{pack.id}/answers/{a.id}/edit", data={"text": general})
    content = _build(pack)
    assert any(general in i for q in content["questions"] for i in q["items"])
    assert a.id in {q.id for q in starred_quotes(pack.review)}


def test_no_question_the_pack_asks_carries_a_detail_the_check_flags():
    # The pack's own questions must not bring back what an officer wrote out of a quote (an interpreter,
    # a language, a count), or a question would point to the young person it fits.
    asked = [q for qs in THEME_QUESTIONS.values() for q in qs] + list(SIGNATURE_QUESTIONS.values())
    # So must the questions and reasons printed beside the signatures of risk.
    asked += [*THEME_SIGNATURE_QUESTIONS.values(), *THEME_SIGNATURE_REASONS.values()]
    asked += [q.format(label="home and carers") for q in (*KEEP_QUESTIONS, *GENERAL_QUESTIONS)]
    flagged = {q: [r for r in rare_details(q) if "may name" not in r and r != "a number"] for q in asked}
    assert {q: r for q, r in flagged.items() if r} == {}
