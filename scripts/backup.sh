#!/usr/bin/env bash
# Back up the database (pg_dump, custom format) and every stored file (the bucket, or MEDIA_ROOT) into a new
# timestamped folder: $BACKUP_DIR/<UTC timestamp>/{database.dump,files/,MANIFEST}. Prints the folder.
# Uses the same settings as the site (DATABASE_URL, STORAGE_URL or AWS_*, MEDIA_ROOT; .env is read too).
# SQLite databases are copied with SQLite's online backup instead of pg_dump.
#   bash scripts/backup.sh                     # -> backups/20260101T020000Z
#   BACKUP_DIR=/srv/backups bash scripts/backup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-$([ -x .venv/bin/python ] && echo .venv/bin/python || echo python)}"
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-policysharing.settings}"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
target="${BACKUP_DIR:-backups}/${stamp}"
[ ! -e "$target" ] || { echo "backup: $target exists already" >&2; exit 1; }
mkdir -p "$target/files"

# The database the site uses, as Django resolves it (DATABASE_URL, or the SQLite default).
read -r engine url < <("$PYTHON" - <<'PY'
import django
from django.conf import settings
django.setup()
db = settings.DATABASES["default"]
if db["ENGINE"] == "django.db.backends.postgresql":
    from urllib.parse import quote
    auth = quote(db["USER"] or "", safe="") + (":" + quote(db["PASSWORD"], safe="") if db.get("PASSWORD") else "")
    print("postgresql", f"postgresql://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}")
elif db["ENGINE"] == "django.db.backends.sqlite3":
    print("sqlite", db["NAME"])
else:
    raise SystemExit(f"backup: no recipe for {db['ENGINE']}")
PY
)
[ -n "${engine:-}" ] || { echo "$(basename "$0"): could not read the database settings" >&2; exit 1; }

if [ "$engine" = postgresql ]; then
  pg_dump --format=custom --no-owner --no-privileges --file "$target/database.dump" --dbname "$url"
else
  "$PYTHON" -c 'import sqlite3, sys; src = sqlite3.connect(sys.argv[1]); dst = sqlite3.connect(sys.argv[2]); src.backup(dst); dst.close()' \
    "$url" "$target/database.sqlite3"
fi

"$PYTHON" manage.py storage_copy --to-dir "$target/files"

{
  echo "created: $stamp"
  echo "database: $engine"
  (cd "$target" && find . -type f ! -name MANIFEST -print0 | sort -z | xargs -0 sha256sum)
} > "$target/MANIFEST"
echo "$target"
