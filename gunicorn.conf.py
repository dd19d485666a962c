"""Gunicorn settings for the web service (Dockerfile and docker-compose run `gunicorn -c gunicorn.conf.py`).

Threaded workers (gthread): a worker process keeps reporting to the arbiter while its threads serve,
so a long streamed response (a large CSV export) is never cut at `timeout`, which then only catches a
worker process that is really stuck. A sync worker would be killed after `timeout` seconds of any
single response. Every value can be changed by environment variable.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
# Seconds without a heartbeat from a worker process before the arbiter restarts it (not a limit on
# the length of a response with gthread).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
accesslog = "-"
errorlog = "-"
# Gunicorn's control socket (gunicornc) is not used here; off, so several servers on one host never share it.
control_socket_disable = True
