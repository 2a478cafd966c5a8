"""Flask commands: demo data, staff accounts, sessions, the screen, retention, themes and packs."""

from __future__ import annotations

import csv
import sys

import click
from flask import Flask, current_app

from participation.domain import packs, screening, sessions, themes
from participation.domain.accounts import create_staff_user
from participation.domain.db import db
from participation.domain.errors import InvalidChange
from participation.domain.models import Review
from participation.domain.retention import purge_raw_text
from participation.ops.demo import load_demo
from participation.pure.safeguarding import screen
from participation.pure.theming import training
from participation.pure.theming.classifier import classify_many


def register(app: Flask) -> None:
    app.cli.add_command(demo_command)
    app.cli.add_command(staff_group)
    app.cli.add_command(sessions_group)
    app.cli.add_command(screen_command)
    app.cli.add_command(retention_group)
    app.cli.add_command(themes_group)
    app.cli.add_command(packs_group)
    app.cli.add_command(safeguarding_group)


@click.command("demo")
def demo_command():
    """Load the demo council, staff, reviews and sessions (safe to run twice; refuses in production)."""
    if current_app.config["ENV_NAME"] == "production":
        raise click.ClickException("The demo data is for trying the app. It is never loaded in production.")
    result = load_demo()
    click.echo(result.summary())


@click.group("staff")
def staff_group():
    """Staff accounts."""


@staff_group.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(["admin", "officer", "safeguarding", "scrutiny"]), required=True)
@click.option("--name", default="")
@click.option("--council", "council_name", default=None, help="Council name (the first council if not given).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def create_staff(email, role, name, council_name, password_stdin):
    """Create a staff account."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = create_staff_user(None, email, role, password, name=name, council_name=council_name)
    except InvalidChange as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"Created {user.role} {user.email}")


@click.group("sessions")
def sessions_group():
    """Participation sessions."""


@sessions_group.command("list")
def list_sessions():
    """Every session: id, review, title, join code, state, young people, answers."""
    rows = sessions.summary_rows()
    header = ("id", "review", "title", "join code", "state", "young people", "answers")
    table = [header] + [tuple(str(v) for v in r) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        click.echo("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())


def _read_id_text(path: str) -> list[dict]:
    """Rows of a CSV with the columns id and text (a spreadsheet's byte-order mark is fine)."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or not {"id", "text"} <= set(reader.fieldnames):
            raise click.ClickException("The input needs the columns id and text.")
        return list(reader)


@click.command("screen")
@click.argument("in_csv", type=click.Path(exists=True, dir_okay=False))
@click.argument("out_csv", type=click.Path(dir_okay=False, writable=True))
def screen_command(in_csv, out_csv):
    """Screen a CSV of answers (columns id,text) as the app does, to check the screen on your own words."""
    rows = _read_id_text(in_csv)
    flagged = unread = 0
    with open(out_csv, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "redacted_text", "pii_kinds", "disclosure", "categories", "language", "screened"])
        for row in rows:
            result = screen(row["text"] or "")
            flagged += result.disclosure
            writer.writerow([row["id"], result.redacted, ";".join(result.pii_kinds), int(result.disclosure),
                             ";".join(result.categories), result.language, int(result.screened)])
            unread += not result.screened
    click.echo(f"Screened {len(rows)} answers: {flagged} possible disclosure{'s' if flagged != 1 else ''}, "
               f"{unread} in a language the screen cannot read (screened=0: a person must read them). Wrote {out_csv}")


@click.group("retention")
def retention_group():
    """Deleting what is kept only for a while."""


@retention_group.command("purge")
def purge_command():
    """Delete young people's exact words older than each council's retention period (run daily)."""
    purged = purge_raw_text()
    click.echo(f"Deleted the exact words of {purged} answer{'s' if purged != 1 else ''}.")


@click.group("themes")
def themes_group():
    """Theme suggestions."""


@themes_group.command("classify")
@click.argument("in_csv", type=click.Path(exists=True, dir_okay=False))
@click.argument("out_csv", type=click.Path(dir_okay=False, writable=True))
def classify_command(in_csv, out_csv):
    """Suggest themes for a CSV of answers (id,text[,prompt_theme][,prompt] in; id,themes,tone out, best theme
    first). A prompt_theme column gives the theme of the question each answer replies to, a prompt column its
    words (the tone reads them)."""
    rows = _read_id_text(in_csv)
    results = classify_many([r["text"] or "" for r in rows], prompt_themes=[r.get("prompt_theme") or None for r in rows],
                            questions=[r.get("prompt") or None for r in rows])
    with open(out_csv, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "themes", "tone"])
        for row, c in zip(rows, results, strict=True):
            writer.writerow([row["id"], ";".join(s.theme for s in c.themes), c.tone])
    click.echo(f"Themed {len(rows)} answers. Wrote {out_csv}")


@themes_group.command("retrain")
def retrain_command():
    """Retrain from officers' confirmed themes and tones plus the shipped set; keep each new model only if it is not worse."""
    extra = themes.confirmed_examples()
    result = training.retrain(extra)
    before = result.before or {}
    click.echo(f"Answers with confirmed themes used: {sum(1 for e in extra if e.themes)}")
    click.echo(f"Held-out top-1 before: {before.get('top1', float('nan')):.3f}  after: {result.after['top1']:.3f}")
    click.echo(f"Held-out top-3 before: {before.get('top3', float('nan')):.3f}  after: {result.after['top3']:.3f}")
    if not any(e.themes for e in extra):
        click.echo("No themes were confirmed, so the theme model is unchanged.")
    else:
        click.echo("The new model replaced the old one." if result.replaced else "The new model was worse, so the old one was kept.")
    if result.tone_after is not None:
        click.echo(f"Confirmed tones used: {sum(1 for e in extra if e.tone)}")
        click.echo(f"Held-out tone before: {result.tone_before or float('nan'):.3f}  after: {result.tone_after:.3f}")
        click.echo("The new tone model replaced the old one." if result.tone_replaced
                   else "The new tone model was worse, so the old one was kept.")


@click.group("packs")
def packs_group():
    """Evidence packs."""


@packs_group.command("build")
@click.argument("review_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["html", "pdf", "docx", "csv"]), required=True)
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True), required=True)
@click.option("--session", "session_ids", type=int, multiple=True, help="Only these sessions (repeat for several).")
def build_pack_command(review_id, fmt, out, session_ids):
    """Build a preview pack for a review (approved, redacted words and suppressed counts only)."""
    review = db.session.get(Review, review_id)
    if review is None:
        raise click.ClickException(f"There is no review {review_id}.")
    data = packs.render(packs.preview_content(review, list(session_ids) or None), fmt)
    with open(out, "wb") as f:
        f.write(data)
    click.echo(f"Wrote {out} ({len(data):,} bytes)")


@click.group("safeguarding")
def safeguarding_group():
    """The screen."""


@safeguarding_group.command("retrain")
def retrain_screen_command():
    """Retrain the screen's risk model from people's decisions; keep it only if it is not worse (audited)."""
    result = screening.retrain(None)
    before = "none" if result.before is None else f"{result.before:.3f}"
    click.echo(f"Decisions used: {result.used}")
    click.echo(f"Ranking on the frozen held-out set (AUC) before: {before}  after: {result.after:.3f}")
    click.echo("The new model replaced the old one." if result.replaced else "The new model was worse, so the old one was kept.")
