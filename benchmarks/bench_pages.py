"""Page weights as a phone receives them (compressed bytes, everything each page loads), and the staff
pages' render times against /healthz in the same run."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from participation.app import create_app
from participation.domain.db import db
from participation.ops.demo import OPEN_CODE, load_demo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:


    tmp = tempfile.mkdtemp()
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp}/bench.db", "SQLALCHEMY_ENGINE_OPTIONS": {},
                      "SECRET_KEY": "bench", "PASSWORD_HASH_MEMORY_KIB": 1024, "RATELIMIT_ENABLED": False})
    with app.app_context():
        db.create_all()
        load_demo()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    url = f"http://127.0.0.1:{server.server_port}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=ARGS)
        ctx = browser.new_context(viewport={"width": 360, "height": 740})
        page = ctx.new_page()
        cdp = ctx.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        total = {"b": 0}
        cdp.on("Network.loadingFinished", lambda e: total.__setitem__("b", total["b"] + e["encodedDataLength"]))

        def weigh(action):
            total["b"] = 0
            action()
            page.wait_for_load_state("networkidle")
            return total["b"]

        results["join_page_bytes"] = weigh(lambda: page.goto(f"{url}/join"))
        results["welcome_page_bytes"] = weigh(lambda: page.goto(f"{url}/j/{OPEN_CODE}"))
        page.click("button:has-text('Start')")
        page.wait_for_load_state("networkidle")
        results["first_question_page_bytes"] = weigh(lambda: page.goto(f"{url}/j/{OPEN_CODE}/q/1"))

        def next_prompt():
            # One tap on a face sends the answer and brings the next question (Next shows only without a tap).
            page.click("label:has-text('OK')")
            page.wait_for_selector("text=Question 2 of")

        results["next_prompt_bytes"] = weigh(next_prompt)
        browser.close()
    server.shutdown()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
