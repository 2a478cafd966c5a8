"""The flask commands: demo, staff create, sessions list."""

from __future__ import annotations

from sqlalchemy import func, select

from participation.domain.db import db
from participation.domain.models import Answer, Participant, ParticipationSession, Review, StaffUser


def test_demo_loads_once_and_is_safe_to_run_twice(runner):
    first = runner.invoke(args=["demo"])
    assert first.exit_code == 0, first.output
    assert "HEAR34" in first.output and "officer@northshire.example" in first.output
    counts = lambda: (  # noqa: E731
        db.session.scalar(select(func.count(Review.id))),
        db.session.scalar(select(func.count(ParticipationSession.id))),
        db.session.scalar(select(func.count(Answer.id))),
    )
    before = counts()
    second = runner.invoke(args=["demo"])
    assert second.exit_code == 0 and "already there" in second.output
    assert counts() == before
    assert before[0] == 3  # two reviews, and the spring check-in that asked some of the same questions
    roles = set(db.session.execute(select(StaffUser.role)).scalars())
    assert roles == {"admin", "officer", "safeguarding", "scrutiny"}
    closed = db.session.execute(select(ParticipationSession).where(ParticipationSession.state == "closed").order_by(ParticipationSession.id)).scalars().first()
    assert 35 <= db.session.scalar(select(func.count(Participant.id)).where(Participant.session_id == closed.id)) <= 45
    # The care leavers' session has the council's own leaving care team first in its help, on a number
    # from Ofcom's range for drama (01632 960000 to 960999), so it rings nobody.
    leavers = db.session.execute(
        select(ParticipationSession).where(ParticipationSession.state == "open", ParticipationSession.audience == "care-leavers")
    ).scalar_one()
    assert leavers.local_contact_name == "Northshire leaving care team"
    assert leavers.local_contact_phone.replace(" ", "").startswith("01632960") and len(leavers.local_contact_phone.replace(" ", "")) == 11


def test_demo_refuses_in_production(app, runner):
    app.config["ENV_NAME"] = "production"
    result = runner.invoke(args=["demo"])
    assert result.exit_code != 0
    assert "never loaded in production" in result.output


def test_staff_create_reads_the_password_from_stdin(runner, council):
    result = runner.invoke(args=["staff", "create", "New@Testshire.example", "--role", "safeguarding", "--password-stdin"],
                           input="a long enough password\n")
    assert result.exit_code == 0, result.output
    user = db.session.execute(select(StaffUser)).scalar_one()
    assert (user.email, user.role) == ("new@testshire.example", "safeguarding")


def test_staff_create_refuses_a_short_password(runner, council):
    result = runner.invoke(args=["staff", "create", "a@b.example", "--role", "officer", "--password-stdin"], input="short\n")
    assert result.exit_code != 0 and "at least 12" in result.output


def test_sessions_list_columns_in_order(runner, make_session, young):
    young.answer(1, "4")
    result = runner.invoke(args=["sessions", "list"])
    lines = result.output.strip().splitlines()
    assert lines[0].split() == ["id", "review", "title", "join", "code", "state", "young", "people", "answers"]
    row = lines[1]
    assert row.split()[-1] == "1" and row.split()[-2] == "1" and "open" in row.split()
