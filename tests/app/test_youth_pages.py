"""Youth pages as a whole: valid attributes, plain words, Stop, help that fits and the date we promise."""

from __future__ import annotations

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def _youth_pages(client, young):
    code = young.code
    urls = ["/join", "/help", "/privacy", "/accessibility", f"/j/{code}", f"/j/{code}/updates",
            f"/j/{code}/q/1/check-in", f"/j/{code}/q/1/help"] + [f"/j/{code}/q/{n}" for n in range(1, 5)]
    pages = {url: young.client.get(url) for url in urls}
    pages[f"/j/{code}/thanks"] = young.client.get(f"/j/{code}/thanks")
    return pages


def test_youth_pages_use_only_data_hx_attributes_which_html_allows(client, young):
    for url, response in _youth_pages(client, young).items():
        assert response.status_code == 200, url
        bare = sorted({a for tag in soup(response).find_all(True) for a in tag.attrs if a.startswith("hx-")})
        assert bare == [], url
