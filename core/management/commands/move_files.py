"""Copy uploaded files between the local disk (MEDIA_ROOT) and the S3 bucket, keeping their names.

    python manage.py move_files --to bucket    # before switching a running site to STORAGE_URL
    python manage.py move_files --to disk      # and back (STORAGE_URL still set, so the bucket is known)

Idempotent: a file already at the destination with the same size is skipped, so an interrupted run is simply
run again. Names do not change, so no database row is touched. `--delete-source` removes each source file once
its copy is in place; `--dry-run` only reports.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import models

from core.storage import disk_storage


def walk(storage, directory: str = ""):
    """Every file name under `directory`, recursively."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{directory}/{name}" if directory else name
    for sub in directories:
        yield from walk(storage, f"{directory}/{sub}" if directory else sub)


def referenced_names() -> set[str]:
    names: set[str] = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField):
                names.update(
                    name
                    for name in model._default_manager.exclude(**{field.name: ""}).values_list(field.name, flat=True)
                    if name
                )
    return names


class Command(BaseCommand):
    help = "Copy uploaded files from the local disk to the S3 bucket (--to bucket) or back (--to disk)."

    def add_arguments(self, parser):
        parser.add_argument("--to", choices=["bucket", "disk"], required=True)
        parser.add_argument("--delete-source", action="store_true", help="remove each source file once copied")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, to: str, delete_source: bool, dry_run: bool, **options):
        if not settings.S3_STORAGE_OPTIONS:
            raise CommandError("No bucket is configured: set STORAGE_URL (or AWS_STORAGE_BUCKET_NAME and friends).")
        from storages.backends.s3 import S3Storage

        # Overwrite in place at the destination: the name is the row's reference and must not change.
        bucket = S3Storage(**{**settings.S3_STORAGE_OPTIONS, "file_overwrite": True})
        disk = disk_storage()
        source, destination = (disk, bucket) if to == "bucket" else (bucket, disk)
        copied = skipped = deleted = 0
        for name in sorted(set(walk(source))):
            size = source.size(name)
            if destination.exists(name) and destination.size(name) == size:
                skipped += 1
            else:
                if not dry_run:
                    if to == "disk" and destination.exists(name):
                        destination.delete(name)  # a partial copy from an interrupted run
                    with source.open(name, "rb") as handle:
                        stored = destination.save(name, handle)
                    if stored != name or destination.size(name) != size:
                        raise CommandError(f"copying {name} failed (stored as {stored})")
                copied += 1
            if delete_source and not dry_run:
                source.delete(name)
                deleted += 1
        missing = sorted(name for name in referenced_names() if not destination.exists(name)) if not dry_run else []
        verb = "would copy" if dry_run else "copied"
        self.stdout.write(f"{verb} {copied}, already there {skipped}, deleted from the source {deleted}")
        if missing:
            self.stderr.write(f"{len(missing)} referenced file(s) are in neither store, e.g. {missing[:5]}")
