"""A room of young people answering, two officers moderating and the presenter polling (Locust).

Phones behave as the app's pages make them: with JavaScript (most phones) each Next is one htmx
POST whose response is the next question; without it (a share set by BENCH_NO_JS_SHARE) each Next is
a POST, a redirect and a full page. Every young person records what it sent in a results file, so the
run can be checked against the database afterwards: each answer stored exactly once, none lost, none
duplicated.

BENCH_CODE and BENCH_SESSION_ID may each list several sessions (comma-separated): young people are
shared out over them in turn. With BENCH_YOUNG set, the run ends once that many have finished.
"""

from __future__ import annotations

import json
import os
import random
import re
import time

import gevent
from locust import FastHttpUser, between, task

CODES = os.environ["BENCH_CODE"].split(",")
SESSION_IDS = os.environ["BENCH_SESSION_ID"].split(",")
OFFICERS = os.environ.get("BENCH_OFFICERS", "").split(",")
PASSWORD = os.environ.get("BENCH_PASSWORD", "")
PROMPTS = int(os.environ.get("BENCH_PROMPTS", "8"))
NO_JS_SHARE = float(os.environ.get("BENCH_NO_JS_SHARE", "0.1"))
SENT = os.environ["BENCH_SENT"]
JOINED = os.environ.get("BENCH_JOINED")  # one line per young person whose visit started
YOUNG = int(os.environ.get("BENCH_YOUNG", "0"))  # end the run once this many have finished
THINK = tuple(float(x) for x in os.environ.get("BENCH_THINK", "1,3").split(","))
PRESENTERS = int(os.environ.get("BENCH_PRESENTERS", "0"))  # presenter screens polling, beside the officers' own look
BASELINES = int(os.environ.get("BENCH_BASELINES", "4"))
TOKEN = re.compile(r'name="(csrf_token|form_token)"[^>]*?value="([^"]+)"')
HX = {"HX-Request": "true"}
TEXTS = [
    "my social worker keeps changing and i never know who they are",
    "i want to see my little brother more",
    "the food at my placement is rubbish",
    "my pa is great she always rings back",
    "i need help with rent and bills",
    "school is ok but i get treated different",
    "more trips and sleepovers please",
    "nobody listens in my review meetings",
]
# What the server answers once an answer is stored: the next card (htmx) or a redirect (no JavaScript).
STORED = (200, 303)
# The question again with the words kept: the page was stale, the answer was refused, or too fast.
ASKED_AGAIN = (409, 422, 429)


def tokens(html: str) -> dict:
    return dict(TOKEN.findall(html))


def _until(request, ok, tries: int = 15):
    """A request sent again (as a young person taps again) until the server gives the answer `ok` wants."""
    r = request()
    for _ in range(tries):
        if ok(r):
            break
        time.sleep(1)
        r = request()
    return r


