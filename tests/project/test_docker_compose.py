"""No Docker engine runs here, so check the compose file by parsing it: health checks everywhere, nobody root, the
proxy the only way in, migrations before anything runs, a worker per queue, and names that exist."""

import importlib
import re
import shlex
from pathlib import Path

import yaml
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
COMPOSE = ROOT / "docker-compose.yml"
APP_SERVICES = ("migrate", "web", "worker-workflow", "worker-notifications", "worker-exports", "beat")
WORKERS = ("worker-workflow", "worker-notifications", "worker-exports")


def load() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def command_words(service: dict) -> list[str]:
    command = service["command"]
    if isinstance(command, str):
        return shlex.split(command)
    if command[:2] == ["sh", "-c"]:
        return shlex.split(command[2])
    return command


def option(words: list[str], name: str) -> str:
    return words[words.index(name) + 1]


def test_the_stack_has_every_service_each_with_a_health_check():
    compose = load()
    services = compose["services"]
    assert set(services) == {
        "postgres", "redis", "minio", "minio-init", "migrate", "web", *WORKERS, "beat", "flower", "certs", "proxy",
    }  # fmt: skip
    missing = [name for name, service in services.items() if not service.get("healthcheck", {}).get("test")]
    assert not missing, f"services without a health check: {missing}"
    assert {"pgdata", "miniodata", "static", "certs"} <= set(compose["volumes"])
    assert "pgdata:/var/lib/postgresql/data" in services["postgres"]["volumes"]


def test_the_proxy_is_the_only_published_port_and_gunicorn_stays_internal():
    services = load()["services"]
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"proxy"}
    assert {port.split(":")[-1] for port in services["proxy"]["ports"]} == {"80", "443"}
    assert services["web"]["expose"] == ["8000"]
    assert "frontend" not in services["web"]["networks"] and "frontend" in services["proxy"]["networks"]


