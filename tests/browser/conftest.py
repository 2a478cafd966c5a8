"""Browser fixtures: the app served on a free local port, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from participation.domain import sessions as services
from tests.conftest import _prepare_schema, make_app

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]
AXE = Path(__file__).resolve().parents[2] / "static" / "vendor" / "axe" / "axe.min.js"


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("REQUIRE_BROWSER"):
        raise pytest.UsageError(f"REQUIRE_BROWSER is set but there is no browser at {CHROMIUM}: run `make browser`.")
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM}; `make test` installs it (set REQUIRE_BROWSER=1 to fail instead)")
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def playwright_instance():

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_instance):
    b = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    yield b
    b.close()


class LiveServer:
    def __init__(self, app):
        self.app = app
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()

    def stop(self):
        self.server.shutdown()


@pytest.fixture
def app():
    """The app under a live server: each test starts from empty tables."""
    app = make_app()
    _prepare_schema(app)
    with app.app_context():
        yield app


@pytest.fixture
def live(app):
    server = LiveServer(app)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def phone(browser):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    yield page
    ctx.close()


@pytest.fixture
def phone_without_js(browser):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    yield page
    ctx.close()


@pytest.fixture
def tick_list_phone(browser, officer, make_session):
    """An old 320x568 phone, and an open session whose two questions are the longest tick-all lists (money,
    then school): (page, session)."""
    s = make_session(state="draft", prompts=())
    services.add_from_bank(officer, s, ["money-hard", "school-help"])
    services.open_session(officer, s)
    ctx = browser.new_context(viewport={"width": 320, "height": 568}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    yield page, s
    ctx.close()


@pytest.fixture
def laptop(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    yield page
    ctx.close()


def staff_sign_in(page, base, user, password):
    page.goto(f"{base}/staff/sign-in")
    page.fill("#email", user.email)
    page.fill("#password", password)
    page.click("button:has-text('Sign in')")
    page.wait_for_url(f"{base}/staff/**")


def axe_violations(browser, url, viewport, before=None, password=None):
    """Serious and critical axe-core violations on a page (CSP bypassed only to inject axe itself)."""
    ctx = browser.new_context(viewport=viewport, bypass_csp=True)
    page = ctx.new_page()
    try:
        if before:
            before(page)
        page.goto(url)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    finally:
        ctx.close()
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
