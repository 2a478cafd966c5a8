"""An audit event's detail in words: labels for keys, checksums shortened, long lists counted."""

from __future__ import annotations

from participation.pure.audit_detail import SHORT, describe, subject_label, value_text


def test_checksums_are_shortened_and_keys_read_as_words():
    sha = "0123456789abcdef" * 4
    assert describe({"sha256": {"pdf": sha, "docx": sha}, "session_id": 4}) == [
        ("Checksums (SHA-256)", f"PDF {sha[:SHORT]}…; Word {sha[:SHORT]}…"),
        ("Session", "4"),
    ]


def test_ordinary_words_are_kept_whole():
    assert value_text("no-further-action") == "no-further-action"
    assert value_text("deadbeef") == "deadbeef"  # too short to be a checksum


def test_long_lists_are_counted_and_flags_read_yes_or_no():
    assert value_text(list(range(1, 61))) == "60: 1, 2, 3, 4, 5 and 55 more"
    assert value_text([3, 4]) == "3, 4"
    assert value_text(True) == "yes" and value_text(None) == "none"
    assert describe({"unknown_key": False}) == [("Unknown key", "no")]
    assert describe(None) == []


def test_what_an_event_was_about_reads_as_words():
    assert subject_label("ParticipationSession", 4) == "Session 4"
    assert subject_label("StaffUser", 2) == "Staff member 2"
    assert subject_label("SomethingNew", None) == "Something new"
    assert subject_label("", None) == ""
