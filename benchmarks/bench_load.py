"""A sports hall of young people against gunicorn, on SQLite and on PostgreSQL, with exact counts after.

300 young people join one session within a minute and answer 8 prompts with think time, some
double-tapping and some retrying as if their connection dropped, while two officers moderate and the
presenter screen polls. Afterwards the database must hold exactly the answers the phones saw saved.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
USERS = int(os.environ.get("LOAD_USERS", "300"))
RUN_TIME = os.environ.get("LOAD_RUN_TIME", "110s")
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
PG_DB = os.environ.get("BENCH_PG_DB", "participation_bench")
PG_BENCH = f"postgresql+psycopg://postgres@127.0.0.1:5432/{PG_DB}"
DATABASES = os.environ.get("LOAD_DATABASES", "sqlite,postgresql").split(",")
PASSWORD = "bench-password-2026"

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
    x = s.create_session(a, r, "Sports hall", date.today(), "both")
    for i in range(1, 9):
        s.add_prompt(a, x, "scale" if i % 2 else "text", f"Question {i}?", "", [], "social-workers", 300)
    x.officers.append(b); db.session.commit()
    s.open_session(a, x)
    print(x.join_code, x.id)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(url: str, env: dict) -> tuple[str, str]:
    if url.startswith("postgresql"):

        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{PG_DB}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{PG_DB}"'))
        admin.dispose()
    subprocess.run([str(BIN / "flask"), "--app", "wsgi", "db", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-c", SETUP], cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout
    code, session_id = out.strip().split()[-2:]
    return code, session_id


def start_gunicorn(port: int, env: dict, log_level: str = "warning") -> subprocess.Popen:
    """gunicorn as production runs it (gunicorn.conf.py), returned once it accepts connections."""
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"), "-b", f"127.0.0.1:{port}", "--log-level", log_level, "wsgi:app"],
        cwd=ROOT, env=env, start_new_session=True,
    )
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    return server


def count(url: str, session_id: str) -> dict:

    engine = create_engine(url)
    with engine.connect() as conn:
        answers = conn.execute(text("SELECT count(*) FROM answers WHERE session_id = :s"), {"s": session_id}).scalar()
        distinct = conn.execute(
            text("SELECT count(*) FROM (SELECT DISTINCT participant_id, prompt_id FROM answers WHERE session_id = :s) x"), {"s": session_id}
        ).scalar()
        joined = conn.execute(text("SELECT count(*) FROM participants WHERE session_id = :s"), {"s": session_id}).scalar()
        approved = conn.execute(text("SELECT count(*) FROM answers WHERE session_id = :s AND state = 'approved'"), {"s": session_id}).scalar()
    engine.dispose()
    return {"answers_in_database": answers, "distinct_participant_prompt": distinct, "young_people_joined": joined, "approved_by_officers": approved}


def stats(prefix: Path) -> dict:
    rows = {r["Name"]: r for r in csv.DictReader(open(f"{prefix}_stats.csv"))}
    out = {}
    for name in ("submit answer", "/healthz (baseline)", "submit answer (double tap)", "submit answer (retry)", "presenter counts poll",
                 "/staff/moderation/answers/[id]/approve", "Aggregated"):
        r = rows.get(name)
        if r:
            out[name] = {"requests": int(r["Request Count"]), "failures": int(r["Failure Count"]), "rps": round(float(r["Requests/s"]), 1),
                         "p50_ms": float(r["50%"]), "p95_ms": float(r["95%"]), "p99_ms": float(r["99%"])}
    return out


def worker_cpu(master_pid: int) -> dict:
    """CPU seconds used so far by each gunicorn worker (children of the master)."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    for pid in subprocess.run(["pgrep", "-P", str(master_pid)], capture_output=True, text=True).stdout.split():
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[pid] = (int(fields[11]) + int(fields[12])) / tick
    return out


TARGETS = {"submit": "submit answer", "submit-no-js": "submit answer", "page": "/privacy", "healthz": "/healthz"}


