FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
# pg_dump/pg_restore for scripts/backup.sh and scripts/restore.sh.
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
# An unprivileged user owns nothing but the folders it writes to (static files collected at start, media on
# the disk store, Prometheus' multiprocess files).
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app \
    && mkdir -p /data/media /data/static /tmp/prometheus \
    && chown -R app:app /data /tmp/prometheus
COPY --chown=root:root . .
RUN DEBUG=true python manage.py compiletranslations && DEBUG=true STATIC_ROOT=/data/static python manage.py collectstatic --noinput \
    && chown -R app:app /data/static
USER app
EXPOSE 8000
# gunicorn's settings (threaded workers, timeouts for streamed exports) are in gunicorn.conf.py.
CMD ["gunicorn", "-c", "gunicorn.conf.py", "policysharing.wsgi:application"]
