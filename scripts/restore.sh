#!/usr/bin/env bash
# Restore a folder made by scripts/backup.sh: the database (re-created when it is missing; every table replaced)
# and the stored files (copied back into the bucket or MEDIA_ROOT under their names).
# Stop the web nodes, workers and beat first; run migrations afterwards only if the code is newer than the backup.
#   bash scripts/restore.sh backups/20260101T020000Z
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-$([ -x .venv/bin/python ] && echo .venv/bin/python || echo python)}"
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-policysharing.settings}"

source_dir="${1:?usage: scripts/restore.sh BACKUP_FOLDER}"
[ -d "$source_dir/files" ] || { echo "restore: $source_dir is not a backup folder" >&2; exit 1; }
(cd "$source_dir" && grep -E '^[0-9a-f]{64} ' MANIFEST | sha256sum --check --quiet) \
  || { echo "restore: $source_dir/MANIFEST does not match the files" >&2; exit 1; }

read -r engine url admin_url name < <("$PYTHON" - <<'PY'
import django
from django.conf import settings
django.setup()
db = settings.DATABASES["default"]
if db["ENGINE"] == "django.db.backends.postgresql":
    from urllib.parse import quote
    auth = quote(db["USER"] or "", safe="") + (":" + quote(db["PASSWORD"], safe="") if db.get("PASSWORD") else "")
    base = f"postgresql://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    print("postgresql", f"{base}/{db['NAME']}", f"{base}/postgres", db["NAME"])
elif db["ENGINE"] == "django.db.backends.sqlite3":
    print("sqlite", db["NAME"], "-", "-")
else:
    raise SystemExit(f"restore: no recipe for {db['ENGINE']}")
PY
)
[ -n "${engine:-}" ] || { echo "$(basename "$0"): could not read the database settings" >&2; exit 1; }

if [ "$engine" = postgresql ]; then
  [ -f "$source_dir/database.dump" ] || { echo "restore: no database.dump in $source_dir" >&2; exit 1; }
  exists="$(psql "$admin_url" -tAc "SELECT 1 FROM pg_database WHERE datname = '${name//\'/\'\'}'")"
  if [ "$exists" != 1 ]; then
    psql "$admin_url" -q -c "CREATE DATABASE \"${name//\"/\"\"}\""
  fi
  pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
    --dbname "$url" "$source_dir/database.dump"
else
  "$PYTHON" -c 'import sqlite3, sys; src = sqlite3.connect(sys.argv[1]); dst = sqlite3.connect(sys.argv[2]); src.backup(dst); dst.close()' \
    "$source_dir/database.sqlite3" "$url"
fi

"$PYTHON" manage.py storage_copy --from-dir "$source_dir/files"
echo "restored $source_dir"
