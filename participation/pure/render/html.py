"""Pack -> semantic, accessible HTML: a whole standalone document, or the bare <article> for the app."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from html import escape
from importlib import resources

from participation.pure.render import schema
from participation.pure.render.chart import chart_svg
from participation.pure.render.schema import (
    FOCUS_HEADING,
    HIDDEN_MARK,
    HIDDEN_NOTE,
    METHOD_DETAIL_HEADING,
    NO_BREAKDOWN,
    NO_THEME_HEADING,
    NOTHING_MORE_HEADING,
    NOTHING_MORE_NOTE,
    NUMBERS_ANCHOR,
    PLACEHOLDER_NOTE,
    SEE_NUMBERS,
    SEE_THEME,
    SIGNATURES_NOTE,
    SINCE_HEADING,
    TICK_ALL_NOTE,
    TONE_CAPTION,
    TONE_NAMES,
    Pack,
    annex_line,
    as_at_text,
    coverage_pointer,
    focus_intro,
    follow_up_line,
    group_table,
    long_date,
    method_paragraphs,
    no_theme_note,
    no_update_text,
    placed_text,
    response_text,
    sections,
    shown,
    signatures_text,
    status_line,
    summary_changes,
    theme_anchor,
    theme_count_text,
    tracker_line,
    translation_text,
    who_took_part,
)

CHART_TITLE = "Number of young people who wrote about each theme"
KINDS = {
    "text": "written answer",
    "scale": "faces from Really bad to Really good",
    "single": "pick one",
    "multiple": "tick all that fit",
    "choice": "choice",
    "emoji": "faces with words",
}


def _e(s: object) -> str:
    return escape("" if s is None else str(s), quote=True)


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-") or "x"


@cache
def pack_css() -> str:
    return resources.files(__package__).joinpath("pack.css").read_text(encoding="utf-8")


def text_direction(text: str) -> str:
    """'rtl' or 'ltr' from the first strong character, as dir="auto" does in a browser; else 'auto'."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return "auto"


def _dir(text: str, resolve: bool) -> str:
    # Browsers work out dir="auto" themselves; WeasyPrint does not (nor unicode-bidi: plaintext), so
    # for the PDF the direction is resolved here and an answer in Arabic or Farsi still reads right.
    return text_direction(text) if resolve else "auto"


def _list(items: list[str], tag: str = "ul", cls: str = "pack-list") -> str:
    return f'<{tag} class="{cls}">' + "".join(f"<li>{_e(i)}</li>" for i in items) + f"</{tag}>"


def _rests_on(r: dict, themes: list[dict]) -> str:
    """What a recommendation rests on, with "see the theme" a link to that theme's section of the pack."""
    position = {t["id"]: i for i, t in enumerate(themes, 1)}
    items = []
    for line, theme in zip(r["rests_on"], r.get("rests_on_themes") or [None] * len(r["rests_on"]), strict=True):
        if theme in position and SEE_THEME in line:
            before, after = line.rsplit(SEE_THEME, 1)
            items.append(f'{_e(before)}<a href="#{theme_anchor(position[theme], theme)}">{SEE_THEME}</a>{_e(after)}')
        elif SEE_NUMBERS in line:
            before, after = line.rsplit(SEE_NUMBERS, 1)
            items.append(f'{_e(before)}<a href="#{NUMBERS_ANCHOR}">{SEE_NUMBERS}</a>{_e(after)}')
        else:
            items.append(_e(line))
    return '<ul class="pack-list pack-rests-on">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _translation(text: str, translations: dict[str, str]) -> str:
    """An officer's English translation, after the original words (which keep their own direction)."""
    t = translations.get(text)
    return f'<p class="pack-translation" dir="ltr" lang="en-GB">{_e(translation_text(t))}</p>' if t else ""


def _words(items: list[str], resolve: bool, translations: dict[str, str] | None = None) -> str:
    """Young people's answers, each in its own direction, with a translation where there is one."""
    translations = translations or {}
    out = []
    for i in items:
        if i in translations:
            out.append(
                f'<li dir="{_dir(i, resolve)}"><span class="pack-original">{_e(i)}</span>{_translation(i, translations)}</li>'
            )
        else:
            out.append(f'<li dir="{_dir(i, resolve)}">{_e(i)}</li>')
    return '<ul class="pack-list pack-answers">' + "".join(out) + "</ul>"


_HIDDEN_NOTE_HTML = f'<p class="pack-small pack-hidden-note">{_e(HIDDEN_NOTE)}</p>'


