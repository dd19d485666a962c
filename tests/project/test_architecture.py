"""A few architecture rules of the house, checked on the code itself."""

import ast
import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
# Lower layers never import higher ones (views, admin, API and commands may import any domain app).
LAYERS = {
    "core": 0,
    "institutions": 1,
    "accounts": 1,
    "policies": 1,
    "cities": 1,
    "experts": 1,
    "funding": 1,
    "training": 1,
    "consultations": 2,
    "notifications": 3,
    "portal": 4,
    "dashboard": 4,
    "demo": 4,
    "policysharing": 5,
}
ENTRY_POINTS = {"admin", "api", "views", "urls", "management", "serializers", "filters", "resources", "apps"}


def project_files():
    for app in LAYERS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                yield app, path


def imported_apps(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
    return names & set(LAYERS)


def test_domain_modules_import_only_their_own_layer_or_lower():
    violations = []
    for app, path in project_files():
        relative = path.relative_to(ROOT / app)
        if relative.parts[0].removesuffix(".py") in ENTRY_POINTS or app == "policysharing":
            continue
        for other in imported_apps(path):
            if LAYERS[other] > LAYERS[app]:
                violations.append(f"{path.relative_to(ROOT)} imports {other}")
    assert not violations, violations


def test_tasks_are_queued_only_through_the_after_commit_helper():
    offenders = [
        str(path.relative_to(ROOT))
        for _app, path in project_files()
        if re.search(r"\.(delay|apply_async)\(", path.read_text()) and path != ROOT / "core" / "tasks.py"
    ]
    assert not offenders, offenders


def test_only_the_move_service_writes_a_consultations_stage():
    writers = [
        str(path.relative_to(ROOT))
        for _app, path in project_files()
        if re.search(r"\b(case|consultation|obj|instance)\.stage\s*=[^=]", path.read_text())
        or re.search(r"\.update\([^)]*\bstage\s*=", path.read_text())
    ]
    assert writers == ["consultations/services/transitions.py"], writers
