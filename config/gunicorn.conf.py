"""Gunicorn's settings, from the environment: `gunicorn -c config/gunicorn.conf.py config.wsgi`.

https://docs.gunicorn.org/en/stable/settings.html — the figures behind the
defaults are in docs/deployment.md.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# One process per core and one more: the pages are CPU-bound Python, so more
# processes than cores only queue.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Threads let a worker keep an idle keep-alive connection from nginx without
# blocking; each thread may hold a database connection from the pool.
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
keepalive = 5
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Recycle workers now and then, so a slow leak never grows without bound.
max_requests = 20000
max_requests_jitter = 2000
# nginx on the same machine sets X-Forwarded-Proto; trust it from there only.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# nginx logs every request; gunicorn logs errors only unless asked.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
