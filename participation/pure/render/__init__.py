"""Evidence pack renderers: pack data in, HTML / PDF / Word / CSV / SVG out, with no Flask and no database."""

from __future__ import annotations

from participation.pure.render.chart import chart_svg as _chart_svg
from participation.pure.render.csvfile import render_csv as _render_csv
from participation.pure.render.docx import render_docx as _render_docx
from participation.pure.render.html import render_article, render_document
from participation.pure.render.pdf import render_pdf as _render_pdf
from participation.pure.render.schema import ChartRow, Pack

__all__ = ["Pack", "chart_svg", "render_csv", "render_docx", "render_html", "render_pdf"]


def render_html(pack: Pack, standalone: bool = True) -> str:
    """A whole accessible HTML document with its own <style>; or, standalone=False, the <article> only,
    with no <style> and no style attributes, for the app to embed under its CSP and "pack-" classes."""
    return render_document(pack) if standalone else render_article(pack)


def render_pdf(pack: Pack) -> bytes:
    """Tagged A4 PDF with "Page N of M", bookmarks from the h2/h3 headings, title and language."""
    return _render_pdf(pack)


def render_docx(pack: Pack) -> bytes:
    """Word document: Heading 1/2/3, real tables with header rows, quotes in the Quote style."""
    return _render_docx(pack)


def render_csv(pack: Pack) -> str:
    """UTF-8 CSV text with a header row; formula-like cells neutralised with a leading quote."""
    return _render_csv(pack)


def chart_svg(rows: list[ChartRow], title: str) -> str:
    """Horizontal bar chart as SVG with role="img", <title> and <desc>; a None value gets no bar."""
    return _chart_svg(rows, title)
