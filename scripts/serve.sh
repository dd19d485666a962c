#!/usr/bin/env bash
# Set up a local virtual environment, migrate the embedded SQLite database, load the demo data and serve the portal.
# Celery tasks run in-process when no CELERY_BROKER_URL/REDIS_URL is set, so nothing else needs to run.
set -euo pipefail
cd "$(dirname "$0")/.."
# The port to serve on (PORT, default 8000); links in e-mails point at it unless PORTAL_BASE_URL says otherwise.
export PORT="${PORT:-8000}"
export PORTAL_BASE_URL="${PORTAL_BASE_URL:-http://localhost:${PORT}}"
PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -r requirements.txt
.venv/bin/python manage.py compiletranslations
.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py seed_demo
echo "Portal: ${PORTAL_BASE_URL}/  admin: ${PORTAL_BASE_URL}/admin/  staff workspace: ${PORTAL_BASE_URL}/staff/"
exec .venv/bin/python manage.py runserver "${PORT}"
