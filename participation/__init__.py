"""Participation: safeguarded, moderated youth voice for children's services scrutiny."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError
from govuk_frontend_wtf.main import WTFormsHelpers
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader

from . import config
from .extensions import compress, csrf, db, limiter, login_manager, migrate

ROOT = Path(__file__).resolve().parent.parent

ERROR_PAGES = {
    400: "Something went wrong with that request",
    403: "You cannot open this page",
    404: "Page not found",
    405: "That did not work",
    413: "That was too much to send",
    429: "Please wait a moment",
    500: "Sorry, something went wrong on our side",
}


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(
        __name__,
        static_folder=str(ROOT / "static"),
        template_folder=str(ROOT / "templates"),
        instance_path=str(config.INSTANCE),
    )
    app.config.update(config.load(test_config))
    if app.config["TRUSTED_PROXIES"]:
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
    from .ids import BoundedInt

    app.url_map.converters["int"] = BoundedInt

    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(str(ROOT / "templates")),
            PrefixLoader(
                {
                    "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    WTFormsHelpers(app)

    db.init_app(app)
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        _sqlite_for_many_writers(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True, compare_type=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    limiter.init_app(app)
    compress.init_app(app)

    from . import models  # noqa: F401  (registers the tables)
    from .auth import load_user
    from .jinja import register as register_jinja
    from .security import set_headers

    login_manager.user_loader(load_user)
    login_manager.login_view = "staff.sign_in"
    login_manager.session_protection = "strong"
    register_jinja(app)

    from .admin.views import bp as admin_bp
    from .evidence.views import bp as evidence_bp
    from .moderation.views import bp as moderation_bp
    from .pages import bp as pages_bp
    from .staff.views import bp as staff_bp
    from .themeboard.views import bp as themes_bp
    from .youth.views import bp as youth_bp

    app.register_blueprint(pages_bp)
    app.register_blueprint(youth_bp)
    app.register_blueprint(staff_bp)
    app.register_blueprint(moderation_bp)
    app.register_blueprint(admin_bp)
    app.register_blueprint(themes_bp)
    app.register_blueprint(evidence_bp)

    from .htmx import add_vary

    app.after_request(set_headers)
    app.after_request(add_vary)
    _register_errors(app)

    from .cli import register as register_cli

    register_cli(app)
    return app


def _register_errors(app: Flask) -> None:
    def render_error(code: int):
        youth = request.blueprint == "youth" or request.path.startswith(("/j/", "/join"))
        return render_template("errors/error.html", code=code, title=ERROR_PAGES[code], youth=youth), code

    for code in ERROR_PAGES:
        app.register_error_handler(code, lambda e, code=code: render_error(code))

    @app.errorhandler(CSRFError)
    def csrf_error(e):
        return render_error(400)

    @app.errorhandler(Exception)
    def unexpected(e):
        from werkzeug.exceptions import HTTPException

        if isinstance(e, HTTPException):
            return render_error(e.code) if e.code in ERROR_PAGES else e
        app.logger.exception("Unhandled error")
        db.session.rollback()
        return render_error(500)


def _sqlite_for_many_writers(app: Flask) -> None:
    """Write-ahead logging and a busy timeout, so several workers or threads can save answers at once."""
    from sqlalchemy import event

    def on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    with app.app_context():
        event.listen(db.engine, "connect", on_connect)
