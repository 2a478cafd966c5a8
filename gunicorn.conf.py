"""gunicorn's settings for production; `gunicorn wsgi:app` run from this folder reads them.

The benchmarks start the app with this file too, so the figures in benchmarks/README.md are for
the server as a council runs it. Every setting can be overridden on the command line.
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
# Answering is CPU work in Python, so about one process a core; threads let a slow phone or a
# database pause hold up one request, not a whole process.
workers = int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 2))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# One request per connection from the proxy. gunicorn's thread workers accept every connection
# they are offered, so connections held open pile up on one process while the others idle: with
# 10-second keep-alive one of four processes did 90% of the work under load (benchmarks/README.md).
keepalive = 0
timeout = 30
graceful_timeout = 30
# Secure-scheme headers (X-Forwarded-Proto) are believed only from the proxy on this machine;
# set FORWARDED_ALLOW_IPS to the proxy's address if it runs elsewhere.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# No access log here: the proxy keeps one, briefly (docs/deploy.md). Errors still go to stderr.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
