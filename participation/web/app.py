"""Everything the web layer adds to the app: templates, extensions, blueprints, headers, error pages."""

from __future__ import annotations

from flask import Flask
from govuk_frontend_wtf.main import WTFormsHelpers
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader

from participation import config
from participation.domain.accounts import load_user
from participation.web import errors, i18n, templating
from participation.web.account.views import bp as account_bp
from participation.web.admin.views import bp as admin_bp
from participation.web.alerts.views import bp as alerts_bp
from participation.web.extensions import compress, csrf, limiter, login_manager
from participation.web.htmx import add_vary, htmx
from participation.web.ids import BoundedInt
from participation.web.moderation.views import bp as moderation_bp
from participation.web.packs.views import bp as packs_bp
from participation.web.pages.views import bp as pages_bp
from participation.web.presenter.views import bp as presenter_bp
from participation.web.recommendations.views import bp as recommendations_bp
from participation.web.security import FileFriendlySessions, set_headers
from participation.web.sessions.views import bp as sessions_bp
from participation.web.themes.views import bp as themes_bp
from participation.web.youth.views import bp as youth_bp

BLUEPRINTS = (
    pages_bp, youth_bp, account_bp, sessions_bp, presenter_bp, moderation_bp, alerts_bp, themes_bp, packs_bp,
    recommendations_bp, admin_bp,
)


def init_app(app: Flask) -> None:
    app.url_map.converters["int"] = BoundedInt
    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(str(config.ROOT / "templates")),
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
    templating.register(app)
    i18n.init_app(app)

    csrf.init_app(app)
    limiter.init_app(app)
    compress.init_app(app)
    htmx.init_app(app)
    app.session_interface = FileFriendlySessions()
    login_manager.init_app(app)
    login_manager.user_loader(load_user)
    login_manager.login_view = "account.sign_in"
    login_manager.session_protection = "strong"

    for bp in BLUEPRINTS:
        app.register_blueprint(bp)
    app.after_request(set_headers)
    app.after_request(add_vary)
    errors.register(app)
