"""scripts/backup.sh and scripts/restore.sh on a scratch copy of the test database and a bucket: back up, lose the
database and the document, restore, and find every table's row count and the document's bytes as they were."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

from tests import factories
from tests.ops.conftest import BASE_DIR, s3_client
from tests.portal.conftest import PDF_BYTES

pytestmark = pytest.mark.django_db(transaction=True)


class ScratchDatabase:
    """A copy of the test database the scripts may back up, drop and restore (never the test database itself)."""

    def __init__(self, tmp_path: Path):
        self.vendor = connection.vendor
        db = connection.settings_dict
        if self.vendor == "postgresql":
            self.name = f"ops_scratch_{uuid.uuid4().hex[:10]}"
            self.host, self.port, self.user = db["HOST"] or "127.0.0.1", db["PORT"] or 5432, db["USER"]
            self.password = db.get("PASSWORD") or ""
            auth = self.user + (f":{self.password}" if self.password else "")
            self.url = f"postgres://{auth}@{self.host}:{self.port}/{self.name}"
            connection.close()  # a template database must have no other session
            self.admin(f'CREATE DATABASE "{self.name}" TEMPLATE "{db["NAME"]}"')
        elif self.vendor == "sqlite":
            self.path = tmp_path / "scratch.sqlite3"
            source, target = sqlite3.connect(db["NAME"]), sqlite3.connect(self.path)
            source.backup(target)
            source.close()
            target.close()
            self.url = f"sqlite:///{self.path}"
        else:
            pytest.skip(f"no backup recipe for {self.vendor}")

    def admin(self, sql: str) -> None:
        import psycopg2

        conn = psycopg2.connect(
            dbname="postgres", host=self.host, port=self.port, user=self.user, password=self.password or None
        )
        conn.autocommit = True
        try:
            with conn.cursor() as cursor:
                cursor.execute(sql)
        finally:
            conn.close()

    def counts(self) -> dict[str, int]:
        tables = connection.introspection.table_names()
        if self.vendor == "postgresql":
            import psycopg2

            conn = psycopg2.connect(
                dbname=self.name, host=self.host, port=self.port, user=self.user, password=self.password or None
            )
        else:
            conn = sqlite3.connect(self.path)
        try:
            cursor = conn.cursor()
            result = {}
            for table in tables:
                cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 - names from introspection
                result[table] = cursor.fetchone()[0]
            return result
        finally:
            conn.close()

    def drop(self) -> None:
        if self.vendor == "postgresql":
            self.admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        else:
            self.path.unlink(missing_ok=True)

    def exists(self) -> bool:
        if self.vendor == "postgresql":
            import psycopg2

            conn = psycopg2.connect(
                dbname="postgres", host=self.host, port=self.port, user=self.user, password=self.password or None
            )
            try:
                with conn.cursor() as cursor:
                    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [self.name])
                    return cursor.fetchone() is not None
            finally:
                conn.close()
        return self.path.exists()


def run_script(script: str, *args: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        ["bash", str(BASE_DIR / "scripts" / script), *args],
        cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, f"{script} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_a_backup_restores_every_row_and_the_documents_bytes(tmp_path, bucket, use_bucket, s3_endpoint, official_a):
    name, storage_url = bucket
    case = factories.ConsultationFactory(city=official_a.city, stage="analysis", track="consultation")
    content = PDF_BYTES + os.urandom(2048)
    document = factories.DocumentFactory(consultation=case, file__data=content, file__filename="plan.pdf")
    key = document.file.name
    factories.DocumentFactory(consultation=case)
    scratch = ScratchDatabase(tmp_path)
    try:
        before = scratch.counts()
        assert before["consultations_document"] == 2 and before["accounts_user"] >= 1

        env = {key_: value for key_, value in os.environ.items() if not key_.startswith(("CELERY_", "DJANGO_", "AWS_"))}
        env.update(
            DJANGO_SETTINGS_MODULE="policysharing.settings",
            DEBUG="true",
            PYTHON=sys.executable,
            DATABASE_URL=scratch.url,
            STORAGE_URL=storage_url,
            BACKUP_DIR=str(tmp_path / "backups"),
        )
        folder = Path(run_script("backup.sh", env=env).strip().splitlines()[-1])
        assert folder.parent == tmp_path / "backups"
        assert (folder / ("database.dump" if scratch.vendor == "postgresql" else "database.sqlite3")).stat().st_size > 0
        assert (folder / "files" / key).read_bytes() == content
        assert key in (folder / "MANIFEST").read_text()

        # Disaster: the database and the bucket's objects are gone.
        scratch.drop()
        assert not scratch.exists()
        client = s3_client(s3_endpoint)
        for item in client.list_objects_v2(Bucket=name).get("Contents", []):
            client.delete_object(Bucket=name, Key=item["Key"])

        run_script("restore.sh", str(folder), env=env)

        assert scratch.counts() == before
        assert client.get_object(Bucket=name, Key=key)["Body"].read() == content
    finally:
        scratch.drop()