def saturate(port: int, env: dict, code: str, tmp: Path, master_pid: int) -> dict:
    """Throughput with no think time on one server: answers from phones with and without JavaScript,
    the cheapest full page (/privacy, no database) and /healthz. Also how evenly the workers shared the work."""
    out = {}
    # Warm the workers first (templates, the screen's model, connections): a cold start is not capacity.
    subprocess.run(
        [str(BIN / "locust"), "-f", str(ROOT / "benchmarks" / "load" / "saturate.py"), "--headless", "-u", "8", "-r", "8",
         "--run-time", "8s", "--host", f"http://127.0.0.1:{port}", "--only-summary", "--loglevel", "WARNING"],
        cwd=ROOT, env=dict(env, BENCH_CODE=code, SATURATE="submit"), check=False, capture_output=True, timeout=60,
    )
    for target, name in TARGETS.items():
        prefix = tmp / f"sat-{target}"
        before = worker_cpu(master_pid)
        subprocess.run(
            [str(BIN / "locust"), "-f", str(ROOT / "benchmarks" / "load" / "saturate.py"), "--headless", "-u", "32", "-r", "32",
             "--run-time", "20s", "--host", f"http://127.0.0.1:{port}", "--csv", str(prefix), "--only-summary", "--loglevel", "WARNING"],
            cwd=ROOT, env=dict(env, BENCH_CODE=code, SATURATE=target), check=False, capture_output=True, timeout=120,
        )
        after = worker_cpu(master_pid)
        used = [after[pid] - before.get(pid, 0) for pid in after]
        rows = {r["Name"]: r for r in csv.DictReader(open(f"{prefix}_stats.csv"))}
        r = rows.get(name, {})
        out[target] = {"rps": round(float(r.get("Requests/s", 0)), 1), "failures": int(r.get("Failure Count", 0)),
                       "p95_ms": float(r.get("95%", 0) or 0),
                       "busiest_worker_cpu_share": round(max(used) / sum(used), 2) if used and sum(used) else None}
    base = max(out["healthz"]["rps"], 0.1)
    for target in ("submit", "submit-no-js", "page"):
        out[f"{target}_to_healthz_throughput_ratio"] = round(out[target]["rps"] / base, 3)
    # The issue-16 target: answers at saturation against the app's own cheapest full page, same run.
    out["submit_to_page_throughput_ratio"] = round(out["submit"]["rps"] / max(out["page"]["rps"], 0.1), 3)
    return out


def run(label: str, url: str) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix=f"load-{label}-"))
    env = dict(os.environ, DATABASE_URL=url, SECRET_KEY="bench-secret", BENCH_PASSWORD=PASSWORD, REDIS_URL="redis://127.0.0.1:6379/14", PYTHONPATH=str(ROOT))
    subprocess.run(["redis-cli", "-n", "14", "flushdb"], capture_output=True)
    code, session_id = prepare(url, env)
    port = free_port()
    gunicorn = start_gunicorn(port, env)
    try:
        sent = tmp / "sent.jsonl"
        sent.touch()
        lenv = dict(env, BENCH_CODE=code, BENCH_SESSION_ID=session_id, BENCH_SENT=str(sent), BENCH_PASSWORD=PASSWORD,
                    BENCH_OFFICERS="officer1@bench.example,officer2@bench.example")
        started = time.monotonic()
        subprocess.run(
            [str(BIN / "locust"), "-f", str(ROOT / "benchmarks" / "load" / "locustfile.py"), "--headless", "-u", str(USERS + 6),
             "-r", str(max(1, USERS // 60)), "--run-time", RUN_TIME, "--host", f"http://127.0.0.1:{port}", "--csv", str(tmp / "locust"),
             "--only-summary", "--stop-timeout", "10", "--loglevel", "WARNING"],
            cwd=ROOT, env=lenv, check=False, capture_output=True, timeout=400,
        )
        elapsed = time.monotonic() - started
    finally:
        os.killpg(gunicorn.pid, signal.SIGTERM)
        gunicorn.wait(timeout=30)
    # Counted before the capacity run below adds answers of its own.
    acknowledged = sum(1 for _ in open(sent))
    counts = count(url, session_id)
    # Capacity, measured on a fresh server with the per-visit limits off (a benchmark-only switch).
    gunicorn = start_gunicorn(port, dict(env, RATELIMIT_ENABLED="0"))
    try:
        capacity = saturate(port, env, code, tmp, gunicorn.pid)
    finally:
        os.killpg(gunicorn.pid, signal.SIGTERM)
        gunicorn.wait(timeout=30)
    result = {"database": label, "seconds": round(elapsed), **counts, "answers_acknowledged_to_phones": acknowledged, "locust": stats(tmp / "locust")}
    result["exact"] = result["answers_in_database"] == acknowledged == result["distinct_participant_prompt"]
    result["capacity"] = capacity
    submit, base = result["locust"].get("submit answer"), result["locust"].get("/healthz (baseline)")
    if submit and base:
        result["submit_p95_ms"] = submit["p95_ms"]
        result["submit_to_baseline_p95_ratio"] = round(submit["p95_ms"] / max(base["p95_ms"], 1), 2)
    return result


def main() -> None:
    results = []
    if "sqlite" in DATABASES:
        results.append(run("sqlite", f"sqlite:///{tempfile.mkdtemp()}/load.db"))
    if "postgresql" in DATABASES:
        try:
            results.append(run("postgresql", PG_BENCH))
        except Exception as e:  # PostgreSQL down: say so, do not pretend
            results.append({"database": "postgresql", "error": str(e)[:300]})
    print(json.dumps({"load": results}))


if __name__ == "__main__":
    main()
