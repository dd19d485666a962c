"""First-view weight of the portal's pages: HTML + CSS + JS (+ images), gzip-compressed, and request count.

Budget (issue 4): at most 100 KB compressed in at most 10 requests, for every portal page.

    .venv/bin/python benchmarks/page_weight.py                  # in-process: test database + test client
    .venv/bin/python benchmarks/page_weight.py --url http://localhost:8000 --username u --password p

The in-process mode creates a throw-away test database (SQLite by default, or DATABASE_URL's server),
fills it with a realistic case, and fetches each page and every resource it references the way a
browser's first visit would (empty cache). Exit status 1 when a page is over budget.
"""

from __future__ import annotations

import argparse
import gzip
import http.cookiejar
import os
import re
import sys
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

BUDGET_BYTES = 100 * 1024
BUDGET_REQUESTS = 10


@dataclass
class PageWeight:
    path: str
    status: int
    requests: int = 0
    raw_bytes: int = 0
    compressed_bytes: int = 0
    resources: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def within_budget(self) -> bool:
        return self.status == 200 and self.compressed_bytes <= BUDGET_BYTES and self.requests <= BUDGET_REQUESTS


class _Resources(HTMLParser):
    """The sub-resources a browser fetches on first view: stylesheets, scripts, images, icons."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        url = None
        if tag == "link" and (attributes.get("rel") or "").lower() in ("stylesheet", "icon", "preload"):
            url = attributes.get("href")
        elif tag in ("script", "img", "iframe"):
            url = attributes.get("src")
        if url and not url.startswith("data:") and url not in self.urls:
            self.urls.append(url)


def compressed_size(body: bytes) -> int:
    return len(gzip.compress(body, compresslevel=6))


def resources_of(html: bytes) -> list[str]:
    parser = _Resources()
    parser.feed(html.decode("utf-8", errors="replace"))
    return parser.urls


def measure(fetch, path: str) -> PageWeight:
    """`fetch(url) -> (status, body bytes)`; counts the page and everything it references."""
    status, body = fetch(path)
    weight = PageWeight(path=path, status=status)
    weight.requests = 1
    weight.raw_bytes = len(body)
    weight.compressed_bytes = compressed_size(body)
    weight.resources.append((path, len(body), weight.compressed_bytes))
    for url in resources_of(body):
        _status, content = fetch(url)
        weight.requests += 1
        weight.raw_bytes += len(content)
        size = compressed_size(content)
        weight.compressed_bytes += size
        weight.resources.append((url, len(content), size))
    return weight


def test_client_fetcher(client):
    def fetch(url: str) -> tuple[int, bytes]:
        response = client.get(url)
        if getattr(response, "streaming", False):
            body = b"".join(response.streaming_content)
        else:
            body = response.content
        return response.status_code, body

    return fetch


def portal_paths(*, case_pk: int, policy_slug: str, published_case_pk: int | None) -> list[tuple[str, bool]]:
    """(path, needs sign-in) for every portal page."""
    paths = [
        ("/", False),
        ("/policies/", False),
        (f"/policies/{policy_slug}/", False),
        ("/cases/", False),
        ("/accounts/login/", False),
        ("/accounts/password/reset/", False),
        ("/join/", False),
        ("/my/consultations/", True),
        ("/my/consultations/new/", True),
        (f"/my/consultations/{case_pk}/", True),
        (f"/my/consultations/{case_pk}/withdraw/", True),
        ("/inbox/", True),
        ("/inbox/settings/", True),
        ("/accounts/profile/", True),
    ]
    if published_case_pk:
        paths.insert(4, (f"/cases/{published_case_pk}/", False))
    return paths


def build_sample_data():
    """A realistic official's view: a case with documents, messages, recommendations, 40 policies."""
    from tests import factories

    city = factories.CityFactory(name="Ulaanbaatar", country="MN", is_fictional=False)
    official = factories.OfficialFactory(username="bench-official", city=city)
    staff = factories.StaffFactory(username="bench-staff")
    modules = [
        factories.PolicyModuleFactory(title=f"Seoul policy {n}", summary="A policy Seoul is known for. " * 8)
        for n in range(40)
    ]
    case = factories.ConsultationFactory(city=city, stage="consulting", track="funding", title="Smart card fares")
    case.policy_modules.set(modules[:3])
    for n in range(6):
        factories.DocumentFactory(consultation=case, title=f"Document {n}")
        factories.MessageFactory(consultation=case, author=staff, body="When can the task force visit? " * 4)
    factories.RecommendationFactory.create_batch(3, consultation=case)
    published = factories.ConsultationFactory(
        city=city, stage="follow_up", track="consultation", is_published=True, public_summary="U-Money. " * 40
    )
    return {"official": official, "case": case, "module": modules[0], "published": published}


