"""Two gunicorn nodes behind a native nginx rendered from the committed proxy config, sharing the database, Redis
(cache, broker) and an S3 server (moto): a document uploaded on node A downloads on node B with the same access
checks, a session started on A works on B, the API throttle counts across both nodes, the proxy does its job
(HTTPS redirect, upload limit, gzip, static files, request ids, /metrics only with the token), and a worker on
`notifications` and one on `workflow` each take only their own queue, with the request id in the worker's logs.

Layout: https://localhost:<main> balances over both nodes (the committed template); https://localhost:<a> and
https://localhost:<b> are test-only listeners pinned to one node each (same proxy snippet), so the test decides
which node answers.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests
from django.urls import reverse

from consultations.models import Document
from tests import factories
from tests.ops.conftest import BASE_DIR, Process, free_port, port_open, s3_client, wait_for
from tests.portal.conftest import PDF_BYTES
from tests.workflow.conftest import REDIS_TEST_URL, app_broker, worker_database_url

# Every test marks the database (so pytest-django sets up the test database the nodes use, whichever tests are
# selected). The nodes are long-lived processes that cache content types, and a flush after a test re-creates them
# under new ids: only the first test writes rows (audited ones), the later ones only read.
pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]

METRICS_TOKEN = "ops-metrics-token"
UPLOAD_LIMIT_BYTES = 1024 * 1024  # the test's DOCUMENT_MAX_UPLOAD_BYTES; nginx gets the same plus the form
TEMPLATE = BASE_DIR / "deploy" / "nginx" / "templates" / "portal.conf.template"
SNIPPETS = BASE_DIR / "deploy" / "nginx" / "snippets"


def required(what: str, found: object) -> None:
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"{what} is missing (CI must run the multi-node test; .ci/run installs nginx)")
        pytest.skip(f"{what} is missing")


@dataclass
class Cluster:
    main: int
    http: int
    pinned: dict[str, int]
    nodes: dict[str, Process]
    media: dict[str, Path]
    bucket: str
    endpoint: str
    workdir: Path
    env: dict[str, str] = field(default_factory=dict)
    cert: str = ""
    extra: list[Process] = field(default_factory=list)

    def session(self) -> requests.Session:
        """HTTPS that trusts the test's self-signed certificate and nothing from the environment."""
        session = requests.Session()
        session.trust_env = False
        session.verify = self.cert
        return session

    def url(self, where: str, path: str) -> str:
        port = self.main if where == "main" else self.pinned[where]
        return f"https://localhost:{port}{path}"


def render_template(values: dict[str, str]) -> str:
    text = TEMPLATE.read_text()
    missing = set(re.findall(r"\$\{([A-Z_]+)\}", text)) - set(values)
    assert not missing, f"the test does not set {missing}"
    for key, value in values.items():
        text = text.replace("${" + key + "}", value)
    return text


