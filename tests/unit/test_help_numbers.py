"""The one file of help lines: every number with the page it was read on and the day."""

from __future__ import annotations

import re
from datetime import date

from participation.pure.help_numbers import all_lines, groups, lines_for


def test_every_number_has_its_source_page_and_the_day_it_was_checked():
    for line in all_lines():
        date.fromisoformat(line.checked)
        if line.number:
            assert line.source and line.source.startswith(("https://", "http://")), line.id
            # The link dials exactly the number shown.
            assert re.sub(r"\D", "", line.href.split("?")[0]) == line.number.replace(" ", ""), line.id


def test_each_group_names_only_lines_in_the_file():
    ids = {line.id for line in all_lines()}
    for group, wanted in groups().items():
        assert set(wanted) <= ids, group


def test_care_leavers_get_money_and_advice_lines_and_not_childline_which_is_for_under_19s():
    leavers = [line.id for line in lines_for("care-leavers")]
    assert "childline" not in leavers
    assert {"become", "stepchange", "personal-adviser", "samaritans", "999"} <= set(leavers)
    assert "childline" in [line.id for line in lines_for("children-in-care")]


def test_young_people_seeking_asylum_get_a_line_in_every_group():
    for group in ("children-in-care", "care-leavers", "both"):
        assert "asylum" in [line.id for line in lines_for(group)]


def test_an_unknown_group_gets_the_lines_for_everyone():
    assert lines_for(None) == lines_for("both") == lines_for("no-such-group")
