#!/usr/bin/env bash
# Install the test dependencies into the local virtual environment and run every check and the whole test suite.
# The database comes from DATABASE_URL (default: SQLite); set it to a PostgreSQL URL to run the same suite there.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -r requirements-dev.txt
.venv/bin/python manage.py compiletranslations
.venv/bin/ruff check .
.venv/bin/ruff format --check .
DJANGO_SETTINGS_MODULE=policysharing.settings.test .venv/bin/python manage.py check
DJANGO_SETTINGS_MODULE=policysharing.settings.test .venv/bin/python manage.py makemigrations --check --dry-run
exec .venv/bin/python -m pytest "$@"
