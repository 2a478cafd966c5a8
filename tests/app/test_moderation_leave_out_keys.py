"""Every way of leaving an answer out by one key asks first: the queue marks those controls for static/js/shortcuts.js."""

from __future__ import annotations

from tests.app.test_moderation_repeats import visit
from tests.app.test_moderation_undo_and_filters import soup


def test_every_leave_out_key_and_send_to_safeguarding_ask_first_in_a_polite_live_region(app, officer_client, make_session):
    two_texts = make_session(prompts=("text", "text", "text"))
    _, again = visit(app, two_texts, "we never get to go on trips with school", "we never get to go on trips with school")
    page = soup(officer_client.get(f"/staff/moderation?session={two_texts.id}"))
    card = page.select_one(f"#answer-{again.id}")
    asking = {b["data-action"]: b for b in card.select("button[aria-keyshortcuts]") if b.has_attr("data-confirm")}
    assert set(asking) == {"reject", "leave-out-repeat", "escalate"}
    assert not card.select_one("button[data-action=approve]").has_attr("data-confirm")  # approving is undone as easily
    for button in asking.values():
        note = page.select_one(f"#{button['data-confirm-note']}")
        assert note is not None and note["role"] == "status" and note.get_text() == ""
        assert button["aria-describedby"] == button["data-confirm-note"]
        assert "Esc cancels" in button["data-confirm"]
    # The number keys press Leave out through its reasons, so they ask as r does, naming the reason.
    assert "{choice}" in asking["reject"]["data-confirm"]
    select = card.select_one(f"#reason-{again.id}")
    assert select["aria-keyshortcuts"] == "1 2 3 4 5" and select.find_parent("form") is asking["reject"].find_parent("form")
    assert [o["data-choice"] for o in select.select("option")] == [
        "off topic", "abusive", "could identify someone", "duplicate", "other"]
    keys = page.select_one("#shortcuts").get_text(" ", strip=True)
    assert "Leave out, pressing the key twice" in keys and "d then d again" in keys
