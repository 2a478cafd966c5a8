"""Pack -> CSV of counts by theme, by scale question and by group, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

from participation.pure.render.schema import Pack, shown, status_line

HEADER = ["section", "label", "young_people", "positive", "mixed", "negative", "question", "group"]
# A cell starting with one of these is run as a formula by Excel, LibreOffice and Google Sheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


COUNTS = {"young_people", "positive", "mixed", "negative"}  # the columns that hold a count


def safe_cell(value: object) -> str:
    """Neutralise spreadsheet formulas (CSV injection) by prefixing a single quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


TRACKER_HEADER = ["ref", "recommendation", "themes", "rests_on", "rests_on_quotes", "response", "responded_on", "reasons", "owner",
                  "due", "overdue", "status", "no_update_since", "latest_progress_on", "latest_progress"]


def render_tracker_csv(rows: list[dict]) -> str:
    """The recommendations tracker as a spreadsheet: one row a recommendation, columns TRACKER_HEADER (dates as YYYY-MM-DD)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=TRACKER_HEADER, restval="", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: safe_cell(shown(v) if k in COUNTS and isinstance(v, str) else v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def render_csv(pack: Pack) -> str:
    """Counts as already suppressed strings; one row per theme, scale answer and group cell."""
    rows: list[dict[str, str]] = [
        {"section": "status", "label": status_line(pack)},
    ]
    if pack.get("correction_note"):
        rows.append({"section": "correction", "label": pack["correction_note"]})
    rows.append({"section": "coverage", "label": pack["coverage"]["sentence"]})
    rows.append(
        {"section": "took-part", "label": "All young people", "young_people": pack["summary"]["young_people"]}
    )
    rows += [
        {"section": "took-part", "label": g["label"], "young_people": g["young_people"]}
        for g in pack["summary"]["groups"]
    ]
    if pack["summary"].get("invited"):
        rows.append({"section": "took-part", "label": "Invited", "young_people": pack["summary"]["invited"]})
    for t in pack["themes"]:
        rows.append(
            {
                "section": "theme",
                "label": t["label"],
                "young_people": t["young_people"],
                "positive": t["tone"]["positive"],
                "mixed": t["tone"]["mixed"],
                "negative": t["tone"]["negative"],
            }
        )
    for s in pack["scales"]:
        rows.append(
            {
                "section": "question",
                "label": "Answered",
                "young_people": s["answered"],
                "question": s["prompt"],
            }
        )
        rows += [
            {
                "section": "question-answer",
                "label": d["label"],
                "young_people": d["count"],
                "question": s["prompt"],
            }
            for d in s["distribution"]
        ]
    for section, items in (("about-you", pack.get("about_you", [])), ("choice", pack.get("choices", []))):
        for c in items:
            rows.append({"section": section, "label": "Answered", "young_people": c["answered"], "question": c["prompt"]})
            rows += [
                {"section": f"{section}-answer", "label": d["label"], "young_people": d["count"], "question": c["prompt"]}
                for d in c["distribution"]
            ]
    since = pack.get("since_last_time")
    for q in since["questions"] if since else []:
        for r in q["rows"]:
            for when, value in ((f"then ({since['when']})", r["then"]), ("now", r["now"])):
                rows.append({"section": "since-last-time", "label": f"{r['answer']}, {when}", "young_people": value, "question": q["question"]})
    for g in pack["group_breakdown"]:
        for key, group in (("children_in_care", "Children in care"), ("care_leavers", "Care leavers"), ("did_not_say", "Did not say")):
            if key in g:
                rows.append({"section": "theme-by-group", "label": g["theme"], "young_people": g[key], "group": group})

    out = io.StringIO()
    # \r\n as RFC 4180 and Excel expect; the app sends it as text/csv; charset=utf-8.
    writer = csv.DictWriter(out, fieldnames=HEADER, restval="", lineterminator="\r\n")
    writer.writeheader()
    # Counts as every other format prints them: "hidden" for either kind kept back (a councillor found "not shown"
    # here and "hidden" everywhere else).
    writer.writerows({k: safe_cell(shown(v) if k in COUNTS and isinstance(v, str) else v) for k, v in row.items()}
                     for row in rows)
    return out.getvalue()
