"""The portal at scale: N consultations on PostgreSQL, every figure of issue 12 side by side.

    createdb -h 127.0.0.1 -U postgres ps_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ps_bench .venv/bin/python benchmarks/scale.py --cases 200000
    # again on the same data (skips the build): add --reuse; fewer repetitions: --reps 3

It migrates the database named by DATABASE_URL (use a throw-away one: the script empties the case tables),
builds the data set with `INSERT ... SELECT generate_series(...)` on the real tables (valid foreign keys:
cities, sectors, SDGs, policy modules, ~2 history rows per case, some funding, a training programme with
3,000 participants), VACUUM ANALYZEs, then times, interleaved over --reps rounds (median and min):

- ratios: the API list per row (500 a page) vs a raw psycopg SELECT + orjson of the same columns; the CSV
  and NDJSON export vs `COPY (SELECT ...) TO STDOUT` of the same columns (--skip-exports leaves them out);
  one stage move through the service (broker queued on Redis, and tasks in-process) vs a bare ORM UPDATE,
  with statement counts. Either way the move's after-commit work goes to the process's outbox publisher
  (core/publisher.py) and the mover does not wait for it: with a broker the publish, without one the tasks
  themselves, run in the publisher's thread, as a deployment without a broker runs them
  (OUTBOX_EAGER_IN_BACKGROUND, on by default, off in the test settings). The timed call is the move as its
  caller waits for it; the publisher then finishes, untimed, before the next timing, and the in-process line
  also shows the move and its delivery finished (informational), with the statements of both;
- every API list, filter, search and ordering, the admin changelists, the public pages and the summary,
  in-process through Django's test client (middleware included), flagged when over 150 ms.

Figures, not assertions: the exit status is 0 whatever they are. tests/project/test_benchmark_scale.py runs a
small version (2,000 cases) so the script keeps working.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PAGE_BUDGET_MS = 150.0
GOALS = {"api_row": 2.0, "csv": 2.0, "ndjson": 2.0, "move_broker": 5.0, "move_eager": 10.0}
WORDS = ["water", "transport", "waste", "housing", "energy", "air", "flood", "traffic", "parks", "digital"]
PIPELINE = [
    "request",
    "screening",
    "task_force",
    "analysis",
    "site_visit",
    "consulting",
    "implementation",
    "follow_up",
    "closed",
    "declined",
]


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "policysharing.settings.test")
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-not-for-production-use-0123456789")
    import django

    django.setup()


# --- building the data set ------------------------------------------------------------------------


def _insert_select(model, from_sql: str, exprs: dict[str, str]) -> None:
    """INSERT INTO <model's table> (<every column but the id>) SELECT <exprs, or the field's default> FROM ...

    `exprs` are SQL expressions with literal values only (no placeholders); defaults go as parameters."""
    from django.db import connection

    columns, values, args = [], [], []
    for field in model._meta.local_concrete_fields:
        if field.primary_key:
            continue
        columns.append(connection.ops.quote_name(field.column))
        if field.column in exprs:
            values.append(exprs[field.column].replace("%", "%%"))
        else:
            default = field.get_default()
            if default is None and not field.null:
                raise ValueError(f"{model.__name__}.{field.column} needs a value")
            values.append("%s")
            args.append(field.get_db_prep_save(default, connection))
    sql = (
        f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({', '.join(columns)}) "
        f"SELECT {', '.join(values)} {from_sql.replace('%', '%%')}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, args)


def build(cases: int, *, log=print) -> None:
    from django.db import connection, transaction
    from django.utils import timezone

    from accounts.models import User
    from cities.models import City
    from consultations.models import Consultation, FundingCommitment, StageTransition
    from funding.models import ExchangeRate, FundingSource
    from policies.models import SDG, PolicyModule, Sector
    from training.models import TrainingParticipant, TrainingProgramme

    started = time.perf_counter()
    through = Consultation.sectors.through
    sdg_through = Consultation.sdgs.through
    module_through = Consultation.policy_modules.through
    with transaction.atomic():
        with connection.cursor() as cursor:
            for model in (
                TrainingParticipant,
                FundingCommitment,
                StageTransition,
                through,
                sdg_through,
                module_through,
            ):
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")
        from core.models import OutboxEvent

        OutboxEvent.objects.all().delete()
        TrainingProgramme.objects.all().delete()
        _truncate_cases()
        now = timezone.now()
        city_count = max(50, cases // 200)
        City.objects.filter(name__startswith="Bench City ").delete()
        countries = ["MN", "PE", "KE", "VN", "ID", "CO", "GH", "UZ", "PH", "EC", "TZ", "KH"]
        regions = [
            "east_asia",
            "latin_america",
            "africa",
            "southeast_asia",
            "southeast_asia",
            "latin_america",
            "africa",
            "central_asia",
            "southeast_asia",
            "latin_america",
            "africa",
            "southeast_asia",
        ]
        City.objects.bulk_create(
            [
                City(
                    name=f"Bench City {n}",
                    name_local=f"벤치 {n}",
                    country=countries[n % len(countries)],
                    region=regions[n % len(regions)],
                )
                for n in range(city_count)
            ],
            batch_size=1000,
        )
        city_ids = list(City.objects.filter(name__startswith="Bench City ").order_by("pk").values_list("pk", flat=True))
        sector_ids = list(Sector.objects.order_by("pk").values_list("pk", flat=True))
        sdg_ids = list(SDG.objects.order_by("pk").values_list("pk", flat=True))
        if PolicyModule.objects.count() < 50:
            PolicyModule.objects.bulk_create(
                [
                    PolicyModule(
                        title=f"Seoul policy {n} on {WORDS[n % len(WORDS)]}",
                        slug=f"bench-policy-{n}",
                        sector_id=sector_ids[n % len(sector_ids)],
                        summary=f"How Seoul handled {WORDS[n % len(WORDS)]} ({n}).",
                        is_published=True,
                    )
                    for n in range(50)
                ]
            )
        module_ids = list(PolicyModule.objects.order_by("pk").values_list("pk", flat=True))
        source = FundingSource.objects.first() or FundingSource.objects.create(
            name="Bench fund", kind="national_partner"
        )
        if not ExchangeRate.objects.filter(currency="USD").exists():
            ExchangeRate.objects.create(currency="USD", rate_to_eur="0.9", valid_from=now.date())
        staff = User.objects.filter(is_superuser=True).order_by("pk").first()

        log(f"  reference rows ready ({city_count} cities)")
        stages = "ARRAY[" + ",".join(f"'{s}'" for s in PIPELINE) + "]"
        words = "ARRAY[" + ",".join(f"'{w}'" for w in WORDS) + "]"
        city_array = "ARRAY[" + ",".join(str(i) for i in city_ids) + "]::bigint[]"
        stage = f"({stages})[1 + g % {len(PIPELINE)}]"
        word = f"({words})[1 + (g / 7) % {len(WORDS)}]"
        created = "(now() - make_interval(days => g % 2400, secs => g % 86400))"
        _insert_select(
            Consultation,
            f"FROM generate_series(1, {int(cases)}) AS g",
            {
                "created_at": created,
                "updated_at": f"{created} + make_interval(days => g % 30)",
                "city_id": f"({city_array})[1 + g % {len(city_ids)}]",
                "title": f"'Case ' || g || ' on ' || {word} || ' in ' || ({words})[1 + g % {len(WORDS)}]",
                "challenge": f"'The city struggles with ' || {word} || ': ' || md5(g::text) || ' ' || md5((g * 7)::text)",
                "expected_outcomes": "'Better services for residents.'",
                "contact_name": "'Contact ' || g",
                "contact_email": "'contact' || g || '@city.example.org'",
                "track": f"CASE WHEN {stage} IN ('request', 'screening', 'declined') THEN '' "
                "WHEN g % 2 = 0 THEN 'consultation' ELSE 'funding' END",
                "stage": stage,
                "stage_entered_at": f"{created} + make_interval(days => g % 60)",
                "submitted_at": created,
                "closed_at": f"CASE WHEN {stage} IN ('closed', 'declined') THEN {created} + interval '300 days' END",
                "is_published": "g % 2 = 0",
                "public_summary": f"'Seoul shared its ' || {word} || ' policy with the city (' || md5((g * 3)::text) || ').'",
                "lessons_learned": "CASE WHEN g % 4 = 0 THEN 'Start with the data.' ELSE '' END",
            },
        )
        log(f"  {cases} consultations ({time.perf_counter() - started:.1f} s)")
        span = (
            "FROM generate_series((SELECT min(id) FROM consultations_consultation),"
            " (SELECT max(id) FROM consultations_consultation)) AS g"
        )
        sectors = "ARRAY[" + ",".join(str(i) for i in sector_ids) + "]::bigint[]"
        sdgs = "ARRAY[" + ",".join(str(i) for i in sdg_ids) + "]::bigint[]"
        modules = "ARRAY[" + ",".join(str(i) for i in module_ids) + "]::bigint[]"
        n_sectors = len(sector_ids)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {through._meta.db_table} (consultation_id, sector_id) "
                f"SELECT g, ({sectors})[1 + g % {n_sectors}] {span}"
            )
            cursor.execute(
                f"INSERT INTO {through._meta.db_table} (consultation_id, sector_id) "
                f"SELECT g, ({sectors})[1 + (g % {n_sectors} + 1) % {n_sectors}] {span} WHERE g % 3 = 0"
            )
            cursor.execute(
                f"INSERT INTO {sdg_through._meta.db_table} (consultation_id, sdg_id) "
                f"SELECT g, ({sdgs})[1 + g % {len(sdg_ids)}] {span}"
            )
            cursor.execute(
                f"INSERT INTO {module_through._meta.db_table} (consultation_id, policymodule_id) "
                f"SELECT g, ({modules})[1 + g % {len(module_ids)}] {span} WHERE g % 5 = 0"
            )
        _insert_select(
            StageTransition,
            "FROM consultations_consultation c CROSS JOIN generate_series(1, 2) AS step",
            {
                "consultation_id": "c.id",
                "from_stage": "CASE WHEN step = 1 THEN '' ELSE 'request' END",
                "to_stage": "CASE WHEN step = 1 THEN 'request' ELSE c.stage END",
                "actor_id": f"CASE WHEN step = 2 THEN {int(staff.pk)} END" if staff else "NULL::bigint",
                "is_automatic": "step = 1",
                "note": "CASE WHEN step = 2 THEN 'Moved on.' ELSE '' END",
                "created_at": "c.created_at + make_interval(days => step)",
            },
        )
        log(f"  history ({time.perf_counter() - started:.1f} s)")
        _insert_select(
            FundingCommitment,
            "FROM consultations_consultation c WHERE c.id % 20 = 0 AND c.track = 'funding'",
            {
                "created_at": "c.created_at",
                "updated_at": "c.created_at",
                "consultation_id": "c.id",
                "source_id": str(int(source.pk)),
                "amount": "1000 + c.id % 100000",
                "currency": "'USD'",
                "status": "'committed'",
                "committed_on": "c.created_at::date",
            },
        )
        programme = TrainingProgramme.objects.create(title="Bench urban planning course", kind="course", year=2025)
        _insert_select(
            TrainingParticipant,
            "FROM generate_series(1, 3000) AS g",
            {
                "created_at": "now()",
                "updated_at": "now()",
                "programme_id": str(int(programme.pk)),
                "name": "'Participant ' || g",
                "position": "'Urban planner'",
                "city_id": f"({city_array})[1 + g % {len(city_ids)}]",
                "country": "'MN'",
            },
        )
    with connection.cursor() as cursor:
        for table in (
            "consultations_consultation",
            "consultations_stagetransition",
            through._meta.db_table,
            sdg_through._meta.db_table,
            module_through._meta.db_table,
            "cities_city",
            "training_trainingparticipant",
            "consultations_fundingcommitment",
        ):
            cursor.execute(f"VACUUM ANALYZE {table}")
    log(f"  built and analysed in {time.perf_counter() - started:.1f} s")


def _truncate_cases() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE consultations_consultation CASCADE")


# --- timing ----------------------------------------------------------------------------------------


class Timer:
    """Interleaved repetitions: every measurement once per round, rounds repeated; median and min."""

    def __init__(self) -> None:
        self.samples: dict[str, list[float]] = {}

    def add(self, name: str, seconds: float) -> None:
        self.samples.setdefault(name, []).append(seconds)

    def median(self, name: str) -> float:
        return statistics.median(self.samples[name])

    def min(self, name: str) -> float:
        return min(self.samples[name])


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _consume(response) -> int:
    if getattr(response, "streaming", False):
        return sum(len(piece) for piece in response.streaming_content)
    return len(response.content)


FLAT_SQL = """
SELECT c.id, c.title, c.city_id, ci.name, ci.country, ci.region, c.track, c.stage, c.resume_stage,
       c.stage_entered_at, c.challenge, c.expected_outcomes, c.budget_situation, c.budget_notes, c.contact_name,
       c.contact_email, c.contact_phone, c.auto_advance, c.is_published, c.public_summary, c.evaluation_summary,
       c.lessons_learned, c.submitted_at, c.closed_at, c.created_at, c.updated_at
