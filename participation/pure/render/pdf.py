"""Pack -> tagged, bookmarked A4 PDF through WeasyPrint, from the standalone HTML and its print CSS."""

from __future__ import annotations

from participation.pure.render.html import render_document
from participation.pure.render.schema import Pack


def _options() -> dict[str, object]:
    # PDF/UA-1 makes WeasyPrint tag the structure, mark the language and show the title. Fall back to
    # bare tags, then to an untagged PDF, on WeasyPrint releases that lack the variant or the option.
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

    html = HTML(string=render_document(pack, resolve_direction=True), base_url=None, url_fetcher=_no_fetch)
    return html.write_pdf(**_options())


def _no_fetch(url: str, *args: object, **kwargs: object) -> dict:
    # A pack references nothing outside itself; refusing every fetch means no text in a pack can make
    # the server request a URL (or read a file) while it renders.
    raise ValueError(f"evidence packs load no external resources: {url[:80]}")