def measure_portal(client, data) -> list[PageWeight]:
    fetch = test_client_fetcher(client)
    results = []
    paths = portal_paths(
        case_pk=data["case"].pk, policy_slug=data["module"].slug, published_case_pk=data["published"].pk
    )
    for path, needs_login in paths:
        if needs_login:
            client.force_login(data["official"])
        else:
            client.logout()
        results.append(measure(fetch, path))
    return results


def report(results: list[PageWeight]) -> str:
    lines = [f"{'page':45} {'status':>6} {'requests':>8} {'raw KB':>8} {'gzip KB':>8}  budget"]
    for weight in results:
        lines.append(
            f"{weight.path:45} {weight.status:>6} {weight.requests:>8} {weight.raw_bytes / 1024:>8.1f} "
            f"{weight.compressed_bytes / 1024:>8.1f}  {'ok' if weight.within_budget else 'OVER'}"
        )
    heaviest = max(results, key=lambda weight: weight.compressed_bytes)
    lines.append(
        f"budget: <= {BUDGET_BYTES // 1024} KB compressed in <= {BUDGET_REQUESTS} requests; heaviest page "
        f"{heaviest.path} at {heaviest.compressed_bytes / 1024:.1f} KB in {heaviest.requests} requests"
    )
    return "\n".join(lines)


def run_in_process() -> list[PageWeight]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "policysharing.settings.test")
    import django

    django.setup()
    from django.test import Client
    from django.test.runner import DiscoverRunner
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    runner = DiscoverRunner(verbosity=0, interactive=False)
    old_config = runner.setup_databases()
    try:
        data = build_sample_data()
        return measure_portal(Client(), data)
    finally:
        runner.teardown_databases(old_config)
        teardown_test_environment()


def run_live(base: str, username: str | None, password: str | None) -> list[PageWeight]:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def fetch(url: str) -> tuple[int, bytes]:
        target = urllib.parse.urljoin(base, url)
        try:
            with opener.open(target, timeout=30) as response:  # noqa: S310 - the URL is the operator's own
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    results = [measure(fetch, path) for path in ("/", "/policies/", "/cases/", "/accounts/login/", "/join/")]
    if username and password:
        _status, page = fetch("/accounts/login/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        body = urllib.parse.urlencode({"username": username, "password": password, "csrfmiddlewaretoken": token})
        request = urllib.request.Request(  # noqa: S310
            urllib.parse.urljoin(base, "/accounts/login/"), data=body.encode(), headers={"Referer": base}
        )
        opener.open(request, timeout=30)
        for path in ("/my/consultations/", "/my/consultations/new/", "/inbox/", "/inbox/settings/"):
            results.append(measure(fetch, path))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="measure a running server instead of the in-process test client")
    parser.add_argument("--username")
    parser.add_argument("--password")
    args = parser.parse_args(argv)
    results = run_live(args.url, args.username, args.password) if args.url else run_in_process()
    print(report(results))
    return 0 if all(weight.within_budget for weight in results) else 1


if __name__ == "__main__":
    sys.exit(main())
