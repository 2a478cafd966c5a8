"""Faults while young people answer: a killed gunicorn worker, a PostgreSQL restart and a slow client.

Reports the failed requests and the recovery time of each fault, and checks that every answer the
phones saw saved is in the database exactly once. PostgreSQL only (it is the production database).
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
import threading
import time
from pathlib import Path

import requests

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_load  # noqa: E402

USERS = int(os.environ.get("FAULT_USERS", "120"))
RUN_SECONDS = 75


def probe(url: str, stop: threading.Event, log: list) -> None:
    """A trivial-route probe every 100 ms: when each fault started failing and when it recovered."""
    while not stop.is_set():
        t = time.monotonic()
        try:
            ok = requests.get(f"{url}/readyz", timeout=2).status_code == 200
        except requests.RequestException:
            ok = False
        log.append((t, ok))
        time.sleep(0.1)


def recovery(log: list, start: float) -> dict:
    after = [(t, ok) for t, ok in log if t >= start]
    failures = [t for t, ok in after if not ok]
    if not failures:
        return {"probe_failures": 0, "recovered_after_s": 0.0}
    last_fail = max(failures)
    back = next((t for t, ok in after if ok and t > last_fail), None)
    return {"probe_failures": len(failures), "recovered_after_s": round((back or last_fail) - start, 2)}


def slow_client(port: int, seconds: float) -> None:
    """Sends a request one byte a second, holding a connection the whole time."""
    s = socket.create_connection(("127.0.0.1", port))
    request = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    end = time.monotonic() + seconds
    i = 0
    while time.monotonic() < end:
        s.send(request[i % len(request): i % len(request) + 1])
        i += 1
        time.sleep(1)
    s.close()


def main() -> None:
    url_db = bench_load.PG_BENCH
    tmp = Path(tempfile.mkdtemp(prefix="faults-"))
    env = dict(os.environ, DATABASE_URL=url_db, SECRET_KEY="bench-secret", BENCH_PASSWORD=bench_load.PASSWORD,
               REDIS_URL="redis://127.0.0.1:6379/14", PYTHONPATH=str(bench_load.ROOT))
    subprocess.run(["redis-cli", "-n", "14", "flushdb"], capture_output=True)
    code, session_id = bench_load.prepare(url_db, env)
    port = bench_load.free_port()
    gunicorn = bench_load.start_gunicorn(port, env, log_level="error")
    url = f"http://127.0.0.1:{port}"
    sent = tmp / "sent.jsonl"
    sent.touch()
    lenv = dict(env, BENCH_CODE=code, BENCH_SESSION_ID=session_id, BENCH_SENT=str(sent), BENCH_PASSWORD=bench_load.PASSWORD,
                BENCH_OFFICERS="officer1@bench.example,officer2@bench.example")
    locust = subprocess.Popen(
        [str(bench_load.BIN / "locust"), "-f", str(HERE / "load" / "locustfile.py"), "--headless", "-u", str(USERS + 6),
         "-r", str(max(1, USERS // 20)), "--run-time", f"{RUN_SECONDS}s", "--host", url, "--csv", str(tmp / "locust"),
         "--only-summary", "--stop-timeout", "20", "--loglevel", "WARNING"],
        cwd=bench_load.ROOT, env=lenv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    stop, log = threading.Event(), []
    threading.Thread(target=probe, args=(url, stop, log), daemon=True).start()
    faults = {}
    try:
        time.sleep(20)
        workers = subprocess.run(["pgrep", "-P", str(gunicorn.pid)], capture_output=True, text=True).stdout.split()
        t = time.monotonic()
        os.kill(int(workers[0]), signal.SIGKILL)
        faults["kill_a_worker"] = {"at": t}
        time.sleep(12)
        slow = threading.Thread(target=slow_client, args=(port, 15), daemon=True)
        faults["slow_client"] = {"at": time.monotonic()}
        slow.start()
        time.sleep(8)
        version = sorted(os.listdir("/etc/postgresql"))[-1]
        t = time.monotonic()
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"], check=True, capture_output=True)
        faults["restart_postgresql"] = {"at": t, "restart_took_s": round(time.monotonic() - t, 2)}
        locust.wait(timeout=RUN_SECONDS + 60)
    finally:
        stop.set()
        os.killpg(gunicorn.pid, signal.SIGTERM)
        gunicorn.wait(timeout=30)
    order = sorted(faults.items(), key=lambda kv: kv[1]["at"])
    for i, (_name, fault) in enumerate(order):
        window_end = order[i + 1][1]["at"] if i + 1 < len(order) else float("inf")
        fault.update(recovery([e for e in log if e[0] < window_end], fault["at"]))
        fault.pop("at")
    acknowledged = sum(1 for _ in open(sent))
    counts = bench_load.count(url_db, session_id)
    stats = bench_load.stats(tmp / "locust")
    rows = {r["Name"]: r for r in csv.DictReader(open(f"{tmp / 'locust'}_stats.csv"))}
    after_failure = rows.get("submit answer (after a failure)")
    result = {
        "faults": faults,
        **counts,
        "answers_acknowledged_to_phones": acknowledged,
        "exact": counts["answers_in_database"] == acknowledged == counts["distinct_participant_prompt"],
        "submissions_failed_then_retried": int(after_failure["Request Count"]) if after_failure else 0,
        "submit": stats.get("submit answer"),
        "all_requests": stats.get("Aggregated"),
    }
    print(json.dumps({"faults_run": result}))


if __name__ == "__main__":
    main()