def test_app_containers_run_as_an_unprivileged_user():
    services = load()["services"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    users = re.findall(r"^USER\s+(\S+)", dockerfile, flags=re.MULTILINE)
    assert users and users[-1] not in ("root", "0"), "the image must end with a non-root USER"
    uid = re.search(r"useradd .*--uid (\d+)", dockerfile).group(1)
    for name in APP_SERVICES:
        user = str(services[name].get("user", ""))
        assert user and user.split(":")[0] not in ("root", "0"), name
        assert user.split(":")[0] == uid, f"{name} runs as {user}, the image's user is {uid}"


def test_workers_and_beat_start_only_after_the_migrations_ran():
    services = load()["services"]
    assert command_words(services["migrate"])[:4] == ["python", "manage.py", "migrate", "--noinput"]
    for name in ("web", *WORKERS, "beat"):
        assert services[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}, name
    assert "migrate" not in " ".join(command_words(services["web"]))


def test_one_worker_per_queue_covers_every_queue_and_only_the_web_trusts_proxy_headers():
    from policysharing.celery import QUEUES, TASK_ROUTES

    services = load()["services"]
    consumed = {}
    for name in WORKERS:
        words = command_words(services[name])
        assert words[:4] == ["celery", "-A", "policysharing", "worker"]
        consumed[name] = set(option(words, "-Q").split(","))
        hostname = option(words, "-n").split("@")[0]
        assert f"-d {hostname}@$$HOSTNAME" in services[name]["healthcheck"]["test"][1]
    assert set().union(*consumed.values()) == set(QUEUES)
    assert consumed["worker-notifications"] == {"notifications"}
    assert "workflow" in consumed["worker-workflow"] and "notifications" not in consumed["worker-workflow"]
    assert {route["queue"] for route in TASK_ROUTES.values()} <= set(QUEUES)
    for name, service in services.items():
        trusted = (service.get("environment") or {}).get("TRUST_PROXY_HEADERS")
        assert (trusted == "true") == (name == "web"), name


def test_minio_gets_its_bucket_and_the_app_uses_it():
    services = load()["services"]
    init = " ".join(services["minio-init"]["command"])
    bucket = services["web"]["environment"]["AWS_STORAGE_BUCKET_NAME"]
    assert f"mc mb --ignore-existing local/{bucket}" in init
    assert services["minio-init"]["depends_on"]["minio"]["condition"] == "service_healthy"
    assert services["web"]["depends_on"]["minio-init"] == {"condition": "service_completed_successfully"}
    assert services["web"]["environment"]["AWS_S3_ENDPOINT_URL"] == "http://minio:9000"


def test_commands_name_modules_and_settings_that_exist():
    services = load()["services"]
    web = " ".join(command_words(services["web"]))
    assert "gunicorn -c gunicorn.conf.py " in web  # threaded workers: long streamed exports are not cut
    assert (Path(settings.BASE_DIR) / "gunicorn.conf.py").exists()
    wsgi = web.split("gunicorn -c gunicorn.conf.py ", 1)[1].split()[0]
    module, _, attribute = wsgi.partition(":")
    assert hasattr(importlib.import_module(module), attribute)
    for name in (*WORKERS, "beat"):
        assert command_words(services[name])[:3] == ["celery", "-A", "policysharing"]
    assert importlib.import_module("policysharing").celery_app.main == "policysharing"
    scheduler = option(command_words(services["beat"]), "--scheduler")
    module, _, attribute = scheduler.partition(":")
    assert hasattr(importlib.import_module(module), attribute)
    assert settings.CELERY_BEAT_SCHEDULER == scheduler
    beat_check = services["beat"]["healthcheck"]["test"]
    assert beat_check[1:4] == ["python", "-m", "core.heartbeat"]
    importlib.import_module("core.heartbeat")
    storage_module, _, storage_class = services["web"]["environment"]["STATICFILES_BACKEND"].rpartition(".")
    assert hasattr(importlib.import_module(storage_module), storage_class)


def test_compose_environment_uses_settings_the_project_reads():
    source = (ROOT / "policysharing" / "settings" / "__init__.py").read_text()
    for name in APP_SERVICES:
        for variable in load()["services"][name]["environment"]:
            assert f'"{variable}"' in source, f"{variable} ({name}) is not read by the settings"


def test_the_proxy_template_gets_every_variable_and_the_upload_limit_fits():
    services = load()["services"]
    proxy = services["proxy"]
    template = (ROOT / "deploy" / "nginx" / "templates" / "portal.conf.template").read_text()
    used = set(re.findall(r"\$\{([A-Z_]+)\}", template))
    assert used <= set(proxy["environment"]), used - set(proxy["environment"])
    for volume in proxy["volumes"]:
        source = volume.split(":")[0]
        if source.startswith("./"):
            assert (ROOT / source).is_dir(), source
    limit = proxy["environment"]["UPLOAD_LIMIT"]
    assert limit.endswith("m") and int(limit[:-1]) * 1024 * 1024 > settings.DOCUMENT_MAX_UPLOAD_BYTES
    exports = template[template.index("location ~ ^/(api/v1/[^/]+/export/") :].split("\n    }", 1)[0]
    assert "proxy_buffering off" in exports and "proxy_read_timeout 600s" in exports
    assert "return 301 https://" in template and "ssl_certificate ${TLS_CERT}" in template
    assert "gzip on" in template and "location /static/" in template
    snippet = (ROOT / "deploy" / "nginx" / "snippets" / "portal-proxy.conf").read_text()
    assert "X-Forwarded-Proto $scheme" in snippet and "X-Request-ID" in snippet


def test_the_build_context_leaves_out_local_state_and_secrets():
    ignored = {line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()}
    for entry in (".venv", "db.sqlite3*", ".env", "media", "staticfiles", "test-artifacts", ".git", ".pytest_cache"):
        assert entry in ignored, entry
