"""A job's progress as named steps: done, now, still to do, and the step that failed."""

from participation.pure.steps import announce, progress_steps

NAMES = ("Check", "Web page", "PDF", "Save")


def _statuses(state, done):
    return [s.status for s in progress_steps(NAMES, state, done)]


def test_a_queued_job_has_every_step_still_to_do():
    assert _statuses("queued", 0) == ["to-do"] * 4
    assert announce(progress_steps(NAMES, "queued", 0)) == "Waiting to start: 4 steps."


def test_a_running_job_is_on_the_first_step_it_has_not_finished():
    assert _statuses("running", 0) == ["now", "to-do", "to-do", "to-do"]
    assert _statuses("running", 2) == ["done", "done", "now", "to-do"]
    assert announce(progress_steps(NAMES, "running", 2)) == "Step 3 of 4: PDF."
    # More finished than there are steps (the runner counts the last one when it returns) stays on the last.
    assert _statuses("running", 9) == ["done", "done", "done", "now"]


def test_a_finished_job_has_every_step_done():
    assert _statuses("done", 1) == ["done"] * 4
    assert announce(progress_steps(NAMES, "done", 4)) == "All 4 steps done."


def test_a_failed_job_names_the_step_that_failed_and_never_reached_the_rest():
    assert _statuses("failed", 2) == ["done", "done", "failed", "not-done"]
    assert announce(progress_steps(NAMES, "failed", 2)) == "Failed at step 3 of 4: PDF."
    assert _statuses("failed", 0) == ["failed", "not-done", "not-done", "not-done"]
    assert _statuses("failed", 4) == ["done", "done", "done", "failed"]
