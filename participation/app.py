"""The application factory: settings, the database, the web layer and the commands, wired together."""

from __future__ import annotations

import logging

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from participation import config
from participation.domain import db as database
from participation.domain import models  # noqa: F401  (registers the tables)
from participation.ops import cli
from participation.web import app as web


class YoungPeoplesPagesUnlogged(logging.Filter):
    """The development server's request log (`make run`) leaves out young people's pages: an address and a time
    to the second beside "/j/CODE/q/3/check-in" would tie what a young person said to their phone. gunicorn keeps
    no access log (gunicorn.conf.py) and docs/deploy.md's proxy logs none of /j/."""

    def filter(self, record: logging.LogRecord) -> bool:
        return " /j/" not in record.getMessage()


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
    werkzeug_log = logging.getLogger("werkzeug")
    if not any(isinstance(f, YoungPeoplesPagesUnlogged) for f in werkzeug_log.filters):
        werkzeug_log.addFilter(YoungPeoplesPagesUnlogged())
    return app
