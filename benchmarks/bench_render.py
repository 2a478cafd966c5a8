"""Time and peak memory of each evidence pack format for a pack of 10,000 answers, one subprocess per format."""

from __future__ import annotations

import copy
import io
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from pypdf import PdfReader

from participation.pure import render

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ANSWERS = 10_000
# Targets from the "Evidence packs" issue, for 10,000 answers.
TARGETS = {"html": 3.0, "docx": 10.0, "pdf": 30.0, "csv": 3.0}
MEMORY_MB = 500


def big_pack(answers: int = ANSWERS) -> dict:
    """The example pack with its appendix answers scaled up to `answers`, keeping each theme's share."""
    pack = copy.deepcopy(
        json.loads((ROOT / "tests" / "data" / "pack_example.json").read_text(encoding="utf-8"))
    )
    groups = pack["appendix"]["answers_by_theme"]
    base = sum(len(g["answers"]) for g in groups)
    wanted = [len(g["answers"]) * answers // base for g in groups]
    wanted[0] += answers - sum(wanted)
    for g, n in zip(groups, wanted, strict=True):
        source = g["answers"]
        # Numbered so no two answers are identical, as in a real pack.
        g["answers"] = [f"{source[i % len(source)]} ({i + 1})" for i in range(n)]
    assert sum(len(g["answers"]) for g in groups) == answers
    return pack


def run_one(fmt: str) -> dict:
    """In this process: import, render once, report seconds and peak resident memory."""

    pack = big_pack()
    start = time.perf_counter()
    if fmt == "html":
        out = render.render_html(pack)
    elif fmt == "pdf":
        out = render.render_pdf(pack)
    elif fmt == "docx":
        out = render.render_docx(pack)
    else:
        out = render.render_csv(pack)
    seconds = time.perf_counter() - start
    # ru_maxrss is in KiB on Linux: the whole process peak, interpreter and libraries included.
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = len(out.encode("utf-8") if isinstance(out, str) else out)
    extra = {}
    if fmt == "pdf":


        extra["pages"] = len(PdfReader(io.BytesIO(out)).pages)
    return {"seconds": round(seconds, 2), "peak_mb": round(peak_mb, 1), "bytes": size, **extra}


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(run_one(sys.argv[2])))
        return
    results: dict[str, object] = {"answers": ANSWERS}
    for fmt in ("html", "csv", "docx", "pdf"):
        proc = subprocess.run(
            [sys.executable, __file__, "--one", fmt], capture_output=True, text=True, check=True, cwd=ROOT
        )
        figures = json.loads(proc.stdout.strip().splitlines()[-1])
        figures["target_seconds"] = TARGETS[fmt]
        figures["ok"] = figures["seconds"] <= TARGETS[fmt] and figures["peak_mb"] <= MEMORY_MB
        results[fmt] = figures
        print(
            f"{fmt:5} {figures['seconds']:7.2f} s  {figures['peak_mb']:7.1f} MB  (target {TARGETS[fmt]} s, {MEMORY_MB} MB)"
        )
    print(json.dumps(results))


if __name__ == "__main__":
    main()