def _table(caption: str, head: list[str], rows: list[list[str]], cls: str = "pack-table") -> str:
    # The first cell of each row names it, so it is a row header; numbers sit in plain cells.
    num = ' class="pack-num"'
    rows = [[r[0], *(shown(c) for c in r[1:])] for r in rows]
    thead = "".join(f'<th scope="col"{num if i else ""}>{_e(h)}</th>' for i, h in enumerate(head))
    body = "".join(
        "<tr>"
        + f'<th scope="row">{_e(r[0])}</th>'
        + "".join(f'<td class="pack-num">{_e(c)}</td>' for c in r[1:])
        + "</tr>"
        for r in rows
    )
    # The wrapper keeps a caption on the same printed page as its table, and scrolls a wide table
    # sideways on a phone instead of the whole page.
    # A hidden count is explained once, under the table that prints it.
    note = _HIDDEN_NOTE_HTML if any(HIDDEN_MARK in r[1:] for r in rows) else ""
    return (
        f'<div class="pack-table-wrap"><table class="{cls}"><caption>{_e(caption)}</caption>'
        f"<thead><tr>{thead}</tr></thead><tbody>{body}</tbody></table>{note}</div>"
    )


def _grid(tables: Iterable[str]) -> str:
    """Small tables read side by side: two to a row in print (pack.css), one under another on a screen. What
    "hidden" means is said once, under them all, not under each table that prints it."""
    tables = list(tables)
    note = _HIDDEN_NOTE_HTML if any(_HIDDEN_NOTE_HTML in t for t in tables) else ""
    return '<div class="pack-table-grid">' + "".join(t.replace(_HIDDEN_NOTE_HTML, "") for t in tables) + "</div>" + note


def _section(sid: str, heading: str, inner: str) -> str:
    return (
        f'<section id="{sid}" class="pack-section {sid}" aria-labelledby="{sid}-heading">'
        f'<h2 id="{sid}-heading">{_e(heading)}</h2>{inner}</section>'
    )


def _header(pack: Pack, details: bool = True) -> str:
    """The title and status, and (details) the review, ILACS areas, annexes and date: the PDF's cover. On a
    screen the details follow the summary and the questions instead (_about), so the first screen is what young
    people said."""
    preview = pack["status"] != "published"
    out = [
        '<header class="pack-header">',
        f'<p class="pack-council">{_e(pack["council"])}</p>',
        f'<h1 id="pack-title">{_e(pack["title"])}</h1>',
        f'<p class="pack-status {"pack-status-preview" if preview else "pack-status-published"}">'
        f"<strong>{_e(status_line(pack))}</strong></p>",
    ]
    if preview and pack["coverage"]["unthemed"]:
        out.append(
            '<div class="pack-warning" role="note"><p><strong>Not every answer is counted: </strong>'
            f"{_e(pack['coverage']['sentence'])}</p></div>"
        )
    if pack.get("correction_note"):
        out.append(
            '<div class="pack-correction" role="note"><p><strong>Correction: </strong>'
            f"{_e(pack['correction_note'])}</p></div>"
        )
    if details:
        out.append(_details(pack))
    out.append("</header>")
    return "".join(out)


def _details(pack: Pack) -> str:
    review = pack["review"]
    out = [f'<p class="pack-review"><span class="pack-label">Review: </span>{_e(review["title"])}</p>']
    if review.get("description"):
        out.append(f'<p class="pack-review-description">{_e(review["description"])}</p>')
    if review.get("ilacs_areas"):
        out.append(
            '<p class="pack-ilacs"><span class="pack-label">ILACS areas: </span>'
            + _e("; ".join(a["label"] for a in review["ilacs_areas"]))
            + "</p>"
        )
    out.append(f'<p class="pack-annexes">{_e(annex_line(pack))}</p>')
    out.append(_tracker(pack))
    out.append(f'<p class="pack-generated">Prepared on {_e(long_date(pack["generated_on"]))}.</p>')
    return "".join(out)


def _tracker(pack: Pack) -> str:
    """Where the recommendations tracker is, its full address a link (nothing where the pack has none)."""
    line = tracker_line(pack)
    if not line:
        return ""
    url = _e(pack["tracker_url"])
    return f'<p class="pack-tracker">{_e(line)} <a href="{url}">{url}</a></p>'


