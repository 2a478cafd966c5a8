"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade
from sqlalchemy import create_engine, text

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
