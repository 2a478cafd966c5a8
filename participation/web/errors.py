"""Error pages, and the one place a domain error becomes a response."""

from __future__ import annotations

from flask import Flask, current_app, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from participation.domain.db import db
from participation.domain.errors import InvalidChange, NotAllowed, NotFound

ERROR_PAGES = {
    400: "Something went wrong with that request",
    403: "You cannot open this page",
    404: "Page not found",
    405: "That did not work",
    413: "That was too much to send",
    422: "That change could not be made",
    429: "Please wait a moment",
    500: "Sorry, something went wrong on our side",
}


def render_error(code: int, message: str = ""):
    youth = request.blueprint == "youth" or request.path.startswith(("/j/", "/join"))
    page = render_template("errors/error.html", code=code, title=ERROR_PAGES[code], message=message, youth=youth)
    return page, code


def register(app: Flask) -> None:
    for code in ERROR_PAGES:
        app.register_error_handler(code, lambda e, code=code: render_error(code))
    app.register_error_handler(CSRFError, lambda e: render_error(400))
    # A view lets a domain error through when it has nothing better to say than this.
    app.register_error_handler(NotFound, lambda e: render_error(404))
    app.register_error_handler(NotAllowed, lambda e: render_error(403))
    app.register_error_handler(InvalidChange, lambda e: render_error(422, e.message))
    app.register_error_handler(Exception, _unexpected)


def _unexpected(e: Exception):
    if isinstance(e, HTTPException):
        return render_error(e.code) if e.code in ERROR_PAGES else e
    current_app.logger.exception("Unhandled error")
    db.session.rollback()
    return render_error(500)
