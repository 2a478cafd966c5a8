"""QR codes drawn on our server as SVG (segno), and the public address they point to: one place for both."""

from __future__ import annotations

import io

import segno
from flask import current_app, request
from markupsafe import Markup


def public_url(path: str) -> str:
    """The address a phone outside the building can open: PUBLIC_BASE_URL if set, else this request's host."""
    base = current_app.config["PUBLIC_BASE_URL"] or request.host_url.rstrip("/")
    return f"{base}{path}"


def qr_svg(text: str, title: str, scale: int = 5, inline: bool = True) -> bytes:
    """An SVG QR code for text. inline: without an XML declaration, for putting in a page."""
    out = io.BytesIO()
    segno.make(text, error="m").save(
        out, kind="svg", scale=scale, border=4, dark="#0b0c0c", light="#ffffff", xmldecl=not inline, svgns=True,
        title=title,
    )
    return out.getvalue()


def qr_markup(text: str, title: str, scale: int = 5) -> Markup:
    return Markup(qr_svg(text, title, scale).decode("utf-8"))  # drawn by segno from our own text: no user markup in it