def _about(pack: Pack) -> str:
    """After the summary and the questions on a screen: what the pack is for, what it holds, and its contents."""
    return (
        '<section class="pack-about" aria-labelledby="pack-about-heading">'
        '<h2 id="pack-about-heading">About this pack</h2>' + _details(pack) + _nav(pack) + "</section>"
    )


def _nav(pack: Pack) -> str:
    links = "".join(f'<li><a href="#{sid}">{_e(h)}</a></li>' for sid, h in sections(pack))
    return (
        '<nav class="pack-contents" aria-labelledby="pack-contents-title">'
        f'<p class="pack-contents-title" id="pack-contents-title">Contents</p><ol>{links}</ol></nav>'
    )


def _summary(pack: Pack, resolve: bool) -> str:
    # Who took part and the strongest messages first, so they fill a tablet's first screen and lead the PDF's summary
    # page; then the review's question, who they were (group, age and time in care side by side, which pack.css keeps
    # on that A4 page) and what works beside what does not.
    s = pack["summary"]
    out = [
        '<h3 id="pack-who">Who took part</h3>',
        f'<p class="pack-lead">{_e(who_took_part(pack))} '
        "No names, schools or homes were asked for or are shown.</p>",
        '<h3 id="pack-messages">The strongest messages</h3>',
        _list(s["messages"], "ol", "pack-list pack-messages"),
    ]
    if s.get("review_focus"):
        out += [f'<h3 id="pack-focus">{_e(FOCUS_HEADING)}</h3>', f'<p class="pack-lead">{_e(focus_intro(pack))}</p>',
                _list(s["review_focus"]["lines"], "ul", "pack-list pack-focus")]
    out += [
        '<h3 id="pack-who-they-were">Who they were</h3>',
        f'<p class="pack-coverage">{_e(coverage_pointer(pack))}</p>',
    ]
    if s["sessions"]:
        out.append(
            _table(
                "Sessions",
                ["Session", "Date", "Who it was for"],
                [[x["title"], long_date(x["date"]), x["audience"]] for x in s["sessions"]],
                "pack-table pack-table-text",
            )
        )
    facts = []
    if s["groups"]:
        facts.append(
            _table(
                "Young people by group",
                ["Group", "Young people"],
                [[g["label"], g["young_people"]] for g in s["groups"]],
            )
        )
    facts.extend(_choice(c) for c in pack.get("about_you") or [])
    if facts:
        out.append('<div class="pack-facts-row">' + "".join(facts) + "</div>")
    if pack.get("about_you"):
        out.append('<p class="pack-small">Young people could say how old they are and how long they have been in care, or skip it.</p>')
    if s.get("groups_note"):  # why there is no table, or how a young person's group in it was decided
        small = ' class="pack-small"' if s["groups"] else ""
        out.append(f"<p{small}>{_e(s['groups_note'])}</p>")

    out.append('<div class="pack-sides"><div class="pack-side">')
    out.append('<h3 id="pack-working">What is working well</h3>')
    out.append(
        _list(s["working_well"]) if s["working_well"] else "<p>Nothing was raised as working well.</p>"
    )
    out.append('</div><div class="pack-side">')
    out.append('<h3 id="pack-not-working">What is not working well</h3>')
    out.append(
        _list(s["not_working"]) if s["not_working"] else "<p>Nothing was raised as not working well.</p>"
    )
    out.append("</div></div>")
    if s.get("too_few"):
        out.append(f'<p class="pack-too-few">{_e(s["too_few"])}</p>')
    if s.get("hidden_tone"):
        out.append(f'<p class="pack-hidden-tone">{_e(s["hidden_tone"])}</p>')
    changes = summary_changes(pack)
    if changes:
        # A line each, not a heading of its own, to keep the summary short.
        out.append('<div class="pack-since-changes" id="pack-since-summary">'
                   + "".join(f"<p><strong>{_e(SINCE_HEADING)}:</strong> {_e(c)}</p>" for c in changes) + "</div>")
    if pack.get("follow_up"):
        out.append('<h3 id="pack-follow-up">What young people were told afterwards</h3>')
        out.append(
            '<ul class="pack-list">'
            + "".join(
                f"<li>{_e(follow_up_line(f))}"
                + (f' <a href="{_e(f["url"])}">{_e(f["url"])}</a>' if f.get("url") else "")
                + "</li>"
                for f in pack["follow_up"]
            )
            + "</ul>"
        )
    return "".join(out)


