"""Pack -> tagged, bookmarked A4 PDF through WeasyPrint, from the standalone HTML and its print CSS."""

from __future__ import annotations

import logging

from .html import render_document
from .schema import Pack


def _options() -> dict[str, object]:
    # PDF/UA-1 makes WeasyPrint tag the structure, mark the language and show the title; older
    # WeasyPrint (before 63) has neither the variant nor pdf_tags, so fall back to a plain PDF there.
    from weasyprint import DEFAULT_OPTIONS
    from weasyprint.pdf import VARIANTS

    if "pdf/ua-1" in VARIANTS:
        return {"pdf_variant": "pdf/ua-1"}
    if "pdf_tags" in DEFAULT_OPTIONS:
        return {"pdf_tags": True}
    return {}


def render_pdf(pack: Pack) -> bytes:
    """Render the pack as PDF bytes: A4, "Page N of M", bookmarks from h2/h3, title and language set."""
    from weasyprint import HTML  # imported late: it is slow to import and only this format needs it

    # WeasyPrint logs every CSS property it ignores at WARNING; the pack CSS is shared with screens.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    return HTML(string=render_document(pack), base_url=None).write_pdf(**_options())
