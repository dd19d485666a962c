"""E-mail links start with PORTAL_BASE_URL, and scripts/serve.sh sets it from PORT so they open on the port in use."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from django.core import mail
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]
SERVE = ROOT / "scripts" / "serve.sh"


def serve_environment(**env: str) -> dict[str, str]:
    """Run serve.sh's own lines up to (not including) the first install step, and report PORT and PORTAL_BASE_URL."""
    lines = []
    for line in SERVE.read_text().splitlines():
        if ".venv" in line or line.startswith("PYTHON="):
            break
        if not line.startswith(("cd ", "set ")):
            lines.append(line)
    script = "\n".join([*lines, 'echo "$PORT $PORTAL_BASE_URL"'])
    output = subprocess.run(
        ["bash", "-c", script], env={"PATH": "/usr/bin:/bin", **env}, capture_output=True, text=True, check=True
    ).stdout.split()
    return {"PORT": output[0], "PORTAL_BASE_URL": output[1]}


def test_serve_sets_the_base_url_from_the_port():
    assert serve_environment() == {"PORT": "8000", "PORTAL_BASE_URL": "http://localhost:8000"}
    assert serve_environment(PORT="8123") == {"PORT": "8123", "PORTAL_BASE_URL": "http://localhost:8123"}
    chosen = serve_environment(PORT="8123", PORTAL_BASE_URL="https://portal.example.org")
    assert chosen["PORTAL_BASE_URL"] == "https://portal.example.org"
    text = SERVE.read_text()
    assert 'runserver "${PORT}"' in text


def test_readme_documents_port_and_the_staff_workspace():
    readme = (ROOT / "README.md").read_text()
    assert "PORT=8080 bash scripts/serve.sh" in readme
    assert "| `PORT` |" in readme
    assert "`/staff/`" in readme


@pytest.mark.django_db
def test_password_reset_link_uses_the_portal_base_url(client, official_a, settings, django_capture_on_commit_callbacks):
    settings.PORTAL_BASE_URL = "http://localhost:8123"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("portal:password_reset"), {"email": official_a.email})
    assert len(mail.outbox) == 1
    links = re.findall(r"https?://\S+", mail.outbox[0].body)
    assert links and all(link.startswith("http://localhost:8123/accounts/password/reset/") for link in links), links
    assert "testserver" not in mail.outbox[0].body


@pytest.mark.django_db
def test_invitation_link_uses_the_portal_base_url(official_a, settings):
    from accounts.emails import invitation_link

    settings.PORTAL_BASE_URL = "http://localhost:8123/"
    assert invitation_link(official_a).startswith("http://localhost:8123/accounts/invitation/")
