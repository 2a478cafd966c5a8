"""Takes the README's screenshots from a running app (make run first): youth pages at 360x740, staff at 1280x800."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000"
CODE = sys.argv[2] if len(sys.argv) > 2 else "HEAR34"
OUT = Path(__file__).resolve().parent.parent / "docs" / "screens"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PASSWORD = "demo-password-2026"
# The method's statement about answers in another language (quotes themselves carry no mark: pack_content).
TRANSLATED = re.compile(r"printed in the (?:participation )?team's English translation")


def shot(page, name):
    OUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)
    print("wrote", OUT / f"{name}.png")


def youth(browser):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=1, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    page.goto(f"{BASE}/join")
    shot(page, "youth-1-join")
    page.fill("#code", CODE.lower())
    page.click("button:has-text('Join')")
    shot(page, "youth-2-welcome")
    page.click("button:has-text('Start')")
    page.wait_for_selector("#card")
    shot(page, "youth-3-scale")
    page.click("label:has-text('Good') >> nth=0")  # one tap moves on
    page.wait_for_selector("text=Question 2 of")
    shot(page, "youth-4-choice")
    page.click("button:has-text('Skip this question')")
    page.wait_for_selector("text=Question 3 of")
    page.click("button:has-text('Skip this question')")
    page.wait_for_selector("text=Question 4 of")
    shot(page, "youth-5-text")
    page.click("button[value=next]")
    page.wait_for_selector(".govuk-error-summary")
    shot(page, "youth-7-kind-error")
    for _ in range(3):
        page.click("button:has-text('Skip this question')")
        page.wait_for_timeout(300)
    page.wait_for_selector("text=Thank you")
    shot(page, "youth-6-thanks")
    page.goto(f"{BASE}/help")
    shot(page, "youth-8-help")
    ctx.close()
    # Right to left (Arabic) and Ethiopic script (Tigrinya): the welcome and the first question, each on a new phone.
    for lang in ("ar", "ti"):
        ctx = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=1, is_mobile=True, has_touch=True)
        page = ctx.new_page()
        page.goto(f"{BASE}/join?lang={lang}")
        page.fill("#code", CODE.lower())
        page.click("form button[type=submit]")
        page.wait_for_selector("form[action$='/start']")
        shot(page, f"youth-{lang}-welcome")
        page.click("form[action$='/start'] button")
        page.wait_for_selector("#card")
        shot(page, f"youth-{lang}-question")
        ctx.close()


def staff(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    page.goto(f"{BASE}/staff/sign-in")
    page.fill("#email", "officer@northshire.example")
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Sign in')")
    shot(page, "staff-1-reviews")
    page.click("table a:has-text('care leavers into a home')")
    page.click("table a:has-text('Care leavers forum')")
    shot(page, "staff-2-session")
    page.goto(f"{BASE}/staff/")
    page.click("table a:has-text('feel heard')")
    page.click("a:has-text('Theme board')")
    shot(page, "staff-6-theme-board")
    page.click("a:has-text('Check and confirm themes')")
    page.select_option("#f-show", "all")
    page.wait_for_url("**show=all**")
    page.keyboard.press("j")
    page.screenshot(path=str(OUT / "staff-7-check-themes.png"))  # the window only: the list is long
    print("wrote staff-7-check-themes")
    page.goto(f"{BASE}/staff/moderation")
    shot(page, "staff-4-moderation")
    page.goto(f"{BASE}/staff/alerts")
    # A disclosure the demo raised (a young person asking to talk, or one raised while someone uses the demo,
    # may come first on the list).
    page.click("tbody tr:has-text('bullying') a >> nth=0")
    page.wait_for_selector("h1[data-alert-heading]")
    shot(page, "staff-5-alert")
    page.goto(f"{BASE}/staff/")
    page.click("table a:has-text('care leavers into a home')")
    page.click("table a:has-text('Care leavers forum')")
    page.click("a:has-text('Show the presenter screen')")
    page.wait_for_timeout(500)
    page.screenshot(path=str(OUT / "staff-3-presenter.png"))
    print("wrote presenter")
    ctx.close()


def scrutiny(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    page.goto(f"{BASE}/staff/sign-in")
    page.fill("#email", "scrutiny@northshire.example")
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Sign in')")
    shot(page, "scrutiny-1-packs")
    page.click("main a >> nth=0")
    shot(page, "scrutiny-2-pack")
    pdf = page.locator("a[href$='/download/pdf']").first.get_attribute("href")
    data = page.context.request.get(BASE + pdf).body()
    (OUT / "pack.pdf").write_bytes(data)

    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "3", str(OUT / "pack.pdf"), str(OUT / "pack-pdf-page")], check=True)
    (OUT / "pack.pdf").unlink()
    print("wrote pdf pages")
    ctx.close()


def packs(browser):
    """The officer's pack page and pre-publish check, and the PDF page with a translated quote."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    page.goto(f"{BASE}/staff/sign-in")
    page.fill("#email", "officer@northshire.example")
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.goto(f"{BASE}/staff/")
    page.click("table a:has-text('feel heard')")
    page.click("a:has-text('Evidence packs'), a:has-text('Packs') >> nth=0")
    page.click("main table a, main ul a >> nth=0")
    page.fill("#invited-number", "60")
    page.click("form[action$='/invited'] button")
    page.wait_for_selector(".govuk-notification-banner, .py-pack-frame")
    top = page.locator("#pack-summary").bounding_box()["y"] + page.evaluate("window.scrollY")
    page.screenshot(path=str(OUT / "packs-1-pack-page.png"), clip={"x": 0, "y": top - 900, "width": 1280, "height": 1900}, full_page=True)
    print("wrote packs-1-pack-page")
    page.click("a:has-text('Check and publish')")
    page.wait_for_selector("#to-check")
    end = page.locator("#to-translate").bounding_box()["y"] + page.evaluate("window.scrollY")
    page.screenshot(path=str(OUT / "packs-2-check.png"), clip={"x": 0, "y": 0, "width": 1280, "height": min(end, 2600)}, full_page=True)
    print("wrote packs-2-check")
    href = page.locator("a:has-text('Back to the pack')").get_attribute("href")
    pack_id = href.rstrip("/").split("/")[-1]
    ctx.close()
    subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "packs", "build", "1", "--format", "pdf", "--out",
                    str(OUT / "pack.pdf")], check=True)
    pages = subprocess.run(["pdftotext", str(OUT / "pack.pdf"), "-"], capture_output=True, text=True, check=True).stdout.split("\f")
    # The page of the method that says how answers in another language are printed.
    flat = [" ".join(text.split()) for text in pages]
    n = next(i for i, text in enumerate(flat, 1) if TRANSLATED.search(text))
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(n), "-l", str(n), "-singlefile", str(OUT / "pack.pdf"),
                    str(OUT / "packs-3-pdf-translation")], check=True)
    (OUT / "pack.pdf").unlink()
    print("wrote packs-3-pdf-translation", pack_id)


with sync_playwright() as p:
    b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
    which = sys.argv[3] if len(sys.argv) > 3 else "all"
    if which in ("all", "youth"):
        youth(b)
    if which in ("all", "staff"):
        staff(b)
    if which in ("all", "scrutiny"):
        scrutiny(b)
    if which in ("all", "packs"):
        packs(b)
    b.close()