def _method(pack: Pack, resolve: bool) -> str:
    m = pack["method"]
    out = [f"<p>{_e(p)}</p>" for p in method_paragraphs(pack)]
    out.append('<h3 id="pack-left-out">Answers left out</h3>')
    if m["left_out"]:
        out.append(
            "<p>The reason each answer was left out, never what it said.</p>"
            + _table(
                "Answers left out, by reason",
                ["Reason", "Answers"],
                [[x["reason"], x["count"]] for x in m["left_out"]],
            )
        )
    else:
        out.append("<p>No answers were left out.</p>")
    out.append('<h3 id="pack-small-numbers">Small numbers</h3>')
    out.append(f"<p>{_e(m['suppression'])}</p>")
    out.append('<h3 id="pack-limits">What this evidence cannot tell you</h3>')
    out.append(_list(m["limits"]))
    return "".join(out)


def _themes(pack: Pack, resolve: bool) -> str:
    out = [f'<p class="pack-note">{_e(PLACEHOLDER_NOTE)}</p>']
    if any(t["signatures"] for t in pack["themes"]):
        out.append(f'<p class="pack-note pack-signatures-note">{_e(SIGNATURES_NOTE)}</p>')
    if any(shown(t["tone"][k]) == HIDDEN_MARK for t in pack["themes"] for k, _ in TONE_NAMES):
        out.append(f'<p class="pack-note pack-hidden-note">{_e(HIDDEN_NOTE)}</p>')
    if not pack["themes"]:
        out.append("<p>No themes came out of the answers.</p>")
    for i, t in enumerate(pack["themes"], 1):
        tid = theme_anchor(i, t["id"])
        tone = t["tone"]
        out.append(f'<section id="{tid}" class="pack-theme" aria-labelledby="{tid}-heading">')
        out.append(f'<h3 id="{tid}-heading">{_e(t["label"])}</h3>')
        count = theme_count_text(t)
        out.append(
            f'<p class="pack-theme-count"><strong>{_e(t["young_people"])}</strong>'
            f"{_e(count[len(t['young_people']):])}</p>"
        )
        if placed_text(t):
            out.append(f'<p class="pack-placed">{_e(placed_text(t))}</p>')
        out.extend(f'<p class="pack-note">{_e(q)}</p>' for q in t.get("other_questions") or [])
        out.append(
            f'<div class="pack-tone-line"><p class="pack-tone-caption">{_e(TONE_CAPTION)}:</p><dl class="pack-tone">'
            + "".join(f"<div><dt>{name}</dt><dd>{_e(shown(tone[key]))}</dd></div>" for key, name in TONE_NAMES)
            + "</dl></div>"
        )
        if t["quotes"]:
            out.append(f'<h4 id="{tid}-words">In their words</h4>')
            translations = pack.get("translations") or {}
            out.extend(
                f'<blockquote class="pack-quote" dir="{_dir(q, resolve)}"><p>{_e(q)}</p>{_translation(q, translations)}</blockquote>'
                for q in t["quotes"]
            )
        else:
            out.append('<p class="pack-muted">No answer on this theme was starred as a quote.</p>')
        if t["ilacs_areas"]:
            out.append(
                '<p class="pack-ilacs"><span class="pack-label">ILACS areas: </span>'
                + _e("; ".join(a["label"] for a in t["ilacs_areas"]))
                + "</p>"
            )
        if t["signatures"]:
            heading, lead, items = signatures_text(t["signatures"], t["risk_weight"], t.get("risk_basis", ""), t["id"])
            out.append(f'<h4 id="{tid}-risk">{_e(heading)}</h4>')
            if lead:
                out.append(f'<p class="pack-signatures-lead">{_e(lead)}</p>')
            out.append(
                '<ul class="pack-list pack-signatures">'
                + "".join(f'<li><strong class="pack-signature-label">{_e(label)}</strong> {_e(why)}</li>' for label, why in items)
                + "</ul>"
            )
        out.append("</section>")
    return "".join(out)


def _questions(pack: Pack, resolve: bool) -> str:
    out = [
        "<p>Framed by the three questions councils answer about their own practice in the self-evaluation "
        "they share with Ofsted, so the service can be asked them directly.</p>"
    ]
    for i, q in enumerate(pack["questions"], 1):
        out.append(f'<h3 id="pack-question-{i}">{_e(q["heading"])}</h3>')
        out.append(_list(q["items"]))
    return "".join(out)


