"""A background job's progress as named steps: which are done, which one is being done now, which are still to
do, and, when it failed, which step failed. Pure: the caller gives the step names, the job's state and how many
steps it had finished (`job.done`)."""

from __future__ import annotations

from dataclasses import dataclass

DONE, NOW, TO_DO, FAILED, NOT_DONE = "done", "now", "to-do", "failed", "not-done"


@dataclass(frozen=True)
class Step:
    name: str
    status: str  # one of DONE, NOW, TO_DO, FAILED, NOT_DONE (after a failure, the steps it never reached)


def progress_steps(names: tuple[str, ...] | list[str], state: str, done: int) -> list[Step]:
    """Each step with its status. `state` is the job's (queued, running, done, failed); `done` how many steps it
    had finished. A failed job failed at the first step it had not finished (the last one, if it had finished
    them all, as saving comes after)."""
    count = len(names)
    finished = max(0, min(done or 0, count))
    if state == "done":
        return [Step(n, DONE) for n in names]
    if state == "failed":
        at = min(finished, count - 1)
        return [Step(n, DONE if i < at else FAILED if i == at else NOT_DONE) for i, n in enumerate(names)]
    if state != "running":  # queued: nothing started yet
        return [Step(n, TO_DO) for n in names]
    now = min(finished, count - 1)
    return [Step(n, DONE if i < now else NOW if i == now else TO_DO) for i, n in enumerate(names)]


def announce(found: list[Step]) -> str:
    """One sentence for a screen reader to announce politely when the steps change."""
    total = len(found)
    for i, step in enumerate(found, start=1):
        if step.status == FAILED:
            return f"Failed at step {i} of {total}: {step.name}."
        if step.status == NOW:
            return f"Step {i} of {total}: {step.name}."
    if found and all(s.status == DONE for s in found):
        return f"All {total} steps done."
    return f"Waiting to start: {total} steps."
