"""`make bench`: runs every benchmark, prints the figures and writes them into benchmarks/README.md."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["eval_pii.py", "eval_disclosure.py", "eval_theming.py", "bench_screen.py", "bench_pages.py", "bench_board.py", "bench_render.py"]


def run(script: str) -> dict:
    start = time.monotonic()
    proc = subprocess.run([sys.executable, str(HERE / script)], capture_output=True, text=True, timeout=600)
    last = (proc.stdout.strip().splitlines() or ["{}"])[-1]
    try:
        figures = json.loads(last)
    except json.JSONDecodeError:
        figures = {"error": (proc.stderr or proc.stdout)[-500:]}
    figures["exit_code"] = proc.returncode
    figures["seconds"] = round(time.monotonic() - start, 1)
    return figures


def main() -> int:
    results = {"date": date.today().isoformat(), "command": "make bench"}
    for script in SCRIPTS:
        print(f"running {script} ...", flush=True)
        results[script] = run(script)
        print(json.dumps(results[script], ensure_ascii=False)[:1500], flush=True)
    (HERE / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {HERE / 'results.json'}")
    return 0 if all(v.get("exit_code") == 0 for k, v in results.items() if isinstance(v, dict)) else 1


if __name__ == "__main__":
    sys.exit(main())