def make_certificate(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "tls.crt", directory / "tls.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


@pytest.fixture(scope="module")
def cluster(django_db_setup, django_db_blocker, s3_endpoint, tmp_path_factory):
    nginx = shutil.which("nginx") or (Path("/usr/sbin/nginx").exists() and "/usr/sbin/nginx")
    required("nginx (apt-get install nginx)", nginx)
    required("openssl", shutil.which("openssl"))
    import redis

    client = redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        required(f"Redis at {REDIS_TEST_URL}", False)
    client.flushdb()

    work = tmp_path_factory.mktemp("cluster")
    bucket = f"nodes-{uuid.uuid4().hex[:10]}"
    s3_client(s3_endpoint).create_bucket(Bucket=bucket)
    with django_db_blocker.unblock():
        database_url = worker_database_url()
    assert "test" in database_url.rsplit("/", 1)[-1], f"the nodes must use the test database, not {database_url}"

    env = {key: value for key, value in os.environ.items() if not key.startswith(("CELERY_", "DJANGO_", "AWS_"))}
    env.pop("REDIS_URL", None)
    env.update(
        DJANGO_SETTINGS_MODULE="policysharing.settings",
        DEBUG="false",
        SECRET_KEY="multi-node-test-secret-" + uuid.uuid4().hex,
        ALLOWED_HOSTS="localhost,127.0.0.1",
        DATABASE_URL=database_url,
        CACHE_URL=REDIS_TEST_URL,
        CELERY_BROKER_URL=REDIS_TEST_URL,
        STORAGE_URL=f"s3+http://ops-test-key:ops-test-secret@{s3_endpoint.removeprefix('http://')}/{bucket}?region=us-east-1",
        DOCUMENT_DOWNLOAD_MODE="stream",
        DOCUMENT_MAX_UPLOAD_BYTES=str(UPLOAD_LIMIT_BYTES),
        TRUST_PROXY_HEADERS="true",
        API_THROTTLE_USER="6/min",
        METRICS_TOKEN=METRICS_TOKEN,
        LOG_FORMAT="json",
        LOG_LEVEL="INFO",
        EMAIL_URL="consolemail://",
        PYTHONUNBUFFERED="1",
    )
    nodes, media, ports = {}, {}, {}
    processes: list[Process] = []
    try:
        for name in ("a", "b"):
            ports[name] = free_port()
            media[name] = work / f"media-{name}"
            media[name].mkdir()
            # As in docker-compose: each node sums its gunicorn workers' figures through prometheus_client's files.
            (work / f"prometheus-{name}").mkdir()
            node_env = {
                **env,
                "MEDIA_ROOT": str(media[name]),
                "PROMETHEUS_MULTIPROC_DIR": str(work / f"prometheus-{name}"),
            }
            nodes[name] = Process(
                [sys.executable, "-m", "gunicorn", "policysharing.wsgi:application",
                 "--bind", f"127.0.0.1:{ports[name]}", "--workers", "2", "--threads", "2",
                 "--access-logfile", "-", "--access-logformat", '%(m)s %(U)s %(s)s rid=%({x-request-id}i)s'],
                log=work / f"node-{name}.log", env=node_env,
            )  # fmt: skip
            processes.append(nodes[name])

        cert, key = make_certificate(work)
        main, http = free_port(), free_port()
        pinned = {name: free_port() for name in ("a", "b")}
        for sub in ("logs", "body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (work / sub).mkdir()
        upload_limit = f"{UPLOAD_LIMIT_BYTES // (1024 * 1024) + 1}m"
        (work / "portal.conf").write_text(
            render_template(
                {
                    "WEB_UPSTREAM": f"127.0.0.1:{ports['a']}; server 127.0.0.1:{ports['b']}",
                    "FLOWER_UPSTREAM": f"127.0.0.1:{free_port()}",
                    "HTTP_PORT": f"127.0.0.1:{http}",
                    "HTTPS_PORT": f"127.0.0.1:{main}",
                    "PUBLIC_HTTPS_PORT": str(main),
                    "TLS_CERT": str(cert),
                    "TLS_KEY": str(key),
                    "UPLOAD_LIMIT": upload_limit,
                    "STATIC_ROOT": str(BASE_DIR / "static"),
                    "NGINX_SNIPPETS": str(SNIPPETS),
                    "NGINX_LOG_DIR": str(work / "logs"),
                }
            )
        )
        (work / "pinned.conf").write_text(
            "".join(
                f"""
server {{
    listen 127.0.0.1:{pinned[name]} ssl;
    ssl_certificate {cert};
    ssl_certificate_key {key};
    client_max_body_size {upload_limit};
    location / {{
        include {SNIPPETS}/portal-proxy.conf;
        proxy_pass http://127.0.0.1:{ports[name]};
    }}
}}
"""
                for name in ("a", "b")
            )
        )
        user = "user root;\n" if os.geteuid() == 0 else ""
        (work / "nginx.conf").write_text(
            f"""{user}worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/logs/error.log warn;
events {{ worker_connections 256; }}
http {{
    types {{ text/html html; text/css css; application/javascript js; image/svg+xml svg; }}
    default_type application/octet-stream;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    include {work}/portal.conf;
    include {work}/pinned.conf;
}}
"""
        )
        check = subprocess.run(
            [nginx, "-t", "-c", str(work / "nginx.conf"), "-p", str(work), "-e", str(work / "logs" / "error.log")],
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        assert check.returncode == 0, check.stderr
        proxy = Process(
            [nginx, "-c", str(work / "nginx.conf"), "-p", str(work), "-e", str(work / "logs" / "error.log"),
             "-g", "daemon off;"],
            log=work / "nginx.log",
        )  # fmt: skip
        processes.append(proxy)

        def nodes_ready():
            for name, process in nodes.items():
                process.alive()
                try:
                    if requests.get(f"http://127.0.0.1:{ports[name]}/health/", timeout=10).status_code != 200:
                        return False
                except requests.RequestException:
                    return False
            return True

        wait_for(nodes_ready, timeout=60, what="both gunicorn nodes")
        wait_for(lambda: proxy.alive() and port_open(main), timeout=20, what="nginx")
        cluster = Cluster(
            main=main, http=http, pinned=pinned, nodes=nodes, media=media, bucket=bucket, endpoint=s3_endpoint,
            workdir=work, env=env, cert=str(cert),
        )  # fmt: skip
        yield cluster
        processes.extend(cluster.extra)
    finally:
        for process in reversed(processes):
            process.stop()
        client.flushdb()
        client.close()


class Browser:
    """A requests session speaking to the proxy like a browser: HTTPS, CSRF token, same-origin Referer."""

    def __init__(self, cluster: Cluster):
        self.cluster = cluster
        self.session = cluster.session()

    def get(self, where: str, path: str, **kwargs):
        return self.session.get(self.cluster.url(where, path), allow_redirects=False, timeout=30, **kwargs)

    def post(self, where: str, path: str, data: dict, files=None, headers=None):
        token = self.session.cookies.get("csrftoken")
        if token is None:
            self.get(where, reverse("portal:login"))
            token = self.session.cookies["csrftoken"]
        url = self.cluster.url(where, path)
        return self.session.post(
            url, data={**data, "csrfmiddlewaretoken": token}, files=files, allow_redirects=False, timeout=30,
            headers={"Referer": url, **(headers or {})},
        )  # fmt: skip

    def sign_in(self, where: str, username: str) -> None:
        self.get(where, reverse("portal:login"))
        response = self.post(where, reverse("portal:login"), {"username": username, "password": "pw"})
        assert response.status_code == 302, response.text[:2000]


def upload(browser: Browser, where: str, case, content: bytes, headers=None):
    return browser.post(
        where, reverse("portal:document_upload", args=[case.pk]), {"title": "Plan"},
        files={"file": ("plan.pdf", content, "application/pdf")}, headers=headers,
    )  # fmt: skip


def with_node_password(user):
    """The nodes run the production hashers (the test settings use MD5): store a PBKDF2 hash of "pw"."""
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    user.password = PBKDF2PasswordHasher().encode("pw", uuid.uuid4().hex[:16], iterations=1000)
    user.save(update_fields=["password"])
    return user


def test_scale_out_documents_sessions_throttles_and_queues_across_two_nodes(cluster, officials):
    document_across_nodes(cluster, officials)
    throttle_across_nodes(cluster, officials)
    one_worker_per_queue(cluster, officials)


@pytest.fixture
def officials(city_a, city_b):
    official_a = with_node_password(factories.OfficialFactory(username="node-official-a", city=city_a))
    official_b = with_node_password(factories.OfficialFactory(username="node-official-b", city=city_b))
    case = factories.ConsultationFactory(city=city_a, stage="analysis", track="consultation")
    return official_a, official_b, case


def document_across_nodes(cluster, officials):
    official_a, official_b, case = officials
    browser = Browser(cluster)
    browser.sign_in("a", official_a.username)
    # The session started on node A works on node B.
    page = browser.get("b", reverse("portal:consultation_detail", args=[case.pk]))
    assert page.status_code == 200, page.status_code

    content = PDF_BYTES + b"% uploaded through node A\n" + os.urandom(512)
    response = upload(browser, "a", case, content)
    assert response.status_code == 302, response.text[:2000]
    document = Document.objects.get(consultation=case)
    # In the bucket, on neither node's disk.
    assert (
        s3_client(cluster.endpoint).get_object(Bucket=cluster.bucket, Key=document.file.name)["Body"].read() == content
    )
    assert not any(path.is_file() for media in cluster.media.values() for path in media.rglob("*"))

    download = reverse("portal:document_download", args=[case.pk, document.pk])
    fetched = browser.get("b", download)
    assert fetched.status_code == 200
    assert fetched.content == content
    assert fetched.headers["Cache-Control"] == "private, no-store"

    other_city = Browser(cluster)
    other_city.sign_in("b", official_b.username)
    assert other_city.get("b", download).status_code == 404
    assert other_city.get("a", download).status_code == 404
    anonymous = Browser(cluster).get("b", download)
    assert anonymous.status_code == 302 and reverse("portal:login") in anonymous.headers["Location"]


def throttle_across_nodes(cluster, officials):
    import redis

    from security.services import api_token_create

    redis.Redis.from_url(REDIS_TEST_URL).flushdb()
    _token, key = api_token_create(user=officials[0], name="throttle test", days=None)
    client = cluster.session()
    client.headers["Authorization"] = f"Token {key}"
    statuses = [client.get(cluster.url(node, "/api/v1/cities/"), timeout=30).status_code for node in "ababab"]
    assert statuses == [200] * 6
    assert client.get(cluster.url("a", "/api/v1/cities/"), timeout=30).status_code == 429
    assert client.get(cluster.url("b", "/api/v1/cities/"), timeout=30).status_code == 429


def test_the_proxy_redirects_limits_compresses_serves_static_and_tags_requests(cluster):
    plain = requests.get(f"http://localhost:{cluster.http}/my/", allow_redirects=False, timeout=10)
    assert plain.status_code == 301
    assert plain.headers["Location"] == f"https://localhost:{cluster.main}/my/"

    session = cluster.session()
    # The body limit is enforced by nginx before any node reads the body.
    too_big = session.post(
        cluster.url("main", "/api/v1/consultations/"), data=b"x" * (UPLOAD_LIMIT_BYTES * 3), timeout=30,
        headers={"Content-Type": "application/octet-stream"},
    )  # fmt: skip
    assert too_big.status_code == 413
    assert "nginx" in too_big.text

    css = session.get(cluster.url("main", "/static/css/portal.css"), headers={"Accept-Encoding": "gzip"}, timeout=10)
    assert css.status_code == 200 and css.headers["Content-Encoding"] == "gzip"
    assert css.text == (BASE_DIR / "static" / "css" / "portal.css").read_text()
    assert "max-age=" in css.headers["Cache-Control"]
    assert session.get(cluster.url("main", "/media/documents/1/x"), timeout=10).status_code == 404

    # Balanced over both nodes; each request keeps the id it came with (or gets one).
    ids = [f"balance-{uuid.uuid4().hex}" for _ in range(6)]
    for request_id in ids:
        answer = session.get(cluster.url("main", "/health/"), headers={"X-Request-ID": request_id}, timeout=10)
        assert answer.status_code == 200 and answer.headers["X-Request-ID"] == request_id
    for name, node in cluster.nodes.items():
        assert any(f"rid={request_id}" in node.output() for request_id in ids), f"node {name} served none"
    generated = session.get(cluster.url("main", "/health/"), timeout=10).headers["X-Request-ID"]
    assert len(generated) >= 16
    access_log = (cluster.workdir / "logs" / "access.log").read_text().splitlines()
    assert any(json.loads(line)["request_id"] == ids[0] for line in access_log)


def test_metrics_need_the_token_through_the_proxy(cluster):
    session = cluster.session()
    assert session.get(cluster.url("main", "/metrics"), timeout=10).status_code == 403
    wrong = session.get(cluster.url("main", "/metrics"), headers={"Authorization": "Bearer nope"}, timeout=10)
    assert wrong.status_code == 403
    good = session.get(
        cluster.url("main", "/metrics"), headers={"Authorization": f"Bearer {METRICS_TOKEN}"}, timeout=10
    )
    assert good.status_code == 200
    for name in ("portal_http_requests_total", "portal_db_duration_seconds", "portal_outbox_backlog",
                 "portal_deliveries_failed", "portal_celery_queue_length", "portal_broker_up 1.0"):  # fmt: skip
        assert name in good.text, name
    # Directly from the internal network (no proxy in between), no token is needed.
    node_a = f"http://127.0.0.1:{_node_port(cluster, 'a')}"
    direct = requests.get(f"{node_a}/metrics", timeout=10)
    assert direct.status_code == 200

    # The node's two gunicorn workers count into one set of figures (PROMETHEUS_MULTIPROC_DIR), whichever answers.
    def health_requests() -> float:
        text = requests.get(f"{node_a}/metrics", timeout=10).text
        found = re.search(r'^portal_http_requests_total\{method="GET",status="200",view="health"\} (\S+)$', text, re.M)
        return float(found.group(1)) if found else 0.0

    before = health_requests()
    for _ in range(8):
        assert requests.get(f"{node_a}/health/", timeout=10).status_code == 200
    assert health_requests() == before + 8


def _node_port(cluster: Cluster, name: str) -> int:
    return int(cluster.nodes[name].command[cluster.nodes[name].command.index("--bind") + 1].rsplit(":", 1)[1])


def start_worker(cluster: Cluster, queue: str) -> Process:
    env = {**cluster.env, "MEDIA_ROOT": str(cluster.workdir / f"media-worker-{queue}")}
    worker = Process(
        [sys.executable, "-m", "celery", "-A", "policysharing", "worker", "-Q", queue, "--pool=solo",
         "--concurrency=1", "--loglevel=INFO", "--without-gossip", "--without-mingle", "--without-heartbeat",
         f"--hostname={queue}-{os.getpid()}@%h"],
        log=cluster.workdir / f"worker-{queue}.log", env=env,
    )  # fmt: skip
    cluster.extra.append(worker)
    return worker


def metrics(cluster: Cluster) -> str:
    return requests.get(f"http://127.0.0.1:{_node_port(cluster, 'b')}/metrics", timeout=10).text


def one_worker_per_queue(cluster, officials):
    import redis

    from policysharing.celery import app

    redis.Redis.from_url(REDIS_TEST_URL).flushdb()
    official_a, _official_b, case = officials
    with app_broker(REDIS_TEST_URL):
        app.send_task("consultations.tasks.advance_ready_cases")
        app.send_task("notifications.tasks.sweep_outbox")
    figures = metrics(cluster)
    assert 'portal_celery_queue_length{queue="workflow"} 1.0' in figures
    assert 'portal_celery_queue_length{queue="notifications"} 1.0' in figures

    workers = {queue: start_worker(cluster, queue) for queue in ("notifications", "workflow")}
    for queue, worker in workers.items():
        wait_for(
            lambda worker=worker: worker.alive() and " ready." in worker.output(), timeout=60, what=f"{queue} worker"
        )

    def ran(worker: Process, task: str) -> bool:
        return worker.alive() and re.search(rf"{re.escape(task)}\[[^\]]+\] succeeded", worker.output()) is not None

    wait_for(lambda: ran(workers["workflow"], "consultations.tasks.advance_ready_cases"), timeout=60, what="workflow")
    wait_for(
        lambda: ran(workers["notifications"], "notifications.tasks.sweep_outbox"), timeout=60, what="notifications"
    )

    # A request's id follows the tasks it causes: an upload on node A queues the notification of the shared document.
    browser = Browser(cluster)
    browser.sign_in("a", official_a.username)
    request_id = f"upload-{uuid.uuid4().hex}"
    assert upload(browser, "a", case, PDF_BYTES, headers={"X-Request-ID": request_id}).status_code == 302
    wait_for(lambda: ran(workers["notifications"], "notifications.tasks.dispatch_event"), timeout=60, what="dispatch")

    notifications_log, workflow_log = workers["notifications"].output(), workers["workflow"].output()
    # Received/succeeded lines name the task with its id in brackets (the start-up banner lists every task name).
    assert not re.search(r"consultations\.tasks\.\w+\[", notifications_log)
    assert not re.search(r"notifications\.tasks\.\w+\[", workflow_log)
    tagged = [
        json.loads(line) for line in notifications_log.splitlines() if line.startswith("{") and request_id in line
    ]
    assert any("dispatch_event" in entry["message"] and entry["request_id"] == request_id for entry in tagged), (
        notifications_log[-3000:]
    )
    figures = metrics(cluster)
    assert 'portal_celery_tasks_total{state="SUCCESS",task="notifications.tasks.sweep_outbox"} 1.0' in figures
    assert 'portal_celery_tasks_total{state="SUCCESS",task="consultations.tasks.advance_ready_cases"} 1.0' in figures
    assert 'portal_celery_queue_length{queue="notifications"} 0.0' in figures
