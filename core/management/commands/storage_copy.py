"""Copy every stored file (the bucket, or MEDIA_ROOT) to a folder, or back: the file half of a backup.

    python manage.py storage_copy --to-dir backups/20260101T000000Z/files     # scripts/backup.sh
    python manage.py storage_copy --from-dir backups/20260101T000000Z/files   # scripts/restore.sh

Names are kept, so the restored database's rows point at the restored files. Files already identical at the
destination (same size) are skipped; `--from-dir` overwrites anything else.
"""

from __future__ import annotations

from pathlib import Path

from django.core.files import File
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management.base import BaseCommand, CommandError

from core.management.commands.move_files import walk
from core.storage import is_s3


def writable_store():
    """The default store, overwriting in place (a restore must keep every name)."""
    if is_s3(default_storage):
        from django.conf import settings
        from storages.backends.s3 import S3Storage

        return S3Storage(**{**settings.S3_STORAGE_OPTIONS, "file_overwrite": True})
    return default_storage


class Command(BaseCommand):
    help = "Copy every stored file to a folder (--to-dir) or from a folder back into the store (--from-dir)."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--to-dir")
        group.add_argument("--from-dir")

    def handle(self, *args, to_dir: str | None, from_dir: str | None, **options):
        store = writable_store()
        if to_dir:
            source, destination = store, FileSystemStorage(location=Path(to_dir).resolve())
        else:
            if not Path(from_dir).is_dir():
                raise CommandError(f"{from_dir} is not a folder")
            source, destination = FileSystemStorage(location=Path(from_dir).resolve()), store
        copied = skipped = 0
        for name in sorted(set(walk(source))):
            size = source.size(name)
            if destination.exists(name) and destination.size(name) == size:
                skipped += 1
                continue
            if isinstance(destination, FileSystemStorage) and destination.exists(name):
                destination.delete(name)
            with source.open(name, "rb") as handle:
                stored = destination.save(name, File(handle, name=name))
            if stored != name:
                raise CommandError(f"{name} was stored as {stored}")
            copied += 1
        where = "bucket" if is_s3(store) else "media folder"
        direction = f"from the {where} to {to_dir}" if to_dir else f"from {from_dir} to the {where}"
        self.stdout.write(f"copied {copied} file(s) {direction}; {skipped} already there")
