"""The WSGI entry point: `flask --app wsgi ...` and `gunicorn wsgi:app`."""

from participation.app import create_app

app = create_app()