FROM consultations_consultation c JOIN cities_city ci ON ci.id = c.city_id
"""

EXPORT_SQL = """
SELECT c.id, c.title, c.city_id AS city, ci.name AS city_name, ci.country, ci.region, c.track, c.stage,
       c.stage_entered_at, c.budget_situation, c.challenge, c.expected_outcomes,
       array_to_string(ARRAY(SELECT s.key FROM consultations_consultation_sectors cs
                             JOIN policies_sector s ON s.id = cs.sector_id WHERE cs.consultation_id = c.id
                             ORDER BY cs.id), ';') AS sectors,
       array_to_string(ARRAY(SELECT d.number FROM consultations_consultation_sdgs cd
                             JOIN policies_sdg d ON d.id = cd.sdg_id WHERE cd.consultation_id = c.id
                             ORDER BY cd.id), ';') AS sdgs,
       array_to_string(ARRAY(SELECT p.slug FROM consultations_consultation_policy_modules cp
                             JOIN policies_policymodule p ON p.id = cp.policymodule_id
                             WHERE cp.consultation_id = c.id ORDER BY cp.id), ';') AS policy_modules,
       c.public_summary, c.submitted_at, c.closed_at, c.updated_at, c.is_published, c.created_at
FROM consultations_consultation c JOIN cities_city ci ON ci.id = c.city_id
ORDER BY c.id
"""


class _Sink:
    def __init__(self) -> None:
        self.bytes = 0

    def write(self, data) -> int:
        self.bytes += len(data)
        return len(data)


RAW_TO_MANY_SQL = """
SELECT 0, t.consultation_id, s.key, s."order", ''::text, s.id
  FROM consultations_consultation_sectors t JOIN policies_sector s ON s.id = t.sector_id
 WHERE t.consultation_id = ANY(%(ids)s)
