"""Pack -> tagged, bookmarked A4 PDF through WeasyPrint, from the standalone HTML and its print CSS."""

from __future__ import annotations

from participation.pure.render.html import render_document
from participation.pure.render.schema import Pack


def render_pdf(pack: Pack) -> bytes:
    """Render the pack as PDF bytes: A4, "Page N of M", bookmarks from h2/h3, title and language set."""
    # WeasyPrint takes about a second to import and only this format needs it: every page, worker and
    # command that never writes a PDF would pay for it if it were imported at the top.
    import weasyprint  # noqa: PLC0415
    from weasyprint.pdf import VARIANTS  # noqa: PLC0415

    html = weasyprint.HTML(string=render_document(pack, resolve_direction=True, cover=True), base_url=None, url_fetcher=_no_fetch)
    return html.write_pdf(**_options(VARIANTS, weasyprint.DEFAULT_OPTIONS))


def _options(variants, default_options) -> dict[str, object]:
    # PDF/UA-1 makes WeasyPrint tag the structure, mark the language and show the title. Fall back to
    # bare tags, then to an untagged PDF, on WeasyPrint releases that lack the variant or the option.
    if "pdf/ua-1" in variants:
        return {"pdf_variant": "pdf/ua-1"}
    if "pdf_tags" in default_options:
        return {"pdf_tags": True}
    return {}


def _no_fetch(url: str, *args: object, **kwargs: object) -> dict:
    # A pack references nothing outside itself; refusing every fetch means no text in a pack can make
    # the server request a URL (or read a file) while it renders.
    raise ValueError(f"evidence packs load no external resources: {url[:80]}")
