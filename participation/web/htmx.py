"""htmx on our pages: htmx-flask reads the request headers; this module adds what it leaves out.

htmx-flask gives `request.htmx` (is this an htmx request, its target, trigger...). It does not send
`Vary: HX-Request`, and it counts a history restore (`HX-History-Restore-Request`) as an htmx
request although that needs the whole page (see STACK-NOTES). Both are handled here, once.
"""

from __future__ import annotations

from flask import render_template, request
from htmx_flask import Htmx

htmx = Htmx()


def is_fragment_request() -> bool:
    """A fragment is wanted for htmx requests, but never for a history restore, which needs the page."""
    hx = getattr(request, "htmx", None)
    return bool(hx) and not hx.history_restore_request


def render_page_or_fragment(page: str, fragment: str, **context) -> str:
    """One URL, two shapes: the fragment for htmx, the whole page otherwise (JavaScript off, reload)."""
    return render_template(fragment if is_fragment_request() else page, **context)


def add_vary(response):
    vary = response.headers.get("Vary", "")
    if "HX-Request" not in vary:
        response.headers["Vary"] = f"{vary}, HX-Request" if vary else "HX-Request"
    return response