def _choice(c: dict) -> str:
    note = f'<p class="pack-note">{_e(TICK_ALL_NOTE)}</p>' if c["multiple"] else ""
    return _table(
        schema.answered_caption(c),
        ["Answer", "Young people"],
        [[d["label"], d["count"]] for d in c["distribution"]],
        "pack-table pack-choice",
    ) + note


def _numbers(pack: Pack, resolve: bool) -> str:
    out = ['<h3 id="pack-chart-heading">Themes by number of young people</h3>']
    if pack["chart"]:
        out.append(
            '<div class="pack-chart-pair"><figure class="pack-figure">'
            + chart_svg([{**r, "display": shown(r["display"])} for r in pack["chart"]], CHART_TITLE)
            + "<figcaption>The same numbers are in the table that goes with this chart. "
            "A theme with no bar was raised by too few young people to show.</figcaption></figure>"
            + _table(
                "Numbers behind the chart",
                ["Theme", "Young people"],
                [[r["label"], r["display"]] for r in pack["chart"]],
                "pack-table pack-chart-table",
            )
            + "</div>"
        )
    else:
        out.append("<p>No themes to chart.</p>")
    out.append('<h3 id="pack-scales">Answers to the scale questions</h3>')
    if pack["scales"]:
        out.append(_grid(
            _table(
                f"{s['prompt']} (answered by {s['answered']} young people)",
                ["Answer", "Young people"],
                [[d["label"], d["count"]] for d in s["distribution"]],
                "pack-table pack-scale",
            )
            for s in pack["scales"]
        ))
    else:
        out.append("<p>No scale questions were asked.</p>")
    out.append('<h3 id="pack-choices">Answers to the choice questions</h3>')
    if pack["choices"]:
        out.append(_grid(_choice(c) for c in pack["choices"]))
    else:
        out.append("<p>No choice questions were asked.</p>")
    since = pack.get("since_last_time")
    if since:
        out.append(f'<h3 id="pack-since">{_e(SINCE_HEADING)}</h3>')
        out.append(f"<p>{_e(schema.since_intro(since))}</p>")
        out.append(_grid(
            _table(
                q["question"],
                schema.since_head(since, q),
                [[r["answer"], r["then"], r["now"]] for r in q["rows"]],
                "pack-table pack-since",
            )
            for q in since["questions"]
        ))
    out.append('<h3 id="pack-groups">Themes by group</h3>')
    if pack["group_breakdown"]:
        out.append(_table("Young people who raised each theme, by group", *group_table(pack["group_breakdown"])))
    else:
        out.append(f"<p>{_e(NO_BREAKDOWN)}</p>")
    return "".join(out)


def _appendix(pack: Pack, resolve: bool) -> str:
    a = pack["appendix"]
    out = []
    if pack["method"].get("detail"):
        out.append(f'<h3 id="pack-method-detail">{_e(METHOD_DETAIL_HEADING)}</h3>')
        out.extend(f"<p>{_e(p)}</p>" for p in pack["method"]["detail"])
    out.append('<h3 id="pack-prompts">The questions as they were asked</h3><ol class="pack-list pack-prompts">')
    for p in a["prompts"]:
        kind = KINDS.get(p["kind"], p["kind"])
        opts = _list(p["options"], "ul", "pack-list pack-options") if p["options"] else ""
        out.append(
            f'<li value="{int(p["n"])}">{_e(p["text"])} <span class="pack-muted">({_e(kind)})</span>{opts}</li>'
        )
    out.append("</ol>")
    out.append(f'<p class="pack-note">{_e(a["answers_intro"])}</p>')
    # Every written answer, theme by theme: on paper one flow in two columns (pack.css), read for reference.
    out.append('<div class="pack-all-answers">')
    for i, group in enumerate(a["answers_by_theme"], 1):
        out.append(f'<h3 id="pack-answers-{i}">Answers about {_e(group["label"])}</h3>')
        if group.get("count_text"):
            out.append(f'<p class="pack-note">{_e(group["count_text"])}</p>')
        if group["answers"]:
            out.append(_words(group["answers"], resolve, pack.get("translations")))
    if a.get("nothing_more"):
        out.append(f'<h3 id="pack-nothing-more">{_e(NOTHING_MORE_HEADING)}</h3>')
        out.append(f'<p class="pack-note">{_e(NOTHING_MORE_NOTE)}</p>')
        out.append(_words(a["nothing_more"], resolve))
    if a.get("no_theme"):
        out.append(f'<h3 id="pack-no-theme">{_e(NO_THEME_HEADING)}</h3>')
        out.append(f'<p class="pack-note">{_e(no_theme_note(a["no_theme"]))}</p>')
    out.append("</div>")
    return "".join(out)


