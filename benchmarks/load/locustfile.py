"""A room of young people answering, two officers moderating and the presenter polling (Locust).

Every young person records what it sent in a results file, so the run can be checked against the
database afterwards: each answer stored exactly once, none lost, none duplicated.
"""

from __future__ import annotations

import json
import os
import random
import re
import time

from locust import HttpUser, between, task

CODE = os.environ["BENCH_CODE"]
SESSION_ID = os.environ["BENCH_SESSION_ID"]
OFFICERS = os.environ.get("BENCH_OFFICERS", "").split(",")
PASSWORD = os.environ.get("BENCH_PASSWORD", "")
PROMPTS = int(os.environ.get("BENCH_PROMPTS", "8"))
SENT = os.environ["BENCH_SENT"]
TOKEN = re.compile(r'name="(csrf_token|form_token)"[^>]*?value="([^"]+)"')
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


def tokens(html: str) -> dict:
    return dict(TOKEN.findall(html))


class YoungPerson(HttpUser):
    weight = 20
    wait_time = between(1, 3)  # think time between screens

    def on_start(self):
        self.n = 1
        self.done = False
        page = self.client.get(f"/j/{CODE}", name="/j/[code]")
        self.client.post(f"/j/{CODE}/start", data={"csrf_token": tokens(page.text).get("csrf_token", "")}, name="/j/[code]/start")

    @task
    def answer(self):
        if self.done:
            return
        n = self.n
        page = self.client.get(f"/j/{CODE}/q/{n}", name="/j/[code]/q/[n] GET")
        t = tokens(page.text)
        kind = "text" if n % 2 == 0 else "scale"
        value = random.choice(TEXTS) if kind == "text" else str(random.randint(1, 5))
        data = {"csrf_token": t.get("csrf_token", ""), "form_token": t.get("form_token", ""), "answer": value, "action": "next"}
        r = self.client.post(f"/j/{CODE}/q/{n}", data=data, name="submit answer", allow_redirects=False)
        tries = 0
        while r.status_code not in (303, 409, 422, 429) and tries < 15:
            # The kind "try again" page (a server error or a dropped connection): the phone sends the
            # same form again, as a young person tapping Next again would.
            time.sleep(1)
            tries += 1
            r = self.client.post(f"/j/{CODE}/q/{n}", data=data, name="submit answer (after a failure)", allow_redirects=False)
        roll = random.random()
        if roll < 0.15:
            # A double tap: the same form sent again at once.
            self.client.post(f"/j/{CODE}/q/{n}", data=data, name="submit answer (double tap)", allow_redirects=False)
        elif roll < 0.25:
            # A dropped connection: the phone never saw the answer arrive, and sends it again.
            self.client.post(f"/j/{CODE}/q/{n}", data=data, name="submit answer (retry)", allow_redirects=False)
        if r.status_code == 303:
            with open(SENT, "a") as f:
                f.write(json.dumps({"n": n}) + "\n")
            self.n += 1
            if self.n > PROMPTS:
                self.done = True
                self.client.get(f"/j/{CODE}/thanks", name="/j/[code]/thanks")


class Officer(HttpUser):
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
        page = self.client.get(f"/staff/moderation?session={SESSION_ID}", name="/staff/moderation")
        ids = re.findall(r'id="answer-(\d+)"', page.text)
        csrf = tokens(page.text).get("csrf_token", "")
        if ids:
            self.client.post(f"/staff/moderation/answers/{random.choice(ids[:10])}/approve", data={"csrf_token": csrf},
                             headers={"HX-Request": "true"}, name="/staff/moderation/answers/[id]/approve")

    @task(1)
    def presenter(self):
        self.client.get(f"/staff/sessions/{SESSION_ID}/present", headers={"HX-Request": "true"}, name="presenter counts poll")


class Baseline(HttpUser):
    """The trivial route of the same app, in the same run, for the ratio."""

    weight = 1
    fixed_count = 4
    wait_time = between(0.05, 0.1)

    @task
    def healthz(self):
        self.client.get("/healthz", name="/healthz (baseline)")

