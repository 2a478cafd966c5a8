"""Settings from environment variables, with safe defaults for `make run`."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTANCE = ROOT / "instance"


def _secret_key() -> str:
    """A real deployment sets SECRET_KEY; locally we keep a random one in instance/ so sign-ins survive restarts."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    INSTANCE.mkdir(exist_ok=True)
    path = INSTANCE / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


class Config:
    ENV_NAME = os.environ.get("PARTICIPATION_ENV", "development")  # development | production | test
    SECRET_KEY = None  # filled in by load()
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", f"sqlite:///{INSTANCE / 'participation.db'}")
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    REDIS_URL = os.environ.get("REDIS_URL", "")
    RATELIMIT_STORAGE_URI = os.environ.get("REDIS_URL") or "memory://"
    RATELIMIT_HEADERS_ENABLED = False
    # Only for measuring raw capacity in benchmarks; never turn limits off for a real session.
    RATELIMIT_ENABLED = os.environ.get("RATELIMIT_ENABLED", "1") != "0"
    WTF_CSRF_TIME_LIMIT = 8 * 3600  # a long session in a hall must not lose a young person's form
    MAX_CONTENT_LENGTH = 256 * 1024
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_NAME = "participation"
    PERMANENT_SESSION_LIFETIME = 12 * 3600
    # The cookie is signed again only when it changes (joining, signing in), not on every request:
    # a visit or a staff sign-in lasts 12 hours from when it began.
    SESSION_REFRESH_EACH_REQUEST = False
    # How many reverse proxies stand in front of the app (production: 1). Their X-Forwarded-For and
    # X-Forwarded-Proto are believed only this many hops deep, so per-address limits count phones,
    # not the proxy. 0 (for `make run`) believes none.
    TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
    COMPRESS_MIMETYPES = ["text/html", "text/css", "application/javascript", "text/javascript", "image/svg+xml", "text/csv"]
    COMPRESS_ALGORITHM = ["br", "gzip"]
    COMPRESS_ALGORITHM_STREAMING = ["br", "gzip"]  # static files are streamed; old phones ask for gzip only
    COMPRESS_REGISTER = True
    SEND_FILE_MAX_AGE_DEFAULT = 365 * 24 * 3600  # static URLs carry a content hash
    PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "")  # e.g. https://say.example.gov.uk for the QR code
    # Alert emails to the safeguarding lead (participation/domain/notify.py). With no MAIL_SERVER they go to the log.
    MAIL_MODE = os.environ.get("MAIL_MODE", "")  # smtp | log | outbox | off; empty: smtp with a server, else log
    MAIL_SERVER = os.environ.get("MAIL_SERVER", "")
    MAIL_PORT = int(os.environ.get("MAIL_PORT", "587"))
    MAIL_USE_TLS = os.environ.get("MAIL_USE_TLS", "1") != "0"
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME", "")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD", "")
    MAIL_FROM = os.environ.get("MAIL_FROM", "")
    PASSWORD_HASH_MEMORY_KIB = 65536


def load(test_config: dict | None = None) -> dict:
    settings = {k: getattr(Config, k) for k in dir(Config) if k.isupper()}
    if settings["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        INSTANCE.mkdir(exist_ok=True)
        settings["SQLALCHEMY_ENGINE_OPTIONS"] = {}
    if test_config:
        settings.update(test_config)
    if not settings.get("SECRET_KEY"):
        settings["SECRET_KEY"] = _secret_key()
    # Secure cookies everywhere but a developer's own machine.
    settings.setdefault("SESSION_COOKIE_SECURE", settings["ENV_NAME"] == "production")
    if "SESSION_COOKIE_SECURE" not in (test_config or {}):
        settings["SESSION_COOKIE_SECURE"] = settings["ENV_NAME"] == "production"
    return settings
