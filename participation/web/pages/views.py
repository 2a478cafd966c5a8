"""Pages anyone may open: home, privacy, accessibility, health checks."""

from __future__ import annotations

from flask import Blueprint, current_app, redirect, render_template, url_for
from sqlalchemy import text

from participation.domain.db import db
from participation.web.security import public

bp = Blueprint("pages", __name__)
# Web areas never import each other: the youth area hands its visit context for these pages to the app
# (participation.web.youth.views.page_context, under this key) when it is registered.
VISIT_CONTEXT = "youth_page_context"


def _visit_context() -> dict:
    provide = current_app.extensions.get(VISIT_CONTEXT)
    return provide() if provide is not None else {"adult": None}


@bp.get("/")
@public
def home():
    return redirect(url_for("youth.join"), 302)


@bp.get("/privacy")
@public
def privacy():
    """Reached from a session's pages it carries the code (?code=): its words fit the visit (staff or adults),
    with "Back to my questions"; without, words that fit everyone."""
    return render_template("pages/privacy.html", **_visit_context())


@bp.get("/accessibility")
@public
def accessibility():
    """In plain words for young people; the full statement (for staff and adults) is linked from it."""
    return render_template("pages/accessibility.html", **_visit_context())


@bp.get("/accessibility/full")
@public
def accessibility_full():
    return render_template("pages/accessibility_full.html")


@bp.get("/healthz")
@public
def healthz():
    return "ok", 200, {"Content-Type": "text/plain"}


@bp.get("/readyz")
@public
def readyz():
    try:
        db.session.execute(text("SELECT 1"))
    except Exception:
        db.session.rollback()
        return "database unavailable", 503, {"Content-Type": "text/plain"}
    return "ready", 200, {"Content-Type": "text/plain"}
