"""Who may use which view, and the headers every response carries (set here and nowhere else)."""

from __future__ import annotations

from functools import wraps
from urllib.parse import urlsplit

from flask import abort, redirect, request, url_for
from flask.sessions import SecureCookieSessionInterface
from flask_login import current_user

from participation.domain.models import Role

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)


def safe_path(target: str | None, default: str) -> str:
    """Only a path on this site: never another host, never a scheme, never a protocol-relative URL."""

    if not target:
        return default
    parts = urlsplit(target)
    if (parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target
            or any(ord(c) < 32 or ord(c) == 127 for c in target)):  # no line breaks or controls in a Location header
        return default
    return target


def public(view):
    """Marks a view anyone may open (youth pages, sign-in, health checks)."""
    view.access = "public"
    return view


def requires(*roles: Role):
    """Marks a staff view with the roles that may use it; an admin may use every staff view."""

    def decorate(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                return redirect(url_for("account.sign_in", next=request.full_path.rstrip("?")), 303)
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        wrapped.access = tuple(r.value for r in roles)
        return wrapped

    return decorate


def set_headers(response):
    h = response.headers
    h.setdefault("Content-Security-Policy", CSP)
    h["X-Content-Type-Options"] = "nosniff"
    h["X-Frame-Options"] = "DENY"
    h["Cross-Origin-Opener-Policy"] = "same-origin"
    h["Permissions-Policy"] = "geolocation=(), camera=(), microphone=(), interest-cohort=()"
    # No page ever tells another site where a young person or an officer came from.
    h["Referrer-Policy"] = "no-referrer"
    # Only a static file that exists may be cached (its URL carries its hash); a miss must not be.
    if request.endpoint != "static" or response.status_code >= 400:
        h["Cache-Control"] = "no-store"
    return response


class FileFriendlySessions(SecureCookieSessionInterface):
    """The signed-cookie session, except that a file (CSS, script, image) never saves it: its response then
    sets no cookie and does not vary by one, so a phone on little data keeps one cached copy after joining
    (Flask-Login reads the session after every response, which otherwise marks every file `Vary: Cookie`)."""

    def save_session(self, app, session, response):
        if request.endpoint == "static":
            return
        super().save_session(app, session, response)
