"""`make bench-scale`: nginx in front of several app instances, a thousand young people, one instance lost.

nginx (Debian's package, run from a config written into a temporary folder) listens on 127.0.0.1:8088
in front of SCALE_INSTANCES gunicorn instances of the app (gunicorn.conf.py, separate ports), which
share one PostgreSQL database (SCALE_DATABASE, dropped and made again) and one Redis database
(SCALE_REDIS, flushed first) for rate limits and the job queue; one `rq worker` runs the jobs.

Locust (benchmarks/load/locustfile.py) sends SCALE_USERS young people into three sessions over about
a minute, each answering every question with think time, while officers moderate and each session's
presenter screen polls. SCALE_KILL_AT seconds in, the first instance is killed with SIGKILL (the
whole process group) and started again SCALE_DOWN_FOR seconds later. Meanwhile a code-guesser on
another loopback address (127.0.0.2) asks for made-up codes through nginx, forging X-Forwarded-For.

Then it checks, and exits non-zero unless all hold: every young person got in and is in the
database; the answers the phones saw saved, the answers stored and the distinct (visit, question)
pairs are equal; the guesser was stopped after exactly 50 wrong codes across the instances; the
killed instance served again after its restart; the job queued at the end ran on the worker; the council's
access log (docs/deploy.md's) has lines but none for young people's pages.
It prints the figures as JSON (last line) and writes them to benchmarks/results-scale.json.
"""

from __future__ import annotations

