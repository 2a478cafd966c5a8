"""The database handle (unbound, so nothing has to import the app to reach it) and its setup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from flask import Flask
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import ForeignKey, MetaData, Table, event
from sqlalchemy.orm import Mapped, mapped_column

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

db = SQLAlchemy(metadata=metadata)
migrate = Migrate()


def init_app(app: Flask, migrations: Path) -> None:
    db.init_app(app)
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        _sqlite_for_many_writers(app)
    migrate.init_app(app, db, directory=str(migrations), render_as_batch=True, compare_type=True)


def _sqlite_for_many_writers(app: Flask) -> None:
    """Write-ahead logging and a busy timeout, so several workers or threads can save answers at once."""

    def on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    with app.app_context():
        event.listen(db.engine, "connect", on_connect)


class Authored:
    """Who made a row and when (a staff member; None when made by the system or the command line)."""

    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


def link_table(name: str, left: str, right: str) -> Table:
    """A many-to-many link: `left` and `right` are "column->table.id", and together the primary key."""
    columns = [db.Column(col, ForeignKey(target), primary_key=True) for col, target in (s.split("->") for s in (left, right))]
    return db.Table(name, *columns)
