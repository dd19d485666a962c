"""The policy archive at Seoul Solution's scale: importing 200 policy cases (every section in three
languages) through the admin, and reading the public archive over them.

    .venv/bin/python benchmarks/policy_archive.py            # SQLite (test database)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ps_bench .venv/bin/python benchmarks/policy_archive.py

Creates a throw-away test database. For CSV, XLSX and JSON: the admin preview (dry run of every row)
and the confirmed import of 200 cases, in seconds. Then the archive page, a search in Spanish and an SDG
page over those 200 published cases: seconds and SQL queries per page.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "policysharing.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402


def main() -> None:
    from django.test import Client
    from django.urls import reverse

    from accounts.models import User
    from policies.models import PolicyModule
    from tests.policies.test_archive_import import FORMATS, generated_cases, upload

    setup_test_environment(debug=False)
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        staff = User.objects.create(username="bench-staff", role="smg_staff", is_staff=True, is_superuser=True)
        client = Client()
        client.force_login(staff)
        rows = generated_cases(200)
        print(f"database: {connection.vendor}")
        for fmt in ("csv", "xlsx", "json"):
            PolicyModule.objects.all().delete()
            started = time.perf_counter()
            preview = client.post(
                reverse("admin:policies_policymodule_import"),
                {"import_file": upload(rows, fmt), "format": FORMATS[fmt]},
            )
            previewed = time.perf_counter()
            confirmed = client.post(
                reverse("admin:policies_policymodule_process_import"), preview.context["confirm_form"].initial
            )
            done = time.perf_counter()
            assert confirmed.status_code == 302 and PolicyModule.objects.count() == 200
            print(
                f"import {fmt:4}: 200 cases, preview {previewed - started:5.2f} s, "
                f"confirmed import {done - previewed:5.2f} s"
            )
        anonymous = Client()
        anonymous.cookies["django_language"] = "es"
        pages = {
            "archive": (reverse("portal:policy_list"), {}),
            "search (es)": (reverse("portal:policy_list"), {"q": "caso aprendió", "sector": "housing"}),
            "SDG 11 page": (reverse("portal:sdg_detail", args=[11]), {}),
        }
        for name, (url, params) in pages.items():
            anonymous.get(url, params)  # warm-up
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = anonymous.get(url, params)
                elapsed = time.perf_counter() - started
            assert response.status_code == 200
            print(f"{name:12}: {elapsed * 1000:6.0f} ms, {len(queries)} queries")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