class YoungPerson(FastHttpUser):
    weight = 20
    wait_time = between(*THINK)  # think time between screens

    started = 0
    finished = 0

    def on_start(self):
        CODE = self.code = CODES[YoungPerson.started % len(CODES)]
        YoungPerson.started += 1
        self.js = random.random() >= NO_JS_SHARE
        self.headers = HX if self.js else {}
        self.n = 1
        self.done = False
        page = _until(lambda: self.client.get(f"/j/{CODE}", name="/j/[code]"), lambda r: r.status_code == 200)
        _until(lambda: self.client.post(f"/j/{CODE}/start", data={"csrf_token": tokens(page.text).get("csrf_token", "")},
                                        name="/j/[code]/start", allow_redirects=False),
               lambda r: r.status_code == 303 and "/q/1" in r.headers.get("Location", ""))
        self.page = _until(lambda: self.client.get(f"/j/{CODE}/q/1", name="question page"), lambda r: r.status_code == 200)
        if JOINED:
            with open(JOINED, "a") as f:
                f.write(CODE + "\n")

    def send(self, data, name):
        return self.client.post(f"/j/{self.code}/q/{self.n}", data=data, headers=self.headers, name=name, allow_redirects=False)

    @task
    def answer(self):
        if self.done:
            return
        n = self.n
        t = tokens(self.page.text)
        value = random.choice(TEXTS) if n % 2 == 0 else str(random.randint(1, 5))
        data = {"csrf_token": t.get("csrf_token", ""), "form_token": t.get("form_token", ""), "answer": value, "action": "next"}
        r = self.send(data, "submit answer")
        tries = 0
        while r.status_code not in STORED + ASKED_AGAIN and tries < 15:
            # The kind "try again" page (a server error or a dropped connection): the phone sends the
            # same form again, as a young person tapping Next again would.
            time.sleep(1)
            tries += 1
            r = self.send(data, "submit answer (after a failure)")
        roll = random.random()
        if roll < 0.15 and not self.js:
            # A double tap on a page without JavaScript: the same form sent again at once (htmx drops
            # a second tap while the first is on its way, so only these phones can send one).
            self.send(data, "submit answer (double tap)")
        elif roll < 0.25 and r.status_code in STORED:
            # A dropped connection: the phone never saw the answer arrive, and sends it again; what it
            # shows next is the answer to the second try.
            again = self.send(data, "submit answer (retry)")
            if again.status_code in STORED:
                r = again
        if r.status_code not in STORED:
            self.page = r if r.status_code in ASKED_AGAIN else self.client.get(f"/j/{self.code}/q/{n}", name="question page")
            return
        with open(SENT, "a") as f:
            f.write(json.dumps({"n": n, "code": self.code}) + "\n")
        self.n += 1
        if self.n > PROMPTS:
            self.done = True
            self.client.get(f"/j/{self.code}/thanks", name="/j/[code]/thanks", headers=self.headers)
            YoungPerson.finished += 1
            if YOUNG and YoungPerson.finished >= YOUNG:
                gevent.spawn_later(2, self.environment.runner.quit)
        elif r.status_code == 200:
            self.page = r
        else:
            self.page = self.client.get(f"/j/{self.code}/q/{self.n}", name="question page")


class Officer(FastHttpUser):
    weight = 1
    fixed_count = 2
    wait_time = between(2, 4)

    started = 0

    def on_start(self):
        email = OFFICERS[Officer.started % len(OFFICERS)]
        Officer.started += 1
        page = self.client.get("/staff/sign-in")
        self.client.post("/staff/sign-in", data={"csrf_token": tokens(page.text).get("csrf_token", ""), "email": email, "password": PASSWORD},
                         name="/staff/sign-in POST")

    @task(3)
    def moderate(self):
        page = self.client.get(f"/staff/moderation?session={random.choice(SESSION_IDS)}", name="/staff/moderation")
        ids = re.findall(r'id="answer-(\d+)"', page.text)
        csrf = tokens(page.text).get("csrf_token", "")
        if ids:
            self.client.post(f"/staff/moderation/answers/{random.choice(ids[:10])}/approve", data={"csrf_token": csrf},
                             headers={"HX-Request": "true"}, name="/staff/moderation/answers/[id]/approve")

    @task(1)
    def presenter(self):
        self.client.get(f"/staff/sessions/{random.choice(SESSION_IDS)}/present", headers={"HX-Request": "true"},
                        name="presenter counts poll")


if PRESENTERS:

    class Presenter(Officer):
        """The big screen at the front of a room, polling its session's counts."""

        fixed_count = PRESENTERS
        wait_time = between(2, 3)
        tasks = {Officer.presenter: 1}


if BASELINES:

    class Baseline(FastHttpUser):
        """The trivial route of the same app, in the same run, for the ratio."""

        weight = 1
        fixed_count = BASELINES
        wait_time = between(0.05, 0.1)

        @task
        def healthz(self):
            self.client.get("/healthz", name="/healthz (baseline)")
