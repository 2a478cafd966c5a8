"""Capacity, not a room: users with no think time either submit answers or hit /healthz (Locust).

Run once per target against the same server, so the throughputs can be compared:
`SATURATE=submit` answers as a phone with JavaScript does (one htmx POST a question, whose response
is the next question), `SATURATE=submit-no-js` as a phone without it (a POST, its redirect and the
next full page), `SATURATE=page` a full page that reads no database (`/privacy`: the cheapest page the
app can render), `SATURATE=healthz` the trivial route. Each user starts a new visit every 8 answers.
"""

from __future__ import annotations

import os
import re

from locust import FastHttpUser, constant, task

CODE = os.environ.get("BENCH_CODE", "")
TARGET = os.environ.get("SATURATE", "submit")
TOKEN = re.compile(r'name="(csrf_token|form_token)"[^>]*?value="([^"]+)"')
JS = TARGET == "submit"


class Saturate(FastHttpUser):
    wait_time = constant(0)

    def on_start(self):
        self.n = 9

    @task
    def go(self):
        if TARGET in ("healthz", "page"):
            path = "/healthz" if TARGET == "healthz" else "/privacy"
            self.client.get(path, name=path)
            return
        if self.n > 8:
            self.client.cookiejar.clear()
            page = self.client.get(f"/j/{CODE}", name="welcome")
            self.client.post(f"/j/{CODE}/start", data={"csrf_token": dict(TOKEN.findall(page.text)).get("csrf_token", "")},
                             name="start", allow_redirects=False)
            self.page = self.client.get(f"/j/{CODE}/q/1", name="question page")
            self.n = 1
        t = dict(TOKEN.findall(self.page.text))
        value = "i want to see my brother more" if self.n % 2 == 0 else "3"
        data = {"csrf_token": t.get("csrf_token", ""), "form_token": t.get("form_token", ""), "answer": value, "action": "next"}
        r = self.client.post(f"/j/{CODE}/q/{self.n}", data=data, headers={"HX-Request": "true"} if JS else {},
                             name="submit answer", allow_redirects=False)
        self.n += 1
        if self.n > 8:
            return
        if JS and r.status_code == 200:
            self.page = r
        else:
            # Without JavaScript the phone follows the redirect to the next full page: part of answering.
            self.page = self.client.get(f"/j/{CODE}/q/{self.n}", name="submit answer (next page)")