UNION ALL
SELECT 1, t.consultation_id, d.number::text, d.number, ''::text, d.id
  FROM consultations_consultation_sdgs t JOIN policies_sdg d ON d.id = t.sdg_id WHERE t.consultation_id = ANY(%(ids)s)
UNION ALL
SELECT 2, t.consultation_id, p.slug, ps."order", p.title::text, p.id
  FROM consultations_consultation_policy_modules t JOIN policies_policymodule p ON p.id = t.policymodule_id
  LEFT JOIN policies_sector ps ON ps.id = p.sector_id WHERE t.consultation_id = ANY(%(ids)s)
ORDER BY 1, 2, 4, 5, 6
"""

RAW_HISTORY_SQL = """
SELECT h.consultation_id, h.id, h.from_stage, h.to_stage, h.actor_id, u.first_name, u.last_name, u.username,
       h.is_automatic, h.note, h.created_at
FROM consultations_stagetransition h LEFT JOIN accounts_user u ON u.id = h.actor_id
WHERE h.consultation_id = ANY(%s) ORDER BY h.consultation_id, h.created_at, h.id
"""

# The five sparse parts of the work (task force, activities, site visits, funding, indicators): which of the
# page's cases have any. The benchmark's data has almost none; the raw reference, like the API, reads their
# rows only for those cases (and writes [] for the others).
RAW_SPARSE_SQL = " UNION ALL ".join(
    f"SELECT DISTINCT {index}, consultation_id FROM {table} WHERE consultation_id = ANY(%(ids)s)"
    for index, table in enumerate(
        [
            "consultations_taskforcemember",
            "consultations_activity",
            "consultations_sitevisit",
            "consultations_fundingcommitment",
            "consultations_outcomeindicator",
        ]
    )
)


def raw_page(limit: int, *, body: list | None = None) -> int:
    """The raw reference: the API list's 36 fields of a page written by hand with psycopg and orjson.

    The same data as the API's list for a staff reader: the case and city columns (one SELECT), the
    sectors, SDGs and policy modules (one SELECT), the stage history with the actors' names (one SELECT),
    which cases have any of the sparse parts of the work (one SELECT); the rows as dicts, datetimes in the
    current time zone, the stage's label, then orjson. `measure()` checks that it writes the same JSON as
    the API (apart from the sparse parts, which the data set leaves empty)."""
    from collections import defaultdict

    import orjson
    from django.db import connection
    from django.utils import timezone

    from consultations.pipeline import StageKey

    tz = timezone.get_current_timezone()
    labels = {key: str(label) for key, label in StageKey.choices}
    connection.ensure_connection()
    cursor = connection.connection.cursor()
    cursor.execute(FLAT_SQL + " ORDER BY c.id DESC LIMIT %s", [limit])
    rows = cursor.fetchall()
    ids = [row[0] for row in rows]
    many: tuple[dict, ...] = (defaultdict(list), defaultdict(list), defaultdict(list))
    cursor.execute(RAW_TO_MANY_SQL, {"ids": ids})
    for kind, case_id, value, *_order in cursor.fetchall():
        many[kind][case_id].append(int(value) if kind == 1 else value)
    history = defaultdict(list)
    cursor.execute(RAW_HISTORY_SQL, [ids])
    for case_id, pk, from_stage, to_stage, actor_id, first, last, username, automatic, note, at in cursor.fetchall():
        history[case_id].append(
            {
                "id": pk,
                "from_stage": from_stage,
                "to_stage": to_stage,
                "actor": (f"{first} {last}".strip() or username) if actor_id else "",
                "is_automatic": automatic,
                "note": note,
                "created_at": at.astimezone(tz),
            }
        )
    cursor.execute(RAW_SPARSE_SQL, {"ids": ids})
    sparse = cursor.fetchall()
    cursor.close()
    if sparse:
        raise RuntimeError("the raw reference does not write the sparse parts; the data set has some")
    results = []
    for row in rows:
        (pk, title, city, city_name, country, region, track, stage, resume_stage, entered, challenge, outcomes,
         budget, budget_notes, contact_name, contact_email, contact_phone, auto_advance, published, summary,
         evaluation, lessons, submitted, closed, created, updated) = row  # fmt: skip
        results.append(
            {
                "id": pk,
                "title": title,
                "city": city,
                "city_name": city_name,
                "country": country,
                "region": region,
                "track": track,
                "stage": stage,
                "stage_label": labels.get(stage, stage),
                "resume_stage": resume_stage,
                "stage_entered_at": entered.astimezone(tz),
                "challenge": challenge,
                "expected_outcomes": outcomes,
                "budget_situation": budget,
                "budget_notes": budget_notes,
                "contact_name": contact_name,
                "contact_email": contact_email,
                "contact_phone": contact_phone,
                "sectors": many[0].get(pk, []),
                "sdgs": many[1].get(pk, []),
                "policy_modules": many[2].get(pk, []),
                "auto_advance": auto_advance,
                "is_published": published,
                "public_summary": summary,
                "evaluation_summary": evaluation,
                "lessons_learned": lessons,
                "submitted_at": submitted and submitted.astimezone(tz),
                "closed_at": closed and closed.astimezone(tz),
                "created_at": created.astimezone(tz),
                "updated_at": updated.astimezone(tz),
                "history": history.get(pk, []),
                "task_force": [],
                "activities": [],
                "site_visits": [],
                "funding_commitments": [],
                "indicators": [],
            }
        )
    encoded = orjson.dumps({"next": None, "previous": None, "results": results}, option=orjson.OPT_UTC_Z)
    if body is not None:
        body.append(encoded)
    return len(encoded)


def copy_export(fmt: str) -> int:
    from django.db import connection

    connection.ensure_connection()
    cursor = connection.connection.cursor()
    sink = _Sink()
    if fmt == "csv":
        cursor.copy_expert(f"COPY ({EXPORT_SQL}) TO STDOUT WITH (FORMAT csv, HEADER)", sink)
    else:
        cursor.copy_expert(f"COPY (SELECT row_to_json(t) FROM ({EXPORT_SQL}) t) TO STDOUT", sink)
    cursor.close()
    return sink.bytes


def _https_client():
    """A test client whose requests come over HTTPS (as behind the proxy): with DEBUG off the site
    redirects plain HTTP (SECURE_SSL_REDIRECT), which would time a 301 instead of the page."""
    from django.test import Client

    class HttpsClient(Client):
        def get(self, path, *args, **kwargs):
            kwargs.setdefault("secure", True)
            return super().get(path, *args, **kwargs)

    return HttpsClient()


def _second_factor_verified(client, user) -> None:
    """Staff sign in with a second factor (STAFF_MFA_REQUIRED, on with DEBUG off): the benchmark's session is
    one that has confirmed it, as django_otp.login() records after a valid code."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or TOTPDevice.objects.create(
        user=user, name="benchmark", confirmed=True
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def measure(**kwargs) -> dict:
    from django.test.utils import override_settings

    # As a deployment without a broker runs (the base settings' default; the test settings turn it off): the
    # in-process tasks run in the outbox publisher's thread after commit, not in the mover's call.
    with override_settings(OUTBOX_EAGER_IN_BACKGROUND=True):
        return _measure(**kwargs)


