"""The application factory: settings, the database, the web layer and the commands, wired together."""

from __future__ import annotations

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from participation import config
from participation.domain import db as database
from participation.domain import models  # noqa: F401  (registers the tables)
from participation.ops import cli
from participation.web import app as web


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(
        __name__,
        static_folder=str(config.ROOT / "static"),
        template_folder=str(config.ROOT / "templates"),
        instance_path=str(config.INSTANCE),
    )
    app.config.update(config.load(test_config))
    if app.config["TRUSTED_PROXIES"]:
        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
    database.init_app(app, migrations=config.ROOT / "migrations")
    web.init_app(app)
    cli.register(app)
    return app
