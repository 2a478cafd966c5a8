"""The few helpers every htmx view needs."""

from __future__ import annotations

from flask import request


def is_fragment_request() -> bool:
    """A fragment is wanted for htmx requests, but never for a history restore, which needs the page."""
    return (
        request.headers.get("HX-Request") == "true"
        and request.headers.get("HX-History-Restore-Request") != "true"
    )


def add_vary(response):
    vary = response.headers.get("Vary", "")
    if "HX-Request" not in vary:
        response.headers["Vary"] = f"{vary}, HX-Request" if vary else "HX-Request"
    return response
