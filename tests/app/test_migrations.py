"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text

from participation.domain.db import db
from tests.conftest import DATABASE_URL, make_app


def test_migrations_match_the_models(tmp_path):
    if DATABASE_URL.startswith("postgresql"):
        url = DATABASE_URL
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS migration_check CASCADE"))
            conn.execute(text("CREATE SCHEMA migration_check"))
        url_opts = {"SQLALCHEMY_ENGINE_OPTIONS": {"connect_args": {"options": "-csearch_path=migration_check"}}}
    else:
        url = f"sqlite:///{tmp_path}/migrated.db"
        url_opts = {}
    app = make_app(SQLALCHEMY_DATABASE_URI=url, **url_opts)
    with app.app_context():
        upgrade()
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), db.metadata)
        db.engine.dispose()
    assert diff == []
    if DATABASE_URL.startswith("postgresql"):
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA migration_check CASCADE"))


def test_the_alert_chases_migration_goes_down_and_up_again(tmp_path):
    """The columns counting an alert's chases at 30 and 60 minutes (d8b3f5a1c726) and the reminders of a close waiting
    for sign-off (b5e2c8d4a917) can be taken off and put back."""
    if DATABASE_URL.startswith("postgresql"):
        engine = create_engine(DATABASE_URL)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS migration_chases CASCADE"))
            conn.execute(text("CREATE SCHEMA migration_chases"))
        app = make_app(SQLALCHEMY_DATABASE_URI=DATABASE_URL, SQLALCHEMY_ENGINE_OPTIONS={
            "connect_args": {"options": "-csearch_path=migration_chases"}})
    else:
        app = make_app(SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/chases.db")

    def columns():
        return {c["name"] for c in inspect(db.engine).get_columns("alerts")}

    with app.app_context():
        upgrade()
        assert {"chases", "sign_off_reminders"} <= columns()
        db.engine.dispose()
        # The sign-off reminders' count (b5e2c8d4a917) comes off first, on its own.
        downgrade(revision="d8b3f5a1c726")
        assert "sign_off_reminders" not in columns() and "chases" in columns()
        db.engine.dispose()
        downgrade(revision="c4d1e7a9b532")
        assert "chases" not in columns() and "lead_seen_at" in columns()
        db.engine.dispose()
        upgrade()
        assert {"chases", "sign_off_reminders"} <= columns()
        db.engine.dispose()
    if DATABASE_URL.startswith("postgresql"):
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA migration_chases CASCADE"))
