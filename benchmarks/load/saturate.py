"""Capacity, not a room: users with no think time either submit answers or hit /healthz (Locust).

Run once per target (`SATURATE=submit` or `SATURATE=healthz`) against the same server, so the two
throughputs can be compared. Each user starts a new visit every 8 answers.
"""

from __future__ import annotations

import os
import re

from locust import HttpUser, constant, task

CODE = os.environ.get("BENCH_CODE", "")
TARGET = os.environ.get("SATURATE", "submit")
TOKEN = re.compile(r'name="(csrf_token|form_token)"[^>]*?value="([^"]+)"')


class Saturate(HttpUser):
    wait_time = constant(0)

    def on_start(self):
        self.n = 9

    @task
    def go(self):
        if TARGET == "healthz":
            self.client.get("/healthz", name="/healthz")
            return
        if self.n > 8:
            self.client.cookies.clear()
            page = self.client.get(f"/j/{CODE}", name="welcome")
            self.client.post(f"/j/{CODE}/start", data={"csrf_token": dict(TOKEN.findall(page.text)).get("csrf_token", "")}, name="start")
            self.n = 1
        page = self.client.get(f"/j/{CODE}/q/{self.n}", name="question page")
        t = dict(TOKEN.findall(page.text))
        value = "i want to see my brother more" if self.n % 2 == 0 else "3"
        self.client.post(f"/j/{CODE}/q/{self.n}", data={"csrf_token": t.get("csrf_token", ""), "form_token": t.get("form_token", ""),
                                                          "answer": value, "action": "next"}, name="submit answer", allow_redirects=False)
        self.n += 1