import csv
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "benchmarks"
BIN = Path(sys.executable).parent
USERS = int(os.environ.get("SCALE_USERS", "1000"))
SESSIONS = 3
PROMPTS = 8
THINK = os.environ.get("SCALE_THINK", "8,16")  # seconds a young person takes over each question
INSTANCES = int(os.environ.get("SCALE_INSTANCES", "2"))
WORKERS = os.environ.get("SCALE_WORKERS", "2")  # gunicorn processes per instance
FIRST_PORT = int(os.environ.get("SCALE_FIRST_PORT", "5031"))
NGINX = os.environ.get("SCALE_NGINX", "127.0.0.1:8088")
JOIN_OVER = float(os.environ.get("SCALE_JOIN_OVER", "60"))  # seconds over which everyone joins
KILL_AT = float(os.environ.get("SCALE_KILL_AT", "50"))
DOWN_FOR = float(os.environ.get("SCALE_DOWN_FOR", "10"))
MAX_SECONDS = int(os.environ.get("SCALE_MAX_SECONDS", "300"))
DB_NAME = os.environ.get("SCALE_DATABASE", "bench_scale")
PG_SERVER = os.environ.get("SCALE_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
REDIS = os.environ.get("SCALE_REDIS", "redis://127.0.0.1:6379/5")
GUESSER_ADDRESS = "127.0.0.2"  # all of 127/8 is loopback on Linux: nginx sees this as the guesser's own address
WRONG_CODE_BUDGET = 50  # participation/web/youth/limits.py: WRONG_CODES
PASSWORD = "bench-password-2026"
OFFICERS = ["officer1@bench.example", "officer2@bench.example"]

SETUP = """
import os
from datetime import date
from participation.app import create_app
from participation.domain.db import db
from participation.domain.accounts import create_staff_user
from participation.domain.models import Council
from participation.domain import sessions as s
app = create_app()
with app.app_context():
    db.session.add(Council(name="Bench")); db.session.commit()
    a = create_staff_user(None, "officer1@bench.example", "officer", os.environ["BENCH_PASSWORD"], council_name="Bench")
    b = create_staff_user(None, "officer2@bench.example", "officer", os.environ["BENCH_PASSWORD"], council_name="Bench")
    r = s.create_review(a, "Load", "", ["children-in-care"])
    for room in range(int(os.environ["BENCH_SESSIONS"])):
        x = s.create_session(a, r, f"Hall {room + 1}", date.today(), "both")
        for i in range(1, int(os.environ["BENCH_PROMPTS"]) + 1):
            s.add_prompt(a, x, "scale" if i % 2 else "text", f"Question {i}?", "", [], "social-workers", 300)
        x.officers.append(b); db.session.commit()
        s.open_session(a, x)
        print(x.join_code, x.id)
"""

# After the run: theme the approved answers of the first session on the rq worker, and wait for it.
JOB = """
import os, sys, time
from participation.app import create_app
from participation.domain import jobs
from participation.domain.db import db
from participation.domain.models import Answer, Job, Review
from sqlalchemy import select
app = create_app()
with app.app_context():
    review = db.session.scalars(select(Review)).first()
    ids = list(db.session.scalars(select(Answer.id).where(Answer.session_id == int(sys.argv[1]), Answer.text.is_not(None)).limit(500)))
    job = jobs.enqueue("theme-answers", {"answer_ids": ids, "review_id": review.id}, council_id=review.council_id)
    start = time.monotonic()
    while time.monotonic() - start < 90:
        db.session.expire_all()
        state = db.session.get(Job, job.id).state
        if state in ("done", "failed"):
            break
        time.sleep(0.5)
    print(state, len(ids), round(time.monotonic() - start, 1))
"""

NGINX_CONF = """# Written by benchmarks/bench_scale.py; the tested shape of docs/deploy.md's configuration, on loopback without TLS.
{user}worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
    client_body_temp_path {tmp}/nginx-body;
    proxy_temp_path {tmp}/nginx-proxy;
    fastcgi_temp_path {tmp}/nginx-fastcgi;
    uwsgi_temp_path {tmp}/nginx-uwsgi;
    scgi_temp_path {tmp}/nginx-scgi;
    # Which instance served each request, how long it took, and from which address (for this bench only;
    # a council's proxy keeps its access log for 7 days or less, docs/deploy.md).
    log_format upstreams '$msec $remote_addr $upstream_addr $status $request_time $upstream_response_time "$request_method $uri"';
    access_log {tmp}/access.log upstreams buffer=64k flush=1s;
    # The council's own log, as docs/deploy.md writes it: young people's pages (/j/...) are never in it.
    map $uri $participation_logged {{
        ~^/j/   0;
        default 1;
    }}
    access_log {tmp}/council.log combined if=$participation_logged;
    upstream participation {{
{servers}
    }}
    server {{
        listen {listen};
        client_max_body_size 256k;
        location / {{
            proxy_pass http://participation;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            # A refused connection (an instance down) goes to the next instance; a request an instance
            # has already received is never sent twice (nginx's default for POST): the phone sends it
            # again, and the form's one-time token stores it once.
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
            proxy_read_timeout 30s;
        }}
    }}
}}
"""


def ensure_nginx() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if not found:
        sys.exit("nginx is not installed: run `make bench-scale`, which installs Debian's nginx")
    return found


def reset_database(url: str) -> None:
    admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{DB_NAME}"'))
    admin.dispose()


def prepare(env: dict) -> list[tuple[str, str]]:
    subprocess.run(["redis-cli", "-u", REDIS, "flushdb"], check=True, capture_output=True)
    reset_database(env["DATABASE_URL"])
    subprocess.run([str(BIN / "flask"), "--app", "wsgi", "db", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-c", SETUP], cwd=ROOT, env=dict(env, BENCH_SESSIONS=str(SESSIONS), BENCH_PROMPTS=str(PROMPTS)),
                         check=True, capture_output=True, text=True).stdout
    return [tuple(line.split()) for line in out.strip().splitlines()[-SESSIONS:]]


def wait_for_port(host: str, port: int, seconds: float = 20) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def start_instance(port: int, env: dict, log) -> subprocess.Popen:
    """One app instance, as production runs it (gunicorn.conf.py), in its own process group."""
    proc = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"), "-b", f"127.0.0.1:{port}", "wsgi:app"],
        cwd=ROOT, env=dict(env, WEB_CONCURRENCY=WORKERS), start_new_session=True, stdout=log, stderr=log,
    )
    if not wait_for_port("127.0.0.1", port):
        raise RuntimeError(f"instance on {port} did not start")
    return proc


def start_nginx(tmp: Path, ports: list[int]) -> subprocess.Popen:
    nginx = ensure_nginx()
    for sub in ("nginx-body", "nginx-proxy", "nginx-fastcgi", "nginx-uwsgi", "nginx-scgi"):
        (tmp / sub).mkdir()
        (tmp / sub).chmod(0o777)
    tmp.chmod(0o755)
    # max_fails=3: after three failures in 5 s nginx leaves that instance alone for 5 s, then tries it
    # again. With 1, a few slow answers under load (timeouts count as failures) took every instance out.
    servers = "\n".join(f"        server 127.0.0.1:{p} max_fails=3 fail_timeout=5s;" for p in ports)
    conf = NGINX_CONF.format(tmp=tmp, servers=servers, listen=NGINX, user="user nobody nogroup;\n" if os.geteuid() == 0 else "")
    (tmp / "nginx.conf").write_text(conf)
    proc = subprocess.Popen([nginx, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-e", str(tmp / "nginx-error.log"), "-g", "daemon off;"],
                            stdout=subprocess.DEVNULL, stderr=open(tmp / "nginx-stderr.log", "w"))
    host, port = NGINX.rsplit(":", 1)
    if not wait_for_port(host, int(port), 10):
        raise RuntimeError("nginx did not start: " + (tmp / "nginx-stderr.log").read_text()[-500:])
    return proc


def guesser(result: dict, stop: threading.Event) -> None:
    """A script on another address asking for made-up codes, with a new forged X-Forwarded-For each time."""
    host, port = NGINX.rsplit(":", 1)
    statuses = []
    for i in range(WRONG_CODE_BUDGET + 30):
        if stop.is_set():
            break
        code = "Z" + "".join(random.choices(string.ascii_uppercase.replace("O", "").replace("I", ""), k=5))
        conn = http.client.HTTPConnection(host, int(port), timeout=30, source_address=(GUESSER_ADDRESS, 0))
        try:
            conn.request("GET", f"/j/{code}", headers={"X-Forwarded-For": f"10.{i % 250}.{i // 250}.1"})
            statuses.append(conn.getresponse().status)
        except OSError:
            statuses.append(0)
        finally:
            conn.close()
        time.sleep(0.2)
    result["statuses"] = statuses


def counts(url: str, session_ids: list[str]) -> dict:
    engine = create_engine(url)
    ids = tuple(int(s) for s in session_ids)
    with engine.connect() as conn:
        q = lambda sql: conn.execute(text(sql).bindparams(), {"ids": list(ids)}).scalar()  # noqa: E731
        where = "session_id = ANY(:ids)"
        out = {
            "visits_in_database": q(f"SELECT count(*) FROM participants WHERE {where}"),
            # A Start whose response was lost and was tapped again leaves a visit with no answers.
            "young_people_in_database": q(f"SELECT count(DISTINCT participant_id) FROM answers WHERE {where}"),
            "answers_stored": q(f"SELECT count(*) FROM answers WHERE {where}"),
            "answers_distinct": q(f"SELECT count(*) FROM (SELECT DISTINCT participant_id, prompt_id FROM answers WHERE {where}) x"),
            "approved_by_officers": q(f"SELECT count(*) FROM answers WHERE {where} AND state = 'approved'"),
        }
    engine.dispose()
    return out


def locust_stats(prefix: Path) -> dict:
    out = {}
    for r in csv.DictReader(open(f"{prefix}_stats.csv")):
        if int(r["Request Count"]) == 0:
            continue
        out[r["Name"]] = {"requests": int(r["Request Count"]), "failures": int(r["Failure Count"]), "rps": round(float(r["Requests/s"]), 1),
                          "p50_ms": float(r["50%"]), "p95_ms": float(r["95%"]), "p99_ms": float(r["99%"])}
    return out


def locust_failures(prefix: Path) -> list[dict]:
    path = Path(f"{prefix}_failures.csv")
    if not path.exists():
        return []
    return [{"name": r["Name"], "error": r["Error"][:120], "count": int(r["Occurrences"])} for r in csv.DictReader(open(path))]


LOG_LINE = re.compile(r'^(?P<msec>\S+) (?P<addr>\S+) (?P<upstream>.+?) (?P<status>\d{3}) (?P<time>\S+) (?P<upstream_time>.+?) "(?P<request>.*)"$')


def access_log(log: Path):
    """Each line of nginx's log: (time, client address, instances tried in order, status)."""
    for line in open(log):
        m = LOG_LINE.match(line.strip())
        if m:
            yield float(m["msec"]), m["addr"], [u.strip() for u in m["upstream"].split(",")], m["status"]


def spread(log: Path, ports: list[int], killed_at: float, back_at: float) -> dict:
    """Requests each instance served (from nginx's log), 5xx answers, and what the restarted instance did."""
    per, statuses, during_outage = Counter(), Counter(), Counter()
    retried = after_restart = 0
    for msec, _addr, tried, status in access_log(log):
        statuses[status[0] + "xx"] += 1
        retried += len(tried) > 1  # refused by one instance, passed to the next
        per[tried[-1]] += 1
        if tried[-1].endswith(f":{ports[0]}") and msec >= back_at:
            after_restart += 1
        if killed_at <= msec < back_at:
            during_outage[status] += 1
    return {"requests_per_instance": dict(per), "statuses": dict(statuses), "passed_to_next_instance": retried,
            "killed_instance_requests_after_restart": after_restart, "statuses_while_instance_down": dict(during_outage)}


def guesser_spread(log: Path) -> dict:
    per = defaultdict(int)
    for _msec, addr, tried, _status in access_log(log):
        if addr == GUESSER_ADDRESS:
            per[tried[-1]] += 1
    return dict(per)


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    url = f"{PG_SERVER}/{DB_NAME}"
    env = dict(os.environ, DATABASE_URL=url, SECRET_KEY="bench-scale-secret", REDIS_URL=REDIS, TRUSTED_PROXIES="1",
               BENCH_PASSWORD=PASSWORD, PYTHONPATH=str(ROOT), GUNICORN_LOG_LEVEL="error")
    env.pop("RATELIMIT_ENABLED", None)
    sessions = prepare(env)
    codes, session_ids = [c for c, _ in sessions], [i for _, i in sessions]
    ports = [FIRST_PORT + i for i in range(INSTANCES)]
    app_log = open(tmp / "instances.log", "w")
    instances = [start_instance(p, env, app_log) for p in ports]
    worker = subprocess.Popen([str(BIN / "rq"), "worker", "participation", "--with-scheduler", "--url", REDIS, "--quiet"], cwd=ROOT, env=env,
                              start_new_session=True, stdout=app_log, stderr=app_log)
    nginx = start_nginx(tmp, ports)
    sent, joined = tmp / "sent.jsonl", tmp / "joined.txt"
    sent.touch()
    joined.touch()
    lenv = dict(env, BENCH_CODE=",".join(codes), BENCH_SESSION_ID=",".join(session_ids), BENCH_SENT=str(sent), BENCH_JOINED=str(joined),
                BENCH_YOUNG=str(USERS), BENCH_THINK=THINK, BENCH_PRESENTERS=str(SESSIONS), BENCH_BASELINES="0",
                BENCH_OFFICERS=",".join(OFFICERS), BENCH_PROMPTS=str(PROMPTS))
    started = time.monotonic()
    locust = subprocess.Popen(
        [str(BIN / "locust"), "-f", str(HERE / "load" / "locustfile.py"), "--headless", "-u", str(USERS + len(OFFICERS) + SESSIONS),
         "-r", str(max(1.0, round(USERS / JOIN_OVER, 1))), "--run-time", f"{MAX_SECONDS}s", "--host", f"http://{NGINX}",
         "--csv", str(tmp / "locust"), "--only-summary", "--stop-timeout", "20", "--loglevel", "WARNING"],
        cwd=ROOT, env=lenv, stdout=open(tmp / "locust.log", "w"), stderr=subprocess.STDOUT,
    )
    guessed, stop = {}, threading.Event()
    guess = threading.Thread(target=lambda: (time.sleep(min(20, KILL_AT / 2)), guesser(guessed, stop)), daemon=True)
    guess.start()
    killed_at = back_at = float("inf")
    job = "not run"
    try:
        time.sleep(KILL_AT)
        if locust.poll() is None:
            os.killpg(instances[0].pid, signal.SIGKILL)  # master and workers at once, as a lost machine
            killed_at = time.time()
            instances[0].wait()
            time.sleep(DOWN_FOR)
            instances[0] = start_instance(ports[0], env, app_log)
            back_at = time.time()
        locust.wait(timeout=MAX_SECONDS + 60)
        elapsed = time.monotonic() - started
        stop.set()
        guess.join(timeout=30)
        out = subprocess.run([sys.executable, "-c", JOB, session_ids[0]], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        job = out.stdout.strip() or out.stderr.strip()[-300:]
    finally:
        stop.set()
        if locust.poll() is None:
            locust.kill()
        nginx.send_signal(signal.SIGQUIT)
        nginx.wait(timeout=20)
        for proc in instances + [worker]:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for proc in instances + [worker]:
            proc.wait(timeout=40)
    acknowledged = sum(1 for _ in open(sent))
    phones_joined = sum(1 for _ in open(joined))
    db = counts(url, session_ids)
    statuses = guessed.get("statuses", [])
    allowed = statuses.index(429) if 429 in statuses else len(statuses)
    work = spread(tmp / "access.log", ports, killed_at, back_at)
    job_state = job.split()[0] if job else ""
    result = {
        "date": date.today().isoformat(),
        "command": "make bench-scale",
        "settings": {"young_people": USERS, "sessions": SESSIONS, "prompts": PROMPTS, "think_s": THINK, "join_over_s": JOIN_OVER,
                     "instances": INSTANCES, "workers_per_instance": int(WORKERS), "threads_per_worker": int(os.environ.get("GUNICORN_THREADS", "4")),
                     "killed_at_s": KILL_AT, "down_for_s": DOWN_FOR, "cores": os.cpu_count()},
        "seconds": round(elapsed),
        "young_people_joined": phones_joined,
        **db,
        "answers_acknowledged": acknowledged,
        "answers_expected_if_all_finished": phones_joined * PROMPTS,
        "guesser": {"wrong_codes_answered_before_429": allowed, "requests": len(statuses),
                    "refused_429": statuses.count(429), "other_statuses": dict(Counter(s for s in statuses if s not in (404, 429)))},
        "spread": work,
        "rq_job": job,
        "locust": locust_stats(tmp / "locust"),
        "locust_failures": locust_failures(tmp / "locust"),
        "logs": str(tmp),
    }
    checks = {
        "every young person got in": phones_joined == USERS == db["young_people_in_database"],
        "acknowledged = stored = distinct": acknowledged == db["answers_stored"] == db["answers_distinct"],
        "every answer of every visit acknowledged": acknowledged == USERS * PROMPTS,
        f"guesser stopped after exactly {WRONG_CODE_BUDGET} wrong codes": allowed == WRONG_CODE_BUDGET and statuses.count(429) > 0,
        "guesser's requests reached more than one instance": True,
        "killed instance served again after its restart": work["killed_instance_requests_after_restart"] > 0,
        "job ran on the rq worker": job_state == "done",
    }
    council_log = (tmp / "council.log").read_text(errors="replace").splitlines()
    result["council_log"] = {"lines": len(council_log), "young_peoples_pages": sum(' /j/' in line for line in council_log)}
    checks["the council's log has none of young people's pages"] = (
        result["council_log"]["lines"] > 0 and result["council_log"]["young_peoples_pages"] == 0)
    guesser_upstreams = guesser_spread(tmp / "access.log")
    result["guesser"]["requests_per_instance"] = guesser_upstreams
    checks["guesser's requests reached more than one instance"] = len(guesser_upstreams) > 1
    result["checks"] = checks
    result["passed"] = all(checks.values())
    (HERE / "results-scale.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    for name, ok in checks.items():
        print(f"{'ok  ' if ok else 'FAIL'} {name}", file=sys.stderr)
    print(json.dumps(result, ensure_ascii=False))
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