def _measure(
    *,
    reps: int,
    cases: int,
    log=print,
    broker_url: str | None = None,
    skip: list[str] = (),
    skip_exports: bool = False,
) -> dict:
    from django.conf import settings
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from accounts.models import User
    from cities.models import City
    from consultations.models import Consultation
    from policies.models import Sector
    from training.models import TrainingProgramme

    settings.DEBUG = False
    settings.EXPORT_SYNC_MAX_ROWS = 10**9  # the benchmark times the stream itself (the job writes the same bytes)
    staff = User.objects.filter(is_superuser=True, username="bench-admin").first()
    if staff is None:
        staff = User.objects.create_superuser("bench-admin", "bench@example.org", "bench-password")
    client = _https_client()
    client.force_login(staff)
    _second_factor_verified(client, staff)
    anonymous = _https_client()
    sector = Sector.objects.order_by("pk").first()
    city = City.objects.filter(name__startswith="Bench City ").order_by("pk").first()
    programme = TrainingProgramme.objects.order_by("-pk").first()
    transition = "/admin/consultations/stagetransition/"
    from django.contrib import admin

    # The changelist's last page (Django numbers them from 1; ?p= is the page number).
    pages_count = max(1, -(-cases // admin.site._registry[Consultation].list_per_page))

    pages: list[tuple[str, object, str]] = [
        ("API list (staff, 50)", client, "/api/v1/consultations/"),
        ("API list (staff, 500)", client, "/api/v1/consultations/?page_size=500"),
        ("API list (public, 50)", anonymous, "/api/v1/consultations/"),
        ("API filter sector=", client, f"/api/v1/consultations/?sector={sector.key}"),
        ("API filter sdg=6", client, "/api/v1/consultations/?sdg=6"),
        ("API filter stage=analysis", client, "/api/v1/consultations/?stage=analysis"),
        ("API filter stage x2", client, "/api/v1/consultations/?stage=analysis&stage=closed"),
        ("API filter country=PE", client, "/api/v1/consultations/?country=PE"),
        ("API filter city=", client, f"/api/v1/consultations/?city={city.pk}"),
        ("API filter updated_since", client, "/api/v1/consultations/?updated_since=2026-01-01T00:00:00Z"),
        ("API ordering=title", client, "/api/v1/consultations/?ordering=title"),
        ("API ordering=-title", client, "/api/v1/consultations/?ordering=-title"),
        ("API ordering=created_at", client, "/api/v1/consultations/?ordering=created_at"),
        ("API ordering=-updated_at", client, "/api/v1/consultations/?ordering=-updated_at"),
        ("API ordering=stage_entered_at", client, "/api/v1/consultations/?ordering=stage_entered_at"),
        ("API ordering=-submitted_at", client, "/api/v1/consultations/?ordering=-submitted_at"),
        ("API search=water", client, "/api/v1/consultations/?search=water"),
        ("API search=rare (md5)", client, "/api/v1/consultations/?search=c4ca4238a0b9"),
        ("API search=city name", client, "/api/v1/consultations/?search=Bench%20City%2017"),
        ("API search public", anonymous, "/api/v1/consultations/?search=flood"),
        ("API summary", anonymous, "/api/v1/summary/"),
        ("Home page", anonymous, "/"),
        ("Public cases", anonymous, "/cases/"),
        ("Public cases ?q=", anonymous, "/cases/?q=parks"),
        ("Policy archive ?q=", anonymous, "/policies/?q=water"),
        ("Admin changelist", client, "/admin/consultations/consultation/"),
        ("Admin ?q=water", client, "/admin/consultations/consultation/?q=water"),
        ("Admin ?q=city", client, "/admin/consultations/consultation/?q=Bench%20City%2017"),
        ("Admin stage filter", client, "/admin/consultations/consultation/?stage__exact=analysis"),
        ("Admin sector filter", client, f"/admin/consultations/consultation/?sectors__id__exact={sector.pk}"),
        ("Admin year", client, "/admin/consultations/consultation/?created_at__year=2024"),
        ("Admin last page", client, f"/admin/consultations/consultation/?p={pages_count}"),
        ("Admin order by title", client, "/admin/consultations/consultation/?o=2"),
        ("Admin history changelist", client, transition),
        ("Admin training programme", client, f"/admin/training/trainingprogramme/{programme.pk}/change/"),
        ("Admin training participants", client, "/admin/training/trainingparticipant/"),
    ]
    pages = [page for page in pages if not any(part in page[0] for part in skip)]
    timer = Timer()
    sizes: dict[str, int] = {}
    statuses: dict[str, int] = {}

    # One warm-up of everything (caches, connections, the figures), then interleaved rounds.
    for name, who, url in pages:
        response = who.get(url)
        statuses[name] = response.status_code
        sizes[name] = _consume(response)
    raw_body: list[bytes] = []
    raw_page(500, body=raw_body)
    import orjson

    api_rows = orjson.loads(client.get("/api/v1/consultations/?page_size=500").content)["results"]
    same_json = orjson.loads(raw_body[0])["results"] == api_rows
    log(f"  the raw reference writes the API's JSON for the same page: {'yes' if same_json else 'NO'}")
    case_ids = list(
        Consultation.objects.filter(stage="analysis").order_by("-pk").values_list("pk", flat=True)[: reps * 2 + 2]
    )

    # Every case picked is in analysis; the benchmark remembers which it has put on hold, so the timed call is
    # the service alone (it reads and locks the row itself), not a read of ours plus the service.
    on_hold: set[int] = set()

    def move_once(case_id: int) -> None:
        from consultations.services import consultation_move

        target = "resume" if case_id in on_hold else "on_hold"
        consultation_move(consultation=case_id, target=target, actor=staff, note="benchmark")
        on_hold.symmetric_difference_update({case_id})

    def bare_update(case_id: int) -> None:
        Consultation.objects.filter(pk=case_id).update(stage_entered_at=timezone.now())

    from celery import current_app

    from core.publisher import wait_idle

    def settle() -> None:
        """Let the publisher finish the last move's work (untimed) so it does not overlap the next timing."""
        if not wait_idle(timeout=60):
            raise RuntimeError("the outbox publisher did not finish within 60 s")

    def move_and_delivery(case_id: int) -> None:
        move_once(case_id)
        settle()

    def set_broker(eager: bool) -> None:
        current_app.conf.task_always_eager = eager
        settings.CELERY_TASK_ALWAYS_EAGER = eager
        if not eager and broker_url:
            current_app.conf.broker_url = broker_url

    statements: dict[str, int] = {}
    modes = ["eager"] + (["broker"] if broker_url else [])
    from django.contrib.contenttypes.models import ContentType

    from consultations.models import StageTransition

    # Counted as a running process moves: its content types cached (the first move of a process reads them).
    ContentType.objects.get_for_models(Consultation, StageTransition)
    for mode in modes:
        set_broker(mode == "eager")
        with CaptureQueriesContext(connection) as queries:
            move_once(case_ids[0])
        statements[mode] = len(queries)
        if os.environ.get("BENCH_SHOW_STATEMENTS"):
            log("\n".join(f"  {mode}: {query['sql'][:120]}" for query in queries.captured_queries))
        settle()
    # The statements of the in-process delivery too (run at commit in this thread, as the tests run it).
    set_broker(True)
    settings.OUTBOX_EAGER_IN_BACKGROUND = False
    with CaptureQueriesContext(connection) as queries:
        move_once(case_ids[0])
    statements["eager with delivery"] = len(queries)
    settings.OUTBOX_EAGER_IN_BACKGROUND = True
    set_broker(True)

    for round_number in range(reps):
        log(f"  round {round_number + 1}/{reps}")
        timer.add("raw page 500", _timed(lambda: raw_page(500)))
        timer.add("api page 500", _timed(lambda: _consume(client.get("/api/v1/consultations/?page_size=500"))))
        for mode in modes:
            set_broker(mode == "eager")
            case_id = case_ids[1 + round_number % (len(case_ids) - 1)]
            timer.add(f"move {mode}", _timed(lambda case_id=case_id: move_once(case_id)))
            settle()
            timer.add(f"update {mode}", _timed(lambda case_id=case_id: bare_update(case_id)))
            if mode == "eager":  # informational: the move plus its in-process delivery, finished
                timer.add("move eager+delivery", _timed(lambda case_id=case_id: move_and_delivery(case_id)))
        set_broker(True)
        for name, who, url in pages:
            cpu_started = time.process_time()
            timer.add(name, _timed(lambda who=who, url=url: _consume(who.get(url))))
            timer.add(f"cpu {name}", time.process_time() - cpu_started)
        for fmt in () if skip_exports else ("csv", "ndjson"):
            timer.add(f"copy {fmt}", _timed(lambda fmt=fmt: copy_export(fmt)))
            timer.add(
                f"export {fmt}",
                _timed(lambda fmt=fmt: _consume(client.get(f"/api/v1/consultations/export/?format={fmt}"))),
            )
    set_broker(True)
    return {
        "timer": timer,
        "pages": pages,
        "sizes": sizes,
        "statuses": statuses,
        "statements": statements,
        "modes": modes,
        "same_json": same_json,
    }


def report(result: dict, *, cases: int, log=print) -> dict[str, bool]:
    """Print every figure, then one PASS/FAIL line per goal; returns {goal line: passed}."""
    timer: Timer = result["timer"]
    verdicts: dict[str, bool] = {}

    def ms(name: str) -> str:
        return (
            f"{timer.median(name) * 1000:9.2f} ms (min {timer.min(name) * 1000:8.2f}; this process's CPU "
            f"{timer.median('cpu ' + name) * 1000:7.2f})"
        )

    def ratio_line(label: str, key: str, mine: str, reference: str, scale: float, unit: str, extra: str = "") -> None:
        ratio = timer.median(mine) / timer.median(reference)
        best = timer.min(mine) / timer.min(reference)
        passed = ratio <= GOALS[key]
        verdicts[label] = passed
        log(
            f"{'PASS' if passed else 'FAIL'}  {label:34} {timer.median(mine) * scale:9.3f} {unit} (min "
            f"{timer.min(mine) * scale:8.3f}){extra} vs {reference_names[reference]} {timer.median(reference) * scale:8.3f}"
            f" {unit} (min {timer.min(reference) * scale:8.3f})  ratio {ratio:5.2f}x (of mins {best:5.2f}x)"
            f"  [goal <= {GOALS[key]:.0f}x]"
        )

    reference_names = {
        "raw row": "raw psycopg+orjson",
        "copy csv": "COPY",
        "copy ndjson": "COPY",
        "update eager": "bare UPDATE",
        "update broker": "bare UPDATE",
    }
    for name in ("api page 500", "raw page 500"):
        timer.samples[name.replace("page 500", "row")] = [seconds / 500 for seconds in timer.samples[name]]

    log("")
    log(f"== Ratios at {cases} consultations (median and min of {len(timer.samples['raw row'])} interleaved rounds)")
    ratio_line("API list, 500 rows, per row", "api_row", "api row", "raw row", 1000, "ms")
    if not result["same_json"]:
        verdicts["API list, 500 rows, per row"] = False
        log("      (FAIL: the raw reference's JSON differs from the API's, so the ratio compares different work)")
    if "export csv" in timer.samples:
        ratio_line("CSV    export of all rows", "csv", "export csv", "copy csv", 1, "s ")
        ratio_line("NDJSON export of all rows", "ndjson", "export ndjson", "copy ndjson", 1, "s ")
    for mode in result["modes"]:
        label = "one move (broker queued)" if mode == "broker" else "one move (tasks in-process)"
        statements = f", {result['statements'][mode]} statements"
        ratio_line(
            label,
            "move_broker" if mode == "broker" else "move_eager",
            f"move {mode}",
            f"update {mode}",
            1000,
            "ms",
            statements,
        )
        if mode == "eager":  # what the ratio leaves out, for the record
            log(
                f"      (in-process: the tasks run in the outbox publisher's thread after commit; the move and that"
                f" delivery, finished: {timer.median('move eager+delivery') * 1000:.3f} ms (min"
                f" {timer.min('move eager+delivery') * 1000:.3f}), {result['statements']['eager with delivery']}"
                " statements in all)"
            )

    log("")
    log(f"== Pages (in-process, median and min; FAIL over {PAGE_BUDGET_MS:.0f} ms or not 200)")
    log("   (CPU: the Django process's own time, median; wall time far above it means a busy machine or the database)")
    slow = []
    for name, _who, url in result["pages"]:
        ok = timer.median(name) * 1000 <= PAGE_BUDGET_MS and result["statuses"][name] == 200
        if not ok:
            slow.append(name)
        log(
            f"{'PASS' if ok else 'FAIL'}  {name:32} {ms(name)}  {result['statuses'][name]}"
            f"  {result['sizes'][name] / 1024:8.1f} KB  {url}"
        )
    verdicts[f"every page under {PAGE_BUDGET_MS:.0f} ms"] = not slow

    log("")
    log("== Goals")
    for label, passed in verdicts.items():
        log(f"{'PASS' if passed else 'FAIL'}  {label}")
    if slow:
        log(f"      over budget: {', '.join(slow)}")
    return verdicts


def main(argv: list[str] | None = None, *, in_test: bool = False, log=print) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="keep the data set already in the database")
    parser.add_argument("--skip", action="append", default=[], help="leave out pages whose name contains this")
    parser.add_argument(
        "--skip-exports", action="store_true", help="leave out the CSV and NDJSON exports (and their COPY)"
    )
    parser.add_argument(
        "--broker",
        default=os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/7"),
        help="Redis for the 'broker queued' move ('' to skip)",
    )
    args = parser.parse_args(argv)
    if not in_test:
        setup_django()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "postgresql":
        raise SystemExit("benchmarks/scale.py needs PostgreSQL (DATABASE_URL=postgres://...)")
    if not in_test:
        call_command("migrate", verbosity=0)
    from consultations.models import Consultation

    if not (args.reuse and Consultation.objects.count() >= args.cases):
        log(f"building {args.cases} consultations ...")
        build(args.cases, log=log)
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # statistics for indexes added since the build (e.g. by a migration)
    cases = Consultation.objects.count()
    result = measure(
        reps=args.reps,
        cases=cases,
        log=log,
        broker_url=_reachable(args.broker),
        skip=args.skip,
        skip_exports=args.skip_exports,
    )
    result["verdicts"] = report(result, cases=cases, log=log)
    return result


def _reachable(url: str | None) -> str | None:
    if not url:
        return None
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception:
        return None
    return url


if __name__ == "__main__":
    main()
