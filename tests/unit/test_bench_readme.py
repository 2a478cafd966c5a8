"""`make bench` rewrites the tables of benchmarks/README.md and keeps what was measured by hand below its marker."""

from __future__ import annotations

from tests.bench_scripts import BENCHMARKS, load


def _run_all():
    return load("run_all")


def test_a_run_keeps_everything_written_by_hand_below_the_marker():
    run_all = _run_all()
    old = f"# Benchmarks\n\n| old table |\n\n{run_all.BY_HAND}\n\n### 2026-12-07: a held-out batch\n\nrecall 0.973\n"
    kept = run_all.kept_by_hand(old)
    assert kept.startswith("\n" + run_all.BY_HAND) and kept.endswith("recall 0.973\n")
    assert "| old table |" not in kept
    assert run_all.kept_by_hand("# Benchmarks\n\n| a table with no marker |\n") == ""


def test_the_readme_in_the_repository_has_the_marker_with_the_held_out_figures_below_it():
    text = (BENCHMARKS / "README.md").read_text(encoding="utf-8")
    assert _run_all().BY_HAND in text
    assert "disclosure_fresh13" in text.split(_run_all().BY_HAND, 1)[1]