def _recommendations(pack: Pack, resolve: bool) -> str:
    out = []
    if as_at := as_at_text(pack):
        out.append(f'<p class="pack-note" id="pack-as-at">{_e(as_at)}</p>')
    out.append(_tracker(pack))
    for i, r in enumerate(pack["recommendations"], 1):
        due = long_date(r["due"]) if r.get("due") else "No date set"
        overdue = ' <strong class="pack-overdue">Overdue</strong>' if r.get("overdue") else ""
        rows = [
            ("Themes", _e("; ".join(r["themes"])) or "None"),
            ("Response", _e(response_text(r))),
        ]
        if r.get("reasons"):
            rows.append(("Reasons", _e(r["reasons"])))
        rows.append(("Owner", _e(r.get("owner") or "Not yet named")))
        rows.append(("Due", _e(due) + overdue))
        if r.get("status"):
            rows.append(("Status", _e(r["status"] + (f": {no_update_text(r)}" if no_update_text(r) else ""))))
        out.append(f'<section class="pack-recommendation" aria-labelledby="pack-rec-{i}">')
        out.append(f'<h3 id="pack-rec-{i}">{_e(r.get("ref") or i)}. {_e(r["title"])}</h3>')
        out.append(
            '<dl class="pack-facts">'
            + "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in rows)
            + "</dl>"
        )
        if r.get("rests_on"):
            out.append(f'<h4 id="pack-rec-{i}-rests">What it rests on in this pack</h4>')
            out.append(_rests_on(r, pack["themes"]))
        if r["updates"]:
            out.append(f'<h4 id="pack-rec-{i}-progress">Progress</h4>')
            out.append(
                '<ul class="pack-list pack-updates">'
                + "".join(
                    f"<li><strong>{_e(long_date(u['date']))}:</strong> {_e(u['text'])}</li>"
                    for u in r["updates"]
                )
                + "</ul>"
            )
        out.append("</section>")
    return "".join(out)


# Each section's builder, by its id: schema.SECTIONS alone sets their order.
BUILDERS = {
    "pack-summary": _summary,
    "pack-questions": _questions,
    "pack-method": _method,
    "pack-themes": _themes,
    schema.NUMBERS_ANCHOR: _numbers,
    "pack-appendix": _appendix,
    schema.ANNEX[0]: _recommendations,
}


def render_article(pack: Pack, resolve_direction: bool = False, cover: bool = False) -> str:
    """The pack as one <article>: no style attributes or <style>, so it can sit under a strict CSP.
    On a screen the summary comes straight after the title, then the questions to ask, then what the pack is
    and its contents; with `cover` (the PDF) those make a first page of their own, before the summary's page.
    The sections keep schema.SECTIONS' order in both."""
    parts = [
        '<article class="pack-article" lang="en-GB" aria-labelledby="pack-title">',
        _header(pack, details=cover),
    ]
    built = [(sid, _section(sid, heading, BUILDERS[sid](pack, resolve_direction))) for sid, heading in sections(pack)]
    if cover:
        parts.append(_nav(pack))
        parts += [html for _, html in built]
    else:
        html = [h for _, h in built]  # the summary and the questions to ask lead, then what the pack is
        parts += [*html[:2], _about(pack), *html[2:]]
    parts.append(
        f'<footer class="pack-footer"><p>{_e(pack["council"])}. {_e(status_line(pack))}. '
        f"Prepared on {_e(long_date(pack['generated_on']))} with Participation.</p></footer></article>"
    )
    return "".join(parts)


def render_document(pack: Pack, resolve_direction: bool = False, cover: bool = False) -> str:
    """A whole HTML document with its own styles, for download, printing and (resolving dir, with a cover) the PDF."""
    title = pack["title"] if pack["status"] == "published" else f"{pack['title']} ({status_line(pack)})"
    return (
        '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title>"
        f'<meta name="author" content="{_e(pack["council"])}">'
        f'<meta name="description" content="{_e(pack["review"]["title"])}">'
        '<meta name="generator" content="Participation">'
        f'<meta name="dcterms.created" content="{_e(pack["generated_on"])}">'
        f"<style>{pack_css()}</style></head>"
        '<body><a class="pack-skip" href="#pack-summary">Skip to the summary</a>'
        f"<main>{render_article(pack, resolve_direction, cover)}</main></body></html>"
    )
