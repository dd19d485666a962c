"""No Docker engine runs here, so check that the compose file names things that exist."""

import importlib
import shlex
from pathlib import Path

import yaml
from django.conf import settings

COMPOSE = Path(settings.BASE_DIR) / "docker-compose.yml"


def load() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def command_words(service: dict) -> list[str]:
    command = service["command"]
    return shlex.split(command) if isinstance(command, str) else command


def test_the_stack_has_every_service_with_health_checks_and_volumes():
    compose = load()
    services = compose["services"]
    assert set(services) == {"postgres", "redis", "web", "worker", "beat"}
    for name in ("postgres", "redis", "web", "worker"):
        assert "healthcheck" in services[name], name
    assert {"pgdata", "media"} <= set(compose["volumes"])
    assert "pgdata:/var/lib/postgresql/data" in services["postgres"]["volumes"]
    assert "media:/data/media" in services["web"]["volumes"]


def test_commands_name_modules_and_settings_that_exist():
    services = load()["services"]
    web = " ".join(command_words(services["web"]))
    assert "gunicorn -c gunicorn.conf.py " in web  # threaded workers: long streamed exports are not cut
    assert (Path(settings.BASE_DIR) / "gunicorn.conf.py").exists()
    wsgi = web.split("gunicorn -c gunicorn.conf.py ", 1)[1].split()[0]
    module, _, attribute = wsgi.partition(":")
    assert hasattr(importlib.import_module(module), attribute)
    for name in ("worker", "beat"):
        words = command_words(services[name])
        assert words[:3] == ["celery", "-A", "policysharing"]
        assert importlib.import_module("policysharing").celery_app.main == "policysharing"
    scheduler = command_words(services["beat"])[-1]
    module, _, attribute = scheduler.partition(":")
    assert hasattr(importlib.import_module(module), attribute)
    env = services["web"]["environment"]
    assert env["STATICFILES_BACKEND"].rsplit(".", 1)[0]
    storage_module, _, storage_class = env["STATICFILES_BACKEND"].rpartition(".")
    assert hasattr(importlib.import_module(storage_module), storage_class)


def test_compose_environment_uses_settings_the_project_reads():
    env = load()["services"]["web"]["environment"]
    source = (Path(settings.BASE_DIR) / "policysharing" / "settings" / "__init__.py").read_text()
    for variable in env:
        assert f'"{variable}"' in source, f"{variable} is not read by the settings"
